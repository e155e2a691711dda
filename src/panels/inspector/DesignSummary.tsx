/** With nothing selected: the design's own description and a count of what it holds. */
import { useShallow } from 'zustand/react/shallow';
import { KINDS } from '../../engine/model/index.ts';
import { useDesignStore } from '../../state/designStore.ts';
import { CostSummary } from '../cost/CostSummary.tsx';

export function DesignSummary() {
  const description = useDesignStore((s) => s.history.present.description ?? '');
  const apply = useDesignStore((s) => s.apply);
  const counts = useDesignStore(
    useShallow((s) => {
      const byLabel = new Map<string, number>();
      for (const r of s.history.present.resources) byLabel.set(KINDS[r.kind].label, (byLabel.get(KINDS[r.kind].label) ?? 0) + 1);
      return [...byLabel.entries()].map(([label, n]) => `${n} × ${label}`);
    }),
  );
  return (
    <div className="inspector">
      <p className="muted">Select something on the canvas to edit it. Drag building blocks from the palette; connect boxes to peer, attach, register targets or share.</p>
      <div className="field field-wide">
        <label htmlFor="design-description">Design description</label>
        <textarea
          id="design-description"
          rows={3}
          value={description}
          onChange={(e) => {
            const text = e.target.value;
            apply((design) => ({ ...design, description: text || undefined }) as typeof design, { group: 'design-description' });
          }}
        />
      </div>
      {counts.length > 0 && (
        <ul className="counts">
          {counts.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      <CostSummary />
    </div>
  );
}
