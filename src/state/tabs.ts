/**
 * One tab edits a design at a time. The editing tab holds a Web Lock named after the
 * design; another tab that opens it watches instead: its edits are refused, it follows the
 * editing tab's saves (BroadcastChannel), and it may take over or open a copy. Taking over
 * asks the editing tab to save and let go; a tab that does not answer has its lock stolen,
 * and the version check in persistence still refuses anything it writes afterwards.
 *
 * A change this tab could not store before another took over (it was frozen, or its save was
 * refused) stays on screen: following the other tab's saves would drop it. The tab banner
 * says so and offers to download it, keep it by editing here again (it is stored on top of
 * the newest version, which stays in History), or discard it.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Autosave } from './autosave.ts';
import { knownVersion, loadDesign, TAB_ID } from './persistence.ts';
import type { SaveGuard } from './saveGuard.ts';
import type { StudioCore } from './studio.ts';
import { useStudio } from './useStudio.ts';

export type TabRole =
  /** This tab edits the open design (or there is nothing to coordinate). */
  | 'editing'
  /** Another tab edits it; this one shows its saves. */
  | 'watching';

export interface TabState {
  readonly role: TabRole;
  /** Why this tab is watching: the design was open elsewhere, or another tab took it over. */
  readonly reason: 'open-elsewhere' | 'taken-over' | undefined;
  /** A take-over is under way. */
  readonly claiming: boolean;
}

/** One slice of this tab's role. */
export function useTabStore<T>(selector: (state: TabState) => T): T {
  return useStore(useStudio().storage.tabs.store, selector);
}

export const WATCHING_REASON = 'This design is being edited in another tab. Take over here, or open a copy.';

/** How long a take-over waits for the editing tab to save and let go before stealing its lock. */
const HAND_OVER_MS = 1500;

type TabMessage =
  | { readonly type: 'saved'; readonly id: string; readonly version: number; readonly from: string }
  | { readonly type: 'release'; readonly id: string; readonly from: string };

interface Claim {
  readonly id: string;
  /** Cancels a lock request still waiting. */
  readonly waiting: AbortController;
  /** Lets go of a lock this tab holds. */
  release?: () => void;
}

const lockName = (id: string) => `landing-zone-studio:design:${id}`;
const locks = (): LockManager | undefined => (typeof navigator !== 'undefined' ? navigator.locks : undefined);

export interface Tabs {
  readonly store: StoreApi<TabState>;
  /** Replaces this tab's unsaved change with the stored design: after a refused save, or a hand-over that came first. */
  reloadStoredDesign(): Promise<void>;
  /** Asks the editing tab to save and let go, then edits here; steals the lock if it does not answer. */
  takeOver(): void;
  /** Starts coordinating with other tabs; safe to call more than once. */
  startTabs(): void;
  /** Lets go of the design and stops listening to other tabs. */
  dispose(): void;
}

