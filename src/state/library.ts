/**
 * Design list actions: new, open, rename, duplicate, delete, import and export.
 * Opening another design never discards the current one: it is saved first.
 */
import type { Design, OpResult } from '../engine/model/index.ts';
import { describeParseError, emptyDesign, parseDesign, serializeDesign } from '../engine/model/index.ts';
import { arrangeIfUnplaced } from './arrange.ts';
import { markSaved, onSaved, saveNow } from './autosave.ts';
import { applyOperation, getDesign, useDesignStore } from './designStore.ts';
import { deleteDesign, listDesigns, loadDesign, loadVersion, newDesignId, rememberOpen, saveDesign, startNewVersion } from './persistence.ts';
import { describeSaveFailure, reportSave } from './saveGuard.ts';
import { notify, selectIds } from './uiStore.ts';
import { useLibraryStore } from './libraryStore.ts';

/** Reads the design list again; while storage is unavailable it stays as it was (the storage warning says why). */
export async function refreshLibrary(): Promise<void> {
  try {
    useLibraryStore.getState().setEntries(await listDesigns());
  } catch {
    // Nothing to read; the save guard reports the failure of the design on screen.
  }
}

const rememberOpenIfPossible = (id: string) => rememberOpen(id).catch(() => undefined);

async function show(id: string, design: Design): Promise<void> {
  useDesignStore.getState().open(id, design);
  markSaved(design);
  selectIds([]);
  await rememberOpenIfPossible(id);
  await refreshLibrary();
}

/**
 * Storage could not be opened at start: a new design opens anyway, not yet saved. Autosave
 * keeps trying to store it while the warning stands and offers the download; once it is
 * stored it is the design reopened on the next load.
 */
export function openWithoutLibrary(): void {
  const id = newDesignId();
  useDesignStore.getState().open(id, emptyDesign('Untitled design'));
  selectIds([]);
  const stop = onSaved((saved) => {
    if (saved !== id) return;
    stop();
    void rememberOpenIfPossible(id).then(refreshLibrary);
  });
}

/** Stores a design under a new id and opens it. */
export async function openAsNew(design: Design): Promise<string> {
  await saveNow();
  const id = newDesignId();
  const saved = await saveDesign(id, design);
  await show(id, design);
  // A failed first save still opens the design: the warning offers to download it.
  reportSave(saved);
  return id;
}

export const createDesign = (name = 'Untitled design'): Promise<string> => openAsNew(emptyDesign(name));

export async function openDesign(id: string): Promise<boolean> {
  await saveNow();
  const design = await loadDesign(id);
  if (!design) {
    notify('That design could not be read from this browser’s storage.', 'error');
    return false;
  }
  await show(id, design);
  return true;
}

export async function renameDesign(id: string, name: string): Promise<void> {
  const { designId, apply } = useDesignStore.getState();
  if (id === designId) {
    apply((design) => ({ ...design, name }), { group: 'design-name' });
    await saveNow();
  } else {
    const design = await loadDesign(id);
    const result = design && (await saveDesign(id, { ...design, name }));
    if (result && !result.ok) notify(`Not renamed. ${describeSaveFailure(result.failure)}`, 'error');
  }
  await refreshLibrary();
}

export async function duplicateDesign(id: string): Promise<void> {
  await saveNow();
  const design = id === useDesignStore.getState().designId ? getDesign() : await loadDesign(id);
  if (design) await openAsNew({ ...design, name: `${design.name} (copy)` });
}

/**
 * Brings a saved version back as one undo step. What was there is saved first and stays in
 * the version history as its own version: the restore's save never folds into it.
 * Undefined when the version cannot be read.
 */
export async function restoreVersion(id: string, version: number): Promise<OpResult | undefined> {
  await saveNow();
  const design = await loadVersion(id, version);
  if (!design) return undefined;
  if (useDesignStore.getState().designId !== id) return { ok: false, reason: 'Another design was opened meanwhile; nothing was restored.' };
  startNewVersion(id);
  const result = applyOperation(() => design);
  if (!result.ok) startNewVersion(id, false);
  return result;
}

/** Deletes a design; deleting the open one opens the next, or a new empty design. */
export async function removeDesign(id: string): Promise<void> {
  await deleteDesign(id);
  if (id === useDesignStore.getState().designId) {
    const next = (await listDesigns())[0];
    if (!next || !(await openDesign(next.id))) await createDesign();
  }
  await refreshLibrary();
}

/** Imports a design file as a new design; a file that fails to parse changes nothing. */
export async function importDesignText(text: string): Promise<boolean> {
  const parsed = parseDesign(text);
  if (!parsed.ok) {
    notify(`Import refused: ${describeParseError(parsed.error)}`, 'error');
    return false;
  }
  await openAsNew(await arrangeIfUnplaced(parsed.design));
  notify(`Imported “${parsed.design.name}” as a new design.`, 'success');
  return true;
}

/** A file name that is safe on every operating system. */
export function exportFileName(design: Design): string {
  const stem = design.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${stem || 'design'}.lzs.json`;
}

export function exportDesignText(design: Design): string {
  return serializeDesign(design);
}
