import { describe, expect, it } from 'vitest';
import { describeParseError, indexDesign, KINDS, parseDesignValue } from '../model/index.ts';
import { syntheticLandingZone } from './synthetic.ts';

describe('syntheticLandingZone', () => {
  it.each([500, 5_000])('builds %i resources that the file parser accepts unchanged', (size) => {
    const design = syntheticLandingZone({ seed: 7, resources: size });
    expect(Math.abs(design.resources.length - size)).toBeLessThanOrEqual(size * 0.05);
    const parsed = parseDesignValue(JSON.parse(JSON.stringify(design)));
    if (!parsed.ok) throw new Error(parsed.errors.slice(0, 5).map(describeParseError).join('\n'));
    expect(parsed.design).toEqual(design);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(syntheticLandingZone({ seed: 3, resources: 800 }));
    expect(JSON.stringify(syntheticLandingZone({ seed: 3, resources: 800 }))).toBe(a);
    expect(JSON.stringify(syntheticLandingZone({ seed: 4, resources: 800 }))).not.toBe(a);
  });

  it('looks like a landing zone at scale', () => {
    const design = syntheticLandingZone({ seed: 11, resources: 20_000 });
    const index = indexDesign(design);
    const count = (kind: Parameters<typeof index.ofKind>[0]) => index.ofKind(kind).length;
    expect(count('account')).toBeGreaterThanOrEqual(24);
    expect(count('vpc')).toBeGreaterThanOrEqual(200);
    expect(count('subnet')).toBeGreaterThanOrEqual(2_000);
    for (const kind of [
      'vpc-peering',
      'transit-gateway',
      'tgw-attachment',
      'nlb',
      'alb',
      'ecs-service',
      'mq-broker',
      'api-gateway',
      'vpc-link',
      'nat-gateway',
      'elastic-ip',
      'network-acl',
      'network-firewall',
      'customer-gateway',
      'vpn-connection',
      'virtual-private-gateway',
      'dx-gateway',
      'tgw-peering',
    ] as const) {
      expect(count(kind), kind).toBeGreaterThan(0);
    }
    const zones = new Set(index.ofKind('subnet').map((s) => s.availabilityZone));
    expect(zones.size).toBe(3);
    // Every VPC carries AWS's defaults, and every subnet resolves a route table and NACL.
    for (const vpc of index.ofKind('vpc')) {
      expect(index.mainRouteTable(vpc.id)?.routes[0]).toEqual({
        destination: vpc.cidrs[0],
        target: 'local',
      });
      expect(index.defaultNetworkAcl(vpc.id)).toBeDefined();
      expect(index.defaultSecurityGroup(vpc.id)).toBeDefined();
    }
    const targets = new Set(
      index
        .ofKind('route-table')
        .flatMap((t) => t.routes.map((r) => index.get(r.target)?.kind ?? r.target)),
    );
    expect([...targets].sort()).toEqual([
      'gwlb-endpoint',
      'internet-gateway',
      'local',
      'nat-gateway',
      'network-firewall',
      'transit-gateway',
      'vpc-peering',
    ]);
    // Gateway endpoints route by the routes their associations add, not by routes of the tables.
    expect(count('vpc-endpoint')).toBeGreaterThan(0);
    const peers = index
      .ofKind('security-group')
      .flatMap((g) => g.ingress.map((rule) => rule.peer.kind));
    expect(new Set(peers)).toEqual(new Set(['cidr', 'security-group']));
    expect(
      index.ofKind('ram-share').some((share) => index.get(share.resources[0])?.kind === 'subnet'),
    ).toBe(true);
    expect(
      index
        .ofKind('instance')
        .some((i) => i.account !== undefined && i.account !== index.vpcOwnerOf(i.id)),
    ).toBe(true);
  });

  it('gives every drawn resource a box inside its container', () => {
    const design = syntheticLandingZone({ seed: 5, resources: 1_500 });
    const index = indexDesign(design);
    for (const resource of design.resources) {
      const box = design.layout[resource.id];
      if (KINDS[resource.kind].drawnAs !== 'node') continue;
      expect(box, resource.id).toBeDefined();
      const parentBox = resource.parent ? design.layout[resource.parent] : undefined;
      if (!parentBox || !box) continue;
      expect(box.x + (box.w ?? 0), resource.id).toBeLessThanOrEqual(parentBox.w!);
      expect(box.y + (box.h ?? 0), resource.id).toBeLessThanOrEqual(parentBox.h!);
      expect(index.get(resource.parent)).toBeDefined();
    }
  });
});
