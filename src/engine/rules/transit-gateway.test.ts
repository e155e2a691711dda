import { describe, expect, it } from 'vitest';
import { errors, findingsOf, twoVpcs } from './network-test-helpers.ts';

/** vpc-a and vpc-b attached to `tgw` (attachments tgw-attach-1 and -2), routing to each other through it. */
const hub = () =>
  twoVpcs()
    .add('transit-gateway', 'tgw', { parent: 'acct-a', routeTables: [{ id: 'tgw-rt', name: 'shared', routes: [] }] })
    .connect('vpc-a', 'tgw')
    .connect('vpc-b', 'tgw')
    .routes('vpc-a-rtb-main', { destination: '10.1.0.0/16', target: 'tgw' })
    .routes('vpc-b-rtb-main', { destination: '10.0.0.0/16', target: 'tgw' });

describe('TGW-AZ', () => {
  it('refuses two attachment subnets in one AZ', () => {
    const subject = hub().subnet('a-3', 'vpc-a', '10.0.3.0/28', 'ap-northeast-2a').update('tgw-attach-1', { subnets: ['a-1', 'a-3'] }).build();
    expect(findingsOf(subject, 'TGW-AZ').find((f) => f.severity === 'error')?.message).toContain('both in ap-northeast-2a');
  });

  it('warns when an AZ routing to the transit gateway has no attachment subnet', () => {
    const subject = hub().update('tgw-attach-1', { subnets: ['a-1'] }).build();
    expect(findingsOf(subject, 'TGW-AZ').map((f) => [f.ruleId, f.resourceIds[0]])).toEqual([['TGW-AZ:missing-az', 'a-2']]);
  });

  it('stays quiet with one subnet per AZ', () => {
    expect(findingsOf(hub().build(), 'TGW-AZ')).toEqual([]);
  });
});

describe('TGW-RT', () => {
  it('warns about an attachment associated with no route table', () => {
    const subject = hub().update('tgw-attach-1', { routeTable: undefined }).build();
    expect(findingsOf(subject, 'TGW-RT').map((f) => f.ruleId)).toEqual(['TGW-RT:association']);
  });

  it('refuses a VPC route to a transit gateway the VPC is not attached to', () => {
    const subject = hub().vpc('vpc-c', 'acct-a', '10.2.0.0/16').routes('vpc-c-rtb-main', { destination: '10.0.0.0/8', target: 'tgw' }).build();
    expect(findingsOf(subject, 'TGW-RT')[0]?.message).toContain('is not attached to it');
  });

  it('warns about an attached VPC without routes to the transit gateway', () => {
    const subject = hub().update('vpc-b-rtb-main', { routes: [{ destination: '10.1.0.0/16', target: 'local' }] }).build();
    expect(findingsOf(subject, 'TGW-RT').map((f) => f.ruleId)).toEqual(['TGW-RT:no-routes']);
  });

  it('stays quiet for an associated, routed attachment', () => {
    expect(findingsOf(hub().build(), 'TGW-RT')).toEqual([]);
  });
});

describe('TGW-OVERLAP', () => {
  it('refuses identical VPC blocks propagated into one table', () => {
    const subject = twoVpcs('10.0.0.0/16', '10.0.0.0/16')
      .add('transit-gateway', 'tgw', { parent: 'acct-a', routeTables: [{ id: 'tgw-rt', name: 'shared', routes: [] }] })
      .connect('vpc-a', 'tgw')
      .connect('vpc-b', 'tgw')
      .build();
    const [found] = findingsOf(subject, 'TGW-OVERLAP');
    expect(found?.severity).toBe('error');
    expect(found?.message).toContain('the second identical CIDR is not propagated');
  });

  /** Both VPCs also carry 100.64.0.0/16 (pods); static routes in the shared table may reach each VPC's own block. */
  const sharedSecondary = (routes: { destination: string; attachment: string }[]) =>
    hub()
      .update('vpc-a', { cidrs: ['10.0.0.0/16', '100.64.0.0/16'] })
      .update('vpc-b', { cidrs: ['10.1.0.0/16', '100.64.0.0/16'] })
      .update('tgw', { routeTables: [{ id: 'tgw-rt', name: 'shared', routes }] })
      .build();

  it('warns, naming the VPC that lost the propagated route, when static routes still reach both VPCs', () => {
    const subject = sharedSecondary([
      { destination: '10.0.0.0/16', attachment: 'tgw-attach-1' },
      { destination: '10.1.0.0/16', attachment: 'tgw-attach-2' },
    ]);
    const found = findingsOf(subject, 'TGW-OVERLAP');
    expect(found.map((f) => [f.ruleId, f.severity, f.resourceIds[0]])).toEqual([['TGW-OVERLAP:static', 'warning', 'tgw-attach-2']]);
    expect(found[0]!.message).toContain('`vpc-b` lost its propagated route for 100.64.0.0/16, which leads to `vpc-a` only');
    expect(errors(subject)).toEqual([]);
  });

  it('still refuses it when nothing else in the table reaches the VPC that lost the route', () => {
    const subject = sharedSecondary([{ destination: '10.0.0.0/16', attachment: 'tgw-attach-1' }]);
    const [found] = findingsOf(subject, 'TGW-OVERLAP');
    expect(found).toMatchObject({ ruleId: 'TGW-OVERLAP', severity: 'error', resourceIds: ['tgw-attach-2', 'tgw-attach-1'] });
    expect(found!.message).toContain('`vpc-b` is unreachable through this table');
  });

  it('stays quiet for distinct blocks', () => {
    expect(findingsOf(hub().build(), 'TGW-OVERLAP')).toEqual([]);
  });
});

