import { describe, expect, it } from 'vitest';
import { describeParseError, parseDesign, serializeDesign } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { applyFix, findingsOf } from './service-testing.ts';

/** An account with its network in `region` and the customer gateway of its office. */
function office(gateway: Record<string, unknown> = {}, region = 'ap-northeast-2') {
  return design('office VPN')
    .account('net')
    .vpc('main', 'net', '10.0.0.0/16', { region })
    .add('customer-gateway', 'office', { parent: 'net', ...gateway })
    .build();
}

describe('CGW-ASN', () => {
  it('stays quiet for AWS’s default ASN and for a 4-byte private one', () => {
    expect(findingsOf(office(), 'CGW-ASN')).toEqual([]);
    expect(findingsOf(office({ bgpAsn: 4_200_000_001 }), 'CGW-ASN')).toEqual([]);
  });

  it('refuses 0 and 4,294,967,295, which no BGP speaker may use', () => {
    for (const bgpAsn of [0, 4_294_967_295]) {
      const [error, ...rest] = findingsOf(office({ bgpAsn }), 'CGW-ASN');
      expect(rest).toEqual([]);
      expect(error).toMatchObject({ ruleId: 'CGW-ASN:range', severity: 'error', resourceIds: ['office'] });
    }
  });

  it('refuses 7224 in any Region, and 9059 only where AWS keeps it (eu-west-1)', () => {
    expect(findingsOf(office({ bgpAsn: 7224 }), 'CGW-ASN').map((f) => f.ruleId)).toEqual(['CGW-ASN:reserved']);
    expect(findingsOf(office({ bgpAsn: 9059 }), 'CGW-ASN')).toEqual([]);
    const [error] = findingsOf(office({ bgpAsn: 9059 }, 'eu-west-1'), 'CGW-ASN');
    expect(error?.message).toContain('which AWS reserves in eu-west-1');
  });
});

describe('CGW-IP', () => {
  it('stays quiet for a public static address, and for a private one when the device has a certificate', () => {
    expect(findingsOf(office({ ipAddress: '198.51.100.7' }), 'CGW-IP')).toEqual([]);
    const certificateArn = 'arn:aws:acm:ap-northeast-2:111122223333:certificate/0f8c1a3e-2b7d-4c9e-8a61-5d2f3b4c6e7a';
    expect(findingsOf(office({ ipAddress: '10.20.0.1', certificateArn }), 'CGW-IP')).toEqual([]);
  });

  it('warns about a private address and a carrier-grade NAT one without a certificate', () => {
    const [privateOne] = findingsOf(office({ ipAddress: '192.168.10.1' }), 'CGW-IP');
    expect(privateOne).toMatchObject({ severity: 'warning', resourceIds: ['office'] });
    expect(privateOne?.message).toContain('a private (RFC 1918) address');
    const [shared] = findingsOf(office({ ipAddress: '100.72.3.4' }), 'CGW-IP');
    expect(shared?.message).toContain('carrier-grade NAT (RFC 6598)');
  });
});

describe('the customer gateway in a file', () => {
  it('refuses an outside address that is not IPv4, naming the resource and the field', () => {
    const file = JSON.parse(serializeDesign(office())) as { resources: Record<string, unknown>[] };
    for (const r of file.resources) if (r.id === 'office') r.ipAddress = '2001:db8::1';
    const parsed = parseDesign(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatchObject({ type: 'invalid-resource', resourceId: 'office' });
      expect(describeParseError(parsed.error)).toMatch(/ipAddress.*IPv4/s);
    }
  });
});

/** A VPC with a virtual private gateway and a VPN to the office; `vpn` and `vgw` fields override. */
function vpnTo(vpn: Record<string, unknown> = {}, vgw: Record<string, unknown> = {}) {
  return design('office VPN')
    .account('net')
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .add('customer-gateway', 'office', { parent: 'net', bgpAsn: 65010, ipAddress: '198.51.100.20' })
    .add('virtual-private-gateway', 'vgw', { parent: 'main', routePropagation: ['main-rtb-main'], ...vgw })
    .add('vpn-connection', 'vpn', { customerGateway: 'office', gateway: 'vgw', tunnels: [{ insideCidr: '169.254.10.0/30' }, { insideCidr: '169.254.10.4/30' }], ...vpn })
    .build();
}

describe('VPN-TUNNELS', () => {
  it('stays quiet for two tunnels up with their own inside CIDRs', () => {
    expect(findingsOf(vpnTo(), 'VPN-TUNNELS')).toEqual([]);
  });

  it('warns about one tunnel configured, and about one of two down', () => {
    const [one] = findingsOf(vpnTo({ tunnels: [{}] }), 'VPN-TUNNELS');
    expect(one).toMatchObject({ ruleId: 'VPN-TUNNELS', severity: 'warning', resourceIds: ['vpn'] });
    expect(one?.message).toContain('configures one tunnel');
    const [down] = findingsOf(vpnTo({ tunnels: [{ status: 'up' }, { status: 'down' }] }), 'VPN-TUNNELS');
    expect(down?.message).toContain('has one tunnel up');
  });

  it('refuses an inside CIDR that is no /30 of 169.254.0.0/16, a reserved one, or the other tunnel\'s', () => {
    const ids = (tunnels: object[]) => findingsOf(vpnTo({ tunnels }), 'VPN-TUNNELS').map((f) => f.message);
    expect(ids([{ insideCidr: '10.0.0.0/30' }, {}])[0]).toContain('is not a /30 of 169.254.0.0/16');
    expect(ids([{ insideCidr: '169.254.2.0/30' }, {}])[0]).toContain('AWS reserves');
    const same = findingsOf(vpnTo({ tunnels: [{ insideCidr: '169.254.7.0/30' }, { insideCidr: '169.254.7.0/30' }] }), 'VPN-TUNNELS');
    expect(same.map((f) => f.ruleId)).toEqual(['VPN-TUNNELS:inside-cidr']);
  });
});

