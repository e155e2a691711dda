import { describe, expect, it } from 'vitest';
import { AZ_A, allow, allowGroup, group, oneVpc, path, run, show } from './testing.ts';

/** A (main 10.0.0.0/16) ↔ B (10.1.0.0/16) peered; `app` in A, `svc` in B behind sg-svc. */
function pair({ routeA = true, routeB = true, bIngress = [allow('10.0.0.0/16', 443)] } = {}) {
  let b = oneVpc()
    .vpc('b', 'net', '10.1.0.0/16')
    .subnet('b1', 'b', '10.1.1.0/24', AZ_A)
    .add('vpc-peering', 'pcx-ab', { requesterVpc: 'main', accepterVpc: 'b' })
    .add('instance', 'app', { parent: 'a' })
    .add('instance', 'svc', { parent: 'b1', securityGroups: ['sg-svc'] });
  b = group(b, 'sg-svc', 'b', bIngress);
  if (routeA) b.routes('main-rtb-main', { destination: '10.1.0.0/16', target: 'pcx-ab' });
  if (routeB) b.routes('b-rtb-main', { destination: '10.0.0.0/16', target: 'pcx-ab' });
  return b;
}

describe('VPC peering', () => {
  it('reaches the peer when both sides route and the group allows the CIDR', () => {
    const result = run(pair().build(), 'app', 'svc');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toContain('peering pcx-ab forward');
    expect(path(result, 'reply')).toContain('reply-peering pcx-ab forward');
  });

  it('fails on the reply when only the requester routes (PEER-ROUTES)', () => {
    const result = run(pair({ routeB: false }).build(), 'app', 'svc');
    expect(result.verdict).toEqual({ reachable: false, reason: 'REPLY_NO_ROUTE', at: 'b-rtb-main' });
    expect(result.reply.at(-1)?.step).toBe('reply-route');
  });

  it('does not carry traffic across two peerings (PEER-NO-TRANSIT)', () => {
    const d = pair()
      .vpc('vc', 'net', '10.2.0.0/16')
      .subnet('c1', 'vc', '10.2.1.0/24', AZ_A)
      .add('vpc-peering', 'pcx-bc', { requesterVpc: 'b', accepterVpc: 'vc' })
      .add('instance', 'far', { parent: 'c1' })
      .routes('main-rtb-main', { destination: '10.2.0.0/16', target: 'pcx-ab' })
      .routes('b-rtb-main', { destination: '10.2.0.0/16', target: 'pcx-bc' })
      .routes('vc-rtb-main', { destination: '10.0.0.0/16', target: 'pcx-bc' })
      .update('vc-sg-default', { ingress: [allow('10.0.0.0/8')] })
      .build();
    const result = run(d, 'app', 'far');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'PEERING_TRANSIT', at: 'pcx-ab' });
  });

  it("does not let a peer use the other VPC's NAT gateway (PEER-NO-EDGE)", () => {
    const d = pair()
      .subnet('pub', 'main', '10.0.0.0/24', AZ_A)
      .add('internet-gateway', 'igw', { parent: 'main' })
      .add('elastic-ip', 'eip-nat', { parent: 'net', address: '52.79.1.1' })
      .add('nat-gateway', 'nat', { parent: 'pub', connectivity: 'public', elasticIps: ['eip-nat'] })
      .add('route-table', 'rt-pub', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
      .update('pub', { routeTable: 'rt-pub' })
      .routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'nat' })
      .routes('b-rtb-main', { destination: '0.0.0.0/0', target: 'pcx-ab' })
      .build();
    // From A itself the NAT works.
    expect(run(d, 'app', '1.1.1.1').verdict).toEqual({ reachable: true });
    const result = run(d, 'svc', '1.1.1.1');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'PEERING_EDGE', at: 'pcx-ab' });
    expect(result.forward.at(-1)?.note).toContain('PEER-NO-EDGE');
  });

  it('matches a peer security group only across a same-Region peering (PEER-SG-REF)', () => {
    const sameRegion = group(pair({ bIngress: [allowGroup('sg-app', 443)] }).update('app', { securityGroups: ['sg-app'] }), 'sg-app', 'main', []).build();
    expect(run(sameRegion, 'app', 'svc').verdict).toEqual({ reachable: true });
    const otherRegion = group(
      pair({ bIngress: [allowGroup('sg-app', 443)] })
        .update('app', { securityGroups: ['sg-app'] })
        .update('b', { region: 'us-east-1' })
        .update('b1', { availabilityZone: 'us-east-1a' }),
      'sg-app',
      'main',
      [],
    ).build();
    const result = run(otherRegion, 'app', 'svc');
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-svc' });
  });
});
