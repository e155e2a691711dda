/**
 * Share links. Copying puts the design, compressed, in a link's fragment (nothing leaves
 * the browser). Opening a link shows that design read-only and unsaved: it has no id in the
 * library, so autosave never writes it and the user's own designs stay as they were.
 * "Save a copy" stores it as a new design; a damaged link changes nothing.
 */
import { create } from 'zustand';
import type { Design } from '../engine/model/index.ts';
import { markSaved } from './autosave.ts';
import { getDesign, useDesignStore } from './designStore.ts';
import { startHistory } from './history.ts';
import { openAsNew } from './library.ts';
import { notify, selectIds, useUiStore } from './uiStore.ts';

interface ShareState {
  /** The design that came from the link, while it is on view. */
  readonly shared: Design | undefined;
  /** Why the last link could not be opened. */
  readonly error: string | undefined;
}

export const useShareStore = create<ShareState>()(() => ({ shared: undefined, error: undefined }));

function showShared(design: Design): void {
  useUiStore.getState().setReadOnly(true);
  // No library id: autosave skips it, and the last open design stays the one reopened later.
  useDesignStore.setState({ designId: undefined, history: startHistory(design) });
  markSaved(design);
  selectIds([]);
  useShareStore.setState({ shared: design, error: undefined });
}

/** True when the fragment carries a share payload (`#share=`, SHARE_PARAM in engine/io/share.ts). */
const hasSharePayload = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).has('share');

/**
 * Opens the design in the page's `#share=` fragment, if there is one. Returns true when a
 * shared design is now on view; a damaged link shows why and returns false. The decoder
 * (and its inflate) loads only when a link is opened.
 */
export async function openSharedFromLocation(hash: string = location.hash): Promise<boolean> {
  if (!hasSharePayload(hash)) return false;
  const { decodeShareFragment } = await import('../engine/io/share.ts');
  const decoded = decodeShareFragment(hash);
  if (decoded.ok === 'none') return false;
  if (decoded.ok === false) {
    useShareStore.setState({ error: decoded.reason });
    notify(`${decoded.reason} Your designs were not changed.`, 'error');
    return false;
  }
  showShared(decoded.design);
  return true;
}

function forgetLink(): void {
  if (location.hash) history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/** Stores the shared design as a new design of the user's own, editable. */
export async function saveSharedCopy(): Promise<void> {
  const design = useShareStore.getState().shared ?? getDesign();
  useUiStore.getState().setReadOnly(false);
  useShareStore.setState({ shared: undefined });
  forgetLink();
  await openAsNew(design);
  notify(`Saved “${design.name}” as a new design of your own.`, 'success');
}

export function dismissShareError(): void {
  useShareStore.setState({ error: undefined });
}

let listening = false;

/** Follows later changes: a link pasted into this tab, or leaving the shared view. */
export function startShareLinks(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('hashchange', () => void openSharedFromLocation());
  // Opening one of the user's own designs (it has a library id) ends the read-only view.
  useDesignStore.subscribe((state, previous) => {
    if (state.designId === previous.designId || state.designId === undefined) return;
    if (useUiStore.getState().readOnly) useUiStore.getState().setReadOnly(false);
    if (useShareStore.getState().shared) {
      useShareStore.setState({ shared: undefined });
      forgetLink();
    }
  });
}
