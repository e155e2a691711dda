import { describe, expect, it } from 'vitest';
import { AZ_A, AZ_C, allow, allowGroup, group, oneVpc, path, run, show } from './testing.ts';

interface Options {
  mainSubnets?: string[];
  routes?: { destination: string; attachment?: string; blackhole?: boolean }[];
  referencing?: boolean;
  svcIngress?: Parameters<typeof group>[3];
}

/** main (a, c) and spoke (s1 in 2a, s2 in 2c) attached to tgw, propagating into one table. */
function hub({ mainSubnets = ['a', 'c'], routes = [], referencing = false, svcIngress = [allow('10.0.0.0/16', 443)] }: Options = {}) {
  const b = oneVpc()
    .vpc('spoke', 'net', '10.1.0.0/16')
    .subnet('s1', 'spoke', '10.1.1.0/24', AZ_A)
    .subnet('s2', 'spoke', '10.1.2.0/24', AZ_C)
    .add('transit-gateway', 'tgw', { parent: 'net', routeTables: [{ id: 'tgw-rt', name: 'shared', routes }], securityGroupReferencing: referencing })
    .add('tgw-attachment', 'att-main', { transitGateway: 'tgw', vpc: 'main', subnets: mainSubnets, routeTable: 'tgw-rt', propagations: ['tgw-rt'] })
    .add('tgw-attachment', 'att-spoke', { transitGateway: 'tgw', vpc: 'spoke', subnets: ['s1', 's2'], routeTable: 'tgw-rt', propagations: ['tgw-rt'] })
    .routes('main-rtb-main', { destination: '10.1.0.0/16', target: 'tgw' })
    .routes('spoke-rtb-main', { destination: '10.0.0.0/16', target: 'tgw' })
    .add('instance', 'app', { parent: 'a', securityGroups: ['sg-app'] })
    .add('instance', 'svc', { parent: 's1', securityGroups: ['sg-svc'] });
  group(b, 'sg-app', 'main', []);
  return group(b, 'sg-svc', 'spoke', svcIngress).build();
}

describe('transit gateway', () => {
  it('routes between attached VPCs by propagated routes', () => {
    const result = run(hub(), 'app', 'svc');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toEqual(expect.arrayContaining(['tgw-attachment att-main forward', 'tgw-route tgw forward']));
    expect(result.forward.find((h) => h.step === 'tgw-route')?.matched).toBe('tgw-rt: 10.1.0.0/16 → att-spoke (propagated)');
  });

  it("drops traffic from an AZ the attachment has no subnet in (TGW-AZ)", () => {
    const result = run(hub({ mainSubnets: ['c'] }), 'app', 'svc');
    expect(result.verdict).toEqual({ reachable: false, reason: 'TGW_NO_AZ', at: 'att-main' });
    expect(result.forward.at(-1)?.note).toContain(AZ_A);
  });

  it('a static blackhole beats the propagated route for the same prefix (TGW-PRIO)', () => {
    const result = run(hub({ routes: [{ destination: '10.1.0.0/16', blackhole: true }] }), 'app', 'svc');
    expect(result.verdict).toEqual({ reachable: false, reason: 'BLACKHOLE', at: 'tgw' });
  });

  it('a longer static route wins over the propagated VPC CIDR', () => {
    const result = run(hub({ routes: [{ destination: '10.1.1.0/24', attachment: 'att-spoke' }] }), 'app', 'svc');
    expect(result.verdict).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'tgw-route')?.matched).toBe('tgw-rt: 10.1.1.0/24 → att-spoke (static)');
  });

  it('matches a referenced group across the transit gateway only with referencing on (TGW-SGREF)', () => {
    expect(run(hub({ referencing: true, svcIngress: [allowGroup('sg-app', 443)] }), 'app', 'svc').verdict).toEqual({ reachable: true });
    expect(run(hub({ referencing: false, svcIngress: [allowGroup('sg-app', 443)] }), 'app', 'svc').verdict).toEqual({
      reachable: false,
      reason: 'SG_DENY',
      at: 'sg-svc',
    });
  });
});

/** Inspection: spokes route via the TGW to an inspection VPC with a firewall per AZ. */
function inspection(applianceMode: boolean) {
  return oneVpc()
    .vpc('spoke', 'net', '10.1.0.0/16')
    .subnet('s2', 'spoke', '10.1.2.0/24', AZ_C)
    .vpc('insp', 'net', '10.9.0.0/16')
    .subnet('ia', 'insp', '10.9.1.0/24', AZ_A)
    .subnet('ic', 'insp', '10.9.2.0/24', AZ_C)
    .subnet('fa', 'insp', '10.9.11.0/24', AZ_A)
    .subnet('fc', 'insp', '10.9.12.0/24', AZ_C)
    .add('instance', 'fw-a', { parent: 'fa', sourceDestCheck: false })
    .add('instance', 'fw-c', { parent: 'fc', sourceDestCheck: false })
    .update('insp-sg-default', { ingress: [allow('0.0.0.0/0')] })
    // Attachment subnets send spoke traffic to their AZ's firewall; firewalls send it back to the TGW.
    .add('route-table', 'rt-ia', { parent: 'insp', routes: [{ destination: '10.9.0.0/16', target: 'local' }, { destination: '10.0.0.0/8', target: 'fw-a' }] })
    .add('route-table', 'rt-ic', { parent: 'insp', routes: [{ destination: '10.9.0.0/16', target: 'local' }, { destination: '10.0.0.0/8', target: 'fw-c' }] })
    .update('ia', { routeTable: 'rt-ia' })
    .update('ic', { routeTable: 'rt-ic' })
    .routes('insp-rtb-main', { destination: '10.0.0.0/8', target: 'tgw' })
    .add('transit-gateway', 'tgw', {
      parent: 'net',
      routeTables: [
        { id: 'rt-spokes', name: 'spokes', routes: [{ destination: '0.0.0.0/0', attachment: 'att-insp' }] },
        { id: 'rt-insp', name: 'inspection', routes: [] },
      ],
    })
    .add('tgw-attachment', 'att-main', { transitGateway: 'tgw', vpc: 'main', subnets: ['a', 'c'], routeTable: 'rt-spokes', propagations: ['rt-insp'] })
    .add('tgw-attachment', 'att-spoke', { transitGateway: 'tgw', vpc: 'spoke', subnets: ['s2'], routeTable: 'rt-spokes', propagations: ['rt-insp'] })
    .add('tgw-attachment', 'att-insp', { transitGateway: 'tgw', vpc: 'insp', subnets: ['ia', 'ic'], routeTable: 'rt-insp', applianceMode })
    .routes('main-rtb-main', { destination: '10.1.0.0/16', target: 'tgw' })
    .routes('spoke-rtb-main', { destination: '10.0.0.0/16', target: 'tgw' })
    .add('instance', 'app', { parent: 'a' })
    .add('instance', 'svc', { parent: 's2' })
    .update('spoke-sg-default', { ingress: [allow('10.0.0.0/16')] })
    .build();
}

describe('stateful appliances behind a transit gateway', () => {
  it('without appliance mode the reply comes back through the other AZ and is dropped (TGW-APPLIANCE)', () => {
    const result = run(inspection(false), 'app', 'svc');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'fw-c' });
    expect(path(result)).toContain('middlebox fw-a forward');
  });

  it('with appliance mode the flow keeps one appliance both ways', () => {
    const result = run(inspection(true), 'app', 'svc');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result, 'reply')).toContain('reply-middlebox fw-a forward');
  });
});