describe('TGW-APPLIANCE', () => {
  const inspection = (applianceMode: boolean) =>
    hub().add('instance', 'fw', { parent: 'b-1', role: 'appliance', sourceDestCheck: false }).update('tgw-attach-2', { applianceMode }).build();
  it('warns about an inspection VPC attached without appliance mode, and turns it on as a fix', () => {
    const [found] = findingsOf(inspection(false), 'TGW-APPLIANCE');
    expect(found?.resourceIds).toEqual(['tgw-attach-2', 'fw']);
    const applied = found!.fixes![0]!.apply(inspection(false));
    expect(applied.ok && findingsOf(applied.design, 'TGW-APPLIANCE')).toEqual([]);
    expect(applied.ok && errors(applied.design)).toEqual([]);
  });
  it('stays quiet with appliance mode on', () => {
    expect(findingsOf(inspection(true), 'TGW-APPLIANCE')).toEqual([]);
  });
});

describe('TGW-SGREF', () => {
  const referencing = (direction: 'ingress' | 'egress', enabled: boolean) =>
    hub()
      .update('tgw', { securityGroupReferencing: enabled })
      .update('tgw-attach-1', { securityGroupReferencing: enabled })
      .update('tgw-attach-2', { securityGroupReferencing: enabled })
      .add('security-group', 'sg-b', { parent: 'vpc-b', ingress: [], egress: [] })
      .add('security-group', 'sg-a', {
        parent: 'vpc-a',
        ingress: [],
        egress: [],
        [direction]: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'security-group', securityGroup: 'sg-b' } }],
      })
      .build();

  it('refuses an outbound reference across the transit gateway', () => {
    expect(findingsOf(referencing('egress', true), 'TGW-SGREF')[0]?.message).toContain('inbound rules only');
  });
  it('refuses an inbound reference when referencing is off', () => {
    expect(findingsOf(referencing('ingress', false), 'TGW-SGREF')[0]?.message).toContain('must be turned on');
  });
  it('accepts an inbound reference with referencing turned on everywhere', () => {
    expect(findingsOf(referencing('ingress', true), 'TGW-SGREF')).toEqual([]);
  });
});

describe('TGW-NACL', () => {
  it('warns about workloads in an attachment subnet', () => {
    expect(findingsOf(hub().add('instance', 'app', { parent: 'a-1' }).build(), 'TGW-NACL')[0]?.resourceIds).toEqual(['a-1', 'tgw-attach-1', 'app']);
  });
  it('stays quiet with dedicated attachment subnets', () => {
    expect(findingsOf(hub().build(), 'TGW-NACL')).toEqual([]);
  });
});

