/** AWS Network Firewall: an endpoint in each AZ that routes to it, and both directions through the same endpoint. */
import { kindInfo, type DesignIndex, type ResourceOf, type RouteTableResource, type SubnetResource } from '../model/index.ts';
import { cidrBlock, contains, type CidrBlock } from '../net/cidr.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

const NFW_GUIDE = 'https://docs.aws.amazon.com/network-firewall/latest/developerguide/';

type Firewall = ResourceOf<'network-firewall'>;
type Route = RouteTableResource['routes'][number];

/** The AZs a firewall has endpoints in. */
const endpointAzs = (index: DesignIndex, firewall: Firewall) => new Set(index.subnetsOf(firewall).map((s) => s.availabilityZone));

const workloadsByIndex = new WeakMap<DesignIndex, Map<string, string[]>>();

/** Subnets holding a workload (something that runs the architect's code), worked out once per design for both rules. */
function workloadSubnets(index: DesignIndex): Map<string, string[]> {
  const known = workloadsByIndex.get(index);
  if (known) return known;
  const bySubnet = new Map<string, string[]>();
  for (const resource of index.design.resources) {
    if (!kindInfo(resource.kind).workload) continue;
    for (const subnet of index.subnetsOf(resource)) {
      const running = bySubnet.get(subnet.id);
      if (running) running.push(resource.id);
      else bySubnet.set(subnet.id, [resource.id]);
    }
  }
  workloadsByIndex.set(index, bySubnet);
  return bySubnet;
}

export const nfwAz: Rule = {
  id: 'NFW-AZ',
  severity: 'error',
  summary: 'A route to a Network Firewall names an endpoint the firewall has; workloads in an AZ with no endpoint depend on another AZ.',
  docUrl: `${NFW_GUIDE}vpc-config.html`,
  dependsOn: ['network-firewall', 'route-table', 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    if (index.ofKind('network-firewall').length === 0) return findings;
    for (const table of index.ofKind('route-table')) {
      for (const route of table.routes) {
        const firewall = index.getOf(route.target, 'network-firewall');
        if (!firewall) continue;
        const workloads = workloadSubnets(index);
        const azs = endpointAzs(index, firewall);
        const has = azs.size ? `it has endpoints in ${[...azs].sort().join(', ')}` : 'it has no subnet mappings';
        const destination = route.destination ?? route.prefixList;
        if (route.endpointAz && !azs.has(route.endpointAz)) {
          findings.push(finding(this, 'error', [table.id, firewall.id], `Route table ${named(table)} sends ${destination} to ${named(firewall)}'s endpoint in ${route.endpointAz}, but ${has}: that endpoint does not exist. Map a firewall subnet in ${route.endpointAz}, or route to an endpoint it has.`));
          continue;
        }
        for (const subnet of table.edgeAssociation ? [] : index.subnetsUsingRouteTable(table.id)) {
          const running = workloads.get(subnet.id);
          if (!running?.length || azs.has(subnet.availabilityZone)) continue;
          const what = `${running.length === 1 ? 'workload' : 'workloads'} ${running.map((id) => named(index.get(id))).join(', ')}`;
          if (!route.endpointAz) {
            findings.push(finding(this, 'error', [firewall.id, subnet.id, ...running], `Subnet ${named(subnet)} (${subnet.availabilityZone}, ${what}) routes ${destination} to ${named(firewall)} through ${named(table)}, but ${has} and none in ${subnet.availabilityZone}: the route names no endpoint that exists. Map a firewall subnet in ${subnet.availabilityZone}.`));
          } else {
            findings.push(finding(this, 'warning', [firewall.id, subnet.id, ...running], `Subnet ${named(subnet)} (${subnet.availabilityZone}, ${what}) is inspected by ${named(firewall)}'s endpoint in ${route.endpointAz}: ${named(firewall)} has no endpoint in ${subnet.availabilityZone}, so these workloads lose their traffic when ${route.endpointAz} fails, and pay for crossing AZs. Give the firewall a subnet in each AZ with workloads.`, { suffix: 'cross-az' }));
          }
        }
      }
    }
    return findings;
  },
};

