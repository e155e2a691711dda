import { describe, expect, it } from 'vitest';
import { reasonText } from './reasons.ts';
import { AZ_A, allow, group, oneVpc, path, run, show } from './testing.ts';

/** main with a public subnet `pub` (route to igw) and the private subnets a/c; partner 203.0.113.0/24. */
function withInternet() {
  return oneVpc()
    .subnet('pub', 'main', '10.0.0.0/24', AZ_A)
    .add('internet-gateway', 'igw', { parent: 'main' })
    .add('route-table', 'rt-pub', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
    .update('pub', { routeTable: 'rt-pub' })
    .add('external', 'partner', { endpointType: 'partner', cidr: '203.0.113.0/24' })
    .add('external', 'web', { endpointType: 'internet' });
}

describe('internet gateway', () => {
  it('drops an instance without a public IP behind an IGW route (IGW)', () => {
    const d = withInternet().add('instance', 'vm', { parent: 'pub' }).build();
    const result = run(d, 'vm', 'partner');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_PUBLIC_IP', at: 'igw' });
    expect(result.forward.at(-1)?.note).toContain('no public IPv4');
  });

  it('translates an instance with an Elastic IP and brings the reply back', () => {
    const d = withInternet()
      .add('elastic-ip', 'eip-vm', { parent: 'net', address: '52.79.10.10' })
      .add('instance', 'vm', { parent: 'pub', elasticIp: 'eip-vm' })
      .build();
    const result = run(d, 'vm', 'partner');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'igw')).toMatchObject({ decision: 'translate' });
    expect(result.forward.find((h) => h.step === 'igw')?.note).toContain('52.79.10.10');
    expect(path(result, 'reply')).toContain('reply-igw igw translate');
  });

  it('lets the internet in to a public instance whose group allows it, and not otherwise', () => {
    const open = group(withInternet().add('instance', 'vm', { parent: 'pub', publicIp: true, securityGroups: ['sg-vm'] }), 'sg-vm', 'main', [allow('0.0.0.0/0', 443)]).build();
    expect(run(open, 'web', 'vm').verdict).toEqual({ reachable: true });
    const closed = group(withInternet().add('instance', 'vm', { parent: 'pub', publicIp: true, securityGroups: ['sg-vm'] }), 'sg-vm', 'main', [allow('10.0.0.0/16', 443)]).build();
    expect(run(closed, 'web', 'vm').verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-vm' });
  });

  it('a reply that would leave through a NAT gateway is asymmetric', () => {
    const d = group(
      withInternet()
        .add('elastic-ip', 'eip-nat', { parent: 'net' })
        .add('nat-gateway', 'nat', { parent: 'pub', connectivity: 'public', elasticIps: ['eip-nat'] })
        .routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'nat' })
        .add('instance', 'vm', { parent: 'a', publicIp: true, securityGroups: ['sg-vm'] }),
      'sg-vm',
      'main',
      [allow('0.0.0.0/0', 443)],
    ).build();
    const result = run(d, 'web', 'vm');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'nat' });
  });

  it('stops internet traffic under VPC Block Public Access (BPA)', () => {
    const d = withInternet().update('main', { blockPublicAccess: 'bidirectional' }).add('instance', 'vm', { parent: 'pub', publicIp: true }).build();
    expect(run(d, 'vm', 'partner').verdict).toEqual({ reachable: false, reason: 'BLOCK_PUBLIC_ACCESS', at: 'main' });
  });
});

