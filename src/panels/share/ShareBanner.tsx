/**
 * The strip under the top bar while a shared design is on view (read-only, with "Save a
 * copy"), or when a share link could not be opened.
 */
import { useState } from 'react';
import { useShareStore } from '../../state/share.ts';
import { useStudio } from '../../state/useStudio.ts';
import './share.css';

export function ShareBanner() {
  const { share } = useStudio().storage;
  const shared = useShareStore((s) => s.shared);
  const error = useShareStore((s) => s.error);
  const [saving, setSaving] = useState(false);
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
