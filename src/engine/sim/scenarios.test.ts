/**
 * Every trace verdict of the seed scenarios, on the gallery's example designs (public/examples).
 * Variants the scenarios name (a missing route, a removed CIDR) are made with the builder.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDesign, parseDesign, type Design } from '../model/index.ts';
import { validate } from '../rules/index.ts';
import { from } from '../testing/builder.ts';
import { path, run, show } from './testing.ts';

function example(name: string): Design {
  const parsed = parseDesign(readFileSync(new URL(`../../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`example ${name} does not parse`);
  return parsed.design;
}

/** Replaces the routes of a table that match `keep` being false. */
function withoutRoutes(design: Design, tables: string[], drop: (target: string) => boolean): Design {
  const b = from(design);
  for (const id of tables) {
    const table = indexDesign(design).getOf(id, 'route-table')!;
    b.update(id, { routes: table.routes.filter((r) => !drop(r.target)) });
  }
  return b.build();
}

describe('1. shared VPC and a RabbitMQ broker', () => {
  /** The article's choice: the satellite VPC quick fix of MQ-SHARED. */
  function satellite(): Design {
    const d = example('shared-vpc-rabbitmq');
    const finding = validate(d).find((f) => f.ruleId.startsWith('MQ-SHARED') || f.ruleId.startsWith('SHR-SVC'));
    const fix = finding?.fixes?.find((f) => f.id === 'satellite-vpc');
    expect(fix, 'the MQ-SHARED finding offers the satellite VPC fix').toBeDefined();
    const fixed = fix!.apply(d);
    if (!fixed.ok) throw new Error(fixed.reason);
    return fixed.design;
  }

  it("dept-a's ECS task reaches the broker in the satellite VPC on 5671", () => {
    const d = satellite();
    const result = run(d, 'orders-svc', 'orders-mq', 5671);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.some((h) => h.step === 'peering')).toBe(true);
    expect(result.reply.some((h) => h.step === 'reply-peering')).toBe(true);
  });

  it("the flow fails when the satellite's NACL lets the request in but not the reply out", () => {
    const d = satellite();
    const index = indexDesign(d);
    const vpc = index.vpcOf('orders-mq')!;
    const b = from(d).add('network-acl', 'satellite-acl', {
      parent: vpc.id,
      inbound: [{ ruleNumber: 100, protocol: 'tcp', fromPort: 5671, toPort: 5671, cidr: '10.0.0.0/16', action: 'allow' }],
      outbound: [{ ruleNumber: 100, protocol: 'tcp', fromPort: 5671, toPort: 5671, cidr: '10.0.0.0/16', action: 'allow' }],
    });
    for (const subnet of index.ofKind('subnet').filter((s) => s.parent === vpc.id)) b.update(subnet.id, { networkAcl: 'satellite-acl' });
    const result = run(b.build(), 'orders-svc', 'orders-mq', 5671);
    expect(result.verdict).toEqual({ reachable: false, reason: 'REPLY_NACL_DENY', at: 'satellite-acl' });
  });

  it('the satellite sending 0.0.0.0/0 to the peering cannot use the NAT gateway in main (PEER-NO-EDGE)', () => {
    const d = satellite();
    const index = indexDesign(d);
    const vpc = index.vpcOf('orders-mq')!;
    const peering = index.ofKind('vpc-peering').find((p) => p.requesterVpc === vpc.id || p.accepterVpc === vpc.id)!;
    const b = from(d);
    for (const table of index.ofKind('route-table').filter((t) => t.parent === vpc.id)) b.routes(table.id, { destination: '0.0.0.0/0', target: peering.id });
    const result = run(b.build(), 'orders-mq', '1.1.1.1', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'PEERING_EDGE', at: peering.id });
  });
});

