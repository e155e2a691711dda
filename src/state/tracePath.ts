/**
 * Where a trace shows on the canvas: the engine's path (boxes from the hops' fields,
 * computed once per trace) turned into the marks the canvas draws.
 */
import type { Design } from '../engine/model/index.ts';
import { indexDesign } from '../engine/model/index.ts';
import type { TraceResult } from '../engine/sim/index.ts';
import { reasonText, tracePath, type TracePath } from '../engine/sim/index.ts';
import type { NodeTraceMark, TraceHighlight } from './traceHighlight.ts';

export type CanvasPath = TracePath;

export function canvasPath(design: Design, result: TraceResult): CanvasPath {
  return tracePath(indexDesign(design), result);
}

/** The canvas marks of a path: numbered boxes, the drop, the verdict for the tab. */
export function highlightOf(design: Design, result: TraceResult, path: CanvasPath = canvasPath(design, result)): TraceHighlight {
  const index = indexDesign(design);
  const nodes: Record<string, NodeTraceMark> = {};
  for (const [id, order] of path.numbers) nodes[id] = { order, title: `Step ${order.join(', ')} of the path` };
  const { reason } = result.verdict;
  if (path.dropNode && reason) {
    const by = index.get(result.verdict.at)?.name || result.verdict.at || '';
    nodes[path.dropNode] = {
      order: nodes[path.dropNode]?.order ?? [],
      drop: reason,
      title: `Dropped here: ${reasonText(reason)}${by ? ` (by ${by})` : ''}`,
    };
  }
  return {
    nodes,
    edgeResources: path.edgeResources,
    ...(path.dropEdge ? { dropEdge: path.dropEdge } : {}),
    verdict: result.verdict.reachable ? 'reachable' : 'blocked',
  };
}
