/**
 * `matrix(design, endpoints, protocol, port)`: who can reach whom, with the reason for
 * each blocked pair. Endpoints the design treats alike form a class (classes.ts), and one
 * traced pair answers for every pair of two classes; traces reuse the design's compiled
 * tables and record no hops.
 */
import type { Design } from '../model/design.ts';
import { kindInfo } from '../model/kinds.ts';
import { endpointClasses } from './classes.ts';
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

/** One pair traced on its own: its verdict, or why it cannot be traced. */
function cellOf(design: Design, from: string, to: string, protocol: Protocol, port: number): MatrixCell {
  try {
    const { verdict } = trace(design, { from, to, protocol, port }, { hops: false });
    return verdict.reachable ? { reachable: true } : { reachable: false, reason: verdict.reason!, at: verdict.at! };
  } catch (error) {
    if (error instanceof FlowError) return { reachable: false, error: error.message };
    throw error;
  }
}

interface Answer {
  readonly cell: MatrixCell;
  readonly from: string;
  readonly to: string;
}

/** A representative pair's answer told of another pair of the same classes. */
function retold(cell: MatrixCell, repFrom: string, repTo: string, from: string, to: string): MatrixCell {
  if (cell.at === repFrom) return { ...cell, at: from };
  if (cell.at === repTo) return { ...cell, at: to };
  return cell;
}

/**
 * The matrix row by row. The first pair of two endpoint classes (classes.ts) with a given
 * subnet relation is traced; its answer is told for the later pairs of those classes and that
 * relation. A pair whose representative cannot be traced is traced on its own, since the
 * reason names the endpoint.
 */
export function matrixRows(design: Design, endpoints: readonly string[], protocol: Protocol, port: number): { readonly classes: number; row(i: number): (MatrixCell | null)[] } {
  const classes = endpointClasses(simContext(design), endpoints);
  const { sourceClass, destinationClass, destinationCount } = classes;
  // Answers by class pair and relation: the two relations of one-interface ends (same subnet
  // or not) in one map with small keys, the rest apart.
  const simple = new Map<number, Answer>();
  const other = new Map<number, Answer>();
  return {
    classes: Math.max(classes.sourceCount, destinationCount),
    row(i) {
      const from = endpoints[i]!;
      const base = sourceClass[i]! * destinationCount;
      return endpoints.map((to, j): MatrixCell | null => {
        if (i === j || from === to) return null;
        const pair = base + destinationClass[j]!;
        const relation = classes.relation(i, j);
        const known = relation < 2 ? simple.get(pair * 2 + relation) : other.get(pair * 1_048_576 + relation);
        if (!known) {
          const cell = cellOf(design, from, to, protocol, port);
          if (cell.error === undefined) {
            if (relation < 2) simple.set(pair * 2 + relation, { cell, from, to });
            else other.set(pair * 1_048_576 + relation, { cell, from, to });
          }
          return cell;
        }
        return retold(known.cell, known.from, known.to, from, to);
      });
    },
  };
}

export function matrix(design: Design, endpoints: readonly string[], protocol: Protocol, port: number): Matrix {
  const rows = matrixRows(design, endpoints, protocol, port);
  return { endpoints: [...endpoints], protocol, port, cells: endpoints.map((_, i) => rows.row(i)) };
}

/** The naive matrix, one trace per pair: the reference the class-based one is tested and timed against. */
export function matrixPerPair(design: Design, endpoints: readonly string[], protocol: Protocol, port: number): Matrix {
  const cells = endpoints.map((from) => endpoints.map((to): MatrixCell | null => (from === to ? null : cellOf(design, from, to, protocol, port))));
  return { endpoints: [...endpoints], protocol, port, cells };
}