describe('2. static IPs for a partner firewall', () => {
  it('partner → NLB:443 → proxy (seeing the partner) → ALB:80 → app is reachable', () => {
    const result = run(example('static-ips-partner'), 'partner', 'partner-nlb', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const steps = path(result);
    for (const step of ['listener partner-nlb allow', 'sg-ingress proxy-sg allow', 'listener eb-alb allow', 'sg-ingress eb-app-sg allow']) expect(steps).toContain(step);
    const proxySg = result.forward.find((h) => h.resourceId === 'proxy-sg')!;
    expect(proxySg.matched).toContain('203.0.113.0/24');
    expect(result.forward.find((h) => h.step === 'igw')?.note).toMatch(/198\.51\.100\.(10|20)/);
  });

  it('without 203.0.113.0/24 in the proxy group it is blocked at the proxy, though the NLB accepts', () => {
    const d = example('static-ips-partner');
    const group = indexDesign(d).getOf('proxy-sg', 'security-group')!;
    const changed = from(d)
      .update('proxy-sg', { ingress: group.ingress.filter((r) => !(r.peer.kind === 'cidr' && r.peer.cidr === '203.0.113.0/24')) })
      .build();
    const result = run(changed, 'partner', 'partner-nlb', 443);
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'proxy-sg' });
    expect(path(result)).toContain('listener partner-nlb allow');
  });

  it("AWS's own answer, NLB → target group of type alb → the Beanstalk ALB, is reachable", () => {
    const d = from(example('static-ips-partner'))
      .add('target-group', 'alb-tg', { parent: 'prod-vpc', targetType: 'alb', protocol: 'TCP', port: 80, targets: [{ target: 'eb-alb' }] })
      .update('partner-nlb', { listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'alb-tg' }] })
      .update('eb-alb-sg', { ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '10.20.0.0/16' } }] })
      .build();
    const result = run(d, 'partner', 'partner-nlb', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).not.toContain('proxy proxy-1 forward');
  });

  it("the app reaches the partner from a NAT gateway's Elastic IP", () => {
    const result = run(example('static-ips-partner'), 'eb-app-1', 'partner', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const nat = result.forward.find((h) => h.step === 'nat')!;
    expect(nat.decision).toBe('translate');
    expect(nat.note).toContain('its Elastic IP');
  });
});

describe('3. EKS in one VPC, ECS in another', () => {
  const ALL_TABLES = ['vpc-a-rtb-private-a', 'vpc-a-rtb-private-c', 'vpc-b-rtb-private-a', 'vpc-b-rtb-private-c'];

  it('with routes on both sides and the ALB allowing A, A reaches B', () => {
    const result = run(example('eks-ecs-peering'), 'vpc-a-eks', 'vpc-b-alb', 80);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toContain('peering pcx-a-b forward');
    expect(path(result)).toContain('listener vpc-b-alb allow');
  });

  it("a peering without routes is blocked at A's route table", () => {
    const d = withoutRoutes(example('eks-ecs-peering'), ALL_TABLES, (t) => t === 'pcx-a-b');
    const result = run(d, 'vpc-a-eks', 'vpc-b-alb', 80);
    expect(result.verdict.reason).toBe('NO_ROUTE');
    expect(result.verdict.at).toMatch(/^vpc-a-rtb-/);
  });

  it('a route on A only is blocked: the reply has no route in B', () => {
    const d = withoutRoutes(example('eks-ecs-peering'), ALL_TABLES.slice(2), (t) => t === 'pcx-a-b');
    const result = run(d, 'vpc-a-eks', 'vpc-b-alb', 80);
    expect(result.verdict.reachable, show(result)).toBe(false);
    expect(result.verdict.reason).toBe('REPLY_NO_ROUTE');
    expect(result.verdict.at).toMatch(/^vpc-b-rtb-private/);
  });

  it("with routes on both sides it still needs B's group to allow A's CIDR", () => {
    const d = from(example('eks-ecs-peering'))
      .update('vpc-b-alb-sg', { ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '10.1.0.0/16' } }] })
      .build();
    expect(run(d, 'vpc-a-eks', 'vpc-b-alb', 80).verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'vpc-b-alb-sg' });
  });

  it('A → C through B is not transitive (PEER-NO-TRANSIT)', () => {
    const plain = run(example('eks-ecs-peering'), 'vpc-a-eks', 'vpc-c-reports', 443);
    expect(plain.verdict.reachable).toBe(false);
    const b = from(example('eks-ecs-peering'));
    for (const table of ALL_TABLES.slice(0, 2)) b.routes(table, { destination: '10.2.0.0/16', target: 'pcx-a-b' });
    const result = run(b.build(), 'vpc-a-eks', 'vpc-c-reports', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'PEERING_TRANSIT', at: 'pcx-a-b' });
  });

  it("without peering, A reaches B's public ALB through NAT → IGW → internet → B's IGW", () => {
    const tables = indexDesign(example('eks-ecs-peering')).ofKind('route-table').map((t) => t.id);
    const unrouted = withoutRoutes(example('eks-ecs-peering'), tables, (t) => t.startsWith('pcx-'));
    const d = from(unrouted)
      .remove('pcx-a-b', 'pcx-b-c')
      .update('vpc-b-alb', { scheme: 'internet-facing' })
      .build();
    const moved = from(d).update('vpc-b-alb', { subnets: ['vpc-b-public-c'] }).build();
    const relocated = relocate(moved, 'vpc-b-alb', 'vpc-b-public-a');
    const opened = from(relocated).update('vpc-b-alb-sg', { ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }] }).build();
    const result = run(opened, 'vpc-a-eks', 'vpc-b-alb', 80);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const steps = path(result);
    expect(steps.some((s) => s.startsWith('nat vpc-a-nat'))).toBe(true);
    expect(steps).toContain('igw vpc-a-igw forward');
    expect(steps).toContain('igw vpc-b-igw translate');
  });

  it('overlapping CIDRs through a TGW with a private NAT: reachable, B sees the private NAT', () => {
    const result = run(example('overlapping-cidr-tgw'), 'vpc-a-eks', 'vpc-b-alb', 80);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.resourceId === 'vpc-b-alb-sg')?.note).toContain('from 10.100.0.10');
    expect(path(result)).toContain('nat vpc-a-private-nat translate');
  });

  it('without the private NAT the reply to 10.0.x.x stays inside B (local route)', () => {
    const d = example('overlapping-cidr-tgw');
    const table = indexDesign(d).getOf('vpc-a-rtb-private', 'route-table')!;
    const direct = from(d).update('vpc-a-rtb-private', { routes: table.routes.map((r) => (r.target === 'vpc-a-private-nat' ? { ...r, target: 'tgw' } : r)) });
    // As designed, B's ALB only admits the NAT's block: blocked at once.
    expect(run(direct.build(), 'vpc-a-eks', 'vpc-b-alb', 80).verdict).toMatchObject({ reachable: false, reason: 'SG_DENY' });
    // Even if the ALB admitted 10.0.0.0/16, the reply could not get back.
    const admitted = direct.update('vpc-b-alb-sg', { ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '10.0.0.0/16' } }] }).build();
    const result = run(admitted, 'vpc-a-eks', 'vpc-b-alb', 80);
    expect(result.verdict.reason, show(result)).toBe('ASYMMETRIC');
    // The hop, the verdict and the note name one thing: the route table that sent the reply astray.
    const drop = result.reply.at(-1)!;
    expect(drop.resourceId).toBe(result.verdict.at);
    expect(drop.decided).toMatchObject({ kind: 'route', table: result.verdict.at });
    expect(drop.note).toContain('routed by its destination only');
    expect(drop.note).toContain(`${result.verdict.at} (the route table of ${drop.box})`);
  });
});

