/** Route tables of a transit gateway: each with a name and its routes to attachments. */
import type { ResourceOf } from '../../engine/model/index.ts';
import { TableEditor } from './TableEditor.tsx';
import type { TableSpec } from './tables.ts';
import { useFieldCommit } from './useFieldCommit.ts';

type Row = Record<string, unknown>;
type RouteTable = ResourceOf<'transit-gateway'>['routeTables'][number];

const ROUTES: TableSpec = {
  columns: [
    {
      key: 'destination', label: 'Destination', input: 'text',
      get: (row) => String(row.destination ?? ''),
      set: (row, value) => ({ ...row, destination: value }),
    },
    {
      key: 'attachment', label: 'Attachment', input: 'reference', kinds: ['tgw-attachment'], options: [''],
      get: (row) => String(row.attachment ?? ''),
      set: (row, value) => {
        const { attachment: _old, ...rest } = row;
        return value ? { ...rest, attachment: value } : rest;
      },
    },
    {
      key: 'blackhole', label: 'Blackhole', input: 'select', options: ['no', 'yes'], width: '4.6rem',
      get: (row) => (row.blackhole ? 'yes' : 'no'),
      set: (row, value) => {
        const { blackhole: _old, ...rest } = row;
        return value === 'yes' ? { ...rest, blackhole: true } : rest;
      },
    },
  ],
  blank: { destination: '10.0.0.0/8' },
};

export function TransitGatewayRouteTables({ gateway }: { gateway: ResourceOf<'transit-gateway'> }) {
  const { error, commit } = useFieldCommit(gateway.id, 'routeTables');
  const tables = gateway.routeTables;
  const replace = (i: number, table: RouteTable | undefined) =>
    commit(table ? tables.map((t, j) => (j === i ? table : t)) : tables.filter((_, j) => j !== i));
  const add = () => {
    const ids = new Set(tables.map((t) => t.id));
    let n = tables.length + 1;
    while (ids.has(`${gateway.id}-rtb-${n}`)) n++;
    commit([...tables, { id: `${gateway.id}-rtb-${n}`, name: `route table ${n}`, routes: [] }]);
  };
  return (
    <div className="tgw-route-tables">
      {tables.map((table, i) => (
        <section key={table.id} className="tgw-route-table">
          <div className="tgw-route-table-title">
            <input aria-label={`Route table ${i + 1} name`} value={table.name} onChange={(e) => replace(i, { ...table, name: e.target.value })} />
            <code className="muted">{table.id}</code>
            <button type="button" className="icon-button" aria-label={`Remove route table ${i + 1}`} onClick={() => replace(i, undefined)}>×</button>
          </div>
          <TableEditor
            resourceId={gateway.id}
            field={`routeTables.${i}.routes`}
            rows={table.routes as Row[]}
            spec={ROUTES}
            commitRows={(routes) => {
              const ok = commit(tables.map((t, j) => (j === i ? { ...t, routes: routes as RouteTable['routes'] } : t)));
              return ok ? undefined : 'Not applied: see the message below.';
            }}
          />
        </section>
      ))}
      <button type="button" className="link-button" onClick={add}>+ Add route table</button>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
