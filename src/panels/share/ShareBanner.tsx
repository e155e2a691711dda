/**
 * The strip under the top bar while a shared design is on view (read-only, with "Save a
 * copy"), while a link is being opened (with its progress), or when a share link could not
 * be opened (with the reason).
 */
import { useState } from 'react';
import { useShareStore, type ShareState } from '../../state/share.ts';
import { useStudio } from '../../state/useStudio.ts';
import './share.css';

/** What the progress strip says, and how full its bar is (undefined: no measure yet). */
function describeOpening(opening: NonNullable<ShareState['opening']>): { text: string; fraction?: number } {
  if (opening.stage === 'unpacking') {
    const fraction = opening.total ? opening.done / opening.total : 1;
    return { text: `Unpacking… ${Math.round(fraction * 100)} %`, fraction };
  }
  if (opening.stage === 'checking') return { text: 'Checking the design, as an imported file is checked…', fraction: 1 };
  return { text: 'Starting…' };
}

export function ShareBanner() {
  const { share } = useStudio().storage;
  const shared = useShareStore((s) => s.shared);
  const error = useShareStore((s) => s.error);
  const opening = useShareStore((s) => s.opening);
  const [saving, setSaving] = useState(false);
  if (opening) {
    const { text, fraction } = describeOpening(opening);
    return (
      <div className="share-banner" role="status" data-testid="share-progress">
        <strong>Opening the shared design…</strong>
        <span className="muted">{text}</span>
        <progress className="share-progress" max={1} value={fraction} aria-label="Opening the shared design" />
      </div>
    );
  }
  if (error) {
    return (
      <div className="share-banner is-error" role="alert" data-testid="share-error">
        <strong>This share link could not be opened.</strong>
        <span>{error} Your designs were not changed.</span>
        <button type="button" className="link-button" onClick={share.dismissShareError}>Dismiss</button>
      </div>
    );
  }
  if (!shared) return null;
  const save = async () => {
    setSaving(true);
    try {
      await share.saveSharedCopy();
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="share-banner" role="status" data-testid="share-banner">
      <strong>Shared design — read-only</strong>
      <span className="muted">Nothing you do here changes your own designs.</span>
      <button type="button" className="primary" onClick={() => void save()} disabled={saving}>Save a copy</button>
    </div>
  );
}
