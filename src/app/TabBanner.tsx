/** Tells a tab that another tab is editing its design, and offers to take over or open a copy. */
import { useDesignStore } from '../state/designStore.ts';
import { duplicateDesign } from '../state/library.ts';
import { takeOver, useTabStore } from '../state/tabs.ts';

export function TabBanner() {
  const role = useTabStore((s) => s.role);
  const reason = useTabStore((s) => s.reason);
  const claiming = useTabStore((s) => s.claiming);
  const designId = useDesignStore((s) => s.designId);
  if (role !== 'watching' || !designId) return null;
  return (
    <div className="trust-banner" role="status" data-testid="tab-banner">
      <strong>{reason === 'taken-over' ? 'Another tab took over this design.' : 'This design is open in another tab.'}</strong>
      <span className="muted">You see its saves here; edits are made in one tab at a time.</span>
      <span className="trust-actions">
        <button type="button" className="primary" onClick={takeOver} disabled={claiming}>
          {claiming ? 'Taking over…' : 'Edit here instead'}
        </button>
        <button type="button" onClick={() => void duplicateDesign(designId)}>Open a copy</button>
      </span>
    </div>
  );
}
