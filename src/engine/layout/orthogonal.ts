/**
 * One orthogonal route between two boxes that keeps clear of other boxes: a shortest path
 * with few bends over the grid of lines along the obstacles' sides (an orthogonal visibility
 * grid), searched with A*. Pure and synchronous, so the canvas and the picture export draw the
 * same route from the same boxes.
 */
import { contains, grow, type Point, type Rect } from './geometry.ts';

export interface OrthogonalOptions {
  /** Space kept between a route and any box it passes. */
  readonly clearance: number;
  /** A bend costs as much as this much length: fewer bends beat slightly shorter routes. */
  readonly bendCost: number;
}

export const ORTHOGONAL_DEFAULTS: OrthogonalOptions = { clearance: 10, bendCost: 40 };

/** Right, down, left, up: a side of a box and the direction leaving it. */
const DIRS: readonly Point[] = [
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: -1, y: 0 },
  { x: 0, y: -1 },
];

const portOf = (r: Rect, side: number): Point => {
  const d = DIRS[side]!;
  return { x: r.x + r.w / 2 + (d.x * r.w) / 2, y: r.y + r.h / 2 + (d.y * r.h) / 2 };
};

/** Past this many grid points the search would cost more than a frame; the caller draws a plain line. */
const MAX_GRID = 15_000;

/** The index of the first value strictly greater than `v` in an ascending list. */
function firstAbove(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const half = (v: number) => Math.round(v * 2) / 2;

const sorted = (values: number[], mid: boolean): number[] => {
  const unique = [...new Set(values.map(half))].sort((a, b) => a - b);
  if (!mid) return unique;
  // Midlines between neighbouring lines let a route run down the middle of a gap.
  const withMid: number[] = [];
  unique.forEach((v, i) => {
    withMid.push(v);
    const next = unique[i + 1];
    if (next !== undefined && next - v > 6) withMid.push(half((v + next) / 2));
  });
  return withMid;
};

/** A small binary heap of [priority, value]. */
class Heap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      values[i] = values[p]!;
      i = p;
    }
    keys[i] = key;
    values[i] = value;
  }
  /** The priority of the value `pop` returned last. */
  poppedKey = 0;
  pop(): number {
    const { keys, values } = this;
    const top = values[0]!;
    this.poppedKey = keys[0]!;
    const key = keys.pop()!;
    const value = values.pop()!;
    if (keys.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= keys.length) break;
        const c = l + 1 < keys.length && keys[l + 1]! < keys[l]! ? l + 1 : l;
        if (keys[c]! >= key) break;
        keys[i] = keys[c]!;
        values[i] = values[c]!;
        i = c;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}

/** Drops points that do not turn. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const a = out.at(-2);
    const b = out.at(-1);
    if (b && b.x === p.x && b.y === p.y) continue;
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/**
 * The route from `source` to `target` inside `area`, or undefined when the obstacles leave no
 * way through. Obstacles are the boxes to keep clear of; the ends themselves are kept clear
 * of too (a route does not cut through its own box), unless one holds the other.
 */
