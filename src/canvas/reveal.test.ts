import { describe, expect, it } from 'vitest';
import { design } from '../engine/testing/builder.ts';
import { nestingLayout } from './layout/nesting.ts';
import { absoluteBox, revealArea } from './reveal.ts';

describe('bringing an added box into view', () => {
  it('places a nested box by adding up its containers', () => {
    const d = design().account('net').vpc('main', 'net', '10.20.0.0/16').subnet('a', 'main', '10.20.0.0/24', 'ap-northeast-2a').build();
    const boxes = nestingLayout(d);
    const box = absoluteBox(d, 'a')!;
    expect(box.x).toBe(boxes.net!.x + boxes.main!.x + boxes.a!.x);
    expect(box.y).toBe(boxes.net!.y + boxes.main!.y + boxes.a!.y);
    expect(box.w).toBe(boxes.a!.w);
  });

  it('leaves the view alone when the box is in it', () => {
    expect(revealArea({ x: 100, y: 100, w: 50, h: 20 }, { x: 0, y: 0, w: 800, h: 600 }, 24)).toBeUndefined();
  });

  it('widens the view to hold what was on screen and the box beyond its edge', () => {
    const view = { x: 0, y: 0, w: 800, h: 600 };
    const area = revealArea({ x: 900, y: 100, w: 160, h: 48 }, view, 24)!;
    expect(area).toEqual({ x: 0, y: 0, w: 900 + 160 + 24, h: 600 });
  });

  it('counts a box touching the edge as out of view, so its margin shows', () => {
    expect(revealArea({ x: 700, y: 100, w: 100, h: 20 }, { x: 0, y: 0, w: 800, h: 600 }, 24)).toBeDefined();
  });
});
