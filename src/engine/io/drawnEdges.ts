/**
 * The edges a drawing shows, as the canvas lists them: into a collapsed container they end at
 * it, a resource drawn as several edges (a share of two subnets) is labelled once, and so are
 * edges saying the same into the same box (four proxies' upstream to one ALB). The canvas, the
 * picture export and `lzs diagram` draw this list, in this order (labels are placed in it).
 */
import type { ConnectionMeaning, Design, Resource } from '../model/index.ts';
import { indexDesign, isBalancer, KINDS } from '../model/index.ts';
import { shownAs } from '../layout/collapsed.ts';
import { EDGE_STYLE } from './edgeStyle.ts';

export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly meaning: ConnectionMeaning;
  /** The edge's own words, after its meaning's title. */
  readonly label: string;
  /** The resource the edge stands for, when it is one. */
  readonly resourceId?: string;
  /** Further edges of the same resource draw no label box. */
  readonly unlabelled?: boolean;
}

/** The label's text as drawn (the meaning's title, then the edge's own words), or undefined when it has none. */
export function edgeLabelText(edge: Pick<DrawnEdge, 'meaning' | 'label' | 'unlabelled'>): string | undefined {
  if (edge.unlabelled) return undefined;
  const title = EDGE_STYLE[edge.meaning].title;
  return edge.label ? `${title} ${edge.label}` : title;
}

type Said = Omit<DrawnEdge, 'id' | 'source' | 'target' | 'unlabelled'>;

export function drawnEdges(design: Design): DrawnEdge[] {
  const index = indexDesign(design);
  const drawn = (id: string | undefined) => {
    const r = index.get(id);
    return r !== undefined && KINDS[r.kind].drawnAs === 'node';
  };
  const edges: DrawnEdge[] = [];
  // Sets, not scans: a landing zone has thousands of edges.
  const ids = new Set<string>();
  const labelledResources = new Set<string>();
  const add = (from: string | undefined, to: string | undefined, data: Said, key: string) => {
    if (!from || !to || !drawn(from) || !drawn(to)) return;
    const source = shownAs(design, from);
    const target = shownAs(design, to);
    if (source === target) return;
    const id = `${data.meaning}:${key}:${source}->${target}`;
    if (ids.has(id)) return;
    ids.add(id);
    const said = data.resourceId ?? `${data.meaning}|${data.label}|${target}`;
    const labelled = labelledResources.has(said);
    labelledResources.add(said);
    edges.push({ id, source, target, ...data, ...(labelled ? { label: '', unlabelled: true } : {}) });
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
      case 'vpn-connection':
        add(r.gateway, r.customerGateway, { meaning: 'vpn-connection', label: r.name, resourceId: r.id }, r.id);
        break;
      case 'tgw-peering':
        add(r.requester, r.accepter, { meaning: 'tgw-peering', label: r.name, resourceId: r.id }, r.id);
        break;
      case 'dx-gateway':
        for (const association of r.associations) add(r.id, association.gateway, { meaning: 'dx-association', label: '' }, association.gateway);
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