describe('4. ECS on Fargate', () => {
  it("service to service is reachable when the callee's group allows the caller's group, blocked otherwise", () => {
    const d = example('ecs-fargate');
    expect(run(d, 'web-svc', 'api-svc', 8080).verdict).toEqual({ reachable: true });
    expect(run(d, 'billing-svc', 'api-svc', 8080).verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'api-sg' });
  });
});

describe('5. API Gateway, VPC link, NLB and Kubernetes', () => {
  it('internet client → API → VPC link → NLB:8080 → node:30080 is reachable', () => {
    const result = run(example('api-gateway-eks'), 'client', 'rest-api', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const steps = path(result);
    for (const step of ['api-gateway rest-api allow', 'vpc-link api-link forward', 'listener api-nlb allow', 'sg-ingress nodes-sg allow']) expect(steps).toContain(step);
    expect(result.forward.find((h) => h.step === 'sg-ingress')?.note).toContain('tcp/30080');
  });

  it("is blocked at the nodes when their group does not allow the NLB's subnets", () => {
    const d = from(example('api-gateway-eks'))
      .update('nodes-sg', { ingress: [{ protocol: 'tcp', fromPort: 30000, toPort: 32767, peer: { kind: 'cidr', cidr: '10.99.0.0/16' } }] })
      .build();
    expect(run(d, 'client', 'rest-api', 443).verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'nodes-sg' });
  });
});

/** Moves a resource to another subnet (the builder has no move). */
function relocate(design: Design, id: string, subnet: string): Design {
  return { ...design, resources: design.resources.map((r) => (r.id === id ? { ...r, parent: subnet } : r)) };
}