describe('ingress routing through an appliance (RT-GATEWAY)', () => {
  function inspected(returnThroughAppliance: boolean) {
    const b = withInternet()
      .subnet('fw-net', 'main', '10.0.9.0/24', AZ_A)
      .update('fw-net', { routeTable: 'rt-pub' })
      .add('instance', 'fw', { parent: 'fw-net', sourceDestCheck: false, securityGroups: ['sg-fw'] })
      .add('route-table', 'rt-edge', { parent: 'main', edgeAssociation: 'igw', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '10.0.5.0/24', target: 'fw' }] })
      .subnet('web-net', 'main', '10.0.5.0/24', AZ_A)
      .add('route-table', 'rt-web', {
        parent: 'main',
        routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: returnThroughAppliance ? 'fw' : 'igw' }],
      })
      .update('web-net', { routeTable: 'rt-web' })
      .add('instance', 'vm', { parent: 'web-net', publicIp: true, securityGroups: ['sg-vm'] });
    group(b, 'sg-fw', 'main', [allow('0.0.0.0/0')]);
    return group(b, 'sg-vm', 'main', [allow('0.0.0.0/0', 443)]).build();
  }

  it('inbound traffic passes the appliance the gateway route table names, and the reply comes back through it', () => {
    const result = run(inspected(true), 'web', 'vm');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toEqual(expect.arrayContaining(['route rt-edge forward', 'middlebox fw forward']));
    expect(path(result, 'reply')).toContain('reply-middlebox fw forward');
  });

  it('a reply that skips the appliance is asymmetric', () => {
    const result = run(inspected(false), 'web', 'vm');
    expect(result.verdict).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'fw' });
  });
});

describe('NAT gateways', () => {
  function natted(connectivity: 'public' | 'private') {
    return withInternet()
      .add('elastic-ip', 'eip-nat', { parent: 'net', address: '52.79.1.1' })
      .add('nat-gateway', 'nat', { parent: 'pub', connectivity, ...(connectivity === 'public' ? { elasticIps: ['eip-nat'] } : { privateIp: '10.0.0.50' }) })
      .routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'nat' })
      .add('instance', 'app', { parent: 'a' });
  }

  it("a public NAT gateway translates the source to its Elastic IP and un-translates the reply", () => {
    const result = run(natted('public').build(), 'app', 'partner');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const nat = result.forward.find((h) => h.step === 'nat');
    expect(nat).toMatchObject({ resourceId: 'nat', decision: 'translate' });
    expect(nat?.note).toMatch(/becomes 52\.79\.1\.1/);
    expect(path(result, 'reply')).toEqual(expect.arrayContaining(['reply-igw igw translate', 'reply-nat nat translate']));
  });

  it('a private NAT gateway routed to an internet gateway drops (NAT-PRIVATE)', () => {
    const result = run(natted('private').build(), 'app', 'partner');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NAT_PRIVATE_IGW', at: 'igw' });
    expect(result.forward.find((h) => h.step === 'nat')?.note).toContain('10.0.0.50');
  });

  it('accepts no unsolicited connection: from the internet to its Elastic IP, or to its private address from another network (NAT-MISC)', () => {
    const d = natted('public')
      .add('external', 'office', { endpointType: 'partner', cidr: '198.51.100.0/24' })
      .vpc('other', 'net', '10.9.0.0/16')
      .subnet('o-1', 'other', '10.9.1.0/24', AZ_A)
      .add('instance', 'peer-vm', { parent: 'o-1' })
      .add('vpc-peering', 'pcx', { requesterVpc: 'other', accepterVpc: 'main' })
      .routes('other-rtb-main', { destination: '10.0.0.0/16', target: 'pcx' })
      .routes('rt-pub', { destination: '10.9.0.0/16', target: 'pcx' })
      .build();
    for (const [from, to] of [['web', 'nat'], ['web', '52.79.1.1'], ['partner', 'nat'], ['peer-vm', 'nat'], ['app', 'nat']]) {
      const result = run(d, from!, to!);
      expect(result.verdict, `${from} → ${to}\n${show(result)}`).toEqual({ reachable: false, reason: 'NAT_NO_INBOUND', at: 'nat' });
      expect(result.forward.at(-1)).toMatchObject({ step: 'nat', decision: 'drop', box: 'nat' });
      expect(result.forward.at(-1)?.note).toContain('accepts no inbound connection');
    }
    expect(reasonText('NAT_NO_INBOUND')).toBe('a NAT gateway accepts no inbound connections');
  });

  it('a private NAT gateway accepts no connection from another network either', () => {
    const d = natted('private').add('external', 'office', { endpointType: 'partner', cidr: '198.51.100.0/24' }).build();
    expect(run(d, 'web', '10.0.0.50').verdict.reachable).toBe(false);
    expect(run(d, 'app', '10.0.0.50').verdict).toEqual({ reachable: false, reason: 'NAT_NO_INBOUND', at: 'nat' });
  });

  it('a private address sent through a public NAT gateway drops at the table that decided, and the note names that table and how the packet got there', () => {
    const result = run(natted('public').build(), 'app', '10.200.0.5');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'rt-pub' });
    const drop = result.forward.at(-1)!;
    expect(drop).toMatchObject({ resourceId: 'rt-pub', box: 'pub', matched: '0.0.0.0/0 → igw', decided: { kind: 'route', table: 'rt-pub', destination: '0.0.0.0/0', target: 'igw' } });
    expect(drop.note).toMatch(/^no route in rt-pub for the private address 10\.200\.0\.5 \(it came through nat, and rt-pub is the route table of nat's subnet pub\)/);
    expect(path(result)).toContain('route main-rtb-main forward');
  });

  it('a public NAT gateway without an Elastic IP cannot translate', () => {
    const d = withInternet()
      .add('nat-gateway', 'nat', { parent: 'pub', connectivity: 'public', elasticIps: [] })
      .routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'nat' })
      .add('instance', 'app', { parent: 'a' })
      .build();
    expect(run(d, 'app', 'partner').verdict).toEqual({ reachable: false, reason: 'NO_PUBLIC_IP', at: 'nat' });
  });
});

