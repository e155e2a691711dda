/**
 * Gateway Load Balancers: appliances in a GENEVE 6081 target group, an endpoint in each AZ
 * that routes through them, and both directions of a flow through the same endpoint.
 */
import { GENEVE_PORT, type DesignIndex, type ResourceOf, type SubnetResource } from '../model/index.ts';
import { cidrBlock } from '../net/cidr.ts';
import { carrying, replyRoute, workloadSubnets } from './inspection-paths.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

const GWLB_GUIDE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/';
const ENDPOINT_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html';

type Endpoint = ResourceOf<'gwlb-endpoint'>;

const endpointSubnet = (index: DesignIndex, endpoint: Endpoint): SubnetResource | undefined => index.subnetOf(endpoint.id);

export const gwlbGeneve: Rule = {
  id: 'GWLB-GENEVE',
  severity: 'error',
  summary: "A Gateway Load Balancer's target group uses GENEVE on port 6081, with instance or IP targets.",
  docUrl: `${GWLB_GUIDE}target-groups.html`,
  dependsOn: ['gateway-load-balancer', 'target-group'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const gwlb of index.ofKind('gateway-load-balancer')) {
      const group = index.getOf(gwlb.targetGroup, 'target-group');
      if (!group) {
        findings.push(finding(this, 'warning', [gwlb.id], `Gateway Load Balancer ${named(gwlb)} forwards to no target group: no appliance inspects what its endpoints send, and the traffic is dropped. Give it a GENEVE target group of appliances.`, { suffix: 'no-target-group' }));
        continue;
      }
      if (group.protocol !== 'GENEVE' || group.port !== GENEVE_PORT) {
        findings.push(finding(this, 'error', [gwlb.id, group.id], `Target group ${named(group)} of Gateway Load Balancer ${named(gwlb)} is ${group.protocol} on port ${group.port}: a Gateway Load Balancer's target group must use the GENEVE protocol on port ${GENEVE_PORT}, and AWS refuses any other. Set it to GENEVE ${GENEVE_PORT}.`));
      }
      if (group.targetType !== 'instance' && group.targetType !== 'ip') {
        findings.push(finding(this, 'error', [gwlb.id, group.id], `Target group ${named(group)} of Gateway Load Balancer ${named(gwlb)} has ${group.targetType} targets: a Gateway Load Balancer sends to appliances registered by instance id or IP address only.`, { suffix: 'target-type' }));
      }
    }
    return findings;
  },
};

