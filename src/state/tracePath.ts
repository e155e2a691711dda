/**
 * Where a trace shows on the canvas. Hops name what decided (a route table, a group, a
 * NACL), and most of those are badges, not boxes; this finds the box each hop happened at
 * (a group's hop at the interface it guards, a target group's at the target chosen), numbers
 * the boxes in path order and says which box, or edge, marks the drop.
 */
import type { Design, DesignIndex, Resource } from '../engine/model/index.ts';
import { indexDesign, KINDS } from '../engine/model/index.ts';
import type { Hop, TraceResult } from '../engine/sim/index.ts';
import { drawnNodeOf } from './findingBadges.ts';
import { reasonText } from './traceReasons.ts';
import type { NodeTraceMark, TraceHighlight } from './traceHighlight.ts';

/** Frames that hold the path rather than take part in it; they are marked only for a drop. */
const FRAMES = new Set<Resource['kind']>(['account', 'vpc', 'subnet']);

export interface CanvasPath {
  /** Boxes in path order, a box repeated only when the path comes back to it. */
  readonly steps: readonly string[];
  /** For each forward hop, the box it happened at (undefined when none can be shown). */
  readonly forwardNodes: readonly (string | undefined)[];
  readonly replyNodes: readonly (string | undefined)[];
  /** The box that marks the drop. */
  readonly dropNode?: string;
  /** The edge resource (peering, attachment, VPC link) that dropped the packet. */
  readonly dropEdge?: string;
  /** Edge resources the path crosses. */
  readonly edgeResources: ReadonlySet<string>;
}

/** True when `text` names `id` as a whole word (ids hold letters, digits, `-` and `_`). */
function mentions(text: string, id: string): boolean {
  for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
    const before = text[at - 1];
    const after = text[at + id.length];
    if ((before === undefined || !/[\w-]/.test(before)) && (after === undefined || !/[\w-]/.test(after))) return true;
  }
  return false;
}

const isBox = (index: DesignIndex, id: string | undefined): id is string => {
  const resource = index.get(id);
  return resource !== undefined && KINDS[resource.kind].drawnAs === 'node' && !FRAMES.has(resource.kind);
};

/** The box a group's hop happened at: the interface it guards, named in the hop when it can be. */
function guardedBy(index: DesignIndex, hop: Hop, likely: readonly (string | undefined)[]): string | undefined {
  const users = index.referrers(hop.resourceId).filter((r) => isBox(index, r.id)).map((r) => r.id);
  const named = users.find((id) => mentions(hop.note, id) || mentions(hop.matched, id));
  if (named) return named;
  for (const id of likely) if (id !== undefined && users.includes(id)) return id;
  for (const id of likely) if (isBox(index, id) && mentions(hop.note, id)) return id;
  return users.length === 1 ? users[0] : likely.find((id) => isBox(index, id));
}

/** The target a target group's hop forwarded to (`matched` starts with the target's id). */
function chosenTarget(index: DesignIndex, hop: Hop): string | undefined {
  const group = index.getOf(hop.resourceId, 'target-group');
  const target = group?.targets.find((t) => hop.matched === t.target || hop.matched.startsWith(`${t.target}:`) || hop.matched.startsWith(`${t.target} `));
  return isBox(index, target?.target) ? target!.target : undefined;
}

/** The subnet a NACL's or route table's hop concerns, as a frame to mark a drop on. */
function subnetFor(index: DesignIndex, hop: Hop, near: string | undefined): string | undefined {
  const resource = index.get(hop.resourceId);
  if (!resource) return undefined;
  const vpc = index.vpcOf(resource.id);
  const subnets = (vpc ? (index.children.get(vpc.id) ?? []) : []).filter(
    (s) => s.kind === 'subnet' && (index.routeTableOf(s.id)?.id === resource.id || index.networkAclOf(s.id)?.id === resource.id),
  );
  const named = subnets.find((s) => mentions(hop.note, s.id));
  if (named) return named.id;
  const home = near ? index.subnetOf(near)?.id : undefined;
  if (home && subnets.some((s) => s.id === home)) return home;
  return subnets[0]?.id ?? vpc?.id;
}

