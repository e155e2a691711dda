import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { applyFix, findingsOf } from './service-testing.ts';

const allOut = [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }];
const web = (port = 443) => [{ protocol: 'tcp', fromPort: port, toPort: port, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }];

/** Seed scenario 2's account: public and private subnets in two AZs, a Beanstalk app behind its ALB. */
function prod() {
  return design('static ips')
    .account('prod')
    .vpc('v', 'prod', '10.20.0.0/16')
    .add('internet-gateway', 'igw', { parent: 'v' })
    .add('route-table', 'rt-public', { parent: 'v', routes: [{ destination: '10.20.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
    .subnet('pub-a', 'v', '10.20.0.0/24', 'ap-northeast-2a', { routeTable: 'rt-public' })
    .subnet('pub-c', 'v', '10.20.1.0/24', 'ap-northeast-2c', { routeTable: 'rt-public' })
    .subnet('app-a', 'v', '10.20.10.0/24', 'ap-northeast-2a')
    .subnet('app-c', 'v', '10.20.11.0/24', 'ap-northeast-2c')
    .add('security-group', 'alb-sg', { parent: 'v', ingress: web(443), egress: allOut })
    .add('target-group', 'tg-app', { parent: 'v', targetType: 'instance', protocol: 'HTTP', port: 80, targets: [] })
    .add('alb', 'api-alb', { parent: 'pub-a', scheme: 'internet-facing', subnets: ['pub-a', 'pub-c'], securityGroups: ['alb-sg'], listeners: [{ protocol: 'HTTPS', port: 443, targetGroup: 'tg-app' }] })
    .add('external', 'partner', { endpointType: 'partner', cidr: '203.0.113.0/24' });
}

describe('ALB-IP', () => {
  it('warns when a partner that needs static IPs connects directly to an ALB', () => {
    const d = prod().update('partner', { needsStaticIps: true, connectsTo: ['api-alb'] }).build();
    const [warning, ...rest] = findingsOf(d, 'ALB-IP');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', resourceIds: ['api-alb', 'partner'] });
  });
  it('is quiet when the partner does not need static IPs', () => {
    expect(findingsOf(prod().update('partner', { connectsTo: ['api-alb'] }).build(), 'ALB-IP')).toEqual([]);
  });
  it('its fix puts an NLB with an EIP per AZ in front of the ALB, with no new error', () => {
    const d = prod().update('partner', { needsStaticIps: true, connectsTo: ['api-alb'] }).build();
    const fixed = applyFix(d, findingsOf(d, 'ALB-IP')[0]!, 'nlb-in-front');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    const index = indexDesign(fixed.design);
    const nlb = index.ofKind('nlb')[0]!;
    expect(nlb.scheme).toBe('internet-facing');
    expect(nlb.subnetMappings?.map((m) => m.subnet)).toEqual(['pub-a', 'pub-c']);
    expect(nlb.subnetMappings?.every((m) => index.getOf(m.elasticIp, 'elastic-ip'))).toBe(true);
    expect(index.getOf(nlb.listeners[0]!.targetGroup, 'target-group')).toMatchObject({ targetType: 'alb', protocol: 'TCP', port: 443, targets: [{ target: 'api-alb' }] });
    expect(index.getOf('partner', 'external')!.connectsTo).toEqual([nlb.id]);
    expect(findingsOf(fixed.design, 'STATIC-NLB')).toEqual([]);
    // The NLB's group is told apart from the NLB by id and name, so a drop it decides blames the group.
    const group = index.getOf(nlb.securityGroups![0]!, 'security-group')!;
    expect(group.id).not.toContain(nlb.id);
    expect([nlb.id, nlb.name]).not.toContain(group.name);
    expect(group.name).toBe('partner access');
  });
});

describe('ALB', () => {
  it('refuses one AZ, a /28 subnet, a TCP listener and a group that does not open the listener port', () => {
    const d = prod()
      .subnet('tiny', 'v', '10.20.20.0/28', 'ap-northeast-2a')
      .add('security-group', 'closed', { parent: 'v', ingress: web(80), egress: allOut })
      .add('alb', 'bad', { parent: 'tiny', securityGroups: ['closed'], listeners: [{ protocol: 'TCP', port: 443 }] })
      .build();
    expect(findingsOf(d, 'ALB').map((f) => f.ruleId).sort()).toEqual(['ALB:listener', 'ALB:sg-listener', 'ALB:size', 'ALB:subnets']);
  });
  it('refuses two subnets in one AZ, an alb target group, and closed outbound rules', () => {
    const d = prod()
      .add('security-group', 'no-out', { parent: 'v', ingress: web(443), egress: [] })
      .add('target-group', 'tg-alb', { parent: 'v', targetType: 'alb', protocol: 'TCP', port: 443, targets: [] })
      .add('alb', 'bad', { parent: 'app-a', subnets: ['app-a', 'pub-a', 'app-c'], securityGroups: ['no-out'], listeners: [{ protocol: 'HTTPS', port: 443, targetGroup: 'tg-app' }, { protocol: 'HTTPS', port: 8443, targetGroup: 'tg-alb' }] })
      .build();
    expect(findingsOf(d, 'ALB').map((f) => f.ruleId).sort()).toEqual(['ALB:az', 'ALB:sg-health-check', 'ALB:sg-listener', 'ALB:target-type']);
  });
  it('refuses an Amazon MQ broker behind an ALB and accepts one behind an NLB, as drawing the edge does', () => {
    const broker = prod()
      .add('mq-broker', 'mq', { parent: 'app-a', engine: 'rabbitmq', deploymentMode: 'SINGLE_INSTANCE' })
      .add('target-group', 'tg-mq', { parent: 'v', targetType: 'ip', protocol: 'HTTP', port: 15671, targets: [{ target: 'mq' }] });
    const behindAlb = broker.update('api-alb', { listeners: [{ protocol: 'HTTPS', port: 443, targetGroup: 'tg-mq' }] }).build();
    const refused = findingsOf(behindAlb, 'ALB');
    expect(refused.map((f) => f.ruleId)).toEqual(['ALB:target-kind']);
    expect(refused[0]!.message).toContain('an Application Load Balancer cannot register an Amazon MQ broker as a target');
    const behindNlb = broker
      .update('tg-mq', { protocol: 'TCP', port: 5671 })
      .add('nlb', 'mq-nlb', { parent: 'app-a', scheme: 'internal', subnets: ['app-c'], listeners: [{ protocol: 'TLS', port: 5671, targetGroup: 'tg-mq' }] })
      .build();
    expect(findingsOf(behindNlb, 'NLB-TG')).toEqual([]);
  });
  it('is quiet for the seed ALB, and its listener fix turns TCP into HTTP', () => {
    expect(findingsOf(prod().build(), 'ALB')).toEqual([]);
    const d = prod().update('api-alb', { listeners: [{ protocol: 'TLS', port: 443, targetGroup: 'tg-app' }] }).build();
    const fixed = applyFix(d, findingsOf(d, 'ALB')[0]!, 'http-listener');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });
});

/** The article's answer: an internet-facing NLB with EIPs → proxies in the private subnets. */
function withNlb(fields: Record<string, unknown> = {}) {
  return prod()
    .add('elastic-ip', 'eip-a', { parent: 'prod' })
    .add('elastic-ip', 'eip-c', { parent: 'prod' })
    .add('target-group', 'tg-proxy', { parent: 'v', targetType: 'instance', protocol: 'TCP', port: 443, targets: [] })
    .add('nlb', 'nlb', {
      parent: 'pub-a',
      scheme: 'internet-facing',
      subnetMappings: [{ subnet: 'pub-a', elasticIp: 'eip-a' }, { subnet: 'pub-c', elasticIp: 'eip-c' }],
      listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'tg-proxy' }],
      securityGroups: ['alb-sg'],
      ...fields,
    });
}

describe('NLB-IP', () => {
  it('refuses two subnets in one AZ, an EIP on an internal NLB, an EIP used twice and a private IP outside its subnet', () => {
    const d = withNlb()
      .add('nlb', 'inner', { parent: 'app-a', scheme: 'internal', subnets: ['app-a', 'pub-a'], subnetMappings: [{ subnet: 'app-c', elasticIp: 'eip-a', privateIp: '10.20.99.9' }], listeners: [] })
      .build();
    expect(findingsOf(d, 'NLB-IP').map((f) => f.ruleId).sort()).toEqual(['NLB-IP:az', 'NLB-IP:eip-internal', 'NLB-IP:eip-reuse', 'NLB-IP:private-ip']);
  });
  it('is quiet for one EIP per AZ, and an internal NLB with a private IP inside its subnet', () => {
    const d = withNlb().add('nlb', 'inner', { parent: 'app-a', scheme: 'internal', subnetMappings: [{ subnet: 'app-a', privateIp: '10.20.10.10' }], listeners: [] }).build();
    expect(findingsOf(d, 'NLB-IP')).toEqual([]);
  });
});

describe('NLB-SG', () => {
  it('warns about an internet-facing NLB created without groups, and groups that block health checks', () => {
    expect(findingsOf(withNlb({ securityGroups: undefined }).build(), 'NLB-SG').map((f) => f.ruleId)).toEqual(['NLB-SG:none']);
    const closed = withNlb().add('security-group', 'in-only', { parent: 'v', ingress: web(443), egress: [] }).update('nlb', { securityGroups: ['in-only'] }).build();
    expect(findingsOf(closed, 'NLB-SG').map((f) => f.ruleId)).toEqual(['NLB-SG:health-check']);
  });
  it('is quiet with groups that let health checks out, and for an internal NLB without groups', () => {
    expect(findingsOf(withNlb().build(), 'NLB-SG')).toEqual([]);
    expect(findingsOf(prod().add('nlb', 'inner', { parent: 'app-a', listeners: [] }).build(), 'NLB-SG')).toEqual([]);
  });
});

describe('NLB-TG', () => {
  it('refuses a Lambda target group, a public ip target and a malformed alb target group', () => {
    const d = withNlb()
      .add('target-group', 'tg-lambda', { parent: 'v', targetType: 'lambda', protocol: 'TCP', port: 80, targets: [] })
      .add('target-group', 'tg-ip', { parent: 'v', targetType: 'ip', protocol: 'TCP', port: 80, targets: [{ target: '8.8.8.8' }, { target: '10.20.10.5' }, { target: '192.168.1.1' }] })
      .add('target-group', 'tg-alb', { parent: 'v', targetType: 'alb', protocol: 'TLS', port: 8443, targets: [{ target: 'api-alb' }] })
      .update('nlb', { listeners: [{ protocol: 'TCP', port: 80, targetGroup: 'tg-lambda' }, { protocol: 'TCP', port: 81, targetGroup: 'tg-ip' }, { protocol: 'TCP', port: 443, targetGroup: 'tg-alb' }] })
      .build();
    expect(findingsOf(d, 'NLB-TG').map((f) => f.ruleId).sort()).toEqual(['NLB-TG:alb-port', 'NLB-TG:alb-protocol', 'NLB-TG:ip', 'NLB-TG:lambda']);
  });
  it('refuses an ALB behind three NLBs and an ALB in another VPC', () => {
    let b = prod().add('target-group', 'tg-alb', { parent: 'v', targetType: 'alb', protocol: 'TCP', port: 443, targets: [{ target: 'api-alb' }] });
    for (const n of [1, 2, 3]) b = b.add('nlb', `nlb-${n}`, { parent: 'pub-a', listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'tg-alb' }] });
    expect(findingsOf(b.build(), 'NLB-TG').map((f) => f.ruleId)).toEqual(['NLB-TG:alb-nlbs']);
    const other = prod()
      .vpc('w', 'prod', '10.21.0.0/16')
      .subnet('w1', 'w', '10.21.1.0/24', 'ap-northeast-2a')
      .add('target-group', 'tg-alb', { parent: 'w', targetType: 'alb', protocol: 'TCP', port: 443, targets: [{ target: 'api-alb' }] })
      .add('nlb', 'far', { parent: 'w1', listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'tg-alb' }] })
      .build();
    expect(findingsOf(other, 'NLB-TG').map((f) => f.ruleId)).toEqual(['NLB-TG:alb-vpc']);
  });
  it("is quiet for the article's NLB → alb target group → Beanstalk ALB", () => {
    const d = withNlb()
      .add('target-group', 'tg-alb', { parent: 'v', targetType: 'alb', protocol: 'TCP', port: 443, targets: [{ target: 'api-alb' }] })
      .update('nlb', { listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'tg-alb' }] })
      .build();
    expect(findingsOf(d, 'NLB-TG')).toEqual([]);
  });
});

