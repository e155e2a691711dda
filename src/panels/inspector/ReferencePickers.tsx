/** Pickers for fields that name other resources: one (select) or several (checkboxes). */
import { useState } from 'react';
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
  /** What the empty choice means in AWS (the VPC's main route table), instead of "—". */
  readonly emptyLabel?: string;
  /** How fixed values read, where not as themselves. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Never offered (the resource itself). */
  readonly exclude?: string;
  onChange(value: string): void;
}

export function ReferencePicker({ id, value, kinds, optional, fixed = [], scopeOf, emptyLabel, labels, exclude, onChange }: PickerProps) {
  const candidates = useCandidates(kinds, scopeOf).filter((c) => c.id !== exclude);
  const known = value === '' || fixed.includes(value) || candidates.some((c) => c.id === value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {optional && !fixed.includes('') && <option value="">{emptyLabel ?? '—'}</option>}
      {fixed.map((f) => <option key={f} value={f}>{f === '' ? (emptyLabel ?? '—') : (labels?.[f] ?? f)}</option>)}
      {!known && <option value={value}>{value} (not in design)</option>}
      {candidates.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.id})</option>)}
    </select>
  );
}

interface ListProps {
  readonly value: readonly string[];
  readonly kinds: readonly ResourceKind[];
  readonly exclude?: string;
  /** Used whatever the list says (the subnet the resource is drawn in): shown ticked, not editable. */
  readonly implied?: string;
  onChange(value: string[]): void;
}

/**
 * A landing zone may offer a thousand subnets to one field: past this many, the list shows
 * the ones chosen and the first others that match a filter, not a thousand checkboxes.
 */
export const LIST_LIMIT = 40;

export interface Candidate {
  readonly id: string;
  readonly name: string;
}

/** The candidates to draw, in design order: every chosen one, then others matching `query` up to the limit. */
export function visibleCandidates(candidates: readonly Candidate[], chosen: readonly string[], query: string, limit = LIST_LIMIT) {
  const picked = new Set(chosen);
  const needle = query.trim().toLowerCase();
  const matches = (c: Candidate) => !needle || c.name.toLowerCase().includes(needle) || c.id.toLowerCase().includes(needle);
  let others = 0;
  let hidden = 0;
  const shown = candidates.filter((c) => {
    if (picked.has(c.id)) return true;
    if (!matches(c)) return false;
    if (others >= limit) {
      hidden++;
      return false;
    }
    others++;
    return true;
  });
  return { shown, hidden };
}

export function ReferencesPicker({ value, kinds, exclude, implied, onChange }: ListProps) {
  const candidates = useCandidates(kinds, exclude).filter((c) => c.id !== exclude);
  return <ReferenceChecklist candidates={candidates} value={value} implied={implied} onChange={onChange} />;
}

interface ChecklistProps {
  readonly candidates: readonly Candidate[];
  readonly value: readonly string[];
  readonly implied?: string;
  onChange(value: string[]): void;
}

export function ReferenceChecklist({ candidates, value, implied, onChange }: ChecklistProps) {
  const [query, setQuery] = useState('');
  if (candidates.length === 0) return <p className="muted">None in this design yet.</p>;
  const { shown, hidden } = visibleCandidates(candidates, implied ? [implied, ...value] : value, query);
  return (
    <div className="reference-picker">
      {candidates.length > LIST_LIMIT && (
        <input
          type="search"
          className="reference-filter"
          value={query}
          placeholder={`Filter ${candidates.length} by name or id`}
          aria-label="Filter the list"
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <ul className="reference-list">
        {shown.map((c) => (
          <li key={c.id}>
            <label>
              <input
                type="checkbox"
                checked={c.id === implied || value.includes(c.id)}
                disabled={c.id === implied}
                onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((v) => v !== c.id))}
              />
              {c.name} <span className="muted">{c.id}</span>
              {c.id === implied && <span className="muted"> · drawn here</span>}
            </label>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="muted reference-more">{hidden} more: type in the filter to find them.</p>}
      {shown.length === 0 && <p className="muted reference-more">Nothing matches “{query}”.</p>}
    </div>
  );
}