interface Walk {
  /** The box that holds the packet now (the sender of the next hop). */
  current: string | undefined;
  /** The box the packet is on its way to. */
  expected: string | undefined;
}

function nodeOfHop(index: DesignIndex, hop: Hop, walk: Walk, edges: Set<string>): string | undefined {
  const resource = index.get(hop.resourceId);
  if (!resource) return undefined;
  const step = hop.step.replace(/^reply-/, '');
  if (KINDS[resource.kind].drawnAs === 'edge') {
    edges.add(resource.id);
    return undefined;
  }
  switch (step) {
    case 'sg-egress':
      return guardedBy(index, hop, [walk.current]);
    case 'sg-ingress':
      return guardedBy(index, hop, [walk.expected, walk.current]);
    case 'target': {
      walk.expected = chosenTarget(index, hop) ?? walk.expected;
      if (resource.kind === 'vpc-link') edges.add(resource.id);
      return undefined;
    }
    default:
      return isBox(index, resource.id) ? resource.id : undefined;
  }
}

function walkHops(index: DesignIndex, hops: readonly Hop[], start: Walk, edges: Set<string>): (string | undefined)[] {
  const walk = { ...start };
  return hops.map((hop) => {
    const node = nodeOfHop(index, hop, walk, edges);
    if (node !== undefined) {
      walk.current = node;
      if (walk.expected === node) walk.expected = start.expected;
    }
    return node;
  });
}

function dropOf(index: DesignIndex, hops: readonly Hop[], nodes: readonly (string | undefined)[]): { node?: string; edge?: string } {
  const at = hops.findLastIndex((h) => h.decision === 'drop');
  if (at < 0) return {};
  const hop = hops[at]!;
  const resource = index.get(hop.resourceId);
  const before = nodes.slice(0, at).findLast((n) => n !== undefined);
  if (resource && KINDS[resource.kind].drawnAs === 'edge') return { edge: resource.id, ...(before ? { node: before } : {}) };
  const node =
    nodes[at] ??
    (resource && (resource.kind === 'network-acl' || resource.kind === 'route-table') ? subnetFor(index, hop, before) : undefined) ??
    (resource && FRAMES.has(resource.kind) ? resource.id : undefined) ??
    before ??
    drawnNodeOf(index, hop.resourceId);
  return node ? { node } : {};
}

export function canvasPath(design: Design, result: TraceResult): CanvasPath {
  const index = indexDesign(design);
  const edgeResources = new Set<string>();
  const from = isBox(index, result.flow.from) ? result.flow.from : undefined;
  const to = isBox(index, result.flow.to) ? result.flow.to : undefined;
  const forwardNodes = walkHops(index, result.forward, { current: from, expected: to }, edgeResources);
  const replyNodes = walkHops(index, result.reply, { current: to, expected: from }, new Set());
  const steps: string[] = [];
  for (const node of [from, ...forwardNodes]) if (node !== undefined && steps.at(-1) !== node) steps.push(node);
  const replyDrop = dropOf(index, result.reply, replyNodes);
  const drop = result.verdict.reachable ? {} : replyDrop.node || replyDrop.edge ? replyDrop : dropOf(index, result.forward, forwardNodes);
  return {
    steps,
    forwardNodes,
    replyNodes,
    ...(drop.node ? { dropNode: drop.node } : {}),
    ...(drop.edge ? { dropEdge: drop.edge } : {}),
    edgeResources,
  };
}

/** The canvas marks of a path: numbered boxes, the drop, the verdict for the tab. */
export function highlightOf(design: Design, result: TraceResult): TraceHighlight {
  const path = canvasPath(design, result);
  const index = indexDesign(design);
  const nodes: Record<string, NodeTraceMark> = {};
  path.steps.forEach((id, i) => {
    const previous = nodes[id];
    nodes[id] = { order: [...(previous?.order ?? []), i + 1], title: `Step ${[...(previous?.order ?? []), i + 1].join(', ')} of the path` };
  });
  const { reason } = result.verdict;
  if (path.dropNode && reason) {
    const previous = nodes[path.dropNode];
    const by = index.get(result.verdict.at)?.name || result.verdict.at || '';
    nodes[path.dropNode] = {
      order: previous?.order ?? [],
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
