/**
 * The open design with its undo history. Every change goes through `apply`, which runs a
 * pure operation from engine/model and records the result as one undo step.
 */
import { create } from 'zustand';
import type { Design, OpResult } from '../engine/model/index.ts';
import { emptyDesign } from '../engine/model/index.ts';
import { record, redo, startHistory, undo, type History } from './history.ts';
import { useUiStore } from './uiStore.ts';

/** The one refusal every edit gets while a shared design is on view. */
export const READ_ONLY_REASON = 'This shared design is read-only. Use “Save a copy” to edit it.';

/** Another reason every edit is refused right now, e.g. another tab is editing this design. */
let editBlock: () => string | undefined = () => undefined;
export function setEditBlock(block: () => string | undefined): void {
  editBlock = block;
}

/** A pure operation on the design: an OpResult from engine/model, or a new design outright. */
export type DesignOperation = (design: Design) => OpResult | Design;

export interface ApplyOptions {
  /** Edits with the same group key within the pause merge into one undo step. */
  readonly group?: string;
}

interface DesignState {
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

export const useDesignStore = create<DesignState>()((set, get) => ({
  designId: undefined,
  history: startHistory(emptyDesign()),
  open: (designId, design) => set({ designId, history: startHistory(design) }),
  apply: (operation, options = {}) => {
    const { history } = get();
    if (useUiStore.getState().readOnly) return { ok: false, reason: READ_ONLY_REASON };
    const blocked = editBlock();
    if (blocked) return { ok: false, reason: blocked };
    const outcome = operation(history.present);
    const result: OpResult = 'ok' in outcome ? outcome : { ok: true, design: outcome, ids: [] };
    if (result.ok) set({ history: record(history, result.design, performance.now(), options.group) });
    return result;
  },
  undo: () => {
    if (editBlock() === undefined) set({ history: undo(get().history) });
  },
  redo: () => {
    if (editBlock() === undefined) set({ history: redo(get().history) });
  },
}));

/** The open design; components should prefer narrower selectors such as `useResource`. */
export const useDesign = (): Design => useDesignStore((s) => s.history.present);
export const getDesign = (): Design => useDesignStore.getState().history.present;
export const applyOperation = (operation: DesignOperation, options?: ApplyOptions): OpResult =>
  useDesignStore.getState().apply(operation, options);
