import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { reconcileNodes, withGeometryOf } from './reconcile.ts';

const box = (id: string, x: number, extra: Partial<Node> = {}): Node => ({ id, position: { x, y: 0 }, data: {}, ...extra });

describe('reconcileNodes', () => {
  it('keeps the previous objects and array when nothing changed', () => {
    const previous = [box('a', 0), box('b', 10)];
    expect(reconcileNodes(previous, [box('a', 0), box('b', 10)])).toBe(previous);
  });

  it('replaces only the box that changed', () => {
    const previous = [box('a', 0), box('b', 10)];
    const next = reconcileNodes(previous, [box('a', 0), box('b', 20)]);
    expect(next).not.toBe(previous);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]!.position.x).toBe(20);
  });
});

describe('withGeometryOf (a refused drag or resize goes back)', () => {
  const design = [box('vpc', 0, { width: 300, height: 200 }), box('subnet', 10, { parentId: 'vpc' })];

  it('puts moved and resized boxes back where the design has them, keeping their measured size', () => {
    const shown = [
      box('vpc', 180, { width: 340, height: 200, measured: { width: 340, height: 200 }, dragging: false }),
      box('subnet', 10, { parentId: 'vpc', measured: { width: 168, height: 48 } }),
    ];
    const back = withGeometryOf(design, shown);
    expect(back[0]).toMatchObject({ id: 'vpc', position: { x: 0, y: 0 }, width: 300, height: 200, measured: { width: 340, height: 200 } });
    // Untouched boxes stay the very objects React Flow measured, so it does not measure them again.
    expect(back[1]).toBe(shown[1]);
  });

  it('drops boxes the design no longer has', () => {
    expect(withGeometryOf(design.slice(0, 1), [...design]).map((n) => n.id)).toEqual(['vpc']);
  });
});
