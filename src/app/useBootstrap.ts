/**
 * Opens the last design on load; on first start (nothing saved) opens an example, or an
 * empty design when no example is available. When storage cannot be opened, a new design
 * opens unsaved and the storage warning stands while saving is retried. Autosave runs from
 * then on.
 */
import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { retrySave, startAutosave } from '../state/autosave.ts';
import { firstExample } from '../state/examples.ts';
import { createDesign, openAsNew, openDesign, openWithoutLibrary, refreshLibrary } from '../state/library.ts';
import { lastOpenDesign, listDesigns } from '../state/persistence.ts';
import { openSharedFromLocation, startShareLinks } from '../state/share.ts';
import { startTabs } from '../state/tabs.ts';

async function openSomething(client: QueryClient): Promise<void> {
  startShareLinks();
  startTabs();
  // A share link shows its design read-only, unsaved; a damaged one says why and falls through.
  if (await openSharedFromLocation()) {
    await refreshLibrary();
    startAutosave();
    return;
  }
  try {
    const entries = await listDesigns();
    const last = await lastOpenDesign();
    const candidates = [last, ...entries.map((e) => e.id)].filter((id): id is string => !!id && entries.some((e) => e.id === id));
    let opened = false;
    for (const id of candidates) if (!opened) opened = await openDesign(id);
    if (!opened) {
      const example = await firstExample(client);
      if (example) await openAsNew(example);
      else await createDesign();
    }
    await refreshLibrary();
  } catch {
    // The library could not be read (StorageUnavailableError, or a read that failed).
    openWithoutLibrary();
    startAutosave();
    // The first attempt fails as the library did: the warning shows and retries begin.
    void retrySave();
    return;
  }
  startAutosave();
}

// Once per page: StrictMode runs effects twice, and two first starts would store two examples.
let booting: Promise<void> | undefined;

export function useBootstrap(): boolean {
  const client = useQueryClient();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    booting ??= openSomething(client);
    void booting.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [client]);
  return ready;
}
