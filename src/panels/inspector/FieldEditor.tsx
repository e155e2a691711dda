/** One field of the selected resource, with the editor its schema calls for. */
import { memo } from 'react';
import type { Resource } from '../../engine/model/index.ts';
import { drawnInSubnet, indexDesign } from '../../engine/model/index.ts';
import { useDesignStore } from '../../state/designStore.ts';
import { inheritedLabel } from './inherited.ts';
import { OneSubnet, hasOneSubnet } from './OneSubnet.tsx';
import { UpstreamEditor } from './UpstreamEditor.tsx';
import { fieldLabel, type FieldSpec } from './schemaFields.ts';
import { ReferencePicker, ReferencesPicker } from './ReferencePickers.tsx';
import { TableEditor } from './TableEditor.tsx';
import { TransitGatewayRouteTables } from './TransitGatewayRouteTables.tsx';
import { cidrListValue, useDraft, useFieldCommit } from './useFieldCommit.ts';

interface Props {
  readonly resource: Resource;
  readonly spec: FieldSpec;
}

const asText = (value: unknown) => (value === undefined ? '' : String(value));

export const FieldEditor = memo(function FieldEditor({ resource, spec }: Props) {
  const { key, editor, optional } = spec;
  const value = (resource as Record<string, unknown>)[key];
  const { error, setError, commit } = useFieldCommit(resource.id, key);
  const [draft, setDraft] = useDraft(editor.type === 'json' ? (value === undefined ? '' : JSON.stringify(value, null, 1)) : editor.type === 'cidr-list' ? ((value as string[] | undefined) ?? []).join(', ') : asText(value));
  const id = `field-${key}`;
  const single = key === 'subnets' && hasOneSubnet(resource.kind);
  const label = single ? 'Subnet' : fieldLabel(key);
  // What AWS applies when the field is empty, and the subnet the box is drawn in: the
  // inspector shows what is in force, as the canvas does.
  const inherited = useDesignStore((s) => inheritedLabel(indexDesign(s.history.present), resource, key));
  const drawnIn = useDesignStore((s) => (key === 'subnets' ? drawnInSubnet(indexDesign(s.history.present), resource.id)?.id : undefined));

  const input = (() => {
    if (resource.kind === 'transit-gateway' && key === 'routeTables') return <TransitGatewayRouteTables gateway={resource} />;
    if (single) return <OneSubnet id={id} resource={resource} drawnIn={drawnIn} />;
    if (key === 'upstream' && 'upstream' in resource) return <UpstreamEditor resourceId={resource.id} value={resource.upstream} />;
    switch (editor.type) {
      case 'boolean':
        return <input id={id} type="checkbox" checked={value === true} onChange={(e) => commit(e.target.checked)} />;
      case 'enum':
        return (
          <select id={id} value={asText(value)} onChange={(e) => commit(e.target.value === '' ? undefined : e.target.value)}>
            {(optional || value === undefined) && <option value="">—</option>}
            {editor.options.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        );
      case 'reference':
        return <ReferencePicker id={id} value={asText(value)} kinds={editor.kinds} optional={optional} scopeOf={resource.id} emptyLabel={inherited} onChange={(v) => commit(v === '' ? undefined : v)} />;
      case 'references':
        return <ReferencesPicker value={(value as string[] | undefined) ?? []} kinds={editor.kinds} exclude={resource.id} implied={drawnIn} onChange={commit} />;
      case 'table':
        return <TableEditor resourceId={resource.id} field={key} rows={(value as Record<string, unknown>[] | undefined) ?? []} />;
      case 'json':
        return (
          <textarea id={id} rows={3} spellCheck={false} value={draft} onChange={(e) => {
            setDraft(e.target.value);
            if (e.target.value.trim() === '') return void commit(undefined);
            try { commit(JSON.parse(e.target.value)); } catch { setError('not valid JSON yet'); }
          }} />
        );
      default:
        return (
          <input id={id} type={editor.type === 'number' ? 'number' : 'text'} value={draft} spellCheck={false} onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            if (editor.type === 'number') return void commit(text === '' ? undefined : Number(text));
            if (editor.type === 'cidr-list') {
              const list = cidrListValue(text, optional);
              return void (list.ok ? commit(list.value) : setError(list.reason));
            }
            commit(text === '' && optional ? undefined : text);
          }} aria-invalid={error ? true : undefined} />
        );
    }
  })();

  const wide = key === 'routeTables' || key === 'upstream' || editor.type === 'table' || editor.type === 'references' || editor.type === 'json';
  return (
    <div className={`field${wide ? ' field-wide' : ''}${editor.type === 'boolean' ? ' field-inline' : ''}`} data-field={key}>
      <label htmlFor={id}>{label}</label>
      {input}
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
});
