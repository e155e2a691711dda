/**
 * Edges derived from the design. Each carries its meaning; edges that are resources
 * themselves (peering, attachment, RAM share) select that resource when clicked.
 */
import type { Edge } from '@xyflow/react';
import type { ConnectionMeaning, Design, Resource } from '../engine/model/index.ts';
import { indexDesign, isBalancer, KINDS } from '../engine/model/index.ts';
import { shownAs } from './collapse.ts';

export interface MeaningEdgeData extends Record<string, unknown> {
  readonly meaning: ConnectionMeaning;
  /** The resource the edge stands for, when it is one. */
  readonly resourceId?: string;
  readonly label: string;
  /** Further edges of the same resource draw no label box. */
  readonly unlabelled?: boolean;
}

export type MeaningEdge = Edge<MeaningEdgeData>;

/**
 * Edges draw above containers (z = nesting depth) and below leaf boxes (z = 100): a box's
 * body and handles take the clicks, and routes run around boxes, not under them.
 */
export const EDGE_Z = 50;

export function buildEdges(design: Design, selection: ReadonlySet<string>): MeaningEdge[] {
  const index = indexDesign(design);
  const drawn = (id: string | undefined) => {
    const r = index.get(id);
    return r !== undefined && KINDS[r.kind].drawnAs === 'node';
  };
  const edges: MeaningEdge[] = [];
  // Sets, not scans: a landing zone has thousands of edges.
  const ids = new Set<string>();
  const labelledResources = new Set<string>();
  const add = (from: string | undefined, to: string | undefined, data: MeaningEdgeData, key: string) => {
    if (!from || !to || !drawn(from) || !drawn(to)) return;
    // An edge into a collapsed container ends at the container.
    const source = shownAs(design, from);
    const target = shownAs(design, to);
    if (source === target) return;
    const id = `${data.meaning}:${key}:${source}->${target}`;
    if (ids.has(id)) return;
    ids.add(id);
    const selected = data.resourceId !== undefined && selection.has(data.resourceId);
    // A resource drawn as several edges (a share of two subnets) is labelled once, and so are
    // edges saying the same into the same box (four proxies' upstream to one ALB).
    const said = data.resourceId ?? `${data.meaning}|${data.label}|${target}`;
    const labelled = labelledResources.has(said);
    labelledResources.add(said);
    edges.push({ id, source, target, type: 'meaning', data: labelled ? { ...data, label: '', unlabelled: true } : data, selected, zIndex: EDGE_Z });
  };
  const lbTargets = (lb: Resource) => {
    if (!isBalancer(lb)) return;
    for (const listener of lb.listeners) {
      const group = index.getOf(listener.targetGroup, 'target-group');
      for (const t of group?.targets ?? []) {
        add(lb.id, t.target, { meaning: 'target-registration', label: `${group!.name} :${t.port ?? group!.port}`, resourceId: group!.id }, group!.id);
      }
    }
  };
  for (const r of design.resources) {
    switch (r.kind) {
      case 'vpc-peering':
        add(r.requesterVpc, r.accepterVpc, { meaning: 'vpc-peering', label: r.name, resourceId: r.id }, r.id);
        break;
      case 'tgw-attachment':
        add(r.vpc, r.transitGateway, { meaning: 'tgw-attachment', label: r.name, resourceId: r.id }, r.id);
        break;
      case 'ram-share':
        for (const shared of r.resources) for (const principal of r.principals) add(shared, principal, { meaning: 'ram-share', label: r.name, resourceId: r.id }, r.id);
        break;
      case 'api-gateway':
        for (const integration of r.integrations) {
          const link = index.getOf(integration.vpcLink, 'vpc-link');
          add(r.id, integration.target, { meaning: 'vpc-link', label: link ? link.name : integration.path, ...(link ? { resourceId: link.id } : {}) }, link?.id ?? integration.path);
        }
        break;
      case 'external':
        for (const target of r.connectsTo ?? []) add(r.id, target, { meaning: 'upstream', label: '' }, 'connects');
        break;
      default:
        lbTargets(r);
        if ('upstream' in r && r.upstream) add(r.id, r.upstream.target, { meaning: 'upstream', label: `${r.upstream.protocol} ${r.upstream.port}` }, 'upstream');
    }
  }
  return edges;
}
