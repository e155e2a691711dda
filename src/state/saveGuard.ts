/**
 * What the last save said. A failed save (quota full, private mode, storage blocked, a
 * read-back that did not match, a newer version from another tab) stays on screen until a
 * save succeeds, so the user knows to download the design.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Design } from '../engine/model/index.ts';
import type { DesignState } from './designStore.ts';
import type { SaveFailure, SaveResult } from './persistence.ts';
import { useStudio } from './useStudio.ts';

export interface SaveGuardState {
  /** Why the open design is not safely stored, while that is so. */
  readonly failure: SaveFailure | undefined;
  /** Counts successful saves, so the version history can refresh. */
  readonly saves: number;
  /** The design as last stored or read from storage; the screen holds an unsaved change while it shows another. */
  readonly stored: Design | undefined;
}

const unsaved = (designId: string | undefined, present: Design, stored: Design | undefined) => designId !== undefined && present !== stored;

export interface SaveGuard {
  readonly store: StoreApi<SaveGuardState>;
  /** Autosave tells the guard which design storage holds. */
  setStoredDesign(design: Design | undefined): void;
  /** Whether the open library design differs from what storage holds (an edit not yet, or never, stored). */
  hasUnsavedChange(): boolean;
  reportSave(result: SaveResult): void;
  /** Forgets a failure that belongs to a design no longer on view (or replaced by the stored one). */
  clearSaveFailure(): void;
}

export function createSaveGuard(design: StoreApi<DesignState>): SaveGuard {
  const store = createStore<SaveGuardState>()(() => ({ failure: undefined, saves: 0, stored: undefined }));
  return {
    store,
    setStoredDesign: (stored) => store.setState({ stored }),
    hasUnsavedChange: () => {
      const { designId, history } = design.getState();
      return unsaved(designId, history.present, store.getState().stored);
    },
    reportSave: (result) => {
      if (result.ok) store.setState((s) => ({ failure: undefined, saves: s.saves + 1 }));
      else store.setState({ failure: result.failure });
    },
    clearSaveFailure: () => store.setState({ failure: undefined }),
  };
}

/** One slice of what the last save said. */
export function useSaveGuard<T>(selector: (state: SaveGuardState) => T): T {
  return useStore(useStudio().storage.saveGuard.store, selector);
}

export function useUnsavedChange(): boolean {
  const studio = useStudio();
  const stored = useStore(studio.storage.saveGuard.store, (s) => s.stored);
  return useStore(studio.design, (s) => unsaved(s.designId, s.history.present, stored));
}

export function describeSaveFailure(failure: SaveFailure): string {
  switch (failure.type) {
    case 'conflict':
      return `Another tab saved a newer version of this design (version ${failure.stored.version}; this tab started from ${failure.base}). This tab’s change was not written over it.`;
    case 'storage':
      return `The browser refused to store the design (${failure.reason}).`;
    case 'unavailable':
      return `This browser’s storage could not be opened (${failure.reason}). Saving is tried again every little while; this goes away once the design is saved.`;
    case 'mismatch':
      return 'The design was written, but reading it back gave something else.';
  }
}

let asked = false;

/**
 * Asks the browser once per page to keep this site's storage when space runs low, so the
 * library is not evicted. Browsers may grant it silently or not at all; either is fine.
 */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  if (asked) return undefined;
  asked = true;
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist || !storage.persisted) return undefined;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}
