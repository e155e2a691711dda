import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign } from '../engine/model/index.ts';
import type { MatrixMessage, MatrixRequest } from './matrix.ts';
import type { Studio } from './studio.ts';
import { createTestStudio } from './testStudio.ts';

/** A stand-in worker that records what the page sends and whether it was stopped. */
class FakeWorker {
  static last: FakeWorker | undefined;
  sent: MatrixRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<MatrixMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: MatrixRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: MatrixMessage) {
    this.onmessage?.({ data: message } as MessageEvent<MatrixMessage>);
  }
}

let studio: Studio;
beforeEach(() => {
  studio = createTestStudio({ matrixWorker: () => new FakeWorker() as unknown as Worker });
});
afterEach(() => studio.dispose());

const design = emptyDesign();

describe('a matrix run', () => {
  it('sends the design to a worker and counts rows as they arrive until done', () => {
    studio.matrix.start(design, ['a', 'b', 'c'], 'tcp', 443);
    const worker = FakeWorker.last!;
    const request = worker.sent[0]!;
    expect(request).toMatchObject({ type: 'matrix', endpoints: ['a', 'b', 'c'], protocol: 'tcp', port: 443 });
    expect(studio.matrix.store.getState().run).toMatchObject({ status: 'running', done: 0 });
    worker.answer({ type: 'rows', runId: request.runId, first: 1, total: 3, rows: [[{ reachable: true }, null, { reachable: false, reason: 'SG_DENY', at: 'sg' }]] });
    const run = studio.matrix.store.getState().run!;
    expect(run.done).toBe(1);
    expect(run.rows[1]![2]).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg' });
    expect(run.rows[0]).toBeUndefined();
    worker.answer({ type: 'rows', runId: request.runId, first: 0, total: 3, rows: [[null, { reachable: true }, { reachable: true }]] });
    worker.answer({ type: 'rows', runId: request.runId, first: 2, total: 3, rows: [[{ reachable: true }, { reachable: true }, null]] });
    worker.answer({ type: 'done', runId: request.runId });
    expect(studio.matrix.store.getState().run).toMatchObject({ status: 'done', done: 3 });
    expect(worker.terminated).toBe(true);
  });

  it('cancel stops the worker at once and keeps the rows already done', () => {
    studio.matrix.start(design, ['a', 'b'], 'udp', 53);
    const worker = FakeWorker.last!;
    const { runId } = worker.sent[0]!;
    worker.answer({ type: 'rows', runId, first: 0, total: 2, rows: [[null, { reachable: true }]] });
    studio.matrix.cancel();
    expect(worker.terminated).toBe(true);
    expect(studio.matrix.store.getState().run).toMatchObject({ status: 'cancelled', done: 1 });
    // A late message of the cancelled run does not touch the next run.
    studio.matrix.start(design, ['a', 'b'], 'udp', 53);
    studio.matrix.receive({ type: 'rows', runId, first: 1, total: 2, rows: [[{ reachable: true }, null]] });
    expect(studio.matrix.store.getState().run).toMatchObject({ status: 'running', done: 0 });
  });

  it('a new run replaces a running one and stops its worker', () => {
    studio.matrix.start(design, ['a', 'b'], 'tcp', 80);
    const first = FakeWorker.last!;
    studio.matrix.start(design, ['a', 'b'], 'tcp', 443);
    expect(first.terminated).toBe(true);
    expect(studio.matrix.store.getState().run).toMatchObject({ port: 443, status: 'running' });
  });

  it('reports a worker failure instead of spinning forever', () => {
    studio.matrix.start(design, ['a', 'b'], 'tcp', 80);
    const worker = FakeWorker.last!;
    worker.answer({ type: 'error', runId: worker.sent[0]!.runId, message: 'out of memory' });
    expect(studio.matrix.store.getState().run).toMatchObject({ status: 'failed', error: 'out of memory' });
  });
});

describe('the matrix of a studio', () => {
  it('stops its running worker when the studio is disposed', () => {
    studio.matrix.start(design, ['a', 'b'], 'tcp', 80);
    const worker = FakeWorker.last!;
    studio.dispose();
    expect(worker.terminated).toBe(true);
  });
});
