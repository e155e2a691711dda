/** AWS Network Firewall: an endpoint in each AZ that routes to it, and both directions through the same endpoint. */
import { type DesignIndex, type ResourceOf, type RouteTableResource, type SubnetResource } from '../model/index.ts';
import { cidrBlock, type CidrBlock } from '../net/cidr.ts';
import { carrying, replyRoute, workloadSubnets } from './inspection-paths.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

const NFW_GUIDE = 'https://docs.aws.amazon.com/network-firewall/latest/developerguide/';

type Firewall = ResourceOf<'network-firewall'>;
type Route = RouteTableResource['routes'][number];

/** The AZs a firewall has endpoints in. */
const endpointAzs = (index: DesignIndex, firewall: Firewall) => new Set(index.subnetsOf(firewall).map((s) => s.availabilityZone));

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

/** Where the replies to traffic a firewall forwarded are routed (see replyRoute). */
function returnPath(index: DesignIndex, firewall: Firewall, route: Route, destination: CidrBlock, source: SubnetResource) {
  const az = endpointFor(route, source);
  return replyRoute(index, route, destination, source, index.subnetsOf(firewall).find((s) => s.availabilityZone === az), az);
}

export const networkFirewallRules: readonly Rule[] = [nfwAz, nfwAsymmetric];
