import { describe, expect, it } from 'vitest';
import { design } from '../../engine/testing/builder.ts';
import { setLayout } from '../../engine/model/index.ts';
import { growParents } from './growParents.ts';
import { nestingLayout } from './nesting.ts';

const sample = () =>
  design()
    .account('net')
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('b', 'main', '10.0.2.0/24', 'ap-northeast-2c')
    .add('instance', 'web', { parent: 'a' })
    .add('instance', 'api', { parent: 'a' })
    .build();

const within = (inner: { x: number; y: number; w: number; h: number }, outer: { w: number; h: number }) =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.w <= outer.w && inner.y + inner.h <= outer.h;

describe('default nesting layout', () => {
  it('sizes every container to hold its children', () => {
    const boxes = nestingLayout(sample());
    expect(within(boxes.main!, boxes.net!)).toBe(true);
    expect(within(boxes.a!, boxes.main!)).toBe(true);
    expect(within(boxes.b!, boxes.main!)).toBe(true);
    expect(within(boxes.web!, boxes.a!)).toBe(true);
    expect(within(boxes.api!, boxes.a!)).toBe(true);
  });

  it('does not overlap siblings', () => {
    const { a, b } = nestingLayout(sample());
    expect(a!.x + a!.w <= b!.x || b!.x + b!.w <= a!.x || a!.y + a!.h <= b!.y || b!.y + b!.h <= a!.y).toBe(true);
  });

  it('draws no box for kinds shown as badges or edges', () => {
    const boxes = nestingLayout(sample());
    expect(Object.keys(boxes).some((id) => id.includes('rtb') || id.includes('sg') || id.includes('acl'))).toBe(false);
  });

  it('is deterministic and keeps boxes the design already has', () => {
    const placed = setLayout(sample(), { web: { x: 300, y: 200 } });
    expect(nestingLayout(placed)).toEqual(nestingLayout(placed));
    expect(nestingLayout(placed).web).toMatchObject({ x: 300, y: 200 });
    // The subnet grows to hold the moved instance.
    expect(within(nestingLayout(placed).web!, nestingLayout(placed).a!)).toBe(true);
  });
});

describe('growing containers', () => {
  it('grows every ancestor with a stored size to hold a child put past its edge', () => {
    const base = setLayout(sample(), { net: { x: 0, y: 0, w: 400, h: 300 }, main: { x: 16, y: 36, w: 300, h: 200 } });
    const moved = growParents(setLayout(base, { main: { x: 16, y: 36, w: 600, h: 500 } }), ['main']);
    expect(moved.layout.net!.w).toBeGreaterThanOrEqual(616);
    expect(moved.layout.net!.h).toBeGreaterThanOrEqual(536);
  });

  it('leaves the design alone when everything fits', () => {
    const base = setLayout(sample(), { net: { x: 0, y: 0, w: 2000, h: 2000 } });
    expect(growParents(base, ['main'])).toBe(base);
  });
});