export function routeOrthogonal(
  source: Rect,
  target: Rect,
  obstacles: readonly Rect[],
  area: Rect,
  { clearance, bendCost }: OrthogonalOptions = ORTHOGONAL_DEFAULTS,
): Point[] | undefined {
  const nested = contains(source, target) || contains(target, source);
  // On the half-unit grid the lines are drawn on, so a box's side is exactly a line.
  const blocks = [...obstacles, ...(nested ? [] : [source, target])].map((r) => {
    const g = grow(r, clearance);
    const x = half(g.x);
    const y = half(g.y);
    return { x, y, w: half(g.x + g.w) - x, h: half(g.y + g.h) - y };
  });
  const sides = [0, 1, 2, 3];
  const ports = (r: Rect) => sides.map((s) => ({ side: s, port: portOf(r, s), stub: { x: portOf(r, s).x + DIRS[s]!.x * clearance, y: portOf(r, s).y + DIRS[s]!.y * clearance } }));
  const starts = ports(source);
  const goals = ports(target);
  const lines = (mid: boolean) => ({
    xs: sorted([area.x, area.x + area.w, ...blocks.flatMap((b) => [b.x, b.x + b.w]), ...starts.map((s) => s.stub.x), ...goals.map((g) => g.stub.x)], mid).filter((x) => x >= area.x && x <= area.x + area.w),
    ys: sorted([area.y, area.y + area.h, ...blocks.flatMap((b) => [b.y, b.y + b.h]), ...starts.map((s) => s.stub.y), ...goals.map((g) => g.stub.y)], mid).filter((y) => y >= area.y && y <= area.y + area.h),
  });
  // Midlines make routes run down the middle of gaps; a crowded area goes without them.
  let { xs, ys } = lines(true);
  if (xs.length * ys.length > MAX_GRID) ({ xs, ys } = lines(false));
  if (xs.length * ys.length > MAX_GRID) return undefined;
  const nx = xs.length;
  const ny = ys.length;
  // Blocked grid points and steps, marked box by box over the lines each box spans: a step
  // between neighbouring lines is either wholly inside a box or wholly outside it.
  const free = new Uint8Array(nx * ny).fill(1);
  const rowOpen = new Uint8Array(nx * ny).fill(1);
  const columnOpen = new Uint8Array(nx * ny).fill(1);
  for (const b of blocks) {
    const i0 = firstAbove(xs, b.x);
    const i1 = firstAbove(xs, b.x + b.w - 1e-6);
    const j0 = firstAbove(ys, b.y);
    const j1 = firstAbove(ys, b.y + b.h - 1e-6);
    const iFrom = firstAbove(xs, b.x - 1e-6);
    const jFrom = firstAbove(ys, b.y - 1e-6);
    for (let j = j0; j < j1; j++) {
      // Points strictly inside, and the steps along row j that start at or after the box's left line.
      for (let i = i0; i < i1; i++) free[j * nx + i] = 0;
      for (let i = iFrom; i < i1; i++) rowOpen[j * nx + i] = 0;
    }
    for (let i = i0; i < i1; i++) for (let j = jFrom; j < j1; j++) columnOpen[j * nx + i] = 0;
  }
  // Step from node n in direction d: right/left use the row step starting at the lower index.
  const canStep = (node: number, next: number, d: number): boolean => (d % 2 === 0 ? rowOpen : columnOpen)[Math.min(node, next)] === 1;
  const nodeAt = (p: Point): number => {
    const i = xs.indexOf(half(p.x));
    const j = ys.indexOf(half(p.y));
    return i < 0 || j < 0 ? -1 : j * nx + i;
  };
  const goalAt = new Map<number, { side: number; port: Point }[]>();
  for (const g of goals) {
    const n = nodeAt(g.stub);
    if (n >= 0 && free[n]) goalAt.set(n, [...(goalAt.get(n) ?? []), g]);
  }
  if (goalAt.size === 0) return undefined;
  const goalPoints = [...goalAt.keys()].map((n) => ({ x: xs[n % nx]!, y: ys[Math.floor(n / nx)]! }));
  const h = (n: number) => {
    const x = xs[n % nx]!;
    const y = ys[Math.floor(n / nx)]!;
    let best = Infinity;
    for (const g of goalPoints) best = Math.min(best, Math.abs(g.x - x) + Math.abs(g.y - y));
    return best;
  };
  const states = nx * ny * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const previous = new Int32Array(states).fill(-1);
  const heap = new Heap();
  for (const s of starts) {
    const n = nodeAt(s.stub);
    if (n < 0 || !free[n]) continue;
    const state = n * 4 + s.side;
    cost[state] = 0;
    heap.push(h(n), state);
  }
  let best = Infinity;
  let bestState = -1;
  let bestGoal: Point | undefined;
  while (heap.size > 0) {
    const state = heap.pop();
    const g = cost[state]!;
    const node = Math.floor(state / 4);
    // A cheaper way here was found after this entry was queued.
    if (heap.poppedKey > g + h(node) + 1e-9) continue;
    if (g + h(node) >= best) break;
    const dir = state % 4;
    for (const goal of goalAt.get(node) ?? []) {
      // The last step goes into the target's side: a turn unless already heading that way.
      const entering = (goal.side + 2) % 4;
      const total = g + (dir === entering ? 0 : bendCost) + (dir === goal.side ? bendCost : 0);
      if (total < best) {
        best = total;
        bestState = state;
        bestGoal = goal.port;
      }
    }
    const i = node % nx;
    const j = Math.floor(node / nx);
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const ni = i + DIRS[d]!.x;
      const nj = j + DIRS[d]!.y;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const next = nj * nx + ni;
      if (!free[next] || !canStep(node, next, d)) continue;
      const step = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!) + (d === dir ? 0 : bendCost);
      const nextState = next * 4 + d;
      if (g + step < cost[nextState]!) {
        cost[nextState] = g + step;
        previous[nextState] = state;
        heap.push(g + step + h(next), nextState);
      }
    }
  }
  if (bestState < 0 || !bestGoal) return undefined;
  const nodes: Point[] = [];
  for (let s = bestState; s >= 0; s = previous[s]!) {
    const n = Math.floor(s / 4);
    nodes.push({ x: xs[n % nx]!, y: ys[Math.floor(n / nx)]! });
    if (previous[s]! < 0) {
      const start = starts.find((st) => st.side === s % 4)!;
      nodes.push(start.port);
    }
  }
  nodes.reverse();
  nodes.push(bestGoal);
  return simplify(nodes);
}

/** A plain route when no clear one exists: out of the source's right side, across, into the target's left. */
export function directRoute(source: Rect, target: Rect): Point[] {
  const forward = target.x >= source.x + source.w;
  const a = portOf(source, forward ? 0 : 2);
  const b = portOf(target, forward ? 2 : 0);
  const midX = (a.x + b.x) / 2;
  return simplify([a, { x: midX, y: a.y }, { x: midX, y: b.y }, b]);
}
