/**
 * Share links. Copying puts the design, compressed, in a link's fragment (nothing leaves
 * the browser). Opening a link shows that design read-only and unsaved: it has no id in the
 * library, so autosave never writes it and the user's own designs stay as they were.
 * "Save a copy" stores it as a new design named "… (copy)"; a damaged link changes nothing.
 * Links are decoded in a worker with progress (shareDecoder.ts).
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { DecodeResult, ShareProgress } from '../engine/io/share.ts';
import type { Design } from '../engine/model/index.ts';
import type { Autosave } from './autosave.ts';
import { startHistory } from './history.ts';
import type { Library } from './library.ts';
import { decodeShareLink } from './shareDecoder.ts';
import type { StudioCore } from './studio.ts';
import { useStudio } from './useStudio.ts';

export interface ShareState {
  /** The design that came from the link, while it is on view. */
  readonly shared: Design | undefined;
  /** Why the last link could not be opened. */
  readonly error: string | undefined;
  /** A link being opened: how far it has come ('starting' until the decoder reports). */
  readonly opening: ShareProgress | { readonly stage: 'starting' } | undefined;
}

/** One slice of the shared design on view. */
export function useShareStore<T>(selector: (state: ShareState) => T): T {
  return useStore(useStudio().storage.share.store, selector);
}

/** True when the fragment carries a share payload (`#share=`, SHARE_PARAM in engine/io/share.ts). */
const hasSharePayload = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).has('share');

/** Decodes off the page (shareDecoder.ts); never throws: anything unexpected is a reason too. */
async function decode(hash: string, onProgress: (progress: ShareProgress) => void): Promise<DecodeResult> {
  try {
    return await decodeShareLink(hash, onProgress);
  } catch (error) {
    return { ok: false, reason: `The share link could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function forgetLink(): void {
  if (location.hash) history.replaceState(null, '', `${location.pathname}${location.search}`);
}

export interface ShareLinks {
  readonly store: StoreApi<ShareState>;
  /**
   * Opens the design in the page's `#share=` fragment, if there is one. True when a shared
   * design is now on view; a link that cannot be opened shows why (the parser's message,
   * naming the field and resource) and returns false. Never throws.
   */
  openSharedFromLocation(hash?: string): Promise<boolean>;
  /** Stores the shared design as a new design of the user's own, editable. */
  saveSharedCopy(): Promise<void>;
  dismissShareError(): void;
  /** Follows later changes: a link pasted into this tab, or leaving the shared view. */
  startShareLinks(): void;
  dispose(): void;
}

/** Share links opened in one studio. */
export function createShareLinks(studio: StudioCore, autosave: Autosave, library: Library): ShareLinks {
  const store = createStore<ShareState>()(() => ({ shared: undefined, error: undefined, opening: undefined }));
  /** Counts links opened, so only the newest one's result is shown. */
  let opened = 0;
  function showShared(design: Design): void {
    studio.ui.getState().setReadOnly(true);
    // No library id: autosave skips it, and the last open design stays the one reopened later.
    studio.design.setState({ designId: undefined, history: startHistory(design) });
    autosave.markSaved(design);
    studio.select([]);
    store.setState({ shared: design, error: undefined });
  }

  async function openSharedFromLocation(hash: string = location.hash): Promise<boolean> {
    if (!hasSharePayload(hash)) return false;
    const run = ++opened;
    store.setState({ opening: { stage: 'starting' }, error: undefined });
    const decoded = await decode(hash, (progress) => {
      if (run === opened) store.setState({ opening: progress });
    });
    if (run !== opened) return false;
    store.setState({ opening: undefined });
    if (decoded.ok === 'none') return false;
    if (decoded.ok === false) {
      store.setState({ error: decoded.reason });
      studio.notify(`${decoded.reason} Your designs were not changed.`, 'error');
      return false;
    }
    showShared(decoded.design);
    return true;
  }

  /** Stores the shared design as a new design of the user's own, editable. */
  async function saveSharedCopy(): Promise<void> {
    const design = store.getState().shared ?? studio.getDesign();
    studio.ui.getState().setReadOnly(false);
    store.setState({ shared: undefined });
    forgetLink();
    const copy = { ...design, name: `${design.name} (copy)` };
    await library.openAsNew(copy);
    studio.notify(`Saved “${copy.name}” as a new design of your own.`, 'success');
  }

  function dismissShareError(): void {
    store.setState({ error: undefined });
  }

  let stop: (() => void) | undefined;

  /** Follows later changes: a link pasted into this tab, or leaving the shared view. */
  function startShareLinks(): void {
    if (stop) return;
    const onHash = () => void openSharedFromLocation();
    window.addEventListener('hashchange', onHash);
    // Opening one of the user's own designs (it has a library id) ends the read-only view.
    const unsubscribe = studio.design.subscribe((state, previous) => {
      if (state.designId === previous.designId || state.designId === undefined) return;
      if (studio.ui.getState().readOnly) studio.ui.getState().setReadOnly(false);
      if (store.getState().shared) {
        store.setState({ shared: undefined });
        forgetLink();
      }
    });
    stop = () => {
      window.removeEventListener('hashchange', onHash);
      unsubscribe();
    };
  }

  function dispose(): void {
    stop?.();
    stop = undefined;
  }

  return { store, openSharedFromLocation, saveSharedCopy, dismissShareError, startShareLinks, dispose };
}
