import { describe, expect, it } from 'vitest';
import { design } from '../engine/testing/builder.ts';
import { buildEdges } from './flowEdges.ts';
import { buildNodes } from './flowNodes.ts';

const twoVpcs = () =>
  design()
    .account('net')
    .vpc('a', 'net', '10.0.0.0/16')
    .vpc('b', 'net', '10.1.0.0/16')
    .subnet('sa', 'a', '10.0.1.0/24', 'ap-northeast-2a')
    .add('nlb', 'lb', { parent: 'sa', listeners: [] })
    .add('instance', 'web', { parent: 'sa' });

describe('edges drawn from the design', () => {
  it('draws a peering between the two VPCs, selecting the peering resource', () => {
    const d = twoVpcs().connect('a', 'b').build();
    const edges = buildEdges(d, new Set());
    const peering = edges.find((e) => e.data?.meaning === 'vpc-peering');
    expect(peering).toMatchObject({ source: 'a', target: 'b' });
    expect(d.resources.find((r) => r.id === peering!.data!.resourceId)?.kind).toBe('vpc-peering');
  });

  it('draws a load balancer registration to its target through the target group', () => {
    const edges = buildEdges(twoVpcs().connect('lb', 'web').build(), new Set());
    expect(edges.find((e) => e.data?.meaning === 'target-registration')).toMatchObject({ source: 'lb', target: 'web' });
  });

  it('draws nothing for a design without connections', () => {
    expect(buildEdges(twoVpcs().build(), new Set())).toEqual([]);
  });
});

describe('nodes drawn from the design', () => {
  it('nests with parentId and puts every parent before its children', () => {
    const nodes = buildNodes(twoVpcs().build(), new Set(['web']));
    const order = nodes.map((n) => n.id);
    expect(nodes.find((n) => n.id === 'web')).toMatchObject({ parentId: 'sa', selected: true, type: 'resource' });
    expect(order.indexOf('net')).toBeLessThan(order.indexOf('a'));
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('sa'));
    expect(order.indexOf('sa')).toBeLessThan(order.indexOf('web'));
    expect(nodes.some((n) => n.data.kind === 'route-table')).toBe(false);
  });
});
