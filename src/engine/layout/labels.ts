/**
 * Where an edge's label goes: on its route, at the first place along it where the label
 * covers no box and no label already placed, and stays inside the drawing. Longer straight
 * runs are tried first, middles before ends.
 */
import { contains, overlapArea, type Point, type Rect } from './geometry.ts';

export interface LabelSize {
  readonly w: number;
  readonly h: number;
}

/** Font-independent estimate of a label's drawn size (10 px text, 6 px padding each side). */
export function labelSize(text: string): LabelSize {
  return { w: Math.ceil(text.length * 6.6) + 16, h: 16 };
}

const FRACTIONS = [0.5, 0.3, 0.7, 0.15, 0.85];

/** Candidate centres, best first: on each segment (longest first), then beside it. */
function candidates(route: readonly Point[], size: LabelSize): Point[] {
  const segments = route.slice(1).map((b, i) => ({ a: route[i]!, b, length: Math.abs(b.x - route[i]!.x) + Math.abs(b.y - route[i]!.y) }));
  // The first and last pieces are the stubs at the boxes: tried last, labels there crowd the boxes.
  const inner = segments.length > 2 ? segments.slice(1, -1) : segments;
  const ordered = [...[...inner].sort((p, q) => q.length - p.length), ...(segments.length > 2 ? [segments[0]!, segments.at(-1)!] : [])];
  const on: Point[] = [];
  const beside: Point[] = [];
  for (const { a, b } of ordered) {
    const horizontal = a.y === b.y;
    for (const t of FRACTIONS) {
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      on.push(p);
      // Beside the line, a step further out each time, when the line itself has no room.
      for (const k of [1, 2, 3]) {
        const off = horizontal ? { x: 0, y: k * (size.h / 2 + 3) } : { x: k * (size.w / 2 + 3), y: 0 };
        beside.push({ x: p.x + off.x, y: p.y + off.y }, { x: p.x - off.x, y: p.y - off.y });
      }
    }
  }
  return [...on, ...beside];
}

export const labelRect = (center: Point, size: LabelSize): Rect => ({ x: center.x - size.w / 2, y: center.y - size.h / 2, w: size.w, h: size.h });

/**
 * The label's centre. `covered` says how much of a rectangle is taken by boxes and labels
 * already placed (0 when free); `within` is the drawing's area. The least covered place wins
 * when no place is free.
 */
export function placeLabel(route: readonly Point[], size: LabelSize, covered: (r: Rect) => number, within?: Rect): Point {
  let best: Point | undefined;
  let bestCover = Infinity;
  for (const center of candidates(route, size)) {
    const r = labelRect(center, size);
    const out = within && !contains(within, r) ? size.w * size.h - overlapArea(within, r) + 1 : 0;
    const cover = covered(r) + out;
    if (cover === 0) return center;
    if (cover < bestCover) {
      bestCover = cover;
      best = center;
    }
  }
  return best ?? route[0] ?? { x: 0, y: 0 };
}
