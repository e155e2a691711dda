/**
 * Saves the open design as soon as it changes, one write at a time: changes made while a
 * write is under way are coalesced into the next one. No waiting period, so closing the tab
 * right after an edit keeps it; the page being hidden flushes too. Every result goes to the
 * save guard, which keeps a failure on screen until a save succeeds. When storage refuses or
 * cannot be opened, saving is tried again after 1 s, then twice as long each time up to 30 s.
 */
import type { Design } from '../engine/model/index.ts';
import { designText } from './designText.ts';
import { knownVersion, saveDesign, TAB_ID } from './persistence.ts';
import { forgetRescue, openRescue, writeRescue } from './rescue.ts';
import type { SaveFailure } from './persistence.ts';
import { requestPersistentStorage, type SaveGuard } from './saveGuard.ts';
import type { StudioCore } from './studio.ts';

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** Failures that may pass by themselves (space freed, storage back); a conflict waits for the user. */
const mayPass = (failure: SaveFailure) => failure.type === 'storage' || failure.type === 'unavailable';

export interface Autosave {
  /** Lets the tab coordinator hold writes back while another tab edits the design. */
  setWriteGate(gate: (id: string) => boolean): void;
  /** Called after each successful save, with the version written; returns the unsubscribe. */
  onSaved(listener: (id: string, version: number) => void): () => void;
  /** Saves any pending change now and waits for it (used before switching designs). */
  saveNow(): Promise<void>;
  /** Marks a design as already stored, so opening it does not write it back. */
  markSaved(design: Design): void;
  /** Writes the open design again, e.g. after the user freed space. */
  retrySave(): Promise<void>;
  /** Starts autosaving; returns a function that stops it. Starting twice keeps one. */
  startAutosave(): () => void;
  /** Stops autosaving and any retry. */
  dispose(): void;
}

/** Autosave of one studio's open design. */
export function createAutosave(studio: StudioCore, guard: SaveGuard): Autosave {
  let pending: { id: string; design: Design } | undefined;
  /** The design storage holds, as far as this tab knows. */
  let saved: Design | undefined;
  function setSaved(design: Design | undefined): void {
    saved = design;
    guard.setStoredDesign(design);
  }
  let running: Promise<void> | undefined;
  /** A design put in the rescue store while this page lives, to forget once a save catches up. */
  let rescued: string | undefined;

  /** Whether this tab may write a design now (another tab may be editing it). */
  let mayWrite: (id: string) => boolean = () => true;
  const savedListeners = new Set<(id: string, version: number) => void>();

  /** Lets the tab coordinator hold writes back while another tab edits the design. */
  function setWriteGate(gate: (id: string) => boolean): void {
    mayWrite = gate;
  }

  /** Called after each successful save, with the version written. */
  function onSaved(listener: (id: string, version: number) => void): () => void {
    savedListeners.add(listener);
    return () => savedListeners.delete(listener);
  }

  let retryDelay = RETRY_FIRST_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function retryLater(): void {
    if (retryTimer !== undefined) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      const { designId, history } = studio.design.getState();
      if (!designId || history.present === saved) return;
      pending ??= { id: designId, design: history.present };
      void flush();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  }

  function stopRetrying(): void {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    retryDelay = RETRY_FIRST_MS;
  }

  async function drain(): Promise<void> {
    while (pending) {
      const job = pending;
      pending = undefined;
      if (job.design === saved) continue;
      if (!mayWrite(job.id)) continue;
      const result = await saveDesign(job.id, job.design);
      guard.reportSave(result);
      if (!result.ok) {
        if (mayPass(result.failure)) retryLater();
        continue;
      }
      stopRetrying();
      if (studio.design.getState().history.present === job.design) setSaved(job.design);
      if (rescued === job.id && saved === job.design) {
        rescued = undefined;
        void forgetRescue(job.id);
      }
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
  async function saveNow(): Promise<void> {
    while (running || pending) await flush();
  }

  /** Marks a design as already stored, so opening it does not write it back. */
  function markSaved(design: Design): void {
    setSaved(design);
    if (pending?.design === design) pending = undefined;
  }

  /** Writes the open design again, e.g. after the user freed space. */
  function retrySave(): Promise<void> {
    const { designId } = studio.design.getState();
    if (!designId) return Promise.resolve();
    setSaved(undefined);
    pending = { id: designId, design: studio.getDesign() };
    return saveNow();
  }

  /**
   * The page is being hidden or closed: the design, if not yet confirmed saved, also goes to
   * the rescue store in one request (see rescue.ts), then the normal save starts.
   */
  function flushBeforeUnload(): void {
    // The present design, not only the pending one: the write under way may not finish either.
    const { designId, history } = studio.design.getState();
    if (designId && history.present !== saved && mayWrite(designId)) {
      if (writeRescue(designId, { design: designText(history.present), base: knownVersion(designId) ?? 0, writer: TAB_ID })) rescued = designId;
    }
    void flush();
  }

  let stop: (() => void) | undefined;

  /** Starts autosaving; returns a function that stops it. Starting twice keeps one. */
  function startAutosave(): () => void {
    if (stop) return stop;
    void openRescue();
    const unsubscribe = studio.design.subscribe((state, previous) => {
      const design = state.history.present;
      if (state.designId !== previous.designId) guard.clearSaveFailure();
      if (!state.designId || design === previous.history.present || design === saved) return;
      pending = { id: state.designId, design };
      // The next task: the edits that land together make one write, and serialising a large
      // design does not lengthen the task that drew the edit.
      setTimeout(() => void flush(), 0);
    });
    const onHide = () => flushBeforeUnload();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushBeforeUnload();
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

  function dispose(): void {
    stop?.();
    stopRetrying();
  }

  return { setWriteGate, onSaved, saveNow, markSaved, retrySave, startAutosave, dispose };
}
