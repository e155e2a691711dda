/** The seed scenarios' verdicts owned by the service rules, on the gallery's example files. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDesign, parseDesignValue, type Design } from '../model/index.ts';
import { trace } from '../sim/index.ts';
import { from } from '../testing/builder.ts';
import { validate } from './index.ts';
import { applyFix, findingsOf } from './service-testing.ts';

function example(file: string): Design {
  const parsed = parseDesignValue(JSON.parse(readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.design;
}

describe('seed 1: shared VPC and a RabbitMQ broker (shared-vpc-rabbitmq.json)', () => {
  const design = example('shared-vpc-rabbitmq.json');

  it('reports MQ-SHARED on the broker, with the three ways out', () => {
    const [error, ...rest] = findingsOf(design, 'MQ-SHARED');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ severity: 'error', resourceIds: ['orders-mq', 'shared-a', 'main'] });
    expect(error!.message).toContain('Broker `orders-mq` (account dept-a) is in subnet `shared-a`, owned by account network.');
    expect(error!.fixes!.map((f) => f.id)).toEqual(['move-to-network-account', 'satellite-vpc', 'rabbitmq-on-ec2']);
  });

  it("says nothing about dept-a's ECS service and EC2 instance in the shared subnets", () => {
    expect(validate(design).filter((f) => f.resourceIds.includes('orders-svc') || f.resourceIds.includes('batch-1'))).toEqual([]);
  });

  it.each(['move-to-network-account', 'satellite-vpc', 'rabbitmq-on-ec2'])('fix %s removes the error and adds none', (fixId) => {
    const fixed = applyFix(design, findingsOf(design, 'MQ-SHARED')[0]!, fixId);
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });

  it('the satellite VPC is 10.1.0.0/24 in dept-a, peered with main, routed both ways, the broker in it', () => {
    const fixed = applyFix(design, findingsOf(design, 'MQ-SHARED')[0]!, 'satellite-vpc');
    const index = indexDesign(fixed.design);
    const satellite = index.vpcOf('orders-mq')!;
    expect(satellite.cidrs).toEqual(['10.1.0.0/24']);
    expect(index.ownerOf(satellite.id)).toBe('dept-a');
    const peering = index.ofKind('vpc-peering').find((p) => p.requesterVpc === satellite.id)!;
    expect(peering.accepterVpc).toBe('main');
    expect(index.mainRouteTable(satellite.id)!.routes).toContainEqual({ destination: '10.0.0.0/16', target: peering.id });
    for (const subnet of ['shared-a', 'shared-c']) {
      expect(index.routeTableOf(subnet)!.routes).toContainEqual({ destination: '10.1.0.0/24', target: peering.id });
    }
    expect(index.subnetsOf(index.get('orders-mq')!).map((s) => s.parent)).toEqual([satellite.id, satellite.id]);
  });

  it("after the satellite fix, dept-a's ECS task reaches the broker on 5671 over the peering", () => {
    const fixed = applyFix(design, findingsOf(design, 'MQ-SHARED')[0]!, 'satellite-vpc');
    const result = trace(fixed.design, { from: 'orders-svc', to: 'orders-mq', protocol: 'tcp', port: 5671 });
    expect(result.verdict).toEqual({ reachable: true });
    expect(result.forward.some((hop) => hop.step === 'peering')).toBe(true);
  });
});

describe('seed 2: static IPs for a partner firewall (static-ips-partner.json)', () => {
  const design = example('static-ips-partner.json');
  it('warns ALB-IP when the partner that needs static IPs is pointed at the ALB directly', () => {
    const direct = from(design).update('partner', { connectsTo: ['eb-alb'] }).build();
    expect(findingsOf(direct, 'ALB-IP').map((f) => [f.severity, f.resourceIds])).toEqual([['warning', ['eb-alb', 'partner']]]);
  });
  it("is quiet for the article's NLB with an Elastic IP per AZ", () => {
    expect(findingsOf(design, 'ALB-IP')).toEqual([]);
    expect(findingsOf(design, 'STATIC-NLB')).toEqual([]);
  });
});

describe('seed 4: ECS on Fargate (ecs-fargate.json)', () => {
  const design = example('ecs-fargate.json');
  it('has no ECS-AWSVPC finding as drawn', () => {
    expect(findingsOf(design, 'ECS-AWSVPC')).toEqual([]);
  });
  it('refuses a target group of type instance for a Fargate service', () => {
    const d = from(design).update('api-tg', { targetType: 'instance' }).build();
    expect(findingsOf(d, 'ECS-AWSVPC').map((f) => [f.ruleId, f.severity, f.resourceIds])).toEqual([['ECS-AWSVPC:target-type', 'error', ['api-svc', 'api-tg']]]);
  });
  it('warns that a Fargate service in a public subnet without a public IP cannot pull images', () => {
    const d = from(design).add('ecs-service', 'edge-svc', { parent: 'public-a', launchType: 'FARGATE', assignPublicIp: false }).build();
    expect(findingsOf(d, 'ECS-AWSVPC').map((f) => [f.ruleId, f.severity])).toEqual([['ECS-AWSVPC:image-pull', 'warning']]);
  });
});

describe('seed 5: API Gateway, VPC link, NLB and Kubernetes (api-gateway-eks.json)', () => {
  const design = example('api-gateway-eks.json');
  it('has none of these findings as drawn', () => {
    for (const id of ['EKS-NODEPORT', 'APIGW-REST', 'APIGW-ACCT', 'EKS-LBSVC']) expect(findingsOf(design, id), id).toEqual([]);
  });
  it('refuses a NodePort of 8080', () => {
    const d = from(design).update('orders-svc', { nodePort: 8080 }).build();
    expect(findingsOf(d, 'EKS-NODEPORT').map((f) => [f.ruleId, f.severity, f.resourceIds[0]])).toContainEqual(['EKS-NODEPORT:range', 'error', 'orders-svc']);
  });
  it('refuses a v1 VPC link pointed at an ALB, and accepts a v2 link to it', () => {
    const withAlb = from(design)
      .add('security-group', 'alb-sg', { parent: 'api-vpc', ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '10.30.0.0/16' } }], egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }] })
      .add('alb', 'web-alb', { parent: 'private-a', subnets: ['private-a', 'private-c'], securityGroups: ['alb-sg'], listeners: [{ protocol: 'HTTP', port: 80 }] });
    const v1 = withAlb.update('api-link', { targets: ['api-nlb', 'web-alb'] }).build();
    expect(findingsOf(v1, 'APIGW-REST').map((f) => [f.severity, f.resourceIds[0]])).toEqual([['error', 'api-link']]);
    const v2 = from(design).add('security-group', 'alb-sg', { parent: 'api-vpc', ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '10.30.0.0/16' } }], egress: [] }).add('alb', 'web-alb', { parent: 'private-a', subnets: ['private-a', 'private-c'], securityGroups: ['alb-sg'], listeners: [{ protocol: 'HTTP', port: 80 }] }).connect('rest-api', 'web-alb').build();
    expect(findingsOf(v2, 'APIGW-REST')).toEqual([]);
  });
  it('refuses an API, VPC link and NLB in different accounts', () => {
    const d = from(design).account('edge').account('links').update('rest-api', { account: 'edge' }).update('api-link', { account: 'links' }).build();
    const found = findingsOf(d, 'APIGW-ACCT');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'error' && f.resourceIds.join() === 'rest-api,api-link,api-nlb')).toBe(true);
  });
  it('notes one NLB per LoadBalancer Service', () => {
    let b = from(design);
    for (const id of ['orders-svc', 'users-svc', 'catalog-svc']) b = b.update(id, { serviceType: 'LoadBalancer' });
    expect(findingsOf(b.build(), 'EKS-LBSVC').map((f) => f.ruleId)).toEqual(['EKS-LBSVC:one-per-service']);
  });
});
