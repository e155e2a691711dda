/**
 * One editor's state: the stores, the live derivations (findings, trace), the workers and
 * where the design is kept (storage.ts), built together by `createStudio()` and torn down
 * by `dispose()`. Components reach it
 * through `useStudio()` (useStudio.ts) and read the stores through their selector hooks;
 * tests drive one without a browser (testStudio.ts).
 */
import type { StoreApi } from 'zustand';
import type { Design, OpResult } from '../engine/model/index.ts';
import { createBadgeStore, type BadgeState } from './badges.ts';
import { createDesignStore, READ_ONLY_REASON, type ApplyOptions, type DesignOperation, type DesignState } from './designStore.ts';
import { createDesignWorkerClient, startDesignWorker, type DesignWorkerClient } from './designWorker.ts';
import { createFindingsStore, createLiveFindings, type FindingsState } from './findings.ts';
import { createImportStore, type ImportState } from './importer.ts';
import type { LiveDerivation } from './liveDerivation.ts';
import { createMatrix, startMatrixWorker, type Matrix } from './matrix.ts';
import { createStorage, type Storage } from './storage.ts';
import { createTraceHighlightStore, type TraceHighlight } from './traceHighlight.ts';
import { createTraceStore, type TraceState } from './traceStore.ts';
import { createUiStore, type MessageTone, type UiState } from './uiStore.ts';

/** A studio without its storage: what the storage modules are built on. */
export interface StudioCore {
  readonly design: StoreApi<DesignState>;
  readonly ui: StoreApi<UiState>;
  /** Badges other panels put on nodes, per source. */
  readonly badges: StoreApi<BadgeState>;
  readonly findings: StoreApi<FindingsState>;
  readonly trace: StoreApi<TraceState>;
  /** What the canvas draws of the trace. */
  readonly traceHighlight: StoreApi<TraceHighlight>;
  readonly matrix: Matrix;
  /** The design worker, for designs over the worker threshold. */
  readonly worker: DesignWorkerClient;
  /** The last import of infrastructure code and its report (importer.ts). */
  readonly imports: StoreApi<ImportState>;
  /** The open design. */
  getDesign(): Design;
  /** Runs an operation on the open design: one undo step, or the reason it was refused. */
  apply(operation: DesignOperation, options?: ApplyOptions): OpResult;
  notify(text: string, tone?: MessageTone): void;
  select(ids: readonly string[]): void;
  /** Another reason every edit is refused right now, e.g. another tab is editing this design. */
  setEditBlock(block: () => string | undefined): void;
  /**
   * Adds a live derivation whose code loads later (the trace loads with its panel), to be
   * settled and disposed with the others; a name already attached keeps the first one.
   */
  attach(name: string, create: () => LiveDerivation): void;
  /** Resolves once every live derivation has answered for the current design and inputs, and no matrix is running. */
  settled(): Promise<void>;
  dispose(): void;
}

export interface Studio extends StudioCore {
  /** Autosave, tabs, the design library, share links and the save guard. */
  readonly storage: Storage;
}

export interface StudioOptions {
  /** Starts the design worker; tests pass an in-process stand-in. */
  readonly designWorker?: () => Worker;
  /** Starts a matrix worker (one per run). */
  readonly matrixWorker?: () => Worker;
}

export function createStudio(options: StudioOptions = {}): Studio {
  let editBlock: () => string | undefined = () => undefined;
  const ui = createUiStore();
  const design = createDesignStore({
    edit: () => (ui.store.getState().readOnly ? READ_ONLY_REASON : editBlock()),
    history: () => editBlock(),
  });
  const badges = createBadgeStore();
  const findings = createFindingsStore();
  const worker = createDesignWorkerClient(options.designWorker ?? startDesignWorker);
  const matrix = createMatrix(options.matrixWorker ?? startMatrixWorker);
  const derivations = new Map<string, LiveDerivation>();
  derivations.set('findings', createLiveFindings({ design, findings, badges, worker }));

  const core: StudioCore = {
    design,
    ui: ui.store,
    badges,
    findings,
    trace: createTraceStore(),
    traceHighlight: createTraceHighlightStore(),
    matrix,
    worker,
    imports: createImportStore(),
    getDesign: () => design.getState().history.present,
    apply: (operation, applyOptions) => design.getState().apply(operation, applyOptions),
    notify: (text, tone) => ui.store.getState().notify(text, tone),
    select: (ids) => ui.store.getState().select(ids),
    setEditBlock: (block) => {
      editBlock = block;
    },
    attach: (name, create) => {
      if (!derivations.has(name)) derivations.set(name, create());
    },
    async settled() {
      // An answer may come with the next one already due (an edit made meanwhile): wait until all agree at once.
      while (![...derivations.values()].every((d) => d.isSettled())) await Promise.all([...derivations.values()].map((d) => d.settled()));
      await matrix.idle();
    },
    dispose() {
      storage.dispose();
      for (const derivation of derivations.values()) derivation.dispose();
      worker.dispose();
      matrix.dispose();
      ui.stop();
    },
  };
  const storage = createStorage(core);
  return Object.assign(core, { storage });
}
