import { describe, expect, it } from 'vitest';
import { design } from '../engine/testing/builder.ts';
import { arrangeIfUnplaced, hasNoLayout } from './arrange.ts';

describe('layout for designs that arrive without positions', () => {
  const said: string[] = [];
  const notify = (text: string) => void said.push(text);
  const bare = () => {
    const d = design().account('net').vpc('main', 'net', '10.0.0.0/16').subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a').build();
    return { ...d, layout: {} };
  };

  it('lays out a design with no boxes at all, every box inside its container', async () => {
    const arranged = await arrangeIfUnplaced(bare(), notify);
    expect(said).toEqual([]);
    expect(hasNoLayout(arranged)).toBe(false);
    const vpc = arranged.resources.find((r) => r.kind === 'vpc')!;
    const subnet = arranged.resources.find((r) => r.kind === 'subnet')!;
    const outer = arranged.layout[vpc.id]!;
    const inner = arranged.layout[subnet.id]!;
    expect(inner.x).toBeGreaterThanOrEqual(0);
    expect(inner.y).toBeGreaterThanOrEqual(0);
    expect(inner.x + inner.w!).toBeLessThanOrEqual(outer.w!);
    expect(inner.y + inner.h!).toBeLessThanOrEqual(outer.h!);
  });

  it('keeps a design that has any box as it is', async () => {
    const d = bare();
    const vpc = d.resources.find((r) => r.kind === 'vpc')!;
    const placed = { ...d, layout: { [vpc.id]: { x: 5, y: 5, w: 400, h: 300 } } };
    expect(hasNoLayout(placed)).toBe(false);
    expect(await arrangeIfUnplaced(placed, notify)).toBe(placed);
  });
});
