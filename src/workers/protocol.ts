/** Messages between the page and the matrix worker. */
import type { Design, Protocol } from '../engine/model/index.ts';
import type { MatrixCell } from '../engine/sim/index.ts';

export interface MatrixRequest {
  readonly type: 'matrix';
  /** Echoed in every answer, so a late message of an older run is recognised. */
  readonly runId: number;
  readonly design: Design;
  readonly endpoints: readonly string[];
  readonly protocol: Protocol;
  readonly port: number;
}

export type MatrixMessage =
  /**
   * Rows done, from row `first` on: `rows[k][j]` is endpoints[first + k] → endpoints[j], null on
   * the diagonal. Rows come in batches, so the page redraws a few times a second, not per row.
   */
  | { readonly type: 'rows'; readonly runId: number; readonly first: number; readonly total: number; readonly rows: readonly (readonly (MatrixCell | null)[])[] }
  | { readonly type: 'done'; readonly runId: number }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };
