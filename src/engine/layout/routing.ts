/**
 * Edge routes for a drawing: every edge an orthogonal route around the boxes it does not
 * join, its label on the route clear of boxes and of the labels placed before it, all inside
 * the drawing's bounds (so a view fitted to the boxes shows every edge). The canvas and the
 * picture export both draw these, from the same boxes.
 *
 * Routes are computed when first asked for and kept: the canvas asks only for the edges it
 * shows, so a landing zone of thousands of edges routes the few dozen on screen. A small
 * drawing routes every edge at once, in edge order, so its labels land where the export's do.
 */
import { boundsOf, grow, overlapArea, RectIndex, type Point, type Rect } from './geometry.ts';
import { labelRect, labelSize, placeLabel, type LabelSize } from './labels.ts';
import { directRoute, ORTHOGONAL_DEFAULTS, routeOrthogonal } from './orthogonal.ts';

export type { Point, Rect } from './geometry.ts';

export interface RoutedBox {
  readonly id: string;
  /** Absolute, in the drawing's coordinates. */
  readonly rect: Rect;
  /** Routes go around it (a leaf, a collapsed container); open containers are crossed. */
  readonly obstacle: boolean;
  /** A container's title strip: labels keep off it. */
  readonly header?: Rect;
}

export interface EdgeEnds {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Text of the label drawn on the edge, if it has one. */
  readonly label?: string;
}

export interface EdgeRoute {
  /** From the source box's side to the target box's side; horizontal and vertical runs only. */
  readonly points: readonly Point[];
  readonly label?: { readonly center: Point; readonly size: LabelSize };
}

/** Past this many edges, routes are computed only for the edges asked for. */
const ALL_AT_ONCE = 400;
/** How far past the two ends a route may wander to get around boxes, before a wider search. */
const NEAR = 160;
/** Room around the drawing a route may use. */
const MARGIN = 16;
/**
 * Past this many boxes between two ends (a transit gateway attachment across a landing zone)
 * the search would cost more than a frame: such an edge is drawn as a plain stepped line.
 */
const MAX_OBSTACLES = 60;

type Item = { readonly rect: Rect; readonly id?: string };

export class EdgeRouter {
  private readonly boxes = new Map<string, RoutedBox>();
  private readonly edges = new Map<string, EdgeEnds>();
  private readonly obstacles: RectIndex<Item>;
  /** What labels keep clear of: boxes, title strips and the labels placed so far. */
  private readonly taken: RectIndex<Item>;
  private readonly handles: RectIndex<Item>;
  private readonly routes = new Map<string, EdgeRoute | undefined>();
  readonly bounds: Rect;

  constructor(boxes: Iterable<RoutedBox>, edges: Iterable<EdgeEnds>) {
    for (const box of boxes) this.boxes.set(box.id, box);
    for (const edge of edges) this.edges.set(edge.id, edge);
    const all = [...this.boxes.values()];
    this.obstacles = new RectIndex(all.filter((b) => b.obstacle).map((b) => ({ rect: b.rect, id: b.id })));
    this.taken = new RectIndex<Item>([
      ...all.filter((b) => b.obstacle).map((b) => ({ rect: b.rect })),
      ...all.flatMap((b) => (b.header ? [{ rect: b.header }] : [])),
    ]);
    this.handles = new RectIndex<Item>(all.flatMap((b) => handleZones(b.rect).map((rect) => ({ rect }))));
    this.bounds = grow(boundsOf(all.map((b) => b.rect)) ?? { x: 0, y: 0, w: 0, h: 0 }, MARGIN);
    if (this.edges.size <= ALL_AT_ONCE) for (const id of this.edges.keys()) this.route(id);
  }

  /** A box as the router sees it. */
  box(id: string): Rect | undefined {
    return this.boxes.get(id)?.rect;
  }

  /** The edge's route, or undefined when one of its boxes is not drawn. */
  route(id: string): EdgeRoute | undefined {
    if (this.routes.has(id)) return this.routes.get(id);
    const edge = this.edges.get(id);
    const source = edge && this.boxes.get(edge.source);
    const target = edge && this.boxes.get(edge.target);
    const route = edge && source && target ? this.compute(edge, source.rect, target.rect) : undefined;
    this.routes.set(id, route);
    return route;
  }

  private compute(edge: EdgeEnds, source: Rect, target: Rect): EdgeRoute {
    const points = this.path(edge, source, target);
    if (!edge.label) return { points };
    const size = labelSize(edge.label);
    // Labels draw above containers, so they keep off the handles a connect drag starts on; where
    // no place is free, covering a handle is the lesser harm than covering a box or a label.
    const covered = (r: Rect) =>
      this.taken.near(r).reduce((sum, item) => sum + overlapArea(item.rect, r), 0) +
      this.handles.near(r).reduce((sum, item) => sum + HANDLE_WEIGHT * overlapArea(item.rect, r), 0);
    const center = placeLabel(points, size, covered, this.bounds);
    this.taken.add({ rect: labelRect(center, size) });
    return { points, label: { center, size } };
  }

  private path(edge: EdgeEnds, source: Rect, target: Rect): Point[] {
    const ends = boundsOf([source, target])!;
    for (const reach of [NEAR, NEAR * 4]) {
      const area = intersect(grow(ends, reach), this.bounds);
      const obstacles = this.obstacles
        .near(area)
        .filter((item) => item.id !== edge.source && item.id !== edge.target)
        .map((item) => item.rect);
      if (obstacles.length > MAX_OBSTACLES) break;
      const points = routeOrthogonal(source, target, obstacles, area, ORTHOGONAL_DEFAULTS);
      if (points) return points;
    }
    return directRoute(source, target);
  }
}

/** Side of the connection handle drawn at the middle of a box's left and right sides (canvas/nodes/Handles.tsx). */
export const HANDLE_SIZE = 12;
const HANDLE_ROOM = 4;
const HANDLE_WEIGHT = 0.01;

/** Where a box's two handles are, with a little room around them. */
export function handleZones(box: Rect): Rect[] {
  const side = HANDLE_SIZE + 2 * HANDLE_ROOM;
  const y = box.y + box.h / 2 - side / 2;
  return [
    { x: box.x - side / 2, y, w: side, h: side },
    { x: box.x + box.w - side / 2, y, w: side, h: side },
  ];
}

function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x), h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y) };
}

/** Every edge's route, in edge order (what the picture export draws). */
export function routeEdges(boxes: Iterable<RoutedBox>, edges: readonly EdgeEnds[]): Map<string, EdgeRoute> {
  const router = new EdgeRouter(boxes, edges);
  const routes = new Map<string, EdgeRoute>();
  for (const edge of edges) {
    const route = router.route(edge.id);
    if (route) routes.set(edge.id, route);
  }
  return routes;
}

/** An SVG path through the route's points, corners rounded by up to `radius`. */
export function routePath(points: readonly Point[], radius = 6): string {
  if (points.length === 0) return '';
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const at = points[i]!;
    const next = points[i + 1]!;
    const r = Math.min(radius, dist(prev, at) / 2, dist(at, next) / 2);
    const a = toward(at, prev, r);
    const b = toward(at, next, r);
    d += ` L${a.x},${a.y} Q${at.x},${at.y} ${b.x},${b.y}`;
  }
  const last = points.at(-1)!;
  return `${d} L${last.x},${last.y}`;
}

const dist = (a: Point, b: Point) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
const toward = (from: Point, to: Point, by: number): Point => {
  const d = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) / d) * by, y: from.y + ((to.y - from.y) / d) * by };
};
