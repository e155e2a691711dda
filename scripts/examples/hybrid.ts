/**
 * Hybrid in two regions: on-premises reaches a Seoul transit gateway over a Site-to-Site VPN
 * (the office) and Direct Connect (the data centre); a Tokyo transit gateway is peered with it
 * and routes there by static routes. One Tokyo table counts on propagation over the peering,
 * which AWS does not do: that flow fails.
 */
import { design, type DesignBuilder } from '../../src/engine/testing/builder.ts';
import { AZ_A, finish, routeTable, subnets, type Example } from './common.ts';

export const OFFICE = '172.16.0.0/16';
export const DATA_CENTRE = '172.20.0.0/16';
const TOKYO_A = 'ap-northeast-1a';

const tcp = (port: number, cidr: string, description: string) => ({ protocol: 'tcp', fromPort: port, toPort: port, peer: { kind: 'cidr', cidr }, description });
const anywhere = [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }];

/** A VPC with a private subnet and a /28 attachment subnet in one AZ, its server, and a table sending `remote` to `tgw`. */
function spoke(b: DesignBuilder, o: { vpc: string; name: string; octet: number; region: string; azs: readonly [string]; tgw: string; remote: readonly string[]; callers: readonly string[] }) {
  const cidr = `10.${o.octet}.0.0/16`;
  b.vpc(o.vpc, 'network', cidr, { name: o.name, region: o.region });
  routeTable(b, `${o.vpc}-rtb-private`, o.vpc, [cidr], o.remote.map((destination) => ({ destination, target: o.tgw })), `${o.name} private`);
  subnets(
    b,
    o.vpc,
    [
      { id: `${o.vpc}-private-a`, cidr: `10.${o.octet}.1.0/24`, az: o.azs[0], name: 'private-a' },
      { id: `${o.vpc}-tgw-a`, cidr: `10.${o.octet}.0.0/28`, az: o.azs[0], name: 'tgw-a' },
    ],
    { routeTable: `${o.vpc}-rtb-private` },
  );
  b.add('security-group', `${o.vpc}-server-sg`, { name: `${o.name} server`, parent: o.vpc, ingress: o.callers.map((c) => tcp(443, c, 'HTTPS from on-premises and the other region')), egress: anywhere });
  b.add('instance', `${o.vpc}-server`, { name: `${o.name} server`, parent: `${o.vpc}-private-a`, securityGroups: [`${o.vpc}-server-sg`], instanceType: 't3.small', port: 443 });
  return b;
}

