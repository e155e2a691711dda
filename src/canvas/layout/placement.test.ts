import { describe, expect, it } from 'vitest';
import { design } from '../../engine/testing/builder.ts';
import type { Design, OpResult } from '../../engine/model/index.ts';
import { addToSelectionOperation } from '../addToSelection.ts';
import { placeNew } from '../dropResource.ts';
import { growParents } from './growParents.ts';
import { nestingLayout } from './nesting.ts';
import { crowds, siblingBoxes } from './siblings.ts';
import { FOOTER, HEADER, PAD } from './sizes.ts';

const ok = (result: OpResult): Design => {
  if (!result.ok) throw new Error(result.reason);
  return result.design;
};

/** Every drawn box inside its parent clear of the header and badge strip, and no two siblings crowding. */
function expectTidy(d: Design): void {
  const boxes = nestingLayout(d);
  const parents = new Set<string | undefined>([undefined, ...d.resources.map((r) => r.parent)]);
  for (const parent of parents) {
    const siblings = [...siblingBoxes(d, parent)];
    for (const [id, box] of siblings) {
      for (const [other, next] of siblings) if (id < other) expect(crowds(box, next, 0), `${id} and ${other} overlap`).toBe(false);
      if (!parent || !boxes[parent]) continue;
      const outer = boxes[parent]!;
      expect(box.x, `${id} left`).toBeGreaterThanOrEqual(PAD);
      expect(box.y, `${id} top`).toBeGreaterThanOrEqual(HEADER);
      expect(box.x + box.w, `${id} right`).toBeLessThanOrEqual(outer.w - PAD);
      expect(box.y + box.h, `${id} bottom, clear of the badge strip`).toBeLessThanOrEqual(outer.h - FOOTER);
    }
  }
}

const start = () => design().account('net').vpc('main', 'net', '10.20.0.0/16').build();

describe('placing new boxes', () => {
  it('puts four subnets clicked into a VPC side by side in rows, growing the VPC and its account', () => {
    let d = start();
    for (let i = 0; i < 4; i++) d = ok(addToSelectionOperation('subnet', ['main'])(d));
    expectTidy(d);
    const boxes = nestingLayout(d);
    const subnets = d.resources.filter((r) => r.kind === 'subnet').map((s) => boxes[s.id]!);
    // Two columns, two rows.
    expect(new Set(subnets.map((b) => b.x)).size).toBe(2);
    expect(new Set(subnets.map((b) => b.y)).size).toBe(2);
  });

  it('a drop on an occupied spot moves to the nearest free one', () => {
    let d = ok(placeNew(start(), 'subnet', 'main', { x: 20, y: 40 }));
    const first = nestingLayout(d)['subnet-1']!;
    d = ok(placeNew(d, 'subnet', 'main', { x: first.x + 10, y: first.y + 10 }));
    expectTidy(d);
    expect(nestingLayout(d)['subnet-2']).not.toMatchObject({ x: first.x + 10, y: first.y + 10 });
  });

  it('a drop in free space stays where it was dropped', () => {
    const d = ok(placeNew(start(), 'internet-gateway', 'main', { x: 200, y: 120 }));
    expect(nestingLayout(d)['igw-1']).toMatchObject({ x: 200, y: 120 });
  });

  it('with a leaf selected, a click adds to its container: a subnet beside the selected subnet', () => {
    let d = ok(addToSelectionOperation('subnet', ['main'])(start()));
    d = ok(addToSelectionOperation('instance', ['subnet-1'])(d));
    d = ok(addToSelectionOperation('instance', ['i-1'])(d));
    d = ok(addToSelectionOperation('subnet', ['i-2'])(d));
    const byId = new Map(d.resources.map((r) => [r.id, r]));
    expect(byId.get('i-2')?.parent).toBe('subnet-1');
    expect(byId.get('subnet-2')?.parent).toBe('main');
    expectTidy(d);
  });

  it('a container that grows pushes the siblings it would cover aside', () => {
    let d = design().account('net').vpc('left', 'net', '10.0.0.0/16').vpc('right', 'net', '10.1.0.0/16').build();
    d = ok(addToSelectionOperation('subnet', ['left'])(d));
    d = ok(addToSelectionOperation('subnet', ['left'])(d));
    d = ok(addToSelectionOperation('subnet', ['left'])(d));
    expectTidy(d);
    expect(growParents(d, ['subnet-1'])).toBe(d);
  });
});
