/**
 * An editable table for a list field. Rows are kept as a draft so a half-typed CIDR stays
 * on screen; each change is committed only when the model accepts the whole list.
 */
import { memo, useState } from 'react';
import { TABLES, type Column, type TableSpec } from './tables.ts';
import { ReferencePicker } from './ReferencePickers.tsx';
import { useFieldCommit } from './useFieldCommit.ts';
import { useStudio } from '../../state/useStudio.ts';

type Row = Record<string, unknown>;

interface Props {
  readonly resourceId: string;
  readonly field: string;
  readonly rows: readonly Row[];
  /** For lists nested deeper than a field (transit gateway route tables): columns and commit. */
  readonly spec?: TableSpec;
  readonly commitRows?: (rows: readonly Row[]) => string | undefined;
}

export const TableEditor = memo(function TableEditor({ resourceId, field, rows, spec = TABLES[field]!, commitRows }: Props) {
  const { error: fieldError, commit: commitField } = useFieldCommit(resourceId, field);
  const studio = useStudio();
  const [nestedError, setNestedError] = useState<string | undefined>();
  const error = commitRows ? nestedError : fieldError;
  const commit = (next: readonly Row[]) => (commitRows ? setNestedError(commitRows(next)) : commitField(next));
  const [draft, setDraft] = useState<readonly Row[]>(rows);
  const [seen, setSeen] = useState(rows);
  if (seen !== rows) {
    setSeen(rows);
    setDraft(rows);
  }
  const change = (next: readonly Row[]) => {
    setDraft(next);
    commit(next);
  };
  const cell = (column: Column, row: Row, r: number) => {
    const value = column.get(row);
    const set = (v: string) => change(draft.map((old, i) => (i === r ? column.set(old, v) : old)));
    const label = `${column.label} ${r + 1}`;
    if (column.input === 'select') {
      return <select aria-label={label} value={value} onChange={(e) => set(e.target.value)}>{column.options!.map((o) => <option key={o}>{o}</option>)}</select>;
    }
    if (column.input === 'reference') {
      return <ReferencePicker id={`${field}-${r}-${column.key}`} value={value} kinds={column.kinds!} optional={false} fixed={column.options ?? []} scopeOf={resourceId} onChange={set} />;
    }
    return <input aria-label={label} type={column.input === 'number' ? 'number' : 'text'} value={value} spellCheck={false} onChange={(e) => set(e.target.value)} />;
  };
  return (
    <div className="table-editor">
      <table>
        <thead>
          <tr>
            {spec.columns.map((c) => <th key={c.key} style={c.width ? { width: c.width } : undefined}>{c.label}</th>)}
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {draft.map((row, r) => (
            <tr key={r}>
              {spec.columns.map((c) => <td key={c.key}>{cell(c, row, r)}</td>)}
              <td><button type="button" className="icon-button" aria-label={`Remove row ${r + 1}`} onClick={() => change(draft.filter((_, i) => i !== r))}>×</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="link-button" onClick={() => change([...draft, spec.fresh?.(studio.getDesign(), resourceId) ?? spec.blank])}>+ Add</button>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
});