export function hybridTwoRegions(): Example {
  const b = design('Hybrid in two regions').account('network', { name: 'network', accountId: '444444444444' });
  const everyone = [OFFICE, DATA_CENTRE, '10.10.0.0/16', '10.20.0.0/16'];
  // Seoul: the hub on-premises connects to.
  b.add('transit-gateway', 'tgw-seoul', {
    name: 'seoul hub',
    parent: 'network',
    region: 'ap-northeast-2',
    amazonSideAsn: 64512,
    routeTables: [
      // Spokes: on-premises routes propagate in (VPN, Direct Connect); Tokyo by a static route to the peering.
      { id: 'rt-seoul-spokes', name: 'spokes', routes: [{ destination: '10.20.0.0/16', attachment: 'peer-seoul-tokyo' }] },
      // On-premises and the peering: the VPCs propagate in; Tokyo again by a static route.
      { id: 'rt-seoul-edge', name: 'on-premises and peering', routes: [{ destination: '10.20.0.0/16', attachment: 'peer-seoul-tokyo' }] },
    ],
  });
  spoke(b, { vpc: 'app-seoul', name: 'app seoul', octet: 10, region: 'ap-northeast-2', azs: [AZ_A], tgw: 'tgw-seoul', remote: ['172.16.0.0/12', '10.20.0.0/16'], callers: everyone });
  spoke(b, { vpc: 'data-seoul', name: 'data seoul', octet: 11, region: 'ap-northeast-2', azs: [AZ_A], tgw: 'tgw-seoul', remote: ['172.16.0.0/12', '10.20.0.0/16'], callers: everyone });
  for (const vpc of ['app-seoul', 'data-seoul']) {
    b.add('tgw-attachment', `att-${vpc}`, { name: `${vpc} → seoul hub`, transitGateway: 'tgw-seoul', vpc, subnets: [`${vpc}-tgw-a`], routeTable: 'rt-seoul-spokes', propagations: ['rt-seoul-edge'] });
  }
  // The office over a BGP VPN; the data centre over Direct Connect, advertised only the blocks it may reach.
  b.add('customer-gateway', 'cgw-office', { name: 'office router', parent: 'network', bgpAsn: 65010, ipAddress: '198.51.100.20', deviceName: 'office-edge-1' })
    .add('vpn-connection', 'vpn-office', {
      name: 'office VPN',
      customerGateway: 'cgw-office',
      gateway: 'tgw-seoul',
      staticRoutesOnly: false,
      tunnels: [
        { insideCidr: '169.254.10.0/30', status: 'up' },
        { insideCidr: '169.254.10.4/30', status: 'up' },
      ],
      routeTable: 'rt-seoul-edge',
      propagations: ['rt-seoul-spokes', 'rt-seoul-edge'],
    })
    .add('dx-gateway', 'dxgw', {
      name: 'data centre DX',
      parent: 'network',
      amazonSideAsn: 65200,
      associations: [{ gateway: 'tgw-seoul', allowedPrefixes: ['10.10.0.0/16', '10.11.0.0/16', '10.20.0.0/16'], routeTable: 'rt-seoul-edge', propagations: ['rt-seoul-spokes', 'rt-seoul-edge'] }],
    })
    .add('external', 'office', { name: 'Head office', endpointType: 'on-premises', cidr: OFFICE, reachedThrough: ['cgw-office'] })
    .add('external', 'data-centre', { name: 'Data centre', endpointType: 'on-premises', cidr: DATA_CENTRE, reachedThrough: ['dxgw'] });
  // Tokyo: a second region's hub, peered with Seoul. Static routes reach the office and app-seoul;
  // data-seoul's block was left to propagation over the peering, which never happens.
  b.add('transit-gateway', 'tgw-tokyo', {
    name: 'tokyo hub',
    parent: 'network',
    region: 'ap-northeast-1',
    amazonSideAsn: 64513,
    routeTables: [
      {
        id: 'rt-tokyo',
        name: 'tokyo',
        routes: [
          { destination: OFFICE, attachment: 'peer-seoul-tokyo' },
          { destination: DATA_CENTRE, attachment: 'peer-seoul-tokyo' },
          { destination: '10.10.0.0/16', attachment: 'peer-seoul-tokyo' },
        ],
      },
    ],
  });
  spoke(b, { vpc: 'app-tokyo', name: 'app tokyo', octet: 20, region: 'ap-northeast-1', azs: [TOKYO_A], tgw: 'tgw-tokyo', remote: ['172.16.0.0/12', '10.10.0.0/16', '10.11.0.0/16'], callers: everyone });
  b.add('tgw-attachment', 'att-app-tokyo', { name: 'app-tokyo → tokyo hub', transitGateway: 'tgw-tokyo', vpc: 'app-tokyo', subnets: ['app-tokyo-tgw-a'], routeTable: 'rt-tokyo', propagations: ['rt-tokyo'] });
  b.add('tgw-peering', 'peer-seoul-tokyo', {
    name: 'seoul ↔ tokyo',
    requester: 'tgw-seoul',
    accepter: 'tgw-tokyo',
    requesterRouteTable: 'rt-seoul-edge',
    accepterRouteTable: 'rt-tokyo',
    propagations: ['rt-tokyo'],
  });
  return {
    id: 'hybrid-two-regions',
    title: 'Hybrid in two regions',
    summary: 'On-premises over a Site-to-Site VPN and Direct Connect to a Seoul transit gateway, peered with Tokyo; one Tokyo route relies on propagation over the peering.',
    file: 'hybrid-two-regions.json',
    design: finish(
      b,
      'The office reaches Seoul over a BGP VPN with both tunnels up, the data centre over Direct Connect with allowed prefixes for the VPC blocks; Tokyo reaches both and app-seoul by static routes to the peering. Trace app-tokyo-server → data-seoul-server: Tokyo has no route, because the peering was left to propagate, and AWS propagates nothing over a peering (TGW-PEERING-STATIC).',
    ),
  };
}
