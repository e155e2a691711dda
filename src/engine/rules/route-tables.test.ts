import { describe, expect, it } from 'vitest';
import { errors, findingsOf, edgeVpc, twoVpcs } from './network-test-helpers.ts';

const local = { destination: '10.0.0.0/16', target: 'local' };

describe('RT-ASSOC', () => {
  it('notes a subnet that implicitly uses a main table routing to the internet', () => {
    const subject = edgeVpc().routes('vpc-rtb-main', { destination: '0.0.0.0/0', target: 'igw' }).build();
    expect(findingsOf(subject, 'RT-ASSOC').map((f) => f.resourceIds[0])).toEqual(['priv-a', 'priv-c']);
  });

  it('notes an association with another VPC’s table', () => {
    const subject = twoVpcs().update('a-1', { routeTable: 'vpc-b-rtb-main' }).build();
    expect(findingsOf(subject, 'RT-ASSOC').map((f) => f.ruleId)).toEqual(['RT-ASSOC:other-vpc']);
  });

  it('stays quiet when the main table is private', () => {
    expect(findingsOf(edgeVpc().build(), 'RT-ASSOC')).toEqual([]);
  });
});

describe('RT-LOCAL', () => {
  it('refuses a table without its local route', () => {
    const subject = edgeVpc().update('rt-public', { routes: [{ destination: '0.0.0.0/0', target: 'igw' }] }).build();
    expect(findingsOf(subject, 'RT-LOCAL')[0]?.message).toContain('no local route for 10.0.0.0/16');
  });

  it('refuses a more specific route than local to an internet gateway', () => {
    const subject = edgeVpc().routes('rt-public', { destination: '10.0.1.0/24', target: 'igw' }).build();
    expect(findingsOf(subject, 'RT-LOCAL')[0]?.message).toContain('more specific than the local route');
  });

  it('allows a whole-subnet route to a middlebox instance', () => {
    const subject = edgeVpc()
      .add('instance', 'fw', { parent: 'pub-a', role: 'appliance', sourceDestCheck: false })
      .routes('rt-public', { destination: '10.0.1.0/24', target: 'fw' })
      .build();
    expect(findingsOf(subject, 'RT-LOCAL')).toEqual([]);
  });
});

describe('RT-PRIO', () => {
  it('warns on the same destination routed twice', () => {
    const subject = edgeVpc().routes('rt-public', { destination: '0.0.0.0/0', target: 'igw', origin: 'propagated' } as never).build();
    expect(findingsOf(subject, 'RT-PRIO')[0]?.message).toContain('static route wins');
  });

  it('stays quiet with distinct destinations', () => {
    expect(findingsOf(edgeVpc().build(), 'RT-PRIO')).toEqual([]);
  });
});

describe('RT-BLACKHOLE and RT-TARGET', () => {
  it('warns on a route to a target that no longer exists', () => {
    const subject = edgeVpc()
      .add('elastic-ip', 'eip', { parent: 'acct-net' })
      .add('nat-gateway', 'nat', { parent: 'pub-a', elasticIps: ['eip'] })
      .routes('vpc-rtb-main', { destination: '0.0.0.0/0', target: 'nat' })
      .remove('nat')
      .build();
    const [found] = findingsOf(subject, 'RT-BLACKHOLE');
    expect(found?.message).toContain('points to nat, which does not exist');
    const applied = found!.fixes![0]!.apply(subject);
    expect(applied.ok && findingsOf(applied.design, 'RT-BLACKHOLE')).toEqual([]);
    expect(applied.ok && errors(applied.design)).toEqual([]);
  });

  it('warns on a route to a pending peering', () => {
    const subject = twoVpcs()
      .add('vpc-peering', 'pcx', { requesterVpc: 'vpc-a', accepterVpc: 'vpc-b', status: 'pending-acceptance' })
      .routes('vpc-a-rtb-main', { destination: '10.1.0.0/16', target: 'pcx' })
      .build();
    expect(findingsOf(subject, 'RT-BLACKHOLE')[0]?.message).toContain('pending acceptance');
  });

  it('refuses a route to another VPC’s internet gateway', () => {
    const subject = twoVpcs()
      .add('internet-gateway', 'igw-b', { parent: 'vpc-b' })
      .routes('vpc-a-rtb-main', { destination: '0.0.0.0/0', target: 'igw-b' })
      .build();
    expect(findingsOf(subject, 'RT-TARGET')[0]?.message).toContain('is in another VPC, `vpc-b`');
  });

  it('stays quiet for live targets of the same VPC', () => {
    const subject = edgeVpc().build();
    expect(findingsOf(subject, 'RT-BLACKHOLE')).toEqual([]);
    expect(findingsOf(subject, 'RT-TARGET')).toEqual([]);
  });
});

describe('RT-RESERVED', () => {
  it('refuses a route into 169.254.168.0/22', () => {
    const subject = edgeVpc().routes('rt-public', { destination: '169.254.169.0/24', target: 'igw' }).build();
    expect(findingsOf(subject, 'RT-RESERVED')).toHaveLength(1);
  });

  it('accepts a default route that merely contains it', () => {
    expect(findingsOf(edgeVpc().build(), 'RT-RESERVED')).toEqual([]);
  });
});

describe('RT-GATEWAY', () => {
  const ingress = (routes: object[]) =>
    edgeVpc()
      .add('instance', 'fw', { parent: 'pub-a', role: 'appliance', sourceDestCheck: false })
      .add('route-table', 'rt-edge', { parent: 'vpc', edgeAssociation: 'igw', routes: [local, ...routes] });

  it('refuses a default route in a gateway route table', () => {
    const [found] = findingsOf(ingress([{ destination: '0.0.0.0/0', target: 'igw' }]).build(), 'RT-GATEWAY');
    expect(found?.message).toContain('is not local, a network interface or a Gateway Load Balancer endpoint');
    expect(found?.message).toContain('is neither `main`');
  });

  it('accepts a subnet route to an appliance', () => {
    expect(findingsOf(ingress([{ destination: '10.0.1.0/24', target: 'fw' }]).build(), 'RT-GATEWAY')).toEqual([]);
  });
});

describe('RT-L2', () => {
  it('warns when a subnet’s own block is routed to a middlebox in its own table', () => {
    const subject = edgeVpc()
      .add('instance', 'fw', { parent: 'pub-a', role: 'appliance' })
      .routes('vpc-rtb-main', { destination: '10.0.1.0/24', target: 'fw' })
      .build();
    expect(findingsOf(subject, 'RT-L2').map((f) => f.resourceIds[0])).toEqual(['priv-a']);
  });

  it('stays quiet without such a route', () => {
    expect(findingsOf(edgeVpc().build(), 'RT-L2')).toEqual([]);
  });
});

describe('RT-PUBLIC', () => {
  it('notes a subnet named public without a route to the internet gateway', () => {
    const subject = edgeVpc().subnet('public-b', 'vpc', '10.0.3.0/24', 'ap-northeast-2b', { name: 'public b' }).build();
    expect(findingsOf(subject, 'RT-PUBLIC').map((f) => f.resourceIds[0])).toEqual(['public-b']);
  });

  it('stays quiet when names and routes agree', () => {
    expect(findingsOf(edgeVpc().build(), 'RT-PUBLIC')).toEqual([]);
  });
});
