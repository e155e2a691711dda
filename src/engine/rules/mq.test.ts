import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/index.ts';
import { design, from } from '../testing/builder.ts';
import { validate } from './index.ts';
import { applyFix, findingsOf } from './service-testing.ts';

const allowAll = [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }];

/** Seed scenario 1: network owns `main`, shares two subnets with dept-a, which runs ECS, EC2 and a broker there. */
function sharedVpc(broker: Record<string, unknown> = {}) {
  return design('shared VPC')
    .account('network', { organization: 'org', ramOrganizationSharing: true })
    .account('dept-a', { organization: 'org' })
    .vpc('main', 'network', '10.0.0.0/16')
    .subnet('shared-a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('shared-c', 'main', '10.0.2.0/24', 'ap-northeast-2c')
    .connect('shared-a', 'dept-a')
    .connect('shared-c', 'dept-a')
    .add('security-group', 'app-sg', { parent: 'main', account: 'dept-a', ingress: [], egress: allowAll })
    .add('ecs-service', 'orders', { parent: 'shared-a', account: 'dept-a', subnets: ['shared-a', 'shared-c'], securityGroups: ['app-sg'] })
    .add('instance', 'worker', { parent: 'shared-c', account: 'dept-a', securityGroups: ['app-sg'] })
    .add('security-group', 'mq-sg', {
      parent: 'main',
      account: 'dept-a',
      ingress: [{ protocol: 'tcp', fromPort: 5671, toPort: 5671, peer: { kind: 'security-group', securityGroup: 'app-sg' } }],
      egress: allowAll,
    })
    .add('mq-broker', 'orders-mq', { parent: 'shared-a', account: 'dept-a', securityGroups: ['mq-sg'], ...broker });
}

describe('MQ-SHARED (the SHR-SVC rabbitmq check)', () => {
  it('refuses a RabbitMQ broker of dept-a in a subnet owned by network, naming both accounts', () => {
    const [error, ...rest] = findingsOf(sharedVpc().build(), 'MQ-SHARED');
    expect(rest).toHaveLength(0);
    expect(error?.severity).toBe('error');
    expect(error?.resourceIds[0]).toBe('orders-mq');
    expect(error?.message).toContain('Broker `orders-mq` (account dept-a) is in subnet `shared-a`, owned by account network');
    expect(error?.fixes?.map((f) => f.id)).toEqual(['move-to-network-account', 'satellite-vpc', 'rabbitmq-on-ec2']);
  });

  it("is quiet for a broker in its own account's VPC, and for dept-a's ECS service and instance in the shared subnets", () => {
    const d = sharedVpc().remove('orders-mq').build();
    expect(validate(d).filter((f) => f.resourceIds.some((id) => id === 'orders' || id === 'worker'))).toEqual([]);
    const own = design().account('a').vpc('v', 'a', '10.0.0.0/16').subnet('s', 'v', '10.0.1.0/24', 'ap-northeast-2a').add('mq-broker', 'mq', { parent: 's' }).build();
    expect(findingsOf(own, 'MQ-SHARED')).toEqual([]);
  });

  it('fix 1 moves the broker to the network account, with a group network owns', () => {
    const d = sharedVpc().build();
    const fixed = applyFix(d, findingsOf(d, 'MQ-SHARED')[0]!, 'move-to-network-account');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    const index = indexDesign(fixed.design);
    expect(index.ownerOf('orders-mq')).toBe('network');
    const groups = index.getOf('orders-mq', 'mq-broker')!.securityGroups!;
    expect(groups.map((g) => index.ownerOf(g))).toEqual(['network']);
    expect(findingsOf(d, 'MQ-SHARED')[0]!.fixes![0]!.description).toMatch(/metrics live in network, so dept-a cannot alarm or autoscale on them/);
  });

  it('fix 2 builds the satellite VPC in dept-a, peered with main, with routes on both sides', () => {
    const d = sharedVpc().build();
    const fixed = applyFix(d, findingsOf(d, 'MQ-SHARED')[0]!, 'satellite-vpc');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    const index = indexDesign(fixed.design);
    const satellite = index.vpcOf('orders-mq')!;
    expect(satellite.cidrs).toEqual(['10.1.0.0/24']);
    expect(index.ownerOf(satellite.id)).toBe('dept-a');
    const subnets = (index.children.get(satellite.id) ?? []).filter((r) => r.kind === 'subnet');
    expect(new Set(subnets.map((s) => s.kind === 'subnet' && s.availabilityZone))).toEqual(new Set(['ap-northeast-2a', 'ap-northeast-2c']));
    const peering = index.ofKind('vpc-peering').find((p) => p.requesterVpc === satellite.id && p.accepterVpc === 'main')!;
    expect(peering.status).toBe('active');
    expect(index.mainRouteTable(satellite.id)!.routes).toContainEqual({ destination: '10.0.0.0/16', target: peering.id });
    expect(index.routeTableOf('shared-a')!.routes).toContainEqual({ destination: '10.1.0.0/24', target: peering.id });
    const group = index.getOf(index.getOf('orders-mq', 'mq-broker')!.securityGroups![0], 'security-group')!;
    expect(group.parent).toBe(satellite.id);
    expect(group.ingress.map((r) => r.peer.kind === 'cidr' && `${r.peer.cidr}:${r.fromPort}`).sort()).toEqual(['10.0.1.0/24:5671', '10.0.2.0/24:5671']);
  });

  it('fix 2 picks a block no VPC uses yet', () => {
    const d = sharedVpc().account('other').vpc('taken', 'other', '10.1.0.0/16').build();
    const fixed = applyFix(d, findingsOf(d, 'MQ-SHARED')[0]!, 'satellite-vpc');
    expect(indexDesign(fixed.design).vpcOf('orders-mq')!.cidrs).toEqual(['10.2.0.0/24']);
    expect(fixed.newErrors).toEqual([]);
  });

  it('fix 3 replaces the broker with a RabbitMQ instance on 5671 in the shared subnet', () => {
    const d = sharedVpc().build();
    const fixed = applyFix(d, findingsOf(d, 'MQ-SHARED')[0]!, 'rabbitmq-on-ec2');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    const instance = indexDesign(fixed.design).getOf('orders-mq', 'instance')!;
    expect(instance).toMatchObject({ role: 'app', port: 5671, parent: 'shared-a', account: 'dept-a', securityGroups: ['mq-sg'] });
  });
});

describe('SHR-SVC', () => {
  it('notes that an ActiveMQ broker in a shared subnet is unconfirmed (info)', () => {
    const found = findingsOf(sharedVpc({ engine: 'activemq' }).build(), 'SHR-SVC');
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['SHR-SVC:activemq', 'info']]);
    expect(findingsOf(sharedVpc({ engine: 'activemq' }).build(), 'MQ-SHARED')).toEqual([]);
  });
  it('is quiet for ActiveMQ in its own VPC', () => {
    const d = sharedVpc({ engine: 'activemq', account: undefined }).build();
    expect(findingsOf(d, 'SHR-SVC')).toEqual([]);
  });
});

