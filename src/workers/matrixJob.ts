/**
 * The matrix computed row by row, so the page can show progress. Each cell is what
 * `matrix()` gives for that pair (a verdict, or why the pair cannot be traced).
 */
import type { Design, Protocol } from '../engine/model/index.ts';
import { FlowError, trace, type MatrixCell } from '../engine/sim/index.ts';
import type { MatrixMessage, MatrixRequest } from './protocol.ts';

export function matrixRow(design: Design, endpoints: readonly string[], row: number, protocol: Protocol, port: number): (MatrixCell | null)[] {
  const from = endpoints[row]!;
  return endpoints.map((to): MatrixCell | null => {
    if (to === from) return null;
    try {
      const { verdict } = trace(design, { from, to, protocol, port }, { hops: false });
      return verdict.reachable ? { reachable: true } : { reachable: false, ...(verdict.reason ? { reason: verdict.reason } : {}), ...(verdict.at ? { at: verdict.at } : {}) };
    } catch (error) {
      if (error instanceof FlowError) return { reachable: false, error: error.message };
      throw error;
    }
  });
}

/** Runs one request, posting a message per row and then `done` (or `error`). */
export function runMatrixJob(request: MatrixRequest, post: (message: MatrixMessage) => void): void {
  const { runId, design, endpoints, protocol, port } = request;
  try {
    for (let row = 0; row < endpoints.length; row++) {
      post({ type: 'row', runId, row, total: endpoints.length, cells: matrixRow(design, endpoints, row, protocol, port) });
    }
    post({ type: 'done', runId });
  } catch (error) {
    post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
  }
}