describe('IPv6 and the egress-only internet gateway (EIGW)', () => {
  function dualStack(target: 'eigw' | 'igw' | 'none') {
    const b = oneVpc()
      .update('main', { ipv6Cidrs: ['2406:da12:1:100::/56'] })
      .update('a', { ipv6Cidr: '2406:da12:1:101::/64' })
      .add('egress-only-internet-gateway', 'eigw', { parent: 'main' })
      .add('internet-gateway', 'igw', { parent: 'main' })
      .add('instance', 'app', { parent: 'a' });
    if (target !== 'none') b.routes('main-rtb-main', { destination: '::/0', target });
    return b.routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'eigw' }).build();
  }

  it('carries IPv6 out through the egress-only gateway, and its reply back in', () => {
    const result = run(dualStack('eigw'), 'app', '2001:db8::1');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.resourceId === 'eigw')?.note).toContain('egress-only');
  });

  it('checks IPv6 security-group and NACL rules apart from IPv4 ones', () => {
    const d = dualStack('eigw');
    const ipv4Only = {
      ...d,
      resources: [
        ...d.resources.map((r) => (r.id === 'app' ? { ...r, securityGroups: ['sg-v4'] } : r)),
        { id: 'sg-v4', kind: 'security-group' as const, name: 'sg-v4', parent: 'main', ingress: [], egress: [{ protocol: 'all' as const, fromPort: 0, toPort: 65535, peer: { kind: 'cidr' as const, cidr: '0.0.0.0/0' } }] },
      ],
    };
    const denied = run(ipv4Only, 'app', '2001:db8::1');
    expect(denied.verdict, show(denied)).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-v4' });
    expect(denied.forward.at(-1)?.note).toContain('no IPv6 egress rule');
    const open = (cidr: string) => ({ ruleNumber: 100, protocol: 'all' as const, fromPort: 0, toPort: 65535, cidr, action: 'allow' as const });
    const withAcl = {
      ...d,
      resources: [
        ...d.resources.map((r) => (r.id === 'a' ? { ...r, networkAcl: 'acl-v4' } : r)),
        { id: 'acl-v4', kind: 'network-acl' as const, name: 'acl-v4', parent: 'main', inbound: [open('0.0.0.0/0')], outbound: [open('0.0.0.0/0')] },
      ],
    };
    const blocked = run(withAcl, 'app', '2001:db8::1');
    expect(blocked.verdict, show(blocked)).toEqual({ reachable: false, reason: 'NACL_DENY', at: 'acl-v4' });
    expect(blocked.forward.at(-1)?.note).toContain('IPv6 entries are separate');
  });

  it('needs an IPv6 route: 0.0.0.0/0 does not cover IPv6 (RT-LPM), and IPv4 cannot use the EIGW', () => {
    expect(run(dualStack('none'), 'app', '2001:db8::1').verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'main-rtb-main' });
    expect(run(dualStack('eigw'), 'app', '1.1.1.1').verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'eigw' });
  });
});