/** Tab coordination for one studio's open design. */
export function createTabs(studio: StudioCore, autosave: Autosave, guard: SaveGuard): Tabs {
  const store = createStore<TabState>()(() => ({ role: 'editing', reason: undefined, claiming: false }));
  let current: Claim | undefined;
  /** Saving the last changes before letting another tab take over: no new edits meanwhile. */
  let handingOver = false;
  let channel: BroadcastChannel | undefined;

  function post(message: TabMessage): void {
    channel?.postMessage(message);
  }

  /** Shows the latest stored version of the open design (after another tab saved, or on taking over). */
  async function showLatest(id: string): Promise<void> {
    const design = await loadDesign(id);
    if (!design || studio.design.getState().designId !== id) return;
    studio.design.getState().open(id, design);
    autosave.markSaved(design);
  }

  /**
   * On taking over: shows the latest stored version, unless this tab holds a change it could
   * not store; that change stays, and true says to store it on top of the latest version.
   */
  async function catchUp(id: string): Promise<boolean> {
    if (!guard.hasUnsavedChange()) {
      await showLatest(id);
      return false;
    }
    // Reading the latest version makes it the base of the next write.
    await loadDesign(id);
    return studio.design.getState().designId === id;
  }

  /** Replaces this tab's unsaved change with the stored design: after a refused save, or a hand-over that came first. */
  async function reloadStoredDesign(): Promise<void> {
    const id = studio.design.getState().designId;
    if (!id) return;
    await showLatest(id);
    guard.clearSaveFailure();
  }

  /** Runs while this tab holds the lock; the returned promise keeps it held. */
  function hold(claim: Claim, fromWatching: boolean): Promise<void> {
    if (current !== claim) return Promise.resolve();
    return new Promise<void>((resolve) => {
      claim.release = resolve;
      const ready = fromWatching ? catchUp(claim.id) : Promise.resolve(false);
      void ready
        .catch(() => false)
        .then((keep) => {
          if (current !== claim) return;
          store.setState({ role: 'editing', reason: undefined, claiming: false });
          if (keep) void autosave.retrySave();
        });
    });
  }

  /** The lock went away without this tab letting go: another tab stole it. */
  function lost(claim: Claim, error: unknown): void {
    if (current !== claim || (error instanceof DOMException && claim.waiting.signal.aborted)) return;
    follow(claim.id, 'taken-over');
  }

  /** Waits for the lock, watching meanwhile; gets it when the editing tab closes or lets go. */
  function follow(id: string, reason: TabState['reason']): void {
    const manager = locks();
    if (!manager) return;
    const claim: Claim = { id, waiting: new AbortController() };
    current = claim;
    store.setState({ role: 'watching', reason });
    manager.request(lockName(id), { signal: claim.waiting.signal }, () => hold(claim, true)).catch((error: unknown) => lost(claim, error));
  }

  function claimDesign(id: string | undefined): void {
    letGo();
    const manager = locks();
    if (!id || !manager) {
      store.setState({ role: 'editing', reason: undefined, claiming: false });
      return;
    }
    const claim: Claim = { id, waiting: new AbortController() };
    current = claim;
    manager
      .request(lockName(id), { ifAvailable: true }, (lock) => {
        if (lock) return hold(claim, false);
        if (current === claim) follow(id, 'open-elsewhere');
        return undefined;
      })
      .catch((error: unknown) => lost(claim, error));
  }

  function letGo(): void {
    const claim = current;
    current = undefined;
    claim?.waiting.abort();
    claim?.release?.();
  }

  let stealTimer: ReturnType<typeof setTimeout> | undefined;

  /** Asks the editing tab to save and let go, then edits here; steals the lock if it does not answer. */
  function takeOver(): void {
    const claim = current;
    const manager = locks();
    if (!claim || !manager || store.getState().role === 'editing') return;
    store.setState({ claiming: true });
    post({ type: 'release', id: claim.id, from: TAB_ID });
    clearTimeout(stealTimer);
    stealTimer = setTimeout(() => {
      if (current !== claim || store.getState().role === 'editing') return;
      claim.waiting.abort();
      const stealing: Claim = { id: claim.id, waiting: new AbortController() };
      current = stealing;
      manager.request(lockName(claim.id), { steal: true }, () => hold(stealing, true)).catch((error: unknown) => lost(stealing, error));
    }, HAND_OVER_MS);
  }

  async function onMessage(message: TabMessage): Promise<void> {
    const claim = current;
    if (!claim || message.id !== claim.id || message.from === TAB_ID) return;
    const { role } = store.getState();
    // Another tab's save is followed unless this tab holds a change of its own that showing it
    // would drop. (An editing tab hears one when a frozen tab wrote before seeing its lock go.)
    if (message.type === 'saved' && !guard.hasUnsavedChange() && (role === 'watching' || message.version > (knownVersion(claim.id) ?? 0))) {
      await showLatest(claim.id);
    }
    if (message.type === 'release' && role === 'editing' && claim.release) {
      // Refuse new edits first; then save what there is and let go.
      handingOver = true;
      try {
        await autosave.saveNow();
      } finally {
        handingOver = false;
      }
      letGo();
      follow(claim.id, 'taken-over');
      // Only said when true; otherwise the tab banner shows the change that was kept.
      if (!guard.hasUnsavedChange()) studio.notify('Another tab took over this design. Your changes here were saved first.', 'info');
    }
  }

  let started = false;
  let stopSaved: (() => void) | undefined;
  let stopDesign: (() => void) | undefined;

  /** Starts coordinating with other tabs; safe to call more than once. */
  function startTabs(): void {
    if (started) return;
    started = true;
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel('landing-zone-studio:tabs');
      channel.onmessage = (event: MessageEvent<TabMessage>) => void onMessage(event.data);
    }
    studio.setEditBlock(() => (handingOver || store.getState().role === 'watching' ? WATCHING_REASON : undefined));
    autosave.setWriteGate(() => store.getState().role === 'editing');
    stopSaved = autosave.onSaved((id, version) => post({ type: 'saved', id, version, from: TAB_ID }));
    claimDesign(studio.design.getState().designId);
    stopDesign = studio.design.subscribe((state, previous) => {
      if (state.designId !== previous.designId) claimDesign(state.designId);
    });
  }

  function dispose(): void {
    clearTimeout(stealTimer);
    stopDesign?.();
    stopSaved?.();
    channel?.close();
    channel = undefined;
    letGo();
  }

  return { store, reloadStoredDesign, takeOver, startTabs, dispose };
}
