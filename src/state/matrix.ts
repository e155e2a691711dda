/**
 * The reachability matrix run: which endpoints, protocol and port, and the rows the matrix
 * worker has sent. It is computed on demand, not live: a run owns one worker; cancelling
 * or starting another terminates it at once, keeping the rows already done, and a late
 * message of an older run is dropped (every message names its run).
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Design, Protocol } from '../engine/model/index.ts';
import type { MatrixCell } from '../engine/sim/index.ts';
import type { MatrixMessage, MatrixRequest } from '../workers/protocol.ts';
import { useStudio } from './useStudio.ts';

export type { MatrixMessage, MatrixRequest } from '../workers/protocol.ts';

export type RunStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface MatrixRun {
  readonly id: number;
  readonly design: Design;
  readonly endpoints: readonly string[];
  readonly protocol: Protocol;
  readonly port: number;
  readonly status: RunStatus;
  /** Rows received so far, by index; a row not yet computed is undefined. */
  readonly rows: readonly ((readonly (MatrixCell | null)[]) | undefined)[];
  readonly done: number;
  readonly error?: string;
}

export interface MatrixState {
  /** The chosen endpoints; undefined means the design's default set. */
  readonly endpoints: readonly string[] | undefined;
  readonly protocol: Protocol;
  readonly port: number;
  readonly run: MatrixRun | undefined;
}

export interface Matrix {
  readonly store: StoreApi<MatrixState>;
  start(design: Design, endpoints: readonly string[], protocol: Protocol, port: number): void;
  cancel(): void;
  /** A message from the worker (the worker's handler; tests call it with late messages). */
  receive(message: MatrixMessage): void;
  /** Resolves once no run is running (done, cancelled or failed). */
  idle(): Promise<void>;
  dispose(): void;
}

export const startMatrixWorker = (): Worker => new Worker(new URL('../workers/matrix.worker.ts', import.meta.url), { type: 'module' });

export function createMatrix(createWorker: () => Worker = startMatrixWorker): Matrix {
  const store = createStore<MatrixState>()(() => ({ endpoints: undefined, protocol: 'tcp', port: 443, run: undefined }));
  let worker: Worker | undefined;
  let nextRunId = 1;

  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
  };

  function update(runId: number, change: (run: MatrixRun) => Partial<MatrixRun>): void {
    const { run } = store.getState();
    if (!run || run.id !== runId) return;
    store.setState({ run: { ...run, ...change(run) } });
  }

  function receive(message: MatrixMessage): void {
    switch (message.type) {
      case 'rows':
        update(message.runId, (run) => {
          const rows = [...run.rows];
          message.rows.forEach((cells, k) => (rows[message.first + k] = cells));
          return { rows, done: run.done + message.rows.length };
        });
        return;
      case 'done':
        update(message.runId, () => ({ status: 'done' }));
        stopWorker();
        return;
      case 'error':
        update(message.runId, () => ({ status: 'failed', error: message.message }));
        stopWorker();
        return;
    }
  }

  const running = () => store.getState().run?.status === 'running';

  return {
    store,
    receive,
    idle: () =>
      running()
        ? new Promise<void>((resolve) => {
            const stop = store.subscribe(() => {
              if (running()) return;
              stop();
              resolve();
            });
          })
        : Promise.resolve(),
    start(design, endpoints, protocol, port) {
      stopWorker();
      const id = nextRunId++;
      store.setState({ run: { id, design, endpoints, protocol, port, status: 'running', rows: [], done: 0 } });
      let started: Worker;
      try {
        started = createWorker();
      } catch (error) {
        update(id, () => ({ status: 'failed', error: `The matrix worker could not start: ${error instanceof Error ? error.message : String(error)}` }));
        return;
      }
      worker = started;
      started.onmessage = (event: MessageEvent<MatrixMessage>) => receive(event.data);
      started.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        receive({ type: 'error', runId: id, message: event.message || 'the matrix worker failed' });
      };
      const request: MatrixRequest = { type: 'matrix', runId: id, design, endpoints, protocol, port };
      started.postMessage(request);
    },
    cancel() {
      const { run } = store.getState();
      if (!run || run.status !== 'running') return;
      stopWorker();
      update(run.id, () => ({ status: 'cancelled' }));
    },
    dispose: stopWorker,
  };
}

/** One slice of the matrix run. */
export function useMatrixStore<T>(selector: (state: MatrixState) => T): T {
  return useStore(useStudio().matrix.store, selector);
}
