/**
 * A Gateway Load Balancer design for the simulator's and the rules' tests: app subnets a (2a)
 * and c (2c) send their egress through the GWLB endpoint of their AZ, the endpoint subnets to
 * the NAT gateway in pub-a, and pub-a's table sends the app subnets back through the same
 * endpoints (unless `returnRoutes` is off). Two appliances per AZ sit in the appliance subnets.
 */
import type { Design } from '../model/design.ts';
import { AZ_A, AZ_C, allow, group, oneVpc } from '../sim/testing.ts';

export interface GwlbOptions {
  returnRoutes?: boolean;
  /** The AZs that have an endpoint: `a`, `c` or both. */
  endpoints?: ('a' | 'c')[];
  protocol?: 'GENEVE' | 'TCP';
  port?: number;
}

export function inspectedByGwlb({ returnRoutes = true, endpoints = ['a', 'c'], protocol = 'GENEVE', port = 6081 }: GwlbOptions = {}): Design {
  const endpointOf = (az: 'a' | 'c') => (endpoints.includes(az) ? `gwlbe-${az}` : `gwlbe-${endpoints[0]}`);
  const b = oneVpc()
    .subnet('appl-a', 'main', '10.0.50.0/24', AZ_A)
    .subnet('appl-c', 'main', '10.0.51.0/24', AZ_C)
    .subnet('ep-a', 'main', '10.0.100.0/28', AZ_A)
    .subnet('ep-c', 'main', '10.0.100.16/28', AZ_C)
    .subnet('pub-a', 'main', '10.0.200.0/24', AZ_A)
    .add('internet-gateway', 'igw', { parent: 'main' })
    .add('elastic-ip', 'eip-nat', { parent: 'net', address: '52.78.0.30' })
    .add('nat-gateway', 'nat', { parent: 'pub-a', connectivity: 'public', elasticIps: ['eip-nat'] })
    .add('instance', 'fw-1', { parent: 'appl-a', role: 'appliance', securityGroups: ['sg-appl'] })
    .add('instance', 'fw-2', { parent: 'appl-a', role: 'appliance', securityGroups: ['sg-appl'] })
    .add('instance', 'fw-3', { parent: 'appl-c', role: 'appliance', securityGroups: ['sg-appl'] })
    .add('target-group', 'tg-appl', { parent: 'main', targetType: 'instance', protocol, port, targets: [{ target: 'fw-1' }, { target: 'fw-2' }, { target: 'fw-3' }] })
    .add('gateway-load-balancer', 'gwlb', { parent: 'appl-a', subnets: ['appl-c'], targetGroup: 'tg-appl' });
  for (const az of endpoints) b.add('gwlb-endpoint', `gwlbe-${az}`, { parent: `ep-${az}`, gatewayLoadBalancer: 'gwlb' });
  b.add('route-table', 'rt-app-a', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: endpointOf('a') }] })
    .add('route-table', 'rt-app-c', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: endpointOf('c') }] })
    .add('route-table', 'rt-ep', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nat' }] })
    .add('route-table', 'rt-pub', {
      parent: 'main',
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { destination: '0.0.0.0/0', target: 'igw' },
        ...(returnRoutes ? [{ destination: '10.0.1.0/24', target: endpointOf('a') }, { destination: '10.0.2.0/24', target: endpointOf('c') }] : []),
      ],
    })
    .update('a', { routeTable: 'rt-app-a' })
    .update('c', { routeTable: 'rt-app-c' })
    .update('ep-a', { routeTable: 'rt-ep' })
    .update('ep-c', { routeTable: 'rt-ep' })
    .update('pub-a', { routeTable: 'rt-pub' })
    .add('instance', 'app', { parent: 'a', securityGroups: ['sg-app'] })
    .add('instance', 'app-c', { parent: 'c', securityGroups: ['sg-app'] });
  group(b, 'sg-app', 'main', [allow('10.0.0.0/16', 443)]);
  return group(b, 'sg-appl', 'main', [allow('10.0.0.0/16', 6081, 6081, 'udp')]).build();
}
