/**
 * The saved versions of the open design: the last 20 saves, and the newest of each hour for a
 * day. Restoring one brings it back as one undo step, so undo returns to what was there, and
 * what was there stays in the list as its own version.
 */
import { useEffect, useState } from 'react';
import { useDesignStore } from '../../state/designStore.ts';
import { listVersions, type SavedVersion } from '../../state/persistence.ts';
import { useSaveGuard } from '../../state/saveGuard.ts';
import type { Studio } from '../../state/studio.ts';
import { useStudio } from '../../state/useStudio.ts';
import './history.css';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

async function restore(studio: Studio, designId: string, saved: SavedVersion): Promise<void> {
  const result = await studio.storage.library.restoreVersion(designId, saved.version);
  if (!result) {
    studio.notify('That version could not be read from this browser’s storage.', 'error');
    return;
  }
  if (result.ok) studio.notify(`Restored the version saved ${when(saved.savedAt)}. Undo brings back what was there.`, 'success');
  else studio.notify(result.reason, 'error');
}

export default function HistoryPanel() {
  const studio = useStudio();
  const designId = useDesignStore((s) => s.designId);
  const saves = useSaveGuard((s) => s.saves);
  const [versions, setVersions] = useState<readonly SavedVersion[] | undefined>();
  useEffect(() => {
    let live = true;
    if (!designId) return;
    listVersions(designId).then(
      (found) => live && setVersions(found),
      () => live && setVersions([]),
    );
    return () => {
      live = false;
    };
  }, [designId, saves]);
  if (!designId) return <p className="muted">A shared design has no saved versions. Save a copy to keep versions of it.</p>;
  if (!versions) return <p className="muted">Loading…</p>;
  if (versions.length === 0) return <p className="muted">No saved versions yet.</p>;
  const [latest, ...older] = versions;
  return (
    <div className="version-history">
      <p className="muted">The last 20 saves, and the newest of every hour for a day.</p>
      <ol className="version-list" aria-label="Saved versions">
        {[latest!, ...older].map((saved) => (
          <li key={saved.version} className="version-entry" data-testid="version-entry">
            <span className="version-text">
              <span className="version-name">{saved.name || 'Untitled design'}</span>
              <span className="muted">
                {when(saved.savedAt)} · {saved.resourceCount} resources · version {saved.version}
              </span>
            </span>
            {saved === latest ? (
              <span className="muted">Current</span>
            ) : (
              <button type="button" onClick={() => void restore(studio, designId, saved)}>Restore</button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
