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
import { create } from 'zustand';
import { markSaved, onSaved, retrySave, saveNow, setWriteGate } from './autosave.ts';
import { setEditBlock, useDesignStore } from './designStore.ts';
import { knownVersion, loadDesign, TAB_ID } from './persistence.ts';
import { clearSaveFailure, hasUnsavedChange } from './saveGuard.ts';
import { notify } from './uiStore.ts';

export type TabRole =
  /** This tab edits the open design (or there is nothing to coordinate). */
  | 'editing'
  /** Another tab edits it; this one shows its saves. */
  | 'watching';

interface TabState {
  readonly role: TabRole;
  /** Why this tab is watching: the design was open elsewhere, or another tab took it over. */
  readonly reason: 'open-elsewhere' | 'taken-over' | undefined;
  /** A take-over is under way. */
  readonly claiming: boolean;
}

export const useTabStore = create<TabState>()(() => ({ role: 'editing', reason: undefined, claiming: false }));

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

let current: Claim | undefined;
/** Saving the last changes before letting another tab take over: no new edits meanwhile. */
let handingOver = false;
let channel: BroadcastChannel | undefined;

const lockName = (id: string) => `landing-zone-studio:design:${id}`;
const locks = (): LockManager | undefined => (typeof navigator !== 'undefined' ? navigator.locks : undefined);

function post(message: TabMessage): void {
  channel?.postMessage(message);
}

/** Shows the latest stored version of the open design (after another tab saved, or on taking over). */
async function showLatest(id: string): Promise<void> {
  const design = await loadDesign(id);
  if (!design || useDesignStore.getState().designId !== id) return;
  useDesignStore.getState().open(id, design);
  markSaved(design);
}

/**
 * On taking over: shows the latest stored version, unless this tab holds a change it could
 * not store; that change stays, and true says to store it on top of the latest version.
 */
async function catchUp(id: string): Promise<boolean> {
  if (!hasUnsavedChange()) {
    await showLatest(id);
    return false;
  }
  // Reading the latest version makes it the base of the next write.
  await loadDesign(id);
  return useDesignStore.getState().designId === id;
}

/** Replaces this tab's unsaved change with the stored design: after a refused save, or a hand-over that came first. */
export async function reloadStoredDesign(): Promise<void> {
  const id = useDesignStore.getState().designId;
  if (!id) return;
  await showLatest(id);
  clearSaveFailure();
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
        useTabStore.setState({ role: 'editing', reason: undefined, claiming: false });
        if (keep) void retrySave();
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
  useTabStore.setState({ role: 'watching', reason });
  manager.request(lockName(id), { signal: claim.waiting.signal }, () => hold(claim, true)).catch((error: unknown) => lost(claim, error));
}

function claimDesign(id: string | undefined): void {
  letGo();
  const manager = locks();
  if (!id || !manager) {
    useTabStore.setState({ role: 'editing', reason: undefined, claiming: false });
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

/** Asks the editing tab to save and let go, then edits here; steals the lock if it does not answer. */
export function takeOver(): void {
  const claim = current;
  const manager = locks();
  if (!claim || !manager || useTabStore.getState().role === 'editing') return;
  useTabStore.setState({ claiming: true });
  post({ type: 'release', id: claim.id, from: TAB_ID });
  setTimeout(() => {
    if (current !== claim || useTabStore.getState().role === 'editing') return;
    claim.waiting.abort();
    const stealing: Claim = { id: claim.id, waiting: new AbortController() };
    current = stealing;
    manager.request(lockName(claim.id), { steal: true }, () => hold(stealing, true)).catch((error: unknown) => lost(stealing, error));
  }, HAND_OVER_MS);
}

async function onMessage(message: TabMessage): Promise<void> {
  const claim = current;
  if (!claim || message.id !== claim.id || message.from === TAB_ID) return;
  const { role } = useTabStore.getState();
  // Another tab's save is followed unless this tab holds a change of its own that showing it
  // would drop. (An editing tab hears one when a frozen tab wrote before seeing its lock go.)
  if (message.type === 'saved' && !hasUnsavedChange() && (role === 'watching' || message.version > (knownVersion(claim.id) ?? 0))) {
    await showLatest(claim.id);
  }
  if (message.type === 'release' && role === 'editing' && claim.release) {
    // Refuse new edits first; then save what there is and let go.
    handingOver = true;
    try {
      await saveNow();
    } finally {
      handingOver = false;
    }
    letGo();
    follow(claim.id, 'taken-over');
    // Only said when true; otherwise the tab banner shows the change that was kept.
    if (!hasUnsavedChange()) notify('Another tab took over this design. Your changes here were saved first.', 'info');
  }
}

let started = false;

/** Starts coordinating with other tabs; safe to call more than once. */
export function startTabs(): void {
  if (started) return;
  started = true;
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel('landing-zone-studio:tabs');
    channel.onmessage = (event: MessageEvent<TabMessage>) => void onMessage(event.data);
  }
  setEditBlock(() => (handingOver || useTabStore.getState().role === 'watching' ? WATCHING_REASON : undefined));
  setWriteGate(() => useTabStore.getState().role === 'editing');
  onSaved((id, version) => post({ type: 'saved', id, version, from: TAB_ID }));
  claimDesign(useDesignStore.getState().designId);
  useDesignStore.subscribe((state, previous) => {
    if (state.designId !== previous.designId) claimDesign(state.designId);
  });
}
