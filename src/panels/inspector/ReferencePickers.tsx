/** Pickers for fields that name other resources: one (select) or several (checkboxes). */
import type { ResourceKind } from '../../engine/model/index.ts';
import { indexDesign } from '../../engine/model/index.ts';
import { useDesignStore } from '../../state/designStore.ts';
import { useShallow } from 'zustand/react/shallow';

/** Kinds that only make sense from the same VPC as the resource that names them. */
const VPC_SCOPED: ReadonlySet<ResourceKind> = new Set(['route-table', 'network-acl', 'security-group', 'subnet', 'target-group']);

function useCandidates(kinds: readonly ResourceKind[], scopeOf?: string) {
  return useDesignStore(
    useShallow((s) => {
      const index = indexDesign(s.history.present);
      const vpc = scopeOf ? index.vpcOf(scopeOf)?.id : undefined;
      return kinds
        .flatMap((k) => index.ofKind(k))
        .filter((r) => !vpc || !VPC_SCOPED.has(r.kind) || index.vpcOf(r.id)?.id === vpc)
        .map((r) => `${r.id}\u0000${r.name}`);
    }),
  ).map((pair) => {
    const [id, name] = pair.split('\u0000') as [string, string];
    return { id, name };
  });
}

interface PickerProps {
  readonly id: string;
  readonly value: string;
  readonly kinds: readonly ResourceKind[];
  readonly optional: boolean;
  /** Fixed values offered first, such as `local` for routes. */
  readonly fixed?: readonly string[];
  /** Offer only resources in this resource's VPC, where that is the only sensible choice. */
  readonly scopeOf?: string;
  onChange(value: string): void;
}

export function ReferencePicker({ id, value, kinds, optional, fixed = [], scopeOf, onChange }: PickerProps) {
  const candidates = useCandidates(kinds, scopeOf);
  const known = value === '' || fixed.includes(value) || candidates.some((c) => c.id === value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {optional && !fixed.includes('') && <option value="">—</option>}
      {fixed.map((f) => <option key={f} value={f}>{f === '' ? '—' : f}</option>)}
      {!known && <option value={value}>{value} (not in design)</option>}
      {candidates.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.id})</option>)}
    </select>
  );
}

interface ListProps {
  readonly value: readonly string[];
  readonly kinds: readonly ResourceKind[];
  readonly exclude?: string;
  onChange(value: string[]): void;
}

export function ReferencesPicker({ value, kinds, exclude, onChange }: ListProps) {
  const candidates = useCandidates(kinds, exclude).filter((c) => c.id !== exclude);
  if (candidates.length === 0) return <p className="muted">None in this design yet.</p>;
  return (
    <ul className="reference-list">
      {candidates.map((c) => (
        <li key={c.id}>
          <label>
            <input
              type="checkbox"
              checked={value.includes(c.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((v) => v !== c.id))}
            />
            {c.name} <span className="muted">{c.id}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
