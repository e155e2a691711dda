/**
 * The saved versions of the open design: the last 20 saves, and the newest of each hour for a
 * day. Restoring one brings it back as one undo step, so undo returns to what was there, and
 * what was there stays in the list as its own version.
 */
import { useEffect, useState } from 'react';
import type { Design } from '../../engine/model/index.ts';
import { useDesign, useDesignStore } from '../../state/designStore.ts';
import { listVersions, loadVersion, type SavedVersion } from '../../state/persistence.ts';
import { useSaveGuard } from '../../state/saveGuard.ts';
import type { Studio } from '../../state/studio.ts';
import { useStudio } from '../../state/useStudio.ts';
import { VersionComparison } from './VersionComparison.tsx';
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
  const current = useDesign();
  const [compared, setCompared] = useState<{ readonly version: number; readonly design: Design } | undefined>();
  const compare = async (saved: SavedVersion) => {
    if (compared?.version === saved.version) return setCompared(undefined);
    const design = designId ? await loadVersion(designId, saved.version) : undefined;
    if (!design) studio.notify('That version could not be read from this browser’s storage.', 'error');
    else setCompared({ version: saved.version, design });
  };
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
              <>
                <button type="button" aria-pressed={compared?.version === saved.version} onClick={() => void compare(saved)}>Compare</button>
                <button type="button" onClick={() => void restore(studio, designId, saved)}>Restore</button>
              </>
            )}
            {compared?.version === saved.version && <VersionComparison before={compared.design} after={current} title={`version ${saved.version}`} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
