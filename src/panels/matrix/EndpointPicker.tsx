/**
 * The endpoints of the matrix: the design's default set, or any resources a flow can start at.
 * Its list is built only while it is open, and it is not drawn again while a matrix computes.
 */
import { memo, useMemo, useState } from 'react';
import { canSendFlows, KINDS, type Design } from '../../engine/model/index.ts';
import { useStudio } from '../../state/useStudio.ts';

interface Props {
  readonly design: Design;
  readonly endpoints: readonly string[];
  readonly isDefault: boolean;
}

export const EndpointPicker = memo(function EndpointPicker({ design, endpoints, isDefault }: Props) {
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState(false);
  const studio = useStudio();
  const candidates = useMemo(() => design.resources.filter((r) => canSendFlows(r.kind)), [design]);
  const chosen = new Set(endpoints);
  const q = filter.trim().toLowerCase();
  const shown = q ? candidates.filter((r) => r.name.toLowerCase().includes(q) || r.id.toLowerCase().includes(q) || KINDS[r.kind].label.toLowerCase().includes(q)) : candidates;
  const set = (next: readonly string[] | undefined) => studio.matrix.store.setState({ endpoints: next });
  const toggle = (id: string) => {
    // Keep the design's order, so rows read the same each time.
    const next = candidates.map((r) => r.id).filter((c) => (c === id ? !chosen.has(c) : chosen.has(c)));
    set(next);
  };
  return (
    <details className="endpoint-picker" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Endpoints: {endpoints.length} {isDefault ? '(default: compute and external networks)' : 'chosen'} · {endpoints.length * Math.max(endpoints.length - 1, 0)} flows
      </summary>
      <div className="endpoint-tools">
        <input type="search" placeholder="Filter by name or kind" aria-label="Filter endpoints" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" className="link-button" onClick={() => set(undefined)} disabled={isDefault}>Default set</button>
        <button type="button" className="link-button" onClick={() => set([])}>None</button>
      </div>
      <ul className="endpoint-list">
        {open && shown.map((r) => (
          <li key={r.id}>
            <label>
              <input type="checkbox" checked={chosen.has(r.id)} onChange={() => toggle(r.id)} data-endpoint={r.id} />
              <span className="endpoint-name">{r.name || r.id}</span>
              <span className="muted"> {KINDS[r.kind].label}</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
});
