/**
 * Design list actions: new, open, rename, duplicate, delete, import and export.
 * Opening another design never discards the current one: it is saved first.
 */
import type { Design, OpResult } from '../engine/model/index.ts';
import { describeParseError, emptyDesign, parseDesign, serializeDesign } from '../engine/model/index.ts';
import { createStore, useStore, type StoreApi } from 'zustand';
import { arrangeIfUnplaced } from './arrange.ts';
import type { Autosave } from './autosave.ts';
import { deleteDesign, listDesigns, type DesignEntry, loadDesign, loadVersion, newDesignId, rememberOpen, saveDesign, startNewVersion } from './persistence.ts';
import { describeSaveFailure, type SaveGuard } from './saveGuard.ts';
import type { StudioCore } from './studio.ts';
import { useStudio } from './useStudio.ts';

export interface LibraryState {
  /** The catalogue of stored designs, for the design list. */
  readonly entries: readonly DesignEntry[];
}

/** One slice of the design list. */
export function useLibraryStore<T>(selector: (state: LibraryState) => T): T {
  return useStore(useStudio().storage.library.store, selector);
}

export interface Library {
  readonly store: StoreApi<LibraryState>;
  /** Reads the design list again; while storage is unavailable it stays as it was (the storage warning says why). */
  refreshLibrary(): Promise<void>;
  /** A new design opens unsaved when storage could not be opened at start; it is stored once storage works. */
  openWithoutLibrary(): void;
  /** Stores a design under a new id and opens it. */
  openAsNew(design: Design): Promise<string>;
  createDesign(name?: string): Promise<string>;
  openDesign(id: string): Promise<boolean>;
  renameDesign(id: string, name: string): Promise<void>;
  duplicateDesign(id: string): Promise<void>;
  /** Brings a saved version back as one undo step; undefined when the version cannot be read. */
  restoreVersion(id: string, version: number): Promise<OpResult | undefined>;
  /** Deletes a design; deleting the open one opens the next, or a new empty design. */
  removeDesign(id: string): Promise<void>;
  /** Imports a design file as a new design; a file that fails to parse changes nothing. */
  importDesignText(text: string): Promise<boolean>;
}

/** The design list actions of one studio. */
export function createLibrary(studio: StudioCore, autosave: Autosave, guard: SaveGuard): Library {
  const store = createStore<LibraryState>()(() => ({ entries: [] }));

  /** Reads the design list again; while storage is unavailable it stays as it was (the storage warning says why). */
  async function refreshLibrary(): Promise<void> {
    try {
      store.setState({ entries: await listDesigns() });
    } catch {
      // Nothing to read; the save guard reports the failure of the design on screen.
    }
  }

  const rememberOpenIfPossible = (id: string) => rememberOpen(id).catch(() => undefined);

  async function show(id: string, design: Design): Promise<void> {
    studio.design.getState().open(id, design);
    autosave.markSaved(design);
    studio.select([]);
    await rememberOpenIfPossible(id);
    await refreshLibrary();
  }

  /**
   * Storage could not be opened at start: a new design opens anyway, not yet saved. Autosave
   * keeps trying to store it while the warning stands and offers the download; once it is
   * stored it is the design reopened on the next load.
   */
  function openWithoutLibrary(): void {
    const id = newDesignId();
    studio.design.getState().open(id, emptyDesign('Untitled design'));
    studio.select([]);
    const stop = autosave.onSaved((saved) => {
      if (saved !== id) return;
      stop();
      void rememberOpenIfPossible(id).then(refreshLibrary);
    });
  }

  /** Stores a design under a new id and opens it. */
  async function openAsNew(design: Design): Promise<string> {
    await autosave.saveNow();
    const id = newDesignId();
    const saved = await saveDesign(id, design);
    await show(id, design);
    // A failed first save still opens the design: the warning offers to download it.
    guard.reportSave(saved);
    return id;
  }

  const createDesign = (name = 'Untitled design'): Promise<string> => openAsNew(emptyDesign(name));

  async function openDesign(id: string): Promise<boolean> {
    await autosave.saveNow();
    const design = await loadDesign(id);
    if (!design) {
      studio.notify('That design could not be read from this browser’s storage.', 'error');
      return false;
    }
    await show(id, design);
    return true;
  }

  async function renameDesign(id: string, name: string): Promise<void> {
    const { designId, apply } = studio.design.getState();
    if (id === designId) {
      apply((design) => ({ ...design, name }), { group: 'design-name' });
      await autosave.saveNow();
    } else {
      const design = await loadDesign(id);
      const result = design && (await saveDesign(id, { ...design, name }));
      if (result && !result.ok) studio.notify(`Not renamed. ${describeSaveFailure(result.failure)}`, 'error');
    }
    await refreshLibrary();
  }

  async function duplicateDesign(id: string): Promise<void> {
    await autosave.saveNow();
    const design = id === studio.design.getState().designId ? studio.getDesign() : await loadDesign(id);
    if (design) await openAsNew({ ...design, name: `${design.name} (copy)` });
  }

  /**
   * Brings a saved version back as one undo step. What was there is saved first and stays in
   * the version history as its own version: the restore's save never folds into it.
   * Undefined when the version cannot be read.
   */
  async function restoreVersion(id: string, version: number): Promise<OpResult | undefined> {
    await autosave.saveNow();
    const design = await loadVersion(id, version);
    if (!design) return undefined;
    if (studio.design.getState().designId !== id) return { ok: false, reason: 'Another design was opened meanwhile; nothing was restored.' };
    startNewVersion(id);
    const result = studio.apply(() => design);
    if (!result.ok) startNewVersion(id, false);
    return result;
  }

  /** Deletes a design; deleting the open one opens the next, or a new empty design. */
  async function removeDesign(id: string): Promise<void> {
    await deleteDesign(id);
    if (id === studio.design.getState().designId) {
      const next = (await listDesigns())[0];
      if (!next || !(await openDesign(next.id))) await createDesign();
    }
    await refreshLibrary();
  }

  /** Imports a design file as a new design; a file that fails to parse changes nothing. */
  async function importDesignText(text: string): Promise<boolean> {
    const parsed = parseDesign(text);
    if (!parsed.ok) {
      studio.notify(`Import refused: ${describeParseError(parsed.error)}`, 'error');
      return false;
    }
    await openAsNew(await arrangeIfUnplaced(parsed.design, studio.notify));
    studio.notify(`Imported “${parsed.design.name}” as a new design.`, 'success');
    return true;
  }

  return { store, refreshLibrary, openWithoutLibrary, openAsNew, createDesign, openDesign, renameDesign, duplicateDesign, restoreVersion, removeDesign, importDesignText };
}

/** A file name that is safe on every operating system. */
export function exportFileName(design: Design): string {
  const stem = design.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${stem || 'design'}.lzs.json`;
}

export function exportDesignText(design: Design): string {
  return serializeDesign(design);
}
