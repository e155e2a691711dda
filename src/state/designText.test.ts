import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setLayout, updateResource, type Design } from '../engine/model/index.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { designText } from './designText.ts';

describe('a design as JSON text', () => {
  const design = syntheticLandingZone({ seed: 7, resources: 800 });

  it('is exactly what JSON.stringify writes', () => {
    expect(designText(design)).toBe(JSON.stringify(design));
  });

  it('follows an edit to a resource and to a box, and leaves out boxes that are undefined', () => {
    designText(design);
    const vpc = design.resources.find((r) => r.kind === 'vpc')!;
    const renamed = updateResource(design, vpc.id, { name: 'a "quoted" name with ${ and </script>' });
    if (!renamed.ok) throw new Error(renamed.reason);
    const moved = setLayout(renamed.design, { [vpc.id]: { x: 1, y: 2, w: 300, h: 200 } });
    expect(designText(moved)).toBe(JSON.stringify(moved));
    const holey: Design = { ...moved, layout: { ...moved.layout, ghost: undefined as never } };
    expect(designText(holey)).toBe(JSON.stringify(holey));
    expect(JSON.parse(designText(moved))).toEqual(JSON.parse(JSON.stringify(moved)));
  });

  it('matches JSON.stringify for any name, description and field values', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), fc.string(), (name, description, resourceName) => {
        const first = design.resources[0]!;
        const next: Design = {
          ...design,
          name,
          ...(description === undefined ? {} : { description }),
          resources: [{ ...first, name: resourceName }, ...design.resources.slice(1)],
        };
        expect(designText(next)).toBe(JSON.stringify(next));
      }),
      { numRuns: 50 },
    );
  });
});
