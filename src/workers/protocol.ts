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
  /** One row done: `cells[j]` is endpoints[row] → endpoints[j], null on the diagonal. */
  | { readonly type: 'row'; readonly runId: number; readonly row: number; readonly total: number; readonly cells: readonly (MatrixCell | null)[] }
  | { readonly type: 'done'; readonly runId: number }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };
