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

  it('stays quiet when the path is complete both ways', () => {
    const subject = egress()
      .update('tgw', { routeTables: [{ id: 'tgw-rt', name: 'shared', routes: [{ destination: '0.0.0.0/0', attachment: 'tgw-attach-2' }] }] })
      .routes('rt-b-public', { destination: '10.0.0.0/8', target: 'tgw' })
      .build();
    expect(findingsOf(subject, 'TGW-EGRESS')).toEqual([]);
  });
});