describe('TGW-EGRESS', () => {
  const egress = () =>
    hub()
      .routes('vpc-a-rtb-main', { destination: '0.0.0.0/0', target: 'tgw' })
      .add('internet-gateway', 'igw-b', { parent: 'vpc-b' })
      .add('route-table', 'rt-b-public', { parent: 'vpc-b', routes: [{ destination: '10.1.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw-b' }] })
      .subnet('b-pub', 'vpc-b', '10.1.100.0/24', 'ap-northeast-2a', { routeTable: 'rt-b-public' })
      .add('elastic-ip', 'eip', { parent: 'acct-b' })
      .add('nat-gateway', 'nat-b', { parent: 'b-pub', elasticIps: ['eip'] });

  it('warns when the transit gateway has no default route to the egress VPC', () => {
    expect(findingsOf(egress().build(), 'TGW-EGRESS')[0]?.message).toContain('no 0.0.0.0/0 route to an egress VPC');
  });

  it('warns when the egress VPC does not route the spoke back', () => {
    const subject = egress().update('tgw', { routeTables: [{ id: 'tgw-rt', name: 'shared', routes: [{ destination: '0.0.0.0/0', attachment: 'tgw-attach-2' }] }] }).build();
    expect(findingsOf(subject, 'TGW-EGRESS')[0]?.message).toContain('no route for 10.0.0.0/16 back');
  });

  /**
   * Inspection between VPCs only: spokes vpc-a and vpc-c send everything to the TGW, whose
   * spoke table sends 0.0.0.0/0 to inspection VPC vpc-b (a firewall, no NAT, no IGW); vpc-b
   * sends it back to the TGW, whose inspection table holds the spokes' propagated blocks.
   */
  const inspectionOnly = () =>
    hub()
      .vpc('vpc-c', 'acct-a', '10.2.0.0/16', { name: 'vpc-c' })
      .subnet('c-1', 'vpc-c', '10.2.1.0/24', 'ap-northeast-2a')
      .connect('vpc-c', 'tgw')
      .routes('vpc-a-rtb-main', { destination: '0.0.0.0/0', target: 'tgw' })
      .routes('vpc-c-rtb-main', { destination: '0.0.0.0/0', target: 'tgw' })
      .add('instance', 'fw', { parent: 'b-1', role: 'appliance', sourceDestCheck: false })
      .routes('vpc-b-rtb-main', { destination: '0.0.0.0/0', target: 'tgw' })
      .update('tgw', {
        routeTables: [
          { id: 'tgw-rt', name: 'spokes', routes: [{ destination: '0.0.0.0/0', attachment: 'tgw-attach-2' }] },
          { id: 'tgw-rt-inspect', name: 'inspection', routes: [] },
        ],
      })
      .update('tgw-attach-1', { routeTable: 'tgw-rt', propagations: ['tgw-rt-inspect'] })
      .update('tgw-attach-3', { routeTable: 'tgw-rt', propagations: ['tgw-rt-inspect'] })
      .update('tgw-attach-2', { routeTable: 'tgw-rt-inspect', propagations: [], applianceMode: true });

  it('stays quiet for inspection between VPCs with no egress anywhere', () => {
    expect(findingsOf(inspectionOnly().build(), 'TGW-EGRESS')).toEqual([]);
  });

  it('still warns when the inspection VPC forwards to an egress VPC that does not route the spokes back', () => {
    const subject = inspectionOnly()
      .vpc('vpc-e', 'acct-a', '10.9.0.0/16', { name: 'egress' })
      .subnet('e-pub', 'vpc-e', '10.9.0.0/24', 'ap-northeast-2a')
      .add('internet-gateway', 'igw-e', { parent: 'vpc-e' })
      .add('elastic-ip', 'eip-e', { parent: 'acct-a' })
      .add('nat-gateway', 'nat-e', { parent: 'e-pub', elasticIps: ['eip-e'] })
      .routes('vpc-e-rtb-main', { destination: '0.0.0.0/0', target: 'igw-e' })
      .connect('vpc-e', 'tgw')
      .update('tgw-attach-4', { routeTable: 'tgw-rt-inspect', propagations: [] })
      .update('tgw', {
        routeTables: [
          { id: 'tgw-rt', name: 'spokes', routes: [{ destination: '0.0.0.0/0', attachment: 'tgw-attach-2' }] },
          { id: 'tgw-rt-inspect', name: 'inspection', routes: [{ destination: '0.0.0.0/0', attachment: 'tgw-attach-4' }] },
        ],
      })
      .build();
    const found = findingsOf(subject, 'TGW-EGRESS');
    // The inspection VPC's own 0.0.0.0/0 to the TGW is egress too.
    expect(found.map((f) => f.resourceIds)).toEqual([['tgw-attach-1', 'tgw-attach-4'], ['tgw-attach-2', 'tgw-attach-4'], ['tgw-attach-3', 'tgw-attach-4']]);
    expect(found[0]!.message).toContain('the NAT gateway subnets of `egress` have no route for 10.0.0.0/16 back');
  });

  it('stays quiet when the path is complete both ways', () => {
    const subject = egress()
      .update('tgw', { routeTables: [{ id: 'tgw-rt', name: 'shared', routes: [{ destination: '0.0.0.0/0', attachment: 'tgw-attach-2' }] }] })
      .routes('rt-b-public', { destination: '10.0.0.0/8', target: 'tgw' })
      .build();
    expect(findingsOf(subject, 'TGW-EGRESS')).toEqual([]);
  });
});
