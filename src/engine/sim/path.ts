/**
 * Where a trace shows on the canvas, from the hops' `box` fields alone: the boxes in path
 * order with their step numbers, the edge resources crossed, and the box (or edge) that
 * marks the drop. Computed once per trace; the canvas, the hop list and the verdict all
 * read this answer, so they cannot disagree about where the packet was dropped.
 */
import type { DesignIndex } from '../model/indexes.ts';
import { kindInfo, type KindInfo } from '../model/kinds.ts';
import type { Hop, TraceResult } from './types.ts';

/**
 * Frames hold the path rather than take part in it: they carry no number, only a drop.
 * They are the containers with no interface of their own (account, VPC, subnet); an EKS
 * cluster is a container too, but packets reach its nodes, so it is a numbered box.
 */
const isFrame = (info: KindInfo) => info.container && info.interfaces === 'none';

export interface TracePath {
  /** Boxes in path order, a box repeated only when the path comes back to it. */
  readonly steps: readonly string[];
  /** Each box's step numbers on the drawn path (1-based); a box visited twice has two. */
  readonly numbers: ReadonlyMap<string, readonly number[]>;
  /** For each forward hop, the numbered box it happened at (undefined at a frame, an edge or off the design). */
  readonly forwardNodes: readonly (string | undefined)[];
  readonly replyNodes: readonly (string | undefined)[];
  /** The box that marks the drop: the dropping hop's box, a frame (subnet, VPC), or the box an edge drop left from. */
  readonly dropNode?: string;
  /** The edge resource (peering, attachment) that dropped the packet. */
  readonly dropEdge?: string;
  /** Edge resources the request crosses. */
  readonly edgeResources: ReadonlySet<string>;
  /** The hop that dropped the packet: the reply's when the reply was dropped. */
  readonly dropHop?: Hop;
}

type Drawn = { readonly as: 'box' | 'frame' | 'edge'; readonly id: string } | undefined;

/** How a hop's box is drawn: a numbered box, a frame, an edge; a badge lends its container. */
function drawn(index: DesignIndex, id: string): Drawn {
  let resource = index.get(id);
  for (let depth = 0; resource && depth < 64; depth++) {
    const info = kindInfo(resource.kind);
    if (info.drawnAs === 'edge') return { as: 'edge', id: resource.id };
    if (info.drawnAs === 'node') return { as: isFrame(info) ? 'frame' : 'box', id: resource.id };
    resource = index.get(resource.parent);
  }
  return undefined;
}

const numbered = (index: DesignIndex, id: string): string | undefined => {
  const d = drawn(index, id);
  return d?.as === 'box' ? d.id : undefined;
};

function boxesOf(index: DesignIndex, hops: readonly Hop[], edges: Set<string> | undefined): (string | undefined)[] {
  return hops.map((hop) => {
    const d = drawn(index, hop.box);
    if (d?.as === 'edge') edges?.add(d.id);
    return d?.as === 'box' ? d.id : undefined;
  });
}

function dropIn(index: DesignIndex, hops: readonly Hop[], boxes: readonly (string | undefined)[]): { node?: string; edge?: string; hop?: Hop } {
  const at = hops.findLastIndex((h) => h.decision === 'drop');
  if (at < 0) return {};
  const hop = hops[at]!;
  const d = drawn(index, hop.box);
  if (d?.as === 'box' || d?.as === 'frame') return { node: d.id, hop };
  const before = boxes.slice(0, at).findLast((n) => n !== undefined);
  return { ...(d?.as === 'edge' ? { edge: d.id } : {}), ...(before ? { node: before } : {}), hop };
}

export function tracePath(index: DesignIndex, result: TraceResult): TracePath {
  const edgeResources = new Set<string>();
  const from = numbered(index, result.flow.from);
  const forwardNodes = boxesOf(index, result.forward, edgeResources);
  const replyNodes = boxesOf(index, result.reply, undefined);
  const steps: string[] = [];
  for (const node of [from, ...forwardNodes]) if (node !== undefined && steps.at(-1) !== node) steps.push(node);
  const numbers = new Map<string, number[]>();
  steps.forEach((id, i) => {
    const list = numbers.get(id);
    if (list) list.push(i + 1);
    else numbers.set(id, [i + 1]);
  });
  const replyDrop = dropIn(index, result.reply, replyNodes);
  const drop = result.verdict.reachable ? {} : replyDrop.hop ? replyDrop : dropIn(index, result.forward, forwardNodes);
  return {
    steps,
    numbers,
    forwardNodes,
    replyNodes,
    ...(drop.node ? { dropNode: drop.node } : {}),
    ...(drop.edge ? { dropEdge: drop.edge } : {}),
    ...(drop.hop ? { dropHop: drop.hop } : {}),
    edgeResources,
  };
}
