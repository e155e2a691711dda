/**
 * Share links. Copying puts the design, compressed, in a link's fragment (nothing leaves
 * the browser). Opening a link shows that design read-only and unsaved: it has no id in the
 * library, so autosave never writes it and the user's own designs stay as they were.
 * "Save a copy" stores it as a new design; a damaged link changes nothing.
 */
import { create } from 'zustand';
import type { Design } from '../engine/model/index.ts';
import { decodeShareFragment, encodeShareFragment } from '../engine/io/share.ts';
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

export type ShareLinkResult = { ok: true; url: string } | { ok: false; reason: string };

/** The link for the open design, or the reason there is none (too large). */
export function shareLink(design: Design = getDesign()): ShareLinkResult {
  const encoded = encodeShareFragment(design);
  if (!encoded.ok) return { ok: false, reason: encoded.reason };
  return { ok: true, url: `${location.origin}${location.pathname}#${encoded.fragment}` };
}

/** Copies the open design's link; says why when it cannot. Returns the link when made. */
export async function copyShareLink(): Promise<string | undefined> {
  const link = shareLink();
  if (!link.ok) {
    notify(link.reason, 'error');
    return undefined;
  }
  try {
    await navigator.clipboard.writeText(link.url);
    notify('Share link copied. Whoever opens it sees this design read-only.', 'success');
  } catch {
    notify('The browser did not allow copying; copy the link from the field instead.', 'info');
  }
  return link.url;
}

function showShared(design: Design): void {
  useUiStore.getState().setReadOnly(true);
  // No library id: autosave skips it, and the last open design stays the one reopened later.
  useDesignStore.setState({ designId: undefined, history: startHistory(design) });
  markSaved(design);
  selectIds([]);
  useShareStore.setState({ shared: design, error: undefined });
}

/**
 * Opens the design in the page's `#share=` fragment, if there is one. Returns true when a
 * shared design is now on view; a damaged link shows why and returns false.
 */
export function openSharedFromLocation(hash: string = location.hash): boolean {
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
