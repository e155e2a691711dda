/**
 * Opens the last design on load; on first start (nothing saved) opens an example, or an
 * empty design when no example is available. When storage cannot be opened, a new design
 * opens unsaved and the storage warning stands while saving is retried. Autosave runs from
 * then on.
 */
import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { firstExample } from '../state/examples.ts';
import { lastOpenDesign, listDesigns } from '../state/persistence.ts';
import type { Studio } from '../state/studio.ts';
import { useStudio } from '../state/useStudio.ts';

async function openSomething(studio: Studio, client: QueryClient): Promise<void> {
  const { autosave, library, share, tabs } = studio.storage;
  share.startShareLinks();
  tabs.startTabs();
  // A share link shows its design read-only, unsaved; a damaged one says why and falls through.
  if (await share.openSharedFromLocation()) {
    await library.refreshLibrary();
    autosave.startAutosave();
    return;
  }
  try {
    const entries = await listDesigns();
    const last = await lastOpenDesign();
    const candidates = [last, ...entries.map((e) => e.id)].filter((id): id is string => !!id && entries.some((e) => e.id === id));
    let opened = false;
    for (const id of candidates) if (!opened) opened = await library.openDesign(id);
    if (!opened) {
      const example = await firstExample(client);
      if (example) await library.openAsNew(example);
      else await library.createDesign();
    }
    await library.refreshLibrary();
  } catch {
    // The library could not be read (StorageUnavailableError, or a read that failed).
    library.openWithoutLibrary();
    autosave.startAutosave();
    // The first attempt fails as the library did: the warning shows and retries begin.
    void autosave.retrySave();
    return;
  }
  autosave.startAutosave();
}

// Once per page: StrictMode runs effects twice, and two first starts would store two examples.
let booting: Promise<void> | undefined;

export function useBootstrap(): boolean {
  const client = useQueryClient();
  const studio = useStudio();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    booting ??= openSomething(studio, client);
    void booting.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [client, studio]);
  return ready;
}