/** The route of a table that carries a block: the longest CIDR route containing it. */
function carrying(table: RouteTableResource | undefined, block: CidrBlock): Route | undefined {
  let best: { route: Route; prefix: number } | undefined;
  for (const route of table?.routes ?? []) {
    const destination = cidrBlock(route.destination);
    if (destination && destination.version === block.version && contains(destination, block) && (!best || destination.prefix > best.prefix)) best = { route, prefix: destination.prefix };
  }
  return best?.route;
}

/** The AZ of the endpoint a route sends a subnet's traffic to. */
const endpointFor = (route: Route, subnet: SubnetResource) => route.endpointAz ?? subnet.availabilityZone;

export const nfwAsymmetric: Rule = {
  id: 'NFW-ASYMMETRIC',
  severity: 'error',
  summary: "A workload subnet's traffic sent through a Network Firewall endpoint comes back through the same endpoint: Network Firewall does not support asymmetric routing.",
  docUrl: `${NFW_GUIDE}asymmetric-routing.html`,
  dependsOn: ['network-firewall', 'route-table', 'subnet', 'nat-gateway', 'internet-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    if (index.ofKind('network-firewall').length === 0) return findings;
    for (const table of index.ofKind('route-table')) {
      if (table.edgeAssociation) continue;
      for (const route of table.routes) {
        const firewall = index.getOf(route.target, 'network-firewall');
        if (!firewall) continue;
        const destination = cidrBlock(route.destination);
        if (!destination) continue;
        // Flows start at workloads: a NAT subnet's route back through the firewall is a reply path, not a request.
        const workloads = workloadSubnets(index);
        for (const source of index.subnetsUsingRouteTable(table.id)) {
          if (!workloads.has(source.id)) continue;
          const back = returnPath(index, firewall, route, destination, source);
          const sourceBlock = cidrBlock(source.cidr);
          if (!back || !sourceBlock) continue;
          const returning = carrying(back.table, sourceBlock);
          const az = endpointFor(route, source);
          if (returning?.target === firewall.id && (returning.endpointAz ?? back.az) === az) continue;
          const how = returning
            ? `${returning.destination} → ${returning.target === firewall.id ? `${named(firewall)}'s endpoint in ${returning.endpointAz ?? back.az}` : returning.target}`
            : 'no route';
          findings.push(
            finding(this, 'error', [back.table?.id ?? table.id, firewall.id, source.id], `Subnet ${named(source)} sends ${route.destination} through ${named(firewall)}'s endpoint in ${az} (${named(table)}), but the replies come back by ${back.via}, where ${back.table ? named(back.table) : 'no table'} has ${how} for ${source.cidr}: they bypass that endpoint and the stateful engine drops the flow. Route ${source.cidr} in ${back.table ? named(back.table) : 'a gateway route table'} to ${named(firewall)}'s endpoint in ${az}.`),
          );
        }
      }
    }
    return findings;
  },
};

/**
 * Where the replies to traffic a firewall forwarded are routed: the table of the subnet the
 * destination is in (inside the VPC), of the NAT gateway the firewall subnet sends it to, or
 * the internet gateway's edge table. Undefined when the path goes on elsewhere (a transit gateway).
 */
function returnPath(
  index: DesignIndex,
  firewall: Firewall,
  route: Route,
  destination: CidrBlock,
  source: SubnetResource,
): { table: RouteTableResource | undefined; via: string; az: string } | undefined {
  const vpc = index.vpcOf(source.id);
  if (!vpc) return undefined;
  const az = endpointFor(route, source);
  // Inside the VPC: a route more specific than local sends a whole subnet through the firewall.
  const inside = index.children.get(vpc.id)?.find((s): s is SubnetResource => s.kind === 'subnet' && s.cidr === route.destination);
  if (inside) return { table: index.routeTableOf(inside.id), via: `subnet ${named(inside)}'s route table`, az: inside.availabilityZone };
  const firewallSubnet = index.subnetsOf(firewall).find((s) => s.availabilityZone === az);
  const onward = firewallSubnet ? carrying(index.routeTableOf(firewallSubnet.id), destination) : undefined;
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

export const networkFirewallRules: readonly Rule[] = [nfwAz, nfwAsymmetric];
