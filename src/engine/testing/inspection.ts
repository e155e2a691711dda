/**
 * Designs with AWS Network Firewall for the simulator's and the rules' tests: egress from
 * app subnets in two AZs through the firewall endpoint of their AZ and a NAT gateway.
 */
import type { z } from 'zod';
import type { Design } from '../model/design.ts';
import type { Route } from '../model/fields.ts';
import type { StatefulRuleGroup, StatelessRuleGroup } from '../model/resources.ts';
import { AZ_A, AZ_C, allow, group, oneVpc } from '../sim/testing.ts';

/** A policy with each kind of rule: a stateless drop, a TLS/HTTP domain allow-list, a stateful 5-tuple drop. */
export const INSPECTION_POLICY = {
  statelessDefaultActions: 'aws:forward_to_sfe',
  statelessRuleGroups: [{ name: 'edge', capacity: 10, priority: 1, rules: [{ priority: 10, action: 'aws:drop', matchAttributes: { sources: ['192.0.2.0/24'], destinationPorts: [{ fromPort: 22, toPort: 22 }], protocols: [6] } }] }],
  statefulRuleGroups: [
    { name: 'egress-domains', capacity: 100, ruleVariables: { ipSets: { HOME_NET: { definition: ['10.0.0.0/8'] } } }, rulesSourceList: { targets: ['.example.com'], targetTypes: ['TLS_SNI', 'HTTP_HOST'], generatedRulesType: 'ALLOWLIST' } },
    { name: 'no-telnet', capacity: 10, statefulRules: [{ action: 'DROP', header: { protocol: 'TCP', source: 'ANY', sourcePort: 'ANY', direction: 'FORWARD', destination: 'ANY', destinationPort: '23' } }] },
  ],
};

export type Stateful = z.input<typeof StatefulRuleGroup>;
export type Stateless = z.input<typeof StatelessRuleGroup>;

export const EGRESS_DOMAINS: Stateful = {
  name: 'egress-domains',
  capacity: 100,
  rulesSourceList: { targets: ['.example.com'], targetTypes: ['TLS_SNI', 'HTTP_HOST'], generatedRulesType: 'ALLOWLIST' },
};
export const NO_SSH: Stateful = {
  name: 'no-ssh',
  capacity: 10,
  statefulRules: [{ action: 'DROP', header: { protocol: 'TCP', source: 'ANY', sourcePort: 'ANY', direction: 'FORWARD', destination: 'ANY', destinationPort: '22' }, sid: 1 }],
};

export interface InspectedEgressOptions {
  returnRoutes?: boolean;
  mappings?: string[];
  stateless?: Stateless[];
  stateful?: Stateful[];
}

/**
 * Egress through a firewall in one VPC: app subnets a (2a) and c (2c) send 0.0.0.0/0 to the
 * firewall endpoint of their AZ, the firewall subnets to the NAT gateway in pub-a, and pub-a's
 * table sends the app subnets back through the firewall (unless `returnRoutes` is off).
 */
export function inspectedEgress({ returnRoutes = true, mappings = ['fw-a', 'fw-c'], stateless = [], stateful = [EGRESS_DOMAINS, NO_SSH] }: InspectedEgressOptions = {}) {
  const b = oneVpc()
    .subnet('fw-a', 'main', '10.0.100.0/28', AZ_A)
    .subnet('fw-c', 'main', '10.0.100.16/28', AZ_C)
    .subnet('pub-a', 'main', '10.0.200.0/24', AZ_A)
    .add('internet-gateway', 'igw', { parent: 'main' })
    .add('elastic-ip', 'eip-nat', { parent: 'net', address: '52.78.0.20' })
    .add('nat-gateway', 'nat', { parent: 'pub-a', connectivity: 'public', elasticIps: ['eip-nat'] })
    .add('network-firewall', 'nfw', {
      parent: 'fw-a',
      subnetMappings: mappings.map((subnet) => ({ subnet })),
      firewallPolicy: { statelessDefaultActions: 'aws:forward_to_sfe', statelessRuleGroups: stateless, statefulRuleGroups: stateful },
    })
    .add('route-table', 'rt-app-a', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nfw', endpointAz: AZ_A }] })
    .add('route-table', 'rt-app-c', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nfw', endpointAz: AZ_C }] })
    .add('route-table', 'rt-fw', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nat' }] })
    .add('route-table', 'rt-pub', {
      parent: 'main',
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { destination: '0.0.0.0/0', target: 'igw' },
        ...(returnRoutes ? [{ destination: '10.0.1.0/24', target: 'nfw', endpointAz: AZ_A }, { destination: '10.0.2.0/24', target: 'nfw', endpointAz: AZ_C }] : []),
      ],
    })
    .update('a', { routeTable: 'rt-app-a' })
    .update('c', { routeTable: 'rt-app-c' })
    .update('fw-a', { routeTable: 'rt-fw' })
    .update('fw-c', { routeTable: 'rt-fw' })
    .update('pub-a', { routeTable: 'rt-pub' })
    .add('instance', 'app', { parent: 'a', securityGroups: ['sg-app'] })
    .add('instance', 'app-c', { parent: 'c', securityGroups: ['sg-app'] });
  return group(b, 'sg-app', 'main', [allow('10.0.0.0/16', 443)]).build();
}

/** The design with one route of a table changed (the route is found by its destination). */
export function withRoute(d: Design, table: string, destination: string, patch: Partial<Route>): Design {
  return {
    ...d,
    resources: d.resources.map((r) => (r.id === table && r.kind === 'route-table' ? { ...r, routes: r.routes.map((route) => (route.destination === destination ? { ...route, ...patch } : route)) } : r)),
  };
}
