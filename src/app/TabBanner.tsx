/**
 * Tells a tab that another tab is editing its design, and offers to take over or open a copy.
 * A change this tab could not store before the other took over is kept on screen; the banner
 * says so, and offers to download it, keep it (editing here again stores it) or discard it.
 */
import { useDesignStore } from '../state/designStore.ts';
import { useUnsavedChange } from '../state/saveGuard.ts';
import { useTabStore } from '../state/tabs.ts';
import { useStudio } from '../state/useStudio.ts';
import { DownloadDesignButton } from './downloadDesign.tsx';

export function TabBanner() {
  const { tabs, library } = useStudio().storage;
  const role = useTabStore((s) => s.role);
  const reason = useTabStore((s) => s.reason);
  const claiming = useTabStore((s) => s.claiming);
  const designId = useDesignStore((s) => s.designId);
  const unsaved = useUnsavedChange();
  if (role !== 'watching' || !designId) return null;
  const takeOverLabel = claiming ? 'Taking over…' : unsaved ? 'Edit here and keep my change' : 'Edit here instead';
  if (unsaved) {
    return (
      <div className="trust-banner is-error" role="alert" data-testid="tab-banner" data-unsaved="true">
        <strong>{reason === 'taken-over' ? 'Another tab took over this design before your last change here was saved.' : 'This design is open in another tab, and your last change here is not saved.'}</strong>
        <span>
          The change is still on this screen, and only here. Download it, or edit here again to save it on top of the other tab’s version (which stays in History).
        </span>
        <span className="trust-actions">
          <DownloadDesignButton />
          <button type="button" onClick={tabs.takeOver} disabled={claiming}>{takeOverLabel}</button>
          <button type="button" onClick={() => void tabs.reloadStoredDesign()}>Discard my change</button>
        </span>
      </div>
    );
  }
  return (
    <div className="trust-banner" role="status" data-testid="tab-banner">
      <strong>{reason === 'taken-over' ? 'Another tab took over this design.' : 'This design is open in another tab.'}</strong>
      <span className="muted">You see its saves here; edits are made in one tab at a time.</span>
      <span className="trust-actions">
        <button type="button" className="primary" onClick={tabs.takeOver} disabled={claiming}>{takeOverLabel}</button>
        <button type="button" onClick={() => void library.duplicateDesign(designId)}>Open a copy</button>
      </span>
    </div>
  );
}
