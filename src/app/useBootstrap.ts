/**
 * Opens the last design on load; on first start (nothing saved) opens an example, or an
 * empty design when no example is available. Autosave runs from then on.
 */
import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { startAutosave } from '../state/autosave.ts';
import { firstExample } from '../state/examples.ts';
import { createDesign, openAsNew, openDesign, refreshLibrary } from '../state/library.ts';
import { lastOpenDesign, listDesigns } from '../state/persistence.ts';
import { openSharedFromLocation, startShareLinks } from '../state/share.ts';
import { startTabs } from '../state/tabs.ts';
import type { Studio } from '../state/studio.ts';
import { useStudio } from '../state/useStudio.ts';

async function openSomething(studio: Studio, client: QueryClient): Promise<void> {
  startShareLinks();
  startTabs();
  try {
    // A share link shows its design read-only, unsaved; a damaged one falls through.
    if (await openSharedFromLocation()) {
      await refreshLibrary();
      startAutosave();
      return;
    }
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
  } catch (error) {
    studio.notify(`This browser’s storage is not available; changes will not be kept. (${error instanceof Error ? error.message : String(error)})`, 'error');
  }
  startAutosave();
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
