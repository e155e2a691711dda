/**
 * Where the replies to inspected traffic are routed, for the rules that check they come back
 * through the same firewall endpoint or GWLB endpoint (NFW-ASYMMETRIC, GWLB-ASYMMETRIC).
 */
import { kindList, type DesignIndex, type RouteTableResource, type SubnetResource } from '../model/index.ts';
import { cidrBlock, contains, type CidrBlock } from '../net/cidr.ts';
import { named } from './types.ts';

type Route = RouteTableResource['routes'][number];

/** Kinds that run the architect's code. */
const WORKLOAD_KINDS = kindList((info) => info.workload);
const workloadsByIndex = new WeakMap<DesignIndex, Map<string, string[]>>();

/** Subnets holding a workload (something that runs the architect's code), worked out once per design for every rule that asks. */
export function workloadSubnets(index: DesignIndex): Map<string, string[]> {
  const known = workloadsByIndex.get(index);
  if (known) return known;
  const bySubnet = new Map<string, string[]>();
  for (const resource of WORKLOAD_KINDS.list().flatMap((kind) => index.ofKind(kind))) {
    for (const subnet of index.subnetsOf(resource)) {
      const running = bySubnet.get(subnet.id);
      if (running) running.push(resource.id);
      else bySubnet.set(subnet.id, [resource.id]);
    }
  }
  workloadsByIndex.set(index, bySubnet);
  return bySubnet;
}


/** The route of a table that carries a block: the longest CIDR route containing it. */
export function carrying(table: RouteTableResource | undefined, block: CidrBlock): Route | undefined {
  let best: { route: Route; prefix: number } | undefined;
  for (const route of table?.routes ?? []) {
    const destination = cidrBlock(route.destination);
    if (destination && destination.version === block.version && contains(destination, block) && (!best || destination.prefix > best.prefix)) best = { route, prefix: destination.prefix };
  }
  return best?.route;
}

/**
 * Where the replies to traffic an inspection endpoint (in `applianceSubnet`, in `az`) forwarded
 * are routed: the table of the subnet the destination is in (inside the VPC), of the NAT
 * gateway the endpoint's subnet sends it to, or the internet gateway's edge table. Undefined
 * when the path goes on elsewhere (a transit gateway).
 */
export function replyRoute(
  index: DesignIndex,
  route: Route,
  destination: CidrBlock,
  source: SubnetResource,
  applianceSubnet: SubnetResource | undefined,
  az: string,
): { table: RouteTableResource | undefined; via: string; az: string } | undefined {
  const vpc = index.vpcOf(source.id);
  if (!vpc) return undefined;
  // Inside the VPC: a route more specific than local sends a whole subnet through the endpoint.
  const inside = index.children.get(vpc.id)?.find((s): s is SubnetResource => s.kind === 'subnet' && s.cidr === route.destination);
  if (inside) return { table: index.routeTableOf(inside.id), via: `subnet ${named(inside)}'s route table`, az: inside.availabilityZone };
  const onward = applianceSubnet ? carrying(index.routeTableOf(applianceSubnet.id), destination) : undefined;
  const next = onward ? index.get(onward.target) : undefined;
  if (next?.kind === 'nat-gateway') {
    const natSubnet = index.subnetsOf(next)[0];
    return natSubnet ? { table: index.routeTableOf(natSubnet.id), via: `NAT gateway ${named(next)} in ${named(natSubnet)}`, az: natSubnet.availabilityZone } : undefined;
  }
  if (next?.kind === 'internet-gateway') {
    const edge = index.ofKind('route-table').find((t) => t.edgeAssociation === next.id);
    return { table: edge, via: `internet gateway ${named(next)}${edge ? `'s gateway route table` : ', which has no gateway route table'}`, az };
  }
  return undefined;
}