export const gwlbAz: Rule = {
  id: 'GWLB-AZ',
  severity: 'error',
  summary: "A GWLB endpoint is in an AZ of its load balancer, and each AZ with workloads routed through a Gateway Load Balancer has an endpoint of its own.",
  docUrl: ENDPOINT_GUIDE,
  dependsOn: ['gwlb-endpoint', 'gateway-load-balancer', 'route-table', 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    const endpoints = index.ofKind('gwlb-endpoint');
    if (endpoints.length === 0) return findings;
    // VPC and GWLB → the AZs that have an endpoint.
    const covered = new Map<string, Set<string>>();
    for (const endpoint of endpoints) {
      const subnet = endpointSubnet(index, endpoint);
      const gwlb = index.getOf(endpoint.gatewayLoadBalancer, 'gateway-load-balancer');
      if (!gwlb) {
        findings.push(finding(this, 'error', [endpoint.id], `GWLB endpoint ${named(endpoint)} names no Gateway Load Balancer: an endpoint connects to a load balancer's endpoint service, and without one it carries nothing. Choose its Gateway Load Balancer.`, { suffix: 'no-service' }));
        continue;
      }
      if (!subnet) continue;
      const key = `${subnet.parent}\u0000${gwlb.id}`;
      covered.set(key, (covered.get(key) ?? new Set()).add(subnet.availabilityZone));
      const azs = new Set(index.subnetsOf(gwlb).map((s) => s.availabilityZone));
      if (!azs.has(subnet.availabilityZone)) {
        findings.push(finding(this, 'error', [endpoint.id, gwlb.id], `GWLB endpoint ${named(endpoint)} is in ${subnet.availabilityZone}, but Gateway Load Balancer ${named(gwlb)} has subnets only in ${[...azs].sort().join(', ') || 'no AZ'}: its endpoint service is offered only in the load balancer's AZs. Give ${named(gwlb)} a subnet in ${subnet.availabilityZone}.`, { suffix: 'service-az' }));
      }
    }
    const workloads = workloadSubnets(index);
    for (const table of index.ofKind('route-table')) {
      if (table.edgeAssociation) continue;
      for (const route of table.routes) {
        const endpoint = index.getOf(route.target, 'gwlb-endpoint');
        const subnet = endpoint ? endpointSubnet(index, endpoint) : undefined;
        if (!endpoint || !subnet) continue;
        const azs = covered.get(`${subnet.parent}\u0000${endpoint.gatewayLoadBalancer}`) ?? new Set();
        for (const source of index.subnetsUsingRouteTable(table.id)) {
          const running = workloads.get(source.id);
          if (!running?.length || azs.has(source.availabilityZone)) continue;
          findings.push(
            finding(this, 'warning', [endpoint.id, source.id, ...running], `Subnet ${named(source)} (${source.availabilityZone}, ${running.map((id) => named(index.get(id))).join(', ')}) sends ${route.destination ?? route.prefixList} through GWLB endpoint ${named(endpoint)} in ${subnet.availabilityZone}: its VPC has no endpoint of that load balancer in ${source.availabilityZone}, so these workloads lose their traffic when ${subnet.availabilityZone} fails, and pay for crossing AZs. Add a GWLB endpoint in ${source.availabilityZone} and route its subnets there.`, { suffix: 'cross-az' }),
          );
        }
      }
    }
    return findings;
  },
};

export const gwlbAsymmetric: Rule = {
  id: 'GWLB-ASYMMETRIC',
  severity: 'error',
  summary: "A workload subnet's traffic sent through a GWLB endpoint comes back through the same endpoint, so the appliance that saw the request sees the reply.",
  docUrl: `${GWLB_GUIDE}introduction.html`,
  dependsOn: ['gwlb-endpoint', 'route-table', 'subnet', 'nat-gateway', 'internet-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    if (index.ofKind('gwlb-endpoint').length === 0) return findings;
    const workloads = workloadSubnets(index);
    for (const table of index.ofKind('route-table')) {
      if (table.edgeAssociation) continue;
      for (const route of table.routes) {
        const endpoint = index.getOf(route.target, 'gwlb-endpoint');
        const destination = cidrBlock(route.destination);
        const subnet = endpoint ? endpointSubnet(index, endpoint) : undefined;
        if (!endpoint || !destination || !subnet) continue;
        for (const source of index.subnetsUsingRouteTable(table.id)) {
          const sourceBlock = cidrBlock(source.cidr);
          if (!workloads.has(source.id) || !sourceBlock) continue;
          const back = replyRoute(index, route, destination, source, subnet, subnet.availabilityZone);
          if (!back) continue;
          const returning = carrying(back.table, sourceBlock);
          if (returning?.target === endpoint.id) continue;
          const how = returning ? `${returning.destination} → ${returning.target === 'local' ? 'local' : named(index.get(returning.target))}` : 'no route';
          findings.push(
            finding(this, 'error', [back.table?.id ?? table.id, endpoint.id, source.id], `Subnet ${named(source)} sends ${route.destination} through GWLB endpoint ${named(endpoint)} (${named(table)}), but the replies come back by ${back.via}, where ${back.table ? named(back.table) : 'no table'} has ${how} for ${source.cidr}: they do not pass ${named(endpoint)}, so the appliance that saw the request never sees the reply and the flow fails. Route ${source.cidr} in ${back.table ? named(back.table) : 'a gateway route table'} to ${named(endpoint)}.`),
          );
        }
      }
    }
    return findings;
  },
};

export const gatewayLoadBalancerRules: readonly Rule[] = [gwlbGeneve, gwlbAz, gwlbAsymmetric];
