import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { applyFix, findingsOf } from './service-testing.ts';

const allOut = [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }];
const fromGroup = (securityGroup: string) => [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'security-group', securityGroup } }];

function twoVpcs() {
  return design()
    .account('a')
    .vpc('v1', 'a', '10.0.0.0/16')
    .subnet('s1', 'v1', '10.0.1.0/24', 'ap-northeast-2a')
    .vpc('v2', 'a', '10.1.0.0/16')
    .subnet('s2', 'v2', '10.1.1.0/24', 'ap-northeast-2a')
    .add('security-group', 'app', { parent: 'v2', ingress: [], egress: allOut })
    .add('security-group', 'db', { parent: 'v1', ingress: fromGroup('app'), egress: allOut });
}

describe('SG-REF', () => {
  it('refuses a reference to a group of an unconnected VPC; the fix uses that VPC\u2019s CIDRs', () => {
    const d = twoVpcs().build();
    const [error, ...rest] = findingsOf(d, 'SG-REF');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ ruleId: 'SG-REF:rule', severity: 'error', resourceIds: ['db', 'app'] });
    const fixed = applyFix(d, error!, 'use-cidrs');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    expect(indexDesign(fixed.design).getOf('db', 'security-group')!.ingress[0]!.peer).toEqual({ kind: 'cidr', cidr: '10.1.0.0/16' });
  });
  it('refuses an instance that uses a group of another VPC', () => {
    const d = twoVpcs().add('instance', 'i', { parent: 's1', securityGroups: ['app'] }).build();
    expect(findingsOf(d, 'SG-REF').map((f) => f.ruleId).sort()).toEqual(['SG-REF:attachment', 'SG-REF:rule']);
  });
  it('is quiet within one VPC, and across a peering or a transit gateway (their own rules judge those)', () => {
    const same = twoVpcs().add('security-group', 'app-1', { parent: 'v1', ingress: [], egress: allOut }).update('db', { ingress: fromGroup('app-1') }).build();
    expect(findingsOf(same, 'SG-REF')).toEqual([]);
    expect(findingsOf(twoVpcs().connect('v1', 'v2').build(), 'SG-REF')).toEqual([]);
    const tgw = twoVpcs().add('transit-gateway', 'tgw', { parent: 'a' }).connect('v1', 'tgw').connect('v2', 'tgw').build();
    expect(findingsOf(tgw, 'SG-REF')).toEqual([]);
  });
});

const tcp = (ruleNumber: number, fromPort: number, toPort: number, cidr: string, action = 'allow') => ({ ruleNumber, protocol: 'tcp', fromPort, toPort, cidr, action });

/** A private subnet behind a NAT gateway, with a hand-written NACL that forgets the return ports. */
function natted(inbound: unknown[], outbound: unknown[]) {
  return design()
    .account('a')
    .vpc('v', 'a', '10.0.0.0/16')
    .add('internet-gateway', 'igw', { parent: 'v' })
    .add('route-table', 'rt-pub', { parent: 'v', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
    .subnet('pub', 'v', '10.0.0.0/24', 'ap-northeast-2a', { routeTable: 'rt-pub' })
    .add('elastic-ip', 'eip', { parent: 'a' })
    .add('nat-gateway', 'nat', { parent: 'pub', elasticIps: ['eip'] })
    .add('route-table', 'rt-app', { parent: 'v', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nat' }] })
    .add('network-acl', 'acl-app', { parent: 'v', inbound, outbound })
    .subnet('app', 'v', '10.0.1.0/24', 'ap-northeast-2a', { routeTable: 'rt-app', networkAcl: 'acl-app' })
    .add('instance', 'web', { parent: 'app', port: 8080 });
}

describe('NACL-EPHEM', () => {
  it('warns when the NACL drops replies to the instance\u2019s outbound calls; the fix adds the return ports', () => {
    const d = natted([tcp(100, 8080, 8080, '10.0.0.0/16')], [tcp(100, 0, 65535, '0.0.0.0/0')]).build();
    const [warning, ...rest] = findingsOf(d, 'NACL-EPHEM');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', resourceIds: ['app', 'acl-app', 'web'] });
    expect(warning!.message).toContain('inbound TCP 32768–61000 from 0.0.0.0/0');
    const fixed = applyFix(d, warning!, 'allow-ephemeral');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });
  it('warns when a deny rule drops replies to clients, naming the rule', () => {
    const d = natted([tcp(100, 0, 65535, '0.0.0.0/0')], [tcp(50, 1024, 65535, '10.0.0.0/8', 'deny'), tcp(100, 0, 65535, '0.0.0.0/0')]).build();
    const [warning] = findingsOf(d, 'NACL-EPHEM');
    expect(warning!.message).toContain('rule 50 denies it');
    expect(warning!.message).toContain('outbound TCP 32768–61000 to 10.0.0.0/16');
    const fixed = applyFix(d, warning!, 'allow-ephemeral');
    expect(fixed.remaining).toEqual([]);
  });
  it("warns when the NAT gateway's subnet cannot send replies back to the private subnets", () => {
    const d = natted([], [])
      .update('app', { networkAcl: undefined })
      .add('network-acl', 'acl-pub', { parent: 'v', inbound: [tcp(100, 0, 65535, '0.0.0.0/0')], outbound: [tcp(100, 443, 443, '0.0.0.0/0')] })
      .update('pub', { networkAcl: 'acl-pub' })
      .build();
    expect(findingsOf(d, 'NACL-EPHEM').map((f) => [f.resourceIds, f.message.includes('outbound TCP 32768–61000 to 10.0.0.0/16')])).toEqual([[['pub', 'acl-pub', 'nat'], true]]);
  });
  it('is quiet with the default NACL and with a NACL that allows the return ports both ways', () => {
    expect(findingsOf(natted([], []).update('app', { networkAcl: undefined }).build(), 'NACL-EPHEM')).toEqual([]);
    const d = natted([tcp(100, 8080, 8080, '10.0.0.0/16'), tcp(110, 1024, 65535, '0.0.0.0/0')], [tcp(100, 1024, 65535, '0.0.0.0/0')]).build();
    expect(findingsOf(d, 'NACL-EPHEM')).toEqual([]);
  });
});

describe('SG-DESC', () => {
  const described = (description: string) =>
    design()
      .account('a')
      .vpc('v1', 'a', '10.0.0.0/16')
      .add('security-group', 'app', { parent: 'v1', ingress: [{ ...fromGroup('app')[0]!, description }], egress: allOut })
      .build();

  it('refuses a description with a character EC2 does not take, naming it; the fix writes the nearest text', () => {
    const d = described('from the environment\u2019s ALB');
    const [error, ...rest] = findingsOf(d, 'SG-DESC');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ ruleId: 'SG-DESC:description', severity: 'error', resourceIds: ['app'] });
    expect(error!.message).toContain('"\u2019"');
    const fixed = applyFix(d, error!, 'plain-description');
    expect(fixed.remaining).toEqual([]);
    expect(indexDesign(fixed.design).getOf('app', 'security-group')!.ingress[0]!.description).toBe('from the environments ALB');
  });

  it('is quiet for descriptions EC2 accepts', () => {
    expect(findingsOf(described('from the ALB: tcp/8080 (web) #1, [a+b=c; {x}! $y*]'), 'SG-DESC')).toEqual([]);
  });
});
