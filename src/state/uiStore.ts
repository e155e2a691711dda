/**
 * UI state that is not the design: selection, the open side panel, messages.
 * Nothing here enters undo history, so selecting never clears redo.
 */
import type { Assumptions } from '../engine/cost/index.ts';
import { createStore, useStore, type StoreApi } from 'zustand';
import { useStudio } from './useStudio.ts';

export type MessageTone = 'info' | 'error' | 'success';

export interface Message {
  readonly id: number;
  readonly tone: MessageTone;
  readonly text: string;
  /** How many times the same message came while it was on screen. */
  readonly count: number;
}

/** A dialog over the workspace: the resource finder or the shortcut sheet. */
export type Overlay = 'finder' | 'shortcuts';

/** A right-click menu: where, and on which box (none: the pane). */
export interface ContextMenuAt {
  readonly x: number;
  readonly y: number;
  readonly target?: string;
}

export interface UiState {
  /** Selected resource ids (nodes, and resources drawn as edges). */
  readonly selection: readonly string[];
  /** Id of the tab shown in the right-hand panel area. */
  readonly panel: string;
  readonly messages: readonly Message[];
  /** A shared design is on view: nothing may change it (drops, edits, deletes). */
  readonly readOnly: boolean;
  readonly overlay: Overlay | undefined;
  readonly menu: ContextMenuAt | undefined;
  /** What the cost estimate assumes, as edited in the inspector; unset fields take the defaults. */
  readonly costAssumptions: Partial<Assumptions>;
  setCostAssumptions(patch: Partial<Assumptions>): void;
  select(ids: readonly string[]): void;
  setOverlay(overlay: Overlay | undefined): void;
  openMenu(menu: ContextMenuAt | undefined): void;
  setPanel(panel: string): void;
  notify(text: string, tone?: MessageTone): void;
  dismiss(id: number): void;
  setReadOnly(readOnly: boolean): void;
}

/** Long enough to read a refusal reason twice. */
const MESSAGE_MS = 7000;
/** Messages on screen at once; older ones go first. */
export const MESSAGE_LIMIT = 3;

/** The UI store, and `stop()` to cancel the timers of messages still on screen. */
export function createUiStore(): { store: StoreApi<UiState>; stop(): void } {
  let nextMessageId = 1;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const store = createStore<UiState>()((set, get) => ({
    selection: [],
    panel: 'inspector',
    messages: [],
    readOnly: false,
    overlay: undefined,
    menu: undefined,
    costAssumptions: {},
    setCostAssumptions: (patch) => set({ costAssumptions: { ...get().costAssumptions, ...patch } }),
    setOverlay: (overlay) => set({ overlay, menu: undefined }),
    openMenu: (menu) => set({ menu }),
    select: (ids) => {
      const current = get().selection;
      if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
      set({ selection: [...ids] });
    },
    setPanel: (panel) => set({ panel }),
    notify: (text, tone = 'info') => {
      const id = nextMessageId++;
      // The same message again: one on screen, counted, and its time starts again.
      const same = get().messages.find((m) => m.text === text && m.tone === tone);
      const messages = get().messages.filter((m) => m !== same);
      set({ messages: [...messages, { id, tone, text, count: (same?.count ?? 0) + 1 }].slice(-MESSAGE_LIMIT) });
      const timer = setTimeout(() => {
        timers.delete(timer);
        get().dismiss(id);
      }, MESSAGE_MS);
      timers.add(timer);
    },
    dismiss: (id) => set({ messages: get().messages.filter((m) => m.id !== id) }),
    setReadOnly: (readOnly) => set({ readOnly }),
  }));
  return {
    store,
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

/** One slice of the UI state; re-renders only when that slice changes. */
export function useUiStore<T>(selector: (state: UiState) => T): T {
  return useStore(useStudio().ui, selector);
}