describe('VPN-STATIC', () => {
  it('stays quiet for a BGP VPN and for a static one with its routes', () => {
    expect(findingsOf(vpnTo(), 'VPN-STATIC')).toEqual([]);
    expect(findingsOf(vpnTo({ staticRoutesOnly: true, staticRoutes: ['172.16.0.0/16'] }), 'VPN-STATIC')).toEqual([]);
  });

  it('warns about a static VPN with no static routes', () => {
    const [missing] = findingsOf(vpnTo({ staticRoutesOnly: true }), 'VPN-STATIC');
    expect(missing).toMatchObject({ severity: 'warning', resourceIds: ['vpn'] });
    expect(missing?.message).toContain('lists no static routes');
  });

  it('on a transit gateway, wants a static route to the VPN attachment in one of its tables', () => {
    const onTgw = (routes: object[]) =>
      design('tgw VPN')
        .account('net')
        .add('transit-gateway', 'tgw', { parent: 'net', routeTables: [{ id: 'rt', name: 'shared', routes }] })
        .add('customer-gateway', 'office', { parent: 'net', bgpAsn: 65010, ipAddress: '198.51.100.20' })
        .add('vpn-connection', 'vpn', { customerGateway: 'office', gateway: 'tgw', staticRoutesOnly: true, tunnels: [{}, {}], routeTable: 'rt' })
        .build();
    expect(findingsOf(onTgw([]), 'VPN-STATIC').map((f) => f.resourceIds)).toEqual([['vpn', 'tgw']]);
    expect(findingsOf(onTgw([{ destination: '172.16.0.0/16', attachment: 'vpn' }]), 'VPN-STATIC')).toEqual([]);
  });
});

describe('VPN-ASN', () => {
  it('stays quiet when the ends differ, and for a static VPN', () => {
    expect(findingsOf(vpnTo(), 'VPN-ASN')).toEqual([]);
    expect(findingsOf(vpnTo({ staticRoutesOnly: true, staticRoutes: ['172.16.0.0/16'] }, { amazonSideAsn: 65010 }), 'VPN-ASN')).toEqual([]);
  });

  it("refuses a BGP VPN whose customer gateway has the gateway's ASN, AWS's default 64512 included", () => {
    const [clash] = findingsOf(vpnTo({}, { amazonSideAsn: 65010 }), 'VPN-ASN');
    expect(clash).toMatchObject({ severity: 'error', resourceIds: ['vpn', 'office', 'vgw'] });
    const defaults = design('defaults')
      .account('net')
      .vpc('main', 'net', '10.0.0.0/16')
      .add('customer-gateway', 'office', { parent: 'net', bgpAsn: 64512, ipAddress: '198.51.100.20' })
      .add('virtual-private-gateway', 'vgw', { parent: 'main' })
      .add('vpn-connection', 'vpn', { customerGateway: 'office', gateway: 'vgw', tunnels: [{}, {}] })
      .build();
    expect(findingsOf(defaults, 'VPN-ASN')[0]?.message).toContain('both have ASN 64512');
  });
});

describe('VGW-PROPAGATION', () => {
  it('stays quiet when the gateway propagates into the table, or a static route goes to it', () => {
    expect(findingsOf(vpnTo(), 'VGW-PROPAGATION')).toEqual([]);
    const routed = vpnTo({}, { routePropagation: [] });
    const table = routed.resources.find((r) => r.id === 'main-rtb-main') as { routes: object[] };
    table.routes.push({ destination: '172.16.0.0/16', target: 'vgw' });
    expect(findingsOf(routed, 'VGW-PROPAGATION')).toEqual([]);
  });

  it("warns about a subnet's table the gateway does not propagate into, and the fix turns propagation on", () => {
    const unpropagated = vpnTo({}, { routePropagation: [] });
    const [found] = findingsOf(unpropagated, 'VGW-PROPAGATION');
    expect(found).toMatchObject({ severity: 'warning', resourceIds: ['main-rtb-main', 'vgw'] });
    expect(found?.message).toContain('(of `a`)');
    const result = applyFix(unpropagated, found!, 'propagate');
    expect(result.remaining).toEqual([]);
    expect(result.newErrors).toEqual([]);
  });
});

describe('a transit gateway route to a VPN attachment', () => {
  it('is a route to one of its attachments (TGW-RT stays quiet), and to another gateway\'s VPN is not', () => {
    const routed = (gateway: string) =>
      design('tgw VPN')
        .account('net')
        .add('transit-gateway', 'tgw', { parent: 'net', routeTables: [{ id: 'rt', name: 'shared', routes: [{ destination: '172.16.0.0/16', attachment: 'vpn' }] }] })
        .add('transit-gateway', 'other', { parent: 'net', routeTables: [] })
        .add('customer-gateway', 'office', { parent: 'net', bgpAsn: 65010, ipAddress: '198.51.100.20' })
        .add('vpn-connection', 'vpn', { customerGateway: 'office', gateway, staticRoutesOnly: true, tunnels: [{}, {}] })
        .build();
    expect(findingsOf(routed('tgw'), 'TGW-RT')).toEqual([]);
    expect(findingsOf(routed('other'), 'TGW-RT').map((f) => f.message)).toEqual([expect.stringContaining('which is not an attachment of')]);
  });
});
