/**
 * The matrix run: which endpoints, protocol and port, and the rows the worker has sent.
 * A run owns one worker; cancelling terminates it at once, keeping the rows already done.
 */
import { create } from 'zustand';
import type { Design, Protocol } from '../../engine/model/index.ts';
import type { MatrixCell } from '../../engine/sim/index.ts';
import type { MatrixMessage, MatrixRequest } from '../../workers/protocol.ts';

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

interface MatrixState {
  /** The chosen endpoints; undefined means the design's default set. */
  readonly endpoints: readonly string[] | undefined;
  readonly protocol: Protocol;
  readonly port: number;
  readonly run: MatrixRun | undefined;
}

export const useMatrixStore = create<MatrixState>()(() => ({
  endpoints: undefined,
  protocol: 'tcp',
  port: 443,
  run: undefined,
}));

let worker: Worker | undefined;
let nextRunId = 1;

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
}

/** The worker's constructor; tests replace it. */
let createWorker = (): Worker => new Worker(new URL('../../workers/matrix.worker.ts', import.meta.url), { type: 'module' });

export function setWorkerFactory(factory: () => Worker): void {
  createWorker = factory;
}

function update(runId: number, change: (run: MatrixRun) => Partial<MatrixRun>): void {
  const { run } = useMatrixStore.getState();
  if (!run || run.id !== runId) return;
  useMatrixStore.setState({ run: { ...run, ...change(run) } });
}

export function onMatrixMessage(message: MatrixMessage): void {
  switch (message.type) {
    case 'row':
      update(message.runId, (run) => {
        const rows = [...run.rows];
        rows[message.row] = message.cells;
        return { rows, done: run.done + 1 };
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

export function startMatrix(design: Design, endpoints: readonly string[], protocol: Protocol, port: number): void {
  stopWorker();
  const id = nextRunId++;
  useMatrixStore.setState({ run: { id, design, endpoints, protocol, port, status: 'running', rows: [], done: 0 } });
  let started: Worker;
  try {
    started = createWorker();
  } catch (error) {
    update(id, () => ({ status: 'failed', error: `The matrix worker could not start: ${error instanceof Error ? error.message : String(error)}` }));
    return;
  }
  worker = started;
  started.onmessage = (event: MessageEvent<MatrixMessage>) => onMatrixMessage(event.data);
  started.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    onMatrixMessage({ type: 'error', runId: id, message: event.message || 'the matrix worker failed' });
  };
  const request: MatrixRequest = { type: 'matrix', runId: id, design, endpoints, protocol, port };
  started.postMessage(request);
}

export function cancelMatrix(): void {
  const { run } = useMatrixStore.getState();
  if (!run || run.status !== 'running') return;
  stopWorker();
  update(run.id, () => ({ status: 'cancelled' }));
}