function ownVpc() {
  return design()
    .account('a')
    .vpc('v', 'a', '10.0.0.0/16')
    .subnet('s1', 'v', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('s2', 'v', '10.0.2.0/24', 'ap-northeast-2c')
    .subnet('s3', 'v', '10.0.3.0/24', 'ap-northeast-2a')
    .vpc('w', 'a', '10.9.0.0/16')
    .subnet('w1', 'w', '10.9.1.0/24', 'ap-northeast-2b');
}

describe('MQ-MODES', () => {
  it('fires on RabbitMQ active/standby, ActiveMQ cluster and a single instance with two subnets', () => {
    const rabbit = ownVpc().add('mq-broker', 'mq', { parent: 's1', engine: 'rabbitmq', deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ', subnets: ['s1', 's2'] }).build();
    expect(findingsOf(rabbit, 'MQ-MODES').map((f) => f.ruleId)).toEqual(['MQ-MODES:engine']);
    const active = ownVpc().add('mq-broker', 'mq', { parent: 's1', engine: 'activemq', deploymentMode: 'CLUSTER_MULTI_AZ', subnets: ['s1', 's2'] }).build();
    expect(findingsOf(active, 'MQ-MODES')).toHaveLength(1);
    const single = ownVpc().add('mq-broker', 'mq', { parent: 's1', subnets: ['s1', 's2'] }).build();
    expect(findingsOf(single, 'MQ-MODES').map((f) => f.ruleId)).toEqual(['MQ-MODES:subnets']);
    const standbyOne = ownVpc().add('mq-broker', 'mq', { parent: 's1', engine: 'activemq', deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ' }).build();
    expect(findingsOf(standbyOne, 'MQ-MODES').map((f) => f.ruleId)).toEqual(['MQ-MODES:subnets']);
  });
  it('is quiet for valid modes, and its fix sets the mode the engine supports', () => {
    const ok = ownVpc()
      .add('mq-broker', 'mq1', { parent: 's1', engine: 'activemq', deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ', subnets: ['s1', 's2'] })
      .add('mq-broker', 'mq2', { parent: 's1', engine: 'rabbitmq', deploymentMode: 'CLUSTER_MULTI_AZ', subnets: ['s1', 's2'] })
      .add('mq-broker', 'mq3', { parent: 's2' })
      .build();
    expect(findingsOf(ok, 'MQ-MODES')).toEqual([]);
    const rabbit = ownVpc().add('mq-broker', 'mq', { parent: 's1', engine: 'rabbitmq', deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ', subnets: ['s1', 's2'] }).build();
    const fixed = applyFix(rabbit, findingsOf(rabbit, 'MQ-MODES')[0]!, 'set-mode');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });
});

describe('MQ-SUBNETS', () => {
  it('fires on two subnets in one AZ and on subnets in two VPCs', () => {
    const sameAz = ownVpc().add('mq-broker', 'mq', { parent: 's1', engine: 'rabbitmq', deploymentMode: 'CLUSTER_MULTI_AZ', subnets: ['s1', 's3'] }).build();
    expect(findingsOf(sameAz, 'MQ-SUBNETS').map((f) => f.ruleId)).toEqual(['MQ-SUBNETS:az']);
    const twoVpcs = ownVpc().add('mq-broker', 'mq', { parent: 's1', engine: 'rabbitmq', deploymentMode: 'CLUSTER_MULTI_AZ', subnets: ['s1', 'w1'] }).build();
    expect(findingsOf(twoVpcs, 'MQ-SUBNETS').map((f) => f.ruleId)).toEqual(['MQ-SUBNETS:vpc']);
  });
  it('is quiet for subnets of one VPC in different AZs', () => {
    const ok = ownVpc().add('mq-broker', 'mq', { parent: 's1', engine: 'rabbitmq', deploymentMode: 'CLUSTER_MULTI_AZ', subnets: ['s1', 's2'] }).build();
    expect(findingsOf(ok, 'MQ-SUBNETS')).toEqual([]);
  });
});

describe('MQ-PRIVATE', () => {
  it('fires when the VPC of a private RabbitMQ broker has DNS hostnames off; the fix turns them on', () => {
    const d = ownVpc().update('v', { enableDnsHostnames: false }).add('mq-broker', 'mq', { parent: 's1' }).build();
    const [error] = findingsOf(d, 'MQ-PRIVATE');
    expect(error?.message).toContain('DNS hostnames');
    const fixed = applyFix(d, error!, 'enable-dns');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });
  it('is quiet with DNS on, or for a public broker', () => {
    expect(findingsOf(ownVpc().add('mq-broker', 'mq', { parent: 's1' }).build(), 'MQ-PRIVATE')).toEqual([]);
    const pub = ownVpc().update('v', { enableDnsHostnames: false }).add('mq-broker', 'mq', { parent: 's1', publiclyAccessible: true }).build();
    expect(findingsOf(pub, 'MQ-PRIVATE')).toEqual([]);
  });
});

describe('MQ-PUBLIC', () => {
  it('warns about a publicly accessible broker', () => {
    const d = ownVpc().add('mq-broker', 'mq', { parent: 's1', publiclyAccessible: true }).build();
    expect(findingsOf(d, 'MQ-PUBLIC').map((f) => f.severity)).toEqual(['warning']);
  });
  it('its fix makes the broker private and turns on the DNS a private RabbitMQ broker needs', () => {
    const d = ownVpc().update('v', { enableDnsHostnames: false }).add('mq-broker', 'mq', { parent: 's1', publiclyAccessible: true }).build();
    const fixed = applyFix(d, findingsOf(d, 'MQ-PUBLIC')[0]!, 'make-private');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    expect(findingsOf(fixed.design, 'MQ-PRIVATE')).toEqual([]);
  });
  it('is quiet for a private broker', () => {
    expect(findingsOf(from(ownVpc().build()).add('mq-broker', 'mq', { parent: 's1' }).build(), 'MQ-PUBLIC')).toEqual([]);
  });
});
