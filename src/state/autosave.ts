/**
 * Saves the open design as soon as it changes, one write at a time: changes made while a
 * write is under way are coalesced into the next one. No waiting period, so closing the tab
 * right after an edit keeps it; the page being hidden flushes too. Every result goes to the
 * save guard, which keeps a failure on screen until a save succeeds.
 */
import type { Design } from '../engine/model/index.ts';
import { getDesign, useDesignStore } from './designStore.ts';
import { saveDesign } from './persistence.ts';
import { reportSave, requestPersistentStorage } from './saveGuard.ts';

let pending: { id: string; design: Design } | undefined;
let saved: Design | undefined;
let running: Promise<void> | undefined;

/** Whether this tab may write a design now (another tab may be editing it). */
let mayWrite: (id: string) => boolean = () => true;
const savedListeners = new Set<(id: string, version: number) => void>();

/** Lets the tab coordinator hold writes back while another tab edits the design. */
export function setWriteGate(gate: (id: string) => boolean): void {
  mayWrite = gate;
}

/** Called after each successful save, with the version written. */
export function onSaved(listener: (id: string, version: number) => void): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

async function drain(): Promise<void> {
  while (pending) {
    const job = pending;
    pending = undefined;
    if (job.design === saved) continue;
    if (!mayWrite(job.id)) continue;
    const result = await saveDesign(job.id, job.design);
    reportSave(result);
    if (!result.ok) continue;
    if (useDesignStore.getState().history.present === job.design) saved = job.design;
    for (const listener of savedListeners) listener(job.id, result.version);
    void requestPersistentStorage();
  }
}

function flush(): Promise<void> {
  running ??= drain().finally(() => {
    running = undefined;
    if (pending) void flush();
  });
  return running;
}

/** Saves any pending change now and waits for it (used before switching designs). */
export async function saveNow(): Promise<void> {
  while (running || pending) await flush();
}

/** Marks a design as already stored, so opening it does not write it back. */
export function markSaved(design: Design): void {
  saved = design;
  if (pending?.design === design) pending = undefined;
}

/** Writes the open design again, e.g. after the user freed space. */
export function retrySave(): Promise<void> {
  const { designId } = useDesignStore.getState();
  if (!designId) return Promise.resolve();
  saved = undefined;
  pending = { id: designId, design: getDesign() };
  return saveNow();
}

let stop: (() => void) | undefined;

/** Starts autosaving; returns a function that stops it. Starting twice keeps one. */
export function startAutosave(): () => void {
  if (stop) return stop;
  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    const design = state.history.present;
    if (!state.designId || design === previous.history.present || design === saved) return;
    pending = { id: state.designId, design };
    // A microtask, so the edits of one gesture that land together make one write.
    queueMicrotask(() => void flush());
  });
  const onHide = () => void flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  stop = () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
    stop = undefined;
  };
  return stop;
}
