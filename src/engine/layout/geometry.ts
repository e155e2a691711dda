/** Plain rectangles and points in one coordinate space (the canvas's flow coordinates, or an SVG's). */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by });

/** Overlap with a positive area; touching edges do not count. */
export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export const overlapArea = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Strictly inside: a point on the border is outside. */
export const inside = (p: Point, r: Rect): boolean => p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h;

export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

export function boundsOf(rects: Iterable<Rect>): Rect | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.w);
    y1 = Math.max(y1, r.y + r.h);
  }
  return x0 === Infinity ? undefined : { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * Rectangles bucketed by a coarse grid, so "what is near here" costs the neighbourhood, not
 * the whole design (a landing zone has thousands of boxes).
 */
export class RectIndex<T extends { readonly rect: Rect }> {
  private readonly cells = new Map<string, T[]>();

  constructor(
    items: Iterable<T> = [],
    private readonly cell = 400,
  ) {
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    for (const key of this.keys(item.rect)) {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    }
  }

  /** Items whose rectangle overlaps `area` (each once). */
  near(area: Rect): T[] {
    const seen = new Set<T>();
    for (const key of this.keys(area)) for (const item of this.cells.get(key) ?? []) if (overlaps(item.rect, area)) seen.add(item);
    return [...seen];
  }

  private *keys(r: Rect): Generator<string> {
    const c = this.cell;
    for (let i = Math.floor(r.x / c); i <= Math.floor((r.x + r.w) / c); i++) for (let j = Math.floor(r.y / c); j <= Math.floor((r.y + r.h) / c); j++) yield `${i},${j}`;
  }
}
