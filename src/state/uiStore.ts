/**
 * UI state that is not the design: selection, the open side panel, messages.
 * Nothing here enters undo history, so selecting never clears redo.
 */
import { create } from 'zustand';

export type MessageTone = 'info' | 'error' | 'success';

export interface Message {
  readonly id: number;
  readonly tone: MessageTone;
  readonly text: string;
}

interface UiState {
  /** Selected resource ids (nodes, and resources drawn as edges). */
  readonly selection: readonly string[];
  /** Id of the tab shown in the right-hand panel area. */
  readonly panel: string;
  readonly messages: readonly Message[];
  /** A shared design is on view: nothing may change it (drops, edits, deletes). */
  readonly readOnly: boolean;
  select(ids: readonly string[]): void;
  setPanel(panel: string): void;
  notify(text: string, tone?: MessageTone): void;
  dismiss(id: number): void;
  setReadOnly(readOnly: boolean): void;
}

let nextMessageId = 1;
/** Long enough to read a refusal reason twice. */
const MESSAGE_MS = 7000;

export const useUiStore = create<UiState>()((set, get) => ({
  selection: [],
  panel: 'inspector',
  messages: [],
  readOnly: false,
  select: (ids) => {
    const current = get().selection;
    if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
    set({ selection: [...ids] });
  },
  setPanel: (panel) => set({ panel }),
  notify: (text, tone = 'info') => {
    const id = nextMessageId++;
    // Same text twice in a row: keep one on screen.
    const messages = get().messages.filter((m) => m.text !== text);
    set({ messages: [...messages, { id, tone, text }].slice(-4) });
    setTimeout(() => get().dismiss(id), MESSAGE_MS);
  },
  dismiss: (id) => set({ messages: get().messages.filter((m) => m.id !== id) }),
  setReadOnly: (readOnly) => set({ readOnly }),
}));

export const notify = (text: string, tone?: MessageTone): void => useUiStore.getState().notify(text, tone);
export const selectIds = (ids: readonly string[]): void => useUiStore.getState().select(ids);
