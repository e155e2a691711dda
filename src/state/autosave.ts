/**
 * Saves the open design shortly after each change and when the page is hidden, so nothing
 * is lost on reload, tab close or crash.
 */
import type { Design } from '../engine/model/index.ts';
import { useDesignStore } from './designStore.ts';
import { saveDesign } from './persistence.ts';
import { notify } from './uiStore.ts';

/** Under the 300 ms promise, leaving room for the IndexedDB write itself. */
const SAVE_DELAY_MS = 200;

let timer: ReturnType<typeof setTimeout> | undefined;
let pending: { id: string; design: Design } | undefined;
let saved: Design | undefined;

async function flush(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  const job = pending;
  pending = undefined;
  if (!job || job.design === saved) return;
  try {
    await saveDesign(job.id, job.design);
    saved = job.design;
  } catch (error) {
    notify(`The design could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

/** Saves any pending change now (used before switching designs). */
export const saveNow = (): Promise<void> => flush();

/** Marks a design as already stored, so opening it does not write it back. */
export function markSaved(design: Design): void {
  saved = design;
}

/** Starts autosaving; returns a function that stops it. */
export function startAutosave(): () => void {
  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    const design = state.history.present;
    if (!state.designId || design === previous.history.present || design === saved) return;
    pending = { id: state.designId, design };
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  });
  const onHide = () => void flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
