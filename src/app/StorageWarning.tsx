/**
 * Stays on screen while the open design is not safely stored (a failed or refused save, or
 * storage that could not be opened at all), with a download so the work can be kept anyway.
 */
import { useState } from 'react';
import type { SaveFailure } from '../state/persistence.ts';
import { describeSaveFailure, useSaveGuard } from '../state/saveGuard.ts';
import { useStudio } from '../state/useStudio.ts';
import { DownloadDesignButton } from './downloadDesign.tsx';

const HEADLINES: Partial<Record<SaveFailure['type'], string>> = {
  conflict: 'Not saved: a newer version exists.',
  unavailable: 'This browser’s storage is not available: your changes are not being saved.',
};

export function StorageWarning() {
  const { autosave, tabs } = useStudio().storage;
  const failure = useSaveGuard((s) => s.failure);
  const [retrying, setRetrying] = useState(false);
  if (!failure) return null;
  const retry = async () => {
    setRetrying(true);
    try {
      await autosave.retrySave();
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div className="trust-banner is-error" role="alert" data-testid="storage-warning">
      <strong>{HEADLINES[failure.type] ?? 'Your changes are not being saved.'}</strong>
      <span>{describeSaveFailure(failure)} Download the design to keep it.</span>
      <span className="trust-actions">
        <DownloadDesignButton />
        {failure.type === 'conflict' ? (
          <button type="button" onClick={() => void tabs.reloadStoredDesign()}>Load the newer version</button>
        ) : (
          <button type="button" onClick={() => void retry()} disabled={retrying}>Try again</button>
        )}
      </span>
    </div>
  );
}
