/**
 * `matrix(design, endpoints, protocol, port)`: who can reach whom, with the reason for
 * each blocked pair. It reuses the design's compiled tables and records no hops, so
 * tens of thousands of flows take well under a second.
 */
import type { Design } from '../model/design.ts';
import { kindInfo } from '../model/kinds.ts';
import { simContext } from './context.ts';
import { trace } from './trace.ts';
import { FlowError, type Protocol, type Reason } from './types.ts';

export interface MatrixCell {
  readonly reachable: boolean;
  readonly reason?: Reason;
  readonly at?: string;
  /** Why the pair could not be traced at all (e.g. a destination without an interface). */
  readonly error?: string;
}

export interface Matrix {
  readonly endpoints: readonly string[];
  readonly protocol: Protocol;
  readonly port: number;
  /** `cells[i][j]`: from endpoints[i] to endpoints[j]; null on the diagonal. */
  readonly cells: readonly (readonly (MatrixCell | null)[])[];
}

/** The default endpoint set: every workload with an interface and every external network. */
export function defaultEndpoints(design: Design): string[] {
  const ctx = simContext(design);
  return design.resources
    .filter((r) => r.kind === 'external' || (kindInfo(r.kind).workload && ctx.ifaces.has(r.id)))
    .map((r) => r.id);
}

export function matrix(design: Design, endpoints: readonly string[], protocol: Protocol, port: number): Matrix {
  const cells = endpoints.map((from) =>
    endpoints.map((to): MatrixCell | null => {
      if (from === to) return null;
      try {
        const { verdict } = trace(design, { from, to, protocol, port }, { hops: false });
        return verdict.reachable ? { reachable: true } : { reachable: false, reason: verdict.reason!, at: verdict.at! };
      } catch (error) {
        if (error instanceof FlowError) return { reachable: false, error: error.message };
        throw error;
      }
    }),
  );
  return { endpoints: [...endpoints], protocol, port, cells };
}
