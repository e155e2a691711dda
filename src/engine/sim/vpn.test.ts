import { describe, expect, it } from 'vitest';
import { allow, group, oneVpc, path, run, show } from './testing.ts';

const OFFICE = '172.16.0.0/16';

interface Options {
  staticRoutesOnly?: boolean;
  staticRoutes?: string[];
  propagate?: boolean;
  tunnels?: ('up' | 'down')[];
  /** The VPN ends on a transit gateway instead of the VPC's virtual private gateway. */
  onTgw?: boolean;
}

/** main (10.0.0.0/16, subnet a) with an app instance; the office reached over a VPN. */
function office({ staticRoutesOnly = false, staticRoutes, propagate = true, tunnels = ['up', 'up'], onTgw = false }: Options = {}) {
  const b = oneVpc()
    .add('customer-gateway', 'cgw', { parent: 'net', bgpAsn: 65010, ipAddress: '198.51.100.20' })
    .add('external', 'office', { name: 'Head office', endpointType: 'on-premises', cidr: OFFICE, reachedThrough: ['cgw'] })
    .add('instance', 'app', { parent: 'a', securityGroups: ['sg-app'] });
  const vpnTunnels = tunnels.map((status, i) => ({ status, insideCidr: `169.254.10.${i * 4}/30` }));
  if (onTgw) {
    b.add('transit-gateway', 'tgw', { parent: 'net', routeTables: [{ id: 'tgw-rt', name: 'shared', routes: [] }] })
      .add('tgw-attachment', 'att-main', { transitGateway: 'tgw', vpc: 'main', subnets: ['a'], routeTable: 'tgw-rt', propagations: ['tgw-rt'] })
      .add('vpn-connection', 'vpn', { customerGateway: 'cgw', gateway: 'tgw', staticRoutesOnly, tunnels: vpnTunnels, routeTable: 'tgw-rt', propagations: ['tgw-rt'] })
      .routes('main-rtb-main', { destination: OFFICE, target: 'tgw' });
  } else {
    b.add('virtual-private-gateway', 'vgw', { parent: 'main', routePropagation: propagate ? ['main-rtb-main'] : [] })
      .add('vpn-connection', 'vpn', { customerGateway: 'cgw', gateway: 'vgw', staticRoutesOnly, ...(staticRoutes ? { staticRoutes } : {}), tunnels: vpnTunnels });
  }
  return group(b, 'sg-app', 'main', [allow(OFFICE, 443)]).build();
}

describe('Site-to-Site VPN to a virtual private gateway', () => {
  it('reaches on-premises by the route the gateway propagates, learned by BGP, and the reply comes back', () => {
    const result = run(office(), 'app', 'office');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toEqual(['sg-egress sg-app allow', 'nacl-out main-acl-default allow', 'route main-rtb-main forward', 'vgw vgw forward', 'vpn vpn forward', 'deliver office allow']);
    expect(result.forward.find((h) => h.step === 'route')?.matched).toBe(`${OFFICE} → vgw (propagated from vpn)`);
    expect(result.forward.find((h) => h.step === 'vgw')?.note).toContain('propagated into the table');
    expect(result.forward.find((h) => h.step === 'vpn')?.matched).toBe('tunnel 1 (169.254.10.0/30)');
    expect(path(result, 'reply')).toEqual(expect.arrayContaining(['reply-vpn vpn forward', 'reply-vgw vgw forward', 'reply-deliver app allow']));
  });

  it('lets on-premises open a connection to the instance over the VPN, to its private address', () => {
    const result = run(office(), 'office', 'app');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'sg-ingress')?.note).toContain('from 172.16.0.10');
    expect(path(result, 'reply')).toEqual(expect.arrayContaining(['reply-vgw vgw forward', 'reply-vpn vpn forward', 'reply-deliver office allow']));
  });

  it('finds no route when the gateway does not propagate into the subnet\'s table', () => {
    const result = run(office({ propagate: false }), 'app', 'office');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'main-rtb-main' });
  });

  it('routes a static VPN by its static routes, and nothing without them', () => {
    const routed = run(office({ staticRoutesOnly: true, staticRoutes: [OFFICE] }), 'app', 'office');
    expect(routed.verdict, show(routed)).toEqual({ reachable: true });
    expect(routed.forward.find((h) => h.step === 'vgw')?.matched).toBe(`${OFFICE} via vpn (static)`);
    expect(run(office({ staticRoutesOnly: true }), 'app', 'office').verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'main-rtb-main' });
  });

  it('carries traffic over the one tunnel that is up, and none when both are down', () => {
    const one = run(office({ tunnels: ['down', 'up'] }), 'app', 'office');
    expect(one.verdict).toEqual({ reachable: true });
    expect(one.forward.find((h) => h.step === 'vpn')?.matched).toBe('tunnel 2 (169.254.10.4/30), the only one up');
    const none = run(office({ tunnels: ['down', 'down'] }), 'office', 'app');
    expect(none.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'office' });
    expect(none.forward.at(-1)?.note).toContain('none of vpn has a tunnel up');
  });
});

describe('Site-to-Site VPN to a transit gateway', () => {
  it('reaches on-premises through the VPN attachment by the route BGP propagates, and back', () => {
    const result = run(office({ onTgw: true }), 'app', 'office');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'tgw-route')?.matched).toBe(`tgw-rt: ${OFFICE} → vpn (propagated)`);
    expect(path(result, 'reply')).toEqual(expect.arrayContaining(['reply-vpn vpn forward', 'reply-tgw-route tgw forward', 'reply-deliver app allow']));
  });

  it('lets on-premises in through the table the VPN attachment is associated with', () => {
    const result = run(office({ onTgw: true }), 'office', 'app');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'tgw-route')?.matched).toBe('tgw-rt: 10.0.0.0/16 → att-main (propagated)');
  });

  it('learns nothing from a static VPN: the TGW table needs a static route to it', () => {
    const result = run(office({ onTgw: true, staticRoutesOnly: true }), 'app', 'office');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'tgw' });
  });
});
