import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { findingsOf } from './network-test-helpers.ts';

/** Seed scenario 1: `network` owns `main` and shares two subnets with `dept-a`, which runs an instance there. */
const landingZone = () =>
  design()
    .account('network', { organization: 'o-example' })
    .account('dept-a', { organization: 'o-example' })
    .vpc('main', 'network', '10.0.0.0/16')
    .subnet('shared-a', 'main', '10.0.1.0/24', 'ap-northeast-2a', { availabilityZoneId: 'apne2-az1' })
    .subnet('shared-c', 'main', '10.0.2.0/24', 'ap-northeast-2c', { availabilityZoneId: 'apne2-az3' })
    .connect('shared-a', 'dept-a')
    .connect('shared-c', 'dept-a')
    .add('security-group', 'sg-app', { parent: 'main', account: 'dept-a', ingress: [], egress: [] })
    .add('instance', 'app', { parent: 'shared-a', account: 'dept-a', securityGroups: ['sg-app'] })
    .add('ecs-service', 'orders', { parent: 'shared-a', subnets: ['shared-c'], account: 'dept-a', securityGroups: ['sg-app'] });

const SHR = ['SHR-ORG', 'SHR-OWNER', 'SHR-ENDPOINT', 'SHR-TGW-GWLB', 'SHR-ELB', 'SHR-SG-USE', 'SHR-SG-REF', 'SHR-AZID'];

it('a participant running workloads in its shared subnets raises no shared-VPC finding', () => {
  const subject = landingZone().build();
  expect(SHR.flatMap((id) => findingsOf(subject, id))).toEqual([]);
});

describe('SHR-ORG', () => {
  it('refuses sharing with an account of another Organization', () => {
    const subject = landingZone().account('partner', { organization: 'o-other' }).connect('shared-a', 'partner').build();
    expect(findingsOf(subject, 'SHR-ORG')[0]?.message).toContain('account `partner` (Organization o-other)');
  });
  it('refuses sharing when RAM sharing with the Organization is off', () => {
    expect(findingsOf(landingZone().update('network', { ramOrganizationSharing: false }).build(), 'SHR-ORG')).toHaveLength(1);
  });
});

describe('SHR-OWNER', () => {
  it('refuses a route table owned by a participant', () => {
    const subject = landingZone().add('route-table', 'rt-dept', { parent: 'main', account: 'dept-a', routes: [{ destination: '10.0.0.0/16', target: 'local' }] }).build();
    expect(findingsOf(subject, 'SHR-OWNER')[0]?.message).toContain('only the VPC owner creates or changes it');
  });
  it('refuses a workload in a subnet not shared with its account', () => {
    const subject = landingZone().account('dept-b').add('instance', 'stray', { parent: 'shared-a', account: 'dept-b' }).build();
    expect(findingsOf(subject, 'SHR-OWNER').map((f) => f.ruleId)).toEqual(['SHR-OWNER:not-shared']);
  });
});

describe('SHR-ENDPOINT and SHR-TGW-GWLB', () => {
  it('refuses an endpoint created by a participant, accepts the owner’s', () => {
    const participant = landingZone().add('vpc-endpoint', 'vpce', { parent: 'main', account: 'dept-a', subnets: ['shared-a'] }).build();
    expect(findingsOf(participant, 'SHR-ENDPOINT')[0]?.message).toContain('does not support shared VPCs');
    const owner = landingZone().add('vpc-endpoint', 'vpce', { parent: 'main', subnets: ['shared-a'] }).build();
    expect(findingsOf(owner, 'SHR-ENDPOINT')).toEqual([]);
  });
  it('refuses a transit gateway attachment made by a participant', () => {
    const build = (account?: string) =>
      landingZone()
        .add('transit-gateway', 'tgw', { parent: 'network', routeTables: [] })
        .add('tgw-attachment', 'att', { vpc: 'main', transitGateway: 'tgw', subnets: ['shared-a', 'shared-c'], ...(account ? { account } : {}) })
        .build();
    expect(findingsOf(build('dept-a'), 'SHR-TGW-GWLB')).toHaveLength(1);
    expect(findingsOf(build(), 'SHR-TGW-GWLB')).toEqual([]);
  });
});

describe('SHR-SG-USE', () => {
  it('refuses a participant launching with the owner’s default group', () => {
    const subject = landingZone().update('app', { securityGroups: ['main-sg-default'] }).build();
    expect(findingsOf(subject, 'SHR-SG-USE')[0]?.message).toContain('(the default group)');
  });
  it('accepts a group the owner shares with the participant', () => {
    const subject = landingZone()
      .add('security-group', 'sg-shared', { parent: 'main', sharedWith: ['dept-a'], ingress: [], egress: [] })
      .update('app', { securityGroups: ['sg-shared'] })
      .build();
    expect(findingsOf(subject, 'SHR-SG-USE')).toEqual([]);
  });
  it('refuses sharing a default group', () => {
    expect(findingsOf(landingZone().update('main-sg-default', { sharedWith: ['dept-a'] }).build(), 'SHR-SG-USE').map((f) => f.ruleId)).toEqual(['SHR-SG-USE:share']);
  });
});

describe('SHR-SG-REF', () => {
  it('notes a rule that references another account’s group in the same VPC', () => {
    const subject = landingZone()
      .update('sg-app', { ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'security-group', securityGroup: 'main-sg-default' } }] })
      .build();
    expect(findingsOf(subject, 'SHR-SG-REF')[0]?.severity).toBe('info');
  });
});

describe('SHR-AZID', () => {
  it('warns about a shared subnet without its AZ ID', () => {
    expect(findingsOf(landingZone().update('shared-a', { availabilityZoneId: undefined }).build(), 'SHR-AZID')[0]?.resourceIds).toEqual(['shared-a']);
  });
});

describe('SHR-ELB', () => {
  const registering = (target: string) =>
    landingZone()
      .subnet('owner-only', 'main', '10.0.3.0/24', 'ap-northeast-2a')
      .add('instance', 'owner-app', { parent: 'owner-only' })
      .add('target-group', 'tg', { parent: 'main', account: 'dept-a', targetType: target.startsWith('10.') ? 'ip' : 'instance', protocol: 'HTTP', port: 80, targets: [{ target }] })
      .add('alb', 'alb', { parent: 'shared-a', subnets: ['shared-c'], account: 'dept-a', listeners: [{ protocol: 'HTTP', port: 80, targetGroup: 'tg' }] })
      .build();

  it('refuses a participant’s load balancer registering a target in a subnet not shared with it', () => {
    expect(findingsOf(registering('owner-app'), 'SHR-ELB')[0]?.message).toContain('in `owner-only`, which is not shared with account `dept-a`');
    expect(findingsOf(registering('10.0.3.20'), 'SHR-ELB')).toHaveLength(1);
  });

  it('accepts targets in the shared subnets', () => {
    expect(findingsOf(registering('app'), 'SHR-ELB')).toEqual([]);
    expect(findingsOf(registering('10.0.1.20'), 'SHR-ELB')).toEqual([]);
  });
});
