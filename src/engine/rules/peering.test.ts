import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { errors, findingsOf, twoVpcs } from './network-test-helpers.ts';

const routed = () => twoVpcs().connect('vpc-a', 'vpc-b').routes('vpc-a-rtb-main', { destination: '10.1.0.0/16', target: 'pcx-1' });

describe('PEER-OVERLAP', () => {
  it('refuses a peering between two 10.0.0.0/16 VPCs and re-addresses one as a fix', () => {
    const subject = twoVpcs('10.0.0.0/16', '10.0.0.0/16').connect('vpc-a', 'vpc-b').build();
    const [found] = findingsOf(subject, 'PEER-OVERLAP');
    expect(found?.severity).toBe('error');
    expect(found?.message).toContain('`vpc-a` (10.0.0.0/16) and `vpc-b` (10.0.0.0/16) overlap');
    const fix = found!.fixes![0]!;
    const applied = fix.apply(subject);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(findingsOf(applied.design, 'PEER-OVERLAP')).toEqual([]);
    expect(errors(applied.design)).toEqual([]);
    const vpc = applied.design.resources.find((r) => r.id === 'vpc-b');
    expect(vpc?.kind === 'vpc' && vpc.cidrs[0]).not.toBe('10.0.0.0/16');
  });

  it('refuses overlap through a secondary block too', () => {
    const subject = twoVpcs().update('vpc-b', { cidrs: ['10.1.0.0/16', '10.0.128.0/17'] }).connect('vpc-a', 'vpc-b').build();
    expect(findingsOf(subject, 'PEER-OVERLAP')).toHaveLength(1);
  });

  it('refuses a second peering of the same pair', () => {
    const subject = twoVpcs().connect('vpc-a', 'vpc-b').add('vpc-peering', 'pcx-2', { requesterVpc: 'vpc-b', accepterVpc: 'vpc-a' }).build();
    expect(findingsOf(subject, 'PEER-OVERLAP').map((f) => f.ruleId)).toEqual(['PEER-OVERLAP:duplicate']);
  });

  it('stays quiet for distinct blocks', () => {
    expect(findingsOf(twoVpcs().connect('vpc-a', 'vpc-b').build(), 'PEER-OVERLAP')).toEqual([]);
  });
});

describe('PEER-ROUTES', () => {
  it('warns on a peering without routes and adds them on both sides as a fix', () => {
    const subject = twoVpcs().connect('vpc-a', 'vpc-b').build();
    const [found] = findingsOf(subject, 'PEER-ROUTES');
    expect(found?.severity).toBe('warning');
    expect(found?.message).toContain('no routes on either side');
    const applied = found!.fixes![0]!.apply(subject);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(findingsOf(applied.design, 'PEER-ROUTES')).toEqual([]);
    expect(errors(applied.design)).toEqual([]);
    const main = applied.design.resources.find((r) => r.id === 'vpc-b-rtb-main');
    expect(main?.kind === 'route-table' && main.routes).toContainEqual({ destination: '10.0.0.0/16', target: 'pcx-1' });
  });

  it('warns on a one-sided peering, naming the side without the route', () => {
    const [found] = findingsOf(routed().build(), 'PEER-ROUTES');
    expect(found?.message).toContain('`vpc-b` has no route for `vpc-a`');
    expect(found?.resourceIds).toEqual(['pcx-1', 'vpc-b']);
  });

  it('stays quiet when both sides route a subset of the other', () => {
    const subject = routed().routes('vpc-b-rtb-main', { destination: '10.0.1.0/24', target: 'pcx-1' }).build();
    expect(findingsOf(subject, 'PEER-ROUTES')).toEqual([]);
  });
});