describe('NLB-CIP', () => {
  it('notes that TCP ip targets of an internet-facing NLB see the NLB, not the client', () => {
    const d = withNlb().update('tg-proxy', { targetType: 'ip' }).build();
    expect(findingsOf(d, 'NLB-CIP').map((f) => f.severity)).toEqual(['info']);
  });
  it('is quiet for instance targets (client IP preserved) and when preservation is turned on', () => {
    expect(findingsOf(withNlb().build(), 'NLB-CIP')).toEqual([]);
    expect(findingsOf(withNlb().update('tg-proxy', { targetType: 'ip', preserveClientIp: true }).build(), 'NLB-CIP')).toEqual([]);
  });
});

describe('NLB-L4', () => {
  it('refuses an HTTP listener and an HTTP target group; the fix makes the listener TCP', () => {
    const d = withNlb().update('nlb', { listeners: [{ protocol: 'HTTP', port: 80, targetGroup: 'tg-proxy' }] }).update('tg-proxy', { protocol: 'HTTP' }).build();
    const found = findingsOf(d, 'NLB-L4');
    expect(found.map((f) => f.ruleId).sort()).toEqual(['NLB-L4:listener', 'NLB-L4:target-group']);
    const fixed = applyFix(d, found.find((f) => f.ruleId === 'NLB-L4:listener')!, 'layer-4-listener');
    expect(indexDesign(fixed.design).getOf('nlb', 'nlb')!.listeners[0]!.protocol).toBe('TCP');
    expect(fixed.newErrors).toEqual([]);
  });
  it('is quiet for TCP and TLS', () => {
    expect(findingsOf(withNlb().build(), 'NLB-L4')).toEqual([]);
  });
});

