/**
 * Where a new box goes: free space inside its parent, never over a sibling or the parent's
 * badge strip. When the parent has no room left, the spot that grows it least is taken, and
 * growParents makes the room.
 */
import type { Design, LayoutBox } from '../../engine/model/index.ts';
import { indexDesign } from '../../engine/model/index.ts';
import { nestingLayout } from './nesting.ts';
import { crowds, siblingBoxes } from './siblings.ts';
import { FOOTER, GAP, HEADER, PAD } from './sizes.ts';
import { growParents } from './growParents.ts';

/** Where top-level boxes start, and how wide a row of them may get. */
const CANVAS_ORIGIN = 40;
const CANVAS_ROW = 2200;
/** The width-to-height ratio a growing container keeps near, like a screen. */
const LANDSCAPE = 1.6;

/**
 * The top-left corner for a `size` box in `parentId`, relative to the parent: `want` when it
 * is free, else the free spot nearest to it (reading order without one), else the spot that
 * grows the parent least.
 */
export function freeSpot(
  design: Design,
  parentId: string | undefined,
  size: { readonly w: number; readonly h: number },
  want?: { readonly x: number; readonly y: number },
  ignore: ReadonlySet<string> = new Set(),
): { x: number; y: number } {
  const boxes = nestingLayout(design);
  const siblings = [...siblingBoxes(design, parentId, boxes)].filter(([id]) => !ignore.has(id)).map(([, box]) => box);
  const parent = parentId ? boxes[parentId] : undefined;
  const left = parent ? PAD : CANVAS_ORIGIN;
  const top = parent ? HEADER : CANVAS_ORIGIN;
  const right = parent ? parent.w - PAD : CANVAS_ORIGIN + CANVAS_ROW;
  const bottom = parent ? parent.h - FOOTER : Infinity;
  const xs = new Set([left, ...siblings.map((s) => s.x + s.w + GAP)]);
  const ys = new Set([top, ...siblings.map((s) => s.y + s.h + GAP)]);
  const candidates: { x: number; y: number }[] = [];
  if (want) {
    candidates.push({ x: Math.round(Math.min(Math.max(want.x, left), Math.max(left, right - size.w))), y: Math.round(Math.min(Math.max(want.y, top), Math.max(top, bottom - size.h))) });
  }
  for (const y of ys) for (const x of xs) candidates.push({ x, y });
  const free = candidates.filter((c) => c.x >= left && c.y >= top && !siblings.some((s) => crowds({ ...c, ...size }, s)));
  const inside = free.filter((c) => c.x + size.w <= right && c.y + size.h <= bottom);
  if (inside.length > 0) {
    const distance = (c: { x: number; y: number }) => (want ? Math.hypot(c.x - want.x, c.y - want.y) : c.y * 1e6 + c.x);
    return inside.reduce((best, c) => (distance(c) < distance(best) ? c : best));
  }
  // No room: the spot that keeps the grown parent nearest a landscape shape, then smallest.
  const grown = (c: { x: number; y: number }) => {
    const w = Math.max(right, c.x + size.w) + (parent ? PAD : 0);
    const h = Math.max(Number.isFinite(bottom) ? bottom : 0, c.y + size.h) + (parent ? FOOTER : 0);
    return { shape: Math.abs(Math.log(w / h / LANDSCAPE)), area: w * h };
  };
  const ranked = free
    .filter((c) => c.x + size.w <= Math.max(right, left + CANVAS_ROW))
    .map((c) => ({ c, ...grown(c) }))
    .sort((a, b) => a.shape - b.shape || a.area - b.area || a.c.y - b.c.y || a.c.x - b.c.x);
  return ranked[0]?.c ?? { x: left, y: Math.max(top, ...siblings.map((s) => s.y + s.h + GAP)) };
}

/** The layout box a new resource of `size` gets in `parentId`: position, and size for containers. */
export function newBox(
  design: Design,
  parentId: string | undefined,
  size: { readonly w: number; readonly h: number },
  container: boolean,
  want?: { readonly x: number; readonly y: number },
): LayoutBox {
  const spot = freeSpot(design, parentId, size, want);
  return container ? { ...spot, w: size.w, h: size.h } : spot;
}

/**
 * Moves each of `ids` (boxes just added with a wished-for position) to the free spot nearest
 * that position in its parent, and grows the parents to hold them.
 */
export function arrangeAdded(design: Design, ids: readonly string[]): Design {
  const index = indexDesign(design);
  let current = design;
  for (const id of ids) {
    const resource = index.get(id);
    const box = nestingLayout(current)[id];
    if (!resource || !box) continue;
    const parent = resource.parent && index.byId.has(resource.parent) ? resource.parent : undefined;
    const spot = freeSpot(current, parent, box, box, new Set([id]));
    current = { ...current, layout: { ...current.layout, [id]: { ...current.layout[id], ...spot } } };
  }
  return growParents(current, ids);
}