describe('PEER-NO-TRANSIT', () => {
  const triangle = () =>
    twoVpcs()
      .vpc('vpc-c', 'acct-b', '10.2.0.0/16', { name: 'vpc-c' })
      .connect('vpc-a', 'vpc-b')
      .connect('vpc-b', 'vpc-c');

  it('warns when A routes C’s block through its peering with B', () => {
    const subject = triangle().routes('vpc-a-rtb-main', { destination: '10.2.0.0/16', target: 'pcx-1' }).build();
    const [found] = findingsOf(subject, 'PEER-NO-TRANSIT');
    expect(found?.message).toContain('that range is `vpc-c`, not `vpc-b`');
    expect(found?.resourceIds).toContain('vpc-c');
  });

  it('stays quiet when a summary route is overridden by a more specific route elsewhere', () => {
    const subject = triangle()
      .add('vpc-peering', 'pcx-ac', { requesterVpc: 'vpc-a', accepterVpc: 'vpc-c' })
      .routes('vpc-a-rtb-main', { destination: '10.0.0.0/8', target: 'pcx-1' }, { destination: '10.2.0.0/16', target: 'pcx-ac' })
      .build();
    expect(findingsOf(subject, 'PEER-NO-TRANSIT')).toEqual([]);
  });
});

describe('PEER-NO-EDGE', () => {
  it('warns on 0.0.0.0/0 to a peering, naming the peer’s NAT gateway', () => {
    const subject = routed()
      .add('internet-gateway', 'igw-b', { parent: 'vpc-b' })
      .add('elastic-ip', 'eip-1', { parent: 'acct-b' })
      .add('nat-gateway', 'nat-b', { parent: 'b-1', elasticIps: ['eip-1'] })
      .routes('vpc-a-rtb-main', { destination: '0.0.0.0/0', target: 'pcx-1' })
      .build();
    const [found] = findingsOf(subject, 'PEER-NO-EDGE');
    expect(found?.severity).toBe('warning');
    expect(found?.message).toContain('`nat-b`');
  });

  it('stays quiet when only the peer’s block goes to the peering', () => {
    expect(findingsOf(routed().build(), 'PEER-NO-EDGE')).toEqual([]);
  });
});

describe('PEER-URPF', () => {
  it('warns when a VPC is peered with two overlapping VPCs', () => {
    const subject = twoVpcs()
      .vpc('vpc-c', 'acct-b', '10.1.0.0/16', { name: 'vpc-c' })
      .connect('vpc-a', 'vpc-b')
      .connect('vpc-a', 'vpc-c')
      .build();
    expect(findingsOf(subject, 'PEER-URPF')[0]?.resourceIds).toEqual(['vpc-a', 'vpc-b', 'vpc-c']);
  });

  it('stays quiet when the peers do not overlap', () => {
    const subject = twoVpcs().vpc('vpc-c', 'acct-b', '10.2.0.0/16').connect('vpc-a', 'vpc-b').connect('vpc-a', 'vpc-c').build();
    expect(findingsOf(subject, 'PEER-URPF')).toEqual([]);
  });
});

describe('PEER-SG-REF and PEER-XREGION', () => {
  const referencing = (region: string, status: 'active' | 'pending-acceptance' = 'active') =>
    design()
      .account('acct-a')
      .vpc('vpc-a', 'acct-a', '10.0.0.0/16')
      .vpc('vpc-b', 'acct-a', '10.1.0.0/16', { region })
      .add('security-group', 'sg-b', { parent: 'vpc-b', ingress: [], egress: [] })
      .add('security-group', 'sg-a', {
        parent: 'vpc-a',
        ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'security-group', securityGroup: 'sg-b' } }],
      })
      .add('vpc-peering', 'pcx-1', { requesterVpc: 'vpc-a', accepterVpc: 'vpc-b', status })
      .build();

  it('refuses a group reference across an inter-Region peering and notes the MTU', () => {
    const subject = referencing('ap-northeast-1');
    expect(findingsOf(subject, 'PEER-SG-REF')[0]?.message).toContain('inter-Region (ap-northeast-2 ↔ ap-northeast-1)');
    expect(findingsOf(subject, 'PEER-XREGION')[0]?.message).toContain('MTU of 1500');
  });

  it('refuses a group reference across a pending peering', () => {
    expect(findingsOf(referencing('ap-northeast-2', 'pending-acceptance'), 'PEER-SG-REF')[0]?.message).toContain('not active yet');
  });

  it('stays quiet for an active same-Region peering', () => {
    const subject = referencing('ap-northeast-2');
    expect(findingsOf(subject, 'PEER-SG-REF')).toEqual([]);
    expect(findingsOf(subject, 'PEER-XREGION')).toEqual([]);
  });
});