describe('GWLB', () => {
  it('notes a subnet routed to the GWLB endpoint that sits in it', () => {
    const d = prod()
      .add('vpc-endpoint', 'gwlbe', { parent: 'app-a', endpointType: 'gateway-load-balancer', service: 'com.amazonaws.vpce.ap-northeast-2.vpce-svc-1' })
      .add('route-table', 'rt-inspect', { parent: 'v', routes: [{ destination: '10.20.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'gwlbe' }] })
      .update('app-a', { routeTable: 'rt-inspect' })
      .build();
    expect(findingsOf(d, 'GWLB').map((f) => [f.severity, f.resourceIds])).toEqual([['info', ['gwlbe', 'app-a']]]);
  });
  it('is quiet when the endpoint has a subnet of its own', () => {
    const d = prod()
      .subnet('inspect', 'v', '10.20.50.0/28', 'ap-northeast-2a')
      .add('vpc-endpoint', 'gwlbe', { parent: 'inspect', endpointType: 'gateway-load-balancer', service: 'com.amazonaws.vpce.ap-northeast-2.vpce-svc-1' })
      .add('route-table', 'rt-inspect', { parent: 'v', routes: [{ destination: '10.20.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'gwlbe' }] })
      .update('app-a', { routeTable: 'rt-inspect' })
      .build();
    expect(findingsOf(d, 'GWLB')).toEqual([]);
  });
});
