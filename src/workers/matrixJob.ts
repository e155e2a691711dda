/**
 * The matrix computed row by row, so the page can show progress. Each row is what the
 * engine's `matrixRows` gives (endpoint classes, one trace per class pair).
 */
import { matrixRows } from '../engine/sim/index.ts';
import type { MatrixMessage, MatrixRequest } from './protocol.ts';

/** Runs one request, posting a message per row and then `done` (or `error`). */
export function runMatrixJob(request: MatrixRequest, post: (message: MatrixMessage) => void): void {
  const { runId, design, endpoints, protocol, port } = request;
  try {
    const rows = matrixRows(design, endpoints, protocol, port);
    for (let row = 0; row < endpoints.length; row++) {
      post({ type: 'row', runId, row, total: endpoints.length, cells: rows.row(row) });
    }
    post({ type: 'done', runId });
  } catch (error) {
    post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
  }
}
