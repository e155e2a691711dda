import { describe, expect, it } from 'vitest';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { sameJson } from './sameJson.ts';

describe('sameJson', () => {
  it('finds a large design the same as its copy', async () => {
    const design = syntheticLandingZone({ seed: 3, resources: 2000 });
    expect(await sameJson(design, structuredClone(design))).toBe(true);
  });

  it('finds one changed name deep in a large design', async () => {
    const design = syntheticLandingZone({ seed: 3, resources: 2000 });
    const copy = structuredClone(design);
    const last = copy.resources.at(-1)!;
    copy.resources[copy.resources.length - 1] = { ...last, name: `${last.name}-x` };
    expect(await sameJson(design, copy)).toBe(false);
  });

  it('finds a changed layout box, a missing key and a different length', async () => {
    const design = syntheticLandingZone({ seed: 3, resources: 2000 });
    const id = Object.keys(design.layout).at(-1)!;
    const moved = structuredClone(design);
    moved.layout[id] = { ...moved.layout[id]!, x: moved.layout[id]!.x + 1 };
    expect(await sameJson(design, moved)).toBe(false);
    const { [id]: _gone, ...rest } = design.layout;
    expect(await sameJson(design, { ...design, layout: rest })).toBe(false);
    expect(await sameJson(design, { ...design, resources: design.resources.slice(1) })).toBe(false);
  });

  it('tells values of different shapes apart', async () => {
    expect(await sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(await sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(await sameJson(null, {})).toBe(false);
  });
});
