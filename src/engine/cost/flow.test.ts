import { describe, expect, it } from 'vitest';
import fargateFile from '../../../public/examples/ecs-fargate.json';
import inspectionFile from '../../../public/examples/inspection-egress.json';
import { trace } from '../sim/index.ts';
import { staticIps } from '../sim/testing.ts';
import { inspectedByGwlb } from '../testing/gwlb.ts';
import { flowCost } from './flow.ts';
import { inUsEast1 } from './testing.ts';

describe('the cost per GB of a flow', () => {
  it('prices each transit gateway entry and the NAT gateway, both ways, and names what it cannot price', () => {
    const design = inUsEast1(inspectionFile);
    const cost = flowCost(design, trace(design, { from: 'orders', to: 'internet', protocol: 'tcp', port: 443, host: 'example.com' }));
    expect(cost.request.map((c) => [c.resourceId, c.what, c.usdPerGb])).toEqual([
      ['spoke-orders-attach', 'transit gateway processing', 0.02],
      ['nfw', 'Network Firewall processing', undefined],
      ['inspection-attach', 'transit gateway processing', 0.02],
      ['egress-nat-a', 'NAT gateway processing', 0.045],
      ['egress-igw', 'data out to the internet', undefined],
    ]);
    expect(cost.requestUsdPerGb).toBeCloseTo(0.085, 9);
    // The reply comes back through the NAT gateway, the egress and inspection attachments.
    expect(cost.reply.map((c) => c.resourceId)).toEqual(['egress-nat-a', 'egress-attach', 'nfw', 'inspection-attach']);
    expect(cost.replyUsdPerGb).toBeCloseTo(0.085, 9);
    expect(cost.notPriced).toBe(3);
    expect(cost.request[0]!.source?.url).toMatch(/^https:\/\//);
  });

  it('charges a change of Availability Zone out of one and into the other, on the way to a NAT gateway in another AZ', () => {
    // The static-IPs scenario has one NAT gateway, in AZ a; proxy-2 sends from AZ c.
    const design = inUsEast1(staticIps().build());
    const result = trace(design, { from: 'proxy-2', to: 'internet', protocol: 'tcp', port: 443 });
    expect(result.verdict.reachable).toBe(true);
    const cost = flowCost(design, result);
    expect(cost.request.map((c) => [c.resourceId, c.what, c.usdPerGb])).toEqual([
      ['pub-a', 'out of us-east-1c', 0.01],
      ['pub-a', 'into us-east-1a', 0.01],
      ['nat', 'NAT gateway processing', 0.045],
      ['igw', 'data out to the internet', undefined],
    ]);
    expect(cost.requestUsdPerGb).toBeCloseTo(0.065, 9);
    expect(cost.reply.map((c) => c.what)).toEqual(['NAT gateway processing', 'out of us-east-1a', 'into us-east-1c']);
    expect(cost.replyUsdPerGb).toBeCloseTo(0.065, 9);
  });

  it('charges a GWLB endpoint\'s processing each way through it', () => {
    const design = inUsEast1(inspectedByGwlb());
    const cost = flowCost(design, trace(design, { from: 'app', to: 'internet', protocol: 'tcp', port: 443 }));
    expect(cost.request.map((c) => [c.resourceId, c.what])).toEqual(expect.arrayContaining([['gwlbe-a', 'Gateway Load Balancer endpoint processing']]));
    expect(cost.reply.map((c) => c.resourceId)).toContain('gwlbe-a');
  });

  it('charges nothing for a flow that stays in one AZ and crosses no gateway', () => {
    const design = inUsEast1(fargateFile);
    const cost = flowCost(design, trace(design, { from: 'web-svc', to: 'billing-svc', protocol: 'tcp', port: 8080 }));
    expect(cost.request).toEqual([]);
    expect(cost.requestUsdPerGb).toBe(0);
  });
});

describe('the matrix cost bands', () => {
  it('bands a round trip by its cost per GB, and has none for a blocked flow', async () => {
    const { costBand, roundTripPerGb } = await import('./flow.ts');
    expect([0, 0.02, 0.021, 0.05, 0.1, 0.17].map(costBand)).toEqual([0, 1, 2, 2, 3, 4]);
    const design = inUsEast1(inspectionFile);
    expect(roundTripPerGb(design, { from: 'orders', to: 'billing', protocol: 'tcp', port: 443 })).toEqual({ usdPerGb: 0.08, notPriced: 2 });
    expect(roundTripPerGb(design, { from: 'orders', to: 'billing', protocol: 'tcp', port: 22 })).toBeUndefined();
  });
});
