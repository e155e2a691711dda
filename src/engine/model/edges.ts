/**
 * The connections a design draws as edges: peerings, transit gateway attachments, RAM shares,
 * load balancer target registrations, VPC links, proxy upstreams and external connections.
 * The canvas, the diagram exporters and the image export all draw these same edges.
 */
import type { Design } from './design.ts';
import { indexDesign } from './indexes.ts';
import { isBalancer } from './kinds.ts';

export type EdgeMeaning =
  | 'vpc-peering'
  | 'tgw-attachment'
  | 'vpn-connection'
  | 'tgw-peering'
  | 'dx-association'
  | 'ram-share'
  | 'target-registration'
  | 'vpc-link'
  | 'upstream'
  | 'connects-to';

export interface DesignEdge {
  /** Stable id: the resource id for edge resources, else derived from both ends. */
  readonly id: string;
  readonly meaning: EdgeMeaning;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  /** The resource the edge stands for (peering, attachment, share, target group, VPC link). */
  readonly resourceId?: string;
}

const cache = new WeakMap<Design, readonly DesignEdge[]>();

export function designEdges(design: Design): readonly DesignEdge[] {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const edges: DesignEdge[] = [];
  const seen = new Set<string>();
  const push = (edge: DesignEdge) => {
    if (!index.byId.has(edge.source) || !index.byId.has(edge.target) || seen.has(edge.id)) return;
    seen.add(edge.id);
    edges.push(edge);
  };
  for (const resource of design.resources) {
    switch (resource.kind) {
      case 'vpc-peering':
        push({ id: resource.id, meaning: 'vpc-peering', source: resource.requesterVpc, target: resource.accepterVpc, label: resource.name, resourceId: resource.id });
        break;
      case 'tgw-attachment':
        push({ id: resource.id, meaning: 'tgw-attachment', source: resource.vpc, target: resource.transitGateway, label: resource.name, resourceId: resource.id });
        break;
      case 'vpn-connection':
        push({ id: resource.id, meaning: 'vpn-connection', source: resource.gateway, target: resource.customerGateway, label: resource.name, resourceId: resource.id });
        break;
      case 'tgw-peering':
        push({ id: resource.id, meaning: 'tgw-peering', source: resource.requester, target: resource.accepter, label: resource.name, resourceId: resource.id });
        break;
      case 'dx-gateway':
        for (const association of resource.associations) {
          push({ id: `${resource.id}:${association.gateway}`, meaning: 'dx-association', source: resource.id, target: association.gateway, label: '', resourceId: resource.id });
        }
        break;
      case 'ram-share':
        for (const shared of resource.resources) {
          for (const principal of resource.principals) {
            push({ id: `${resource.id}:${shared}:${principal}`, meaning: 'ram-share', source: shared, target: principal, label: 'RAM share', resourceId: resource.id });
          }
        }
        break;
      case 'api-gateway':
        for (const integration of resource.integrations) {
          if (!integration.target) continue;
          push({
            id: `${resource.id}:${integration.vpcLink ?? 'direct'}:${integration.target}`,
            meaning: 'vpc-link',
            source: resource.id,
            target: integration.target,
            label: integration.vpcLink ? `VPC link ${index.get(integration.vpcLink)?.name ?? ''}`.trim() : integration.path,
            ...(integration.vpcLink ? { resourceId: integration.vpcLink } : {}),
          });
        }
        break;
      case 'external':
        for (const target of resource.connectsTo ?? []) {
          push({ id: `${resource.id}:to:${target}`, meaning: 'connects-to', source: resource.id, target, label: '' });
        }
        break;
      default:
        if (isBalancer(resource)) {
          for (const listener of resource.listeners) {
            const group = index.getOf(listener.targetGroup, 'target-group');
            if (!group) continue;
            for (const target of group.targets) {
              push({
                id: `${resource.id}:${group.id}:${target.target}`,
                meaning: 'target-registration',
                source: resource.id,
                target: target.target,
                label: `${listener.protocol} ${listener.port} → ${group.name}`,
                resourceId: group.id,
              });
            }
          }
        } else if ('upstream' in resource && resource.upstream) {
          push({ id: `${resource.id}:upstream`, meaning: 'upstream', source: resource.id, target: resource.upstream.target, label: `${resource.upstream.protocol} ${resource.upstream.port}` });
        }
    }
  }
  cache.set(design, edges);
  return edges;
}
