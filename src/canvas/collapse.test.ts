import { describe, expect, it } from 'vitest';
import { design } from '../engine/testing/builder.ts';
import { toggleCollapsed } from './collapse.ts';
import { buildEdges } from './flowEdges.ts';
import { buildNodes } from './flowNodes.ts';
import { reconcileNodes } from './reconcile.ts';
import { containerCounts } from './nodes/useCounts.ts';

const sample = () =>
  design()
    .account('net')
    .vpc('a', 'net', '10.0.0.0/16')
    .subnet('a1', 'a', '10.0.1.0/24', 'ap-northeast-2a')
    .add('instance', 'web', { parent: 'a1' })
    .vpc('b', 'net', '10.1.0.0/16')
    .subnet('b1', 'b', '10.1.1.0/24', 'ap-northeast-2a')
    .add('vpc-peering', 'peer', { requesterVpc: 'a', accepterVpc: 'b' })
    .build();

const none = new Set<string>();

describe('collapsing a VPC', () => {
  it('hides its contents, keeps the VPC as a short box, and counts what it holds', () => {
    const closed = toggleCollapsed(sample(), 'a');
    const nodes = buildNodes(closed, none);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('a1')?.hidden).toBe(true);
    expect(byId.get('web')?.hidden).toBe(true);
    expect(byId.get('b1')?.hidden).toBeUndefined();
    expect(byId.get('a')?.data.collapsed).toBe(true);
    expect(byId.get('a')!.height!).toBeLessThan(buildNodes(sample(), none).find((n) => n.id === 'a')!.height!);
    expect(containerCounts(closed, 'a')).toBe('1 subnet · 1 resource');
    expect(containerCounts(closed, 'net')).toBe('2 VPCs · 2 subnets · 1 resource');
  });

  it('expanding again is the design as it was', () => {
    const reopened = toggleCollapsed(toggleCollapsed(sample(), 'a'), 'a');
    expect(buildNodes(reopened, none).every((n) => !n.hidden)).toBe(true);
  });

  it('an edge into a collapsed account ends at the account', () => {
    const closed = toggleCollapsed(sample(), 'net');
    // Both VPCs are inside the account: the peering joins the account to itself and is not drawn.
    expect(buildEdges(closed, none)).toEqual([]);
    expect(buildEdges(sample(), none).map((e) => [e.source, e.target])).toEqual([['a', 'b']]);
  });
});

describe('stable nodes', () => {
  it('a change to one box gives React Flow the other boxes as the same objects', () => {
    const before = buildNodes(sample(), none);
    const moved = { ...sample(), layout: { web: { x: 300, y: 90 } } };
    const after = reconcileNodes(before, buildNodes(moved, none));
    expect(after).not.toBe(before);
    const changed = after.filter((n, i) => n !== before.find((b) => b.id === n.id) && i >= 0).map((n) => n.id);
    // The instance moved; its subnet, VPC and account grew and the VPC beside them shifted.
    // What sits inside that VPC did not move relative to it, so it keeps its object.
    expect(changed).toContain('web');
    expect(changed).not.toContain('b1');
    expect(reconcileNodes(after, buildNodes(moved, none))).toBe(after);
  });
});
