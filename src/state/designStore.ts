/**
 * The open design with its undo history. Every change goes through `apply`, which runs a
 * pure operation from engine/model and records the result as one undo step.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Design, OpResult } from '../engine/model/index.ts';
import { emptyDesign } from '../engine/model/index.ts';
import { record, redo, startHistory, undo, type History } from './history.ts';
import { useStudio } from './useStudio.ts';

/** The one refusal every edit gets while a shared design is on view. */
export const READ_ONLY_REASON = 'This shared design is read-only. Use “Save a copy” to edit it.';

/** A pure operation on the design: an OpResult from engine/model, or a new design outright. */
export type DesignOperation = (design: Design) => OpResult | Design;

export interface ApplyOptions {
  /** Edits with the same group key within the pause merge into one undo step. */
  readonly group?: string;
}

export interface DesignState {
  /** Id of the open design in the local library. */
  readonly designId: string | undefined;
  readonly history: History;
  /** Opens a design with a fresh history. */
  open(designId: string, design: Design): void;
  /** Runs an operation; on success the new design is one undo step. Returns the operation's result. */
  apply(operation: DesignOperation, options?: ApplyOptions): OpResult;
  undo(): void;
  redo(): void;
}

/**
 * `refusal` says why no edit may be made right now (a shared design on view, another tab
 * editing this design); undo and redo are refused only for the second kind.
 */
export function createDesignStore(refusal: { edit(): string | undefined; history(): string | undefined }): StoreApi<DesignState> {
  return createStore<DesignState>()((set, get) => ({
    designId: undefined,
    history: startHistory(emptyDesign()),
    open: (designId, design) => set({ designId, history: startHistory(design) }),
    apply: (operation, options = {}) => {
      const { history } = get();
      const blocked = refusal.edit();
      if (blocked) return { ok: false, reason: blocked };
      const outcome = operation(history.present);
      const result: OpResult = 'ok' in outcome ? outcome : { ok: true, design: outcome, ids: [] };
      if (result.ok) set({ history: record(history, result.design, performance.now(), options.group) });
      return result;
    },
    undo: () => {
      if (refusal.history() === undefined) set({ history: undo(get().history) });
    },
    redo: () => {
      if (refusal.history() === undefined) set({ history: redo(get().history) });
    },
  }));
}

/** One slice of the open design's state; re-renders only when that slice changes. */
export function useDesignStore<T>(selector: (state: DesignState) => T): T {
  return useStore(useStudio().design, selector);
}

/** The open design; components should prefer narrower selectors such as `useResource`. */
export const useDesign = (): Design => useDesignStore((s) => s.history.present);
