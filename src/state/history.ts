/**
 * Undo history as plain data. One user gesture is one entry: an edit that carries the same
 * group key as the previous one, within the pause, replaces the present instead of pushing
 * (typing in a field, arrow-key nudges). Selection is not part of this at all.
 */
import type { Design } from '../engine/model/index.ts';

/** Typing pauses longer than this start a new undo step (as CodeMirror's newGroupDelay). */
export const GROUP_PAUSE_MS = 500;
/** Old steps beyond this are dropped so a long session does not grow without bound. */
export const HISTORY_LIMIT = 200;

export interface History {
  readonly past: readonly Design[];
  readonly present: Design;
  readonly future: readonly Design[];
  /** The group key and time of the last recorded edit. */
  readonly last?: { readonly group: string; readonly at: number };
}

export function startHistory(design: Design): History {
  return { past: [], present: design, future: [] };
}

/** Records a new present. `group` merges with the previous edit of the same group within the pause. */
export function record(history: History, next: Design, now: number, group?: string): History {
  if (next === history.present) return history;
  const merge = group !== undefined && history.last?.group === group && now - history.last.at < GROUP_PAUSE_MS;
  const last = group !== undefined ? { group, at: now } : undefined;
  if (merge) return { ...history, present: next, future: [], last };
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], last };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1) };
}
