/**
 * What the canvas draws of the current trace: the path's nodes with their step numbers,
 * the edges it uses, and where it was dropped. The trace panel writes it; node and edge
 * components read one narrow slice each, so only the marked boxes re-render. It holds no
 * simulator code, so the always-loaded canvas and tab stay small.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { useStudio } from './useStudio.ts';

/** How one node takes part in the path. */
export interface NodeTraceMark {
  /** Step numbers on the drawn path (1-based); a node visited twice has two. */
  readonly order: readonly number[];
  /** Set when the packet was dropped here: the reason code. */
  readonly drop?: string;
  /** Tooltip: what happened here, in words. */
  readonly title: string;
}

export interface TraceHighlight {
  readonly nodes: Readonly<Record<string, NodeTraceMark>>;
  /** Ids of resources drawn as edges that the path crosses (peerings, attachments, VPC links). */
  readonly edgeResources: ReadonlySet<string>;
  /** The edge resource that dropped the packet, if it was one. */
  readonly dropEdge?: string;
  /** The verdict in one word, for the tab: undefined when nothing is traced. */
  readonly verdict?: 'reachable' | 'blocked' | 'invalid';
}

const EMPTY: TraceHighlight = { nodes: {}, edgeResources: new Set() };

export const createTraceHighlightStore = (): StoreApi<TraceHighlight> => createStore<TraceHighlight>()(() => EMPTY);

/** One slice of what the canvas draws of the trace. */
export function useTraceHighlight<T>(selector: (highlight: TraceHighlight) => T): T {
  return useStore(useStudio().traceHighlight, selector);
}

const sameMark = (a: NodeTraceMark | undefined, b: NodeTraceMark): boolean =>
  a !== undefined && a.drop === b.drop && a.title === b.title && a.order.length === b.order.length && a.order.every((n, i) => n === b.order[i]);

/** Replaces the marks; a node whose mark did not change keeps the same object and does not redraw. */
export function setTraceHighlight(store: StoreApi<TraceHighlight>, next: TraceHighlight): void {
  const previous = store.getState().nodes;
  const nodes: Record<string, NodeTraceMark> = {};
  for (const [id, mark] of Object.entries(next.nodes)) nodes[id] = sameMark(previous[id], mark) ? previous[id]! : mark;
  store.setState({ ...next, nodes }, true);
}

export function clearTraceHighlight(store: StoreApi<TraceHighlight>): void {
  store.setState(EMPTY, true);
}

/** One node's mark; the same object while the trace does not change, so the node stays put. */
export function useNodeTraceMark(id: string): NodeTraceMark | undefined {
  return useTraceHighlight((s) => s.nodes[id]);
}

export type EdgeTrace = 'path' | 'drop' | undefined;

/** An edge is on the path when both its ends are, or when it stands for a crossed peering or attachment. */
export function useEdgeTrace(source: string, target: string, resourceId: string | undefined): EdgeTrace {
  return useTraceHighlight((s) => {
    if (resourceId !== undefined && s.dropEdge === resourceId) return 'drop';
    if (resourceId !== undefined && s.edgeResources.has(resourceId)) return 'path';
    return s.nodes[source] && s.nodes[target] ? 'path' : undefined;
  });
}
