/** Name and description: plain text, shown as text everywhere, never as HTML. */
import { useDraft, useFieldCommit } from './useFieldCommit.ts';

interface Props {
  readonly resourceId: string;
  readonly field: 'name' | 'description';
  readonly label: string;
  readonly value: string;
  readonly multiline?: boolean;
  readonly optional?: boolean;
}

export function TextField({ resourceId, field, label, value, multiline, optional }: Props) {
  const { error, commit } = useFieldCommit(resourceId, field);
  const [draft, setDraft] = useDraft(value);
  const id = `field-${field}`;
  const onChange = (text: string) => {
    setDraft(text);
    commit(text === '' && optional ? undefined : text);
  };
  return (
    <div className="field field-wide" data-field={field}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={2} value={draft} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={draft} onChange={(e) => onChange(e.target.value)} />
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
