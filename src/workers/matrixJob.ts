/**
 * The matrix computed row by row, so the page can show progress. Each row is what the
 * engine's `matrixRows` gives (endpoint classes, one trace per class pair). Rows are sent in
 * batches of about a tenth of a second of work: a message per row made the page redraw the
 * panel a thousand times for a thousand endpoints.
 */
import { matrixRows, type MatrixCell } from '../engine/sim/index.ts';
import type { MatrixMessage, MatrixRequest } from './protocol.ts';

const BATCH_MS = 100;

/** Runs one request, posting its rows in batches and then `done` (or `error`). */
export function runMatrixJob(request: MatrixRequest, post: (message: MatrixMessage) => void, now: () => number = () => performance.now()): void {
  const { runId, design, endpoints, protocol, port } = request;
  try {
    const rows = matrixRows(design, endpoints, protocol, port);
    let batch: (MatrixCell | null)[][] = [];
    let first = 0;
    let since = now();
    const send = () => {
      if (batch.length) post({ type: 'rows', runId, first, total: endpoints.length, rows: batch });
      first += batch.length;
      batch = [];
      since = now();
    };
    for (let row = 0; row < endpoints.length; row++) {
      batch.push(rows.row(row));
      if (now() - since >= BATCH_MS) send();
    }
    send();
    post({ type: 'done', runId });
  } catch (error) {
    post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
  }
}
