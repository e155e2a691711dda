/** The network verdicts of the seed scenarios, on the gallery's example files. */
import { describe, expect, it } from 'vitest';
import { parseDesignValue, type Design, type Route } from '../model/index.ts';
import { from } from '../testing/builder.ts';
import sharedVpcFile from '../../../public/examples/shared-vpc-rabbitmq.json';
import peeringFile from '../../../public/examples/eks-ecs-peering.json';
import overlapFile from '../../../public/examples/overlapping-cidr-tgw.json';
import { validate } from './index.ts';
import { findingsOf } from './network-test-helpers.ts';
import { networkRules } from './network-rules.ts';

function load(file: unknown): Design {
  const parsed = parseDesignValue(file);
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.design;
}

const tableRoutes = (design: Design, id: string): Route[] => {
  const table = design.resources.find((r) => r.id === id);
  return table?.kind === 'route-table' ? table.routes : [];
};
const without = (design: Design, tableId: string, target: string) =>
  tableRoutes(design, tableId).filter((route) => route.target !== target);

describe('seed 1: shared VPC and a RabbitMQ broker', () => {
  const example = load(sharedVpcFile);

  it('dept-a’s ECS service and instance in the shared subnets raise no network finding', () => {
    expect(validate(example, networkRules)).toEqual([]);
    expect(validate(example).filter((f) => f.resourceIds.some((id) => id === 'orders-svc' || id === 'batch-1'))).toEqual([]);
  });

  it('after the satellite-VPC fix, sending the satellite’s 0.0.0.0/0 to the peering warns PEER-NO-EDGE', () => {
    const broker = validate(example).find((f) => f.ruleId.startsWith('MQ-SHARED'));
    const fix = broker?.fixes?.find((f) => f.id === 'satellite-vpc');
    expect(fix).toBeDefined();
    const applied = fix!.apply(example);
    if (!applied.ok) throw new Error(applied.reason);
    const peering = applied.design.resources.find((r) => r.kind === 'vpc-peering');
    if (peering?.kind !== 'vpc-peering') throw new Error('the fix made no peering');
    expect(findingsOf(applied.design, 'PEER-ROUTES')).toEqual([]);
    expect(findingsOf(applied.design, 'PEER-NO-EDGE')).toEqual([]);
    const satellite = peering.requesterVpc === 'main' ? peering.accepterVpc : peering.requesterVpc;
    let builder = from(applied.design);
    for (const table of applied.design.resources.filter((r) => r.kind === 'route-table' && r.parent === satellite)) {
      builder = builder.routes(table.id, { destination: '0.0.0.0/0', target: peering.id });
    }
    const edge = findingsOf(builder.build(), 'PEER-NO-EDGE');
    expect(edge.length).toBeGreaterThan(0);
    expect(edge[0]!.severity).toBe('warning');
    expect(edge[0]!.message).toContain('`main-nat-a`');
  });
});

describe('seed 3: EKS in one VPC, ECS in another', () => {
  const example = load(peeringFile);
  const privateTables = (vpc: string) => [`${vpc}-rtb-private-a`, `${vpc}-rtb-private-c`];

  it('the example, routed on both sides, raises no network finding', () => {
    expect(validate(example, networkRules)).toEqual([]);
  });

  it('a peering without routes warns PEER-ROUTES, and so does a one-sided one', () => {
    let oneSided = from(example);
    for (const id of privateTables('vpc-b')) oneSided = oneSided.update(id, { routes: without(example, id, 'pcx-a-b') });
    const [side] = findingsOf(oneSided.build(), 'PEER-ROUTES');
    expect(side?.message).toContain('`vpc-b` has no route for `vpc-a`');
    let none = oneSided;
    for (const id of privateTables('vpc-a')) none = none.update(id, { routes: without(example, id, 'pcx-a-b') });
    const [both] = findingsOf(none.build(), 'PEER-ROUTES');
    expect(both?.message).toContain('no routes on either side');
    const fixed = both!.fixes![0]!.apply(none.build());
    expect(fixed.ok && findingsOf(fixed.design, 'PEER-ROUTES')).toEqual([]);
  });

  it('A routing C’s block through B warns PEER-NO-TRANSIT', () => {
    let builder = from(example);
    for (const id of privateTables('vpc-a')) builder = builder.routes(id, { destination: '10.2.0.0/16', target: 'pcx-a-b' });
    const [found] = findingsOf(builder.build(), 'PEER-NO-TRANSIT');
    expect(found?.resourceIds).toContain('vpc-c');
  });

  it('without the peering, a call to B’s public load balancer is an info finding: the traffic leaves the AWS network', () => {
    let builder = from(example)
      .remove('pcx-a-b')
      .update('vpc-b-alb', { scheme: 'internet-facing' })
      .add('instance', 'vpc-a-caller', { parent: 'vpc-a-private-a', upstream: { target: 'vpc-b-alb', protocol: 'tcp', port: 80 } });
    for (const id of [...privateTables('vpc-a'), ...privateTables('vpc-b')]) builder = builder.update(id, { routes: without(example, id, 'pcx-a-b') });
    const [found] = findingsOf(builder.build(), 'VPC-INTERNET-PATH');
    expect(found?.severity).toBe('info');
    expect(found?.resourceIds).toEqual(['vpc-a-caller', 'vpc-b-alb']);
  });
});

describe('seed 3b: two VPCs with the same CIDR', () => {
  const example = load(overlapFile);

  it('the transit-gateway workaround raises no network finding', () => {
    expect(validate(example, networkRules)).toEqual([]);
  });

  it('drawing a peering between them is refused: PEER-OVERLAP', () => {
    const [found] = findingsOf(from(example).connect('vpc-a', 'vpc-b').build(), 'PEER-OVERLAP');
    expect(found?.severity).toBe('error');
    expect(found?.message).toContain('(10.0.0.0/16) and `');
  });
});
