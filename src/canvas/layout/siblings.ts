/** The boxes drawn side by side in one container, and when two of them crowd each other. */
import type { Design } from '../../engine/model/index.ts';
import { indexDesign, KINDS } from '../../engine/model/index.ts';
import { nestingLayout, type Boxes } from './nesting.ts';
import { GAP } from './sizes.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Whether two boxes come closer than the spacing kept between siblings. */
export function crowds(a: Rect, b: Rect, gap = GAP): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** Boxes drawn directly in `parentId` (undefined: on the canvas), as laid out now. */
export function siblingBoxes(design: Design, parentId: string | undefined, boxes: Boxes = nestingLayout(design)): Map<string, Rect> {
  const index = indexDesign(design);
  const result = new Map<string, Rect>();
  for (const resource of design.resources) {
    if (KINDS[resource.kind].drawnAs !== 'node' || !boxes[resource.id]) continue;
    const parent = resource.parent && boxes[resource.parent] && index.byId.has(resource.parent) ? resource.parent : undefined;
    if (parent === parentId) result.set(resource.id, boxes[resource.id]!);
  }
  return result;
}

