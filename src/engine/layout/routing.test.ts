import { describe, expect, it } from 'vitest';
import { contains, grow, inside, overlaps, type Point, type Rect } from './geometry.ts';
import { labelRect } from './labels.ts';
import { handleZones, routeEdges, routePath, type RoutedBox } from './routing.ts';

const leaf = (id: string, x: number, y: number): RoutedBox => ({ id, rect: { x, y, w: 168, h: 48 }, obstacle: true });

/** Points every 2 units along a route. */
function along(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const n = Math.max(1, Math.ceil((Math.abs(b.x - a.x) + Math.abs(b.y - a.y)) / 2));
    for (let k = 0; k <= n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  return out;
}

const crosses = (points: readonly Point[], box: Rect) => along(points).some((p) => inside(p, box));

describe('edge routes', () => {
  it('go around a box that stands between the two ends, in horizontal and vertical runs', () => {
    const boxes = [leaf('a', 0, 100), leaf('wall', 260, 100), leaf('b', 520, 100)];
    const routes = routeEdges(boxes, [{ id: 'e', source: 'a', target: 'b', label: 'Target web :443' }]);
    const route = routes.get('e')!;
    expect(crosses(route.points, boxes[1]!.rect)).toBe(false);
    route.points.slice(1).forEach((p, i) => expect(p.x === route.points[i]!.x || p.y === route.points[i]!.y).toBe(true));
    // It starts on the source's border and ends on the target's.
    const onBorder = (p: Point, r: Rect) => contains(grow(r, 0.5), { x: p.x, y: p.y, w: 0, h: 0 }) && !inside(p, grow(r, -0.5));
    expect(onBorder(route.points[0]!, boxes[0]!.rect)).toBe(true);
    expect(onBorder(route.points.at(-1)!, boxes[2]!.rect)).toBe(true);
  });

  it('find a way through a gap between boxes, and never leave the drawing', () => {
    // A column of boxes with one 24-unit gap: the route threads it or goes round, inside the bounds.
    const column = [0, 1, 2, 4, 5].map((n) => leaf(`w${n}`, 300, n * 72));
    const boxes = [leaf('a', 0, 160), ...column, leaf('b', 620, 160)];
    const route = routeEdges(boxes, [{ id: 'e', source: 'a', target: 'b' }]).get('e')!;
    for (const wall of column) expect(crosses(route.points, wall.rect)).toBe(false);
    const bounds = grow({ x: 0, y: 0, w: 788, h: 408 }, 16);
    for (const p of route.points) expect(contains(bounds, { x: p.x, y: p.y, w: 0, h: 0 })).toBe(true);
  });

  it('place labels clear of every box and of each other', () => {
    // Four edges fan out from one box to a column: their labels must not pile up.
    const targets = [0, 1, 2, 3].map((n) => leaf(`t${n}`, 420, n * 72));
    const boxes = [leaf('lb', 0, 100), ...targets];
    const edges = targets.map((t) => ({ id: `lb->${t.id}`, source: 'lb', target: t.id, label: `Target ${t.id} :443` }));
    const routes = routeEdges(boxes, edges);
    const labels = edges.map((e) => routes.get(e.id)!.label!).map((l) => labelRect(l.center, l.size));
    for (const label of labels) for (const box of boxes) expect(overlaps(label, box.rect)).toBe(false);
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it('place labels clear of the side handles a connect drag starts on, containers included', () => {
    const vpc = (id: string, x: number): RoutedBox => ({ id, rect: { x, y: 0, w: 300, h: 200 }, obstacle: false, header: { x, y: 0, w: 300, h: 36 } });
    const boxes = [vpc('vpc-1', 0), vpc('vpc-2', 360), leaf('app', 60, 300), leaf('db', 520, 300)];
    const edges = [
      { id: 'peer', source: 'vpc-1', target: 'vpc-2', label: 'Peering pcx-1' },
      { id: 'app->db', source: 'app', target: 'db', label: 'Target db :5432' },
    ];
    const routes = routeEdges(boxes, edges);
    for (const edge of edges) {
      const label = routes.get(edge.id)!.label!;
      const rect = labelRect(label.center, label.size);
      for (const box of boxes) for (const zone of handleZones(box.rect)) expect(overlaps(rect, zone), `${edge.id} label on ${box.id}'s handle`).toBe(false);
    }
  });

  it('cross open containers but not the boxes inside them', () => {
    const vpc: RoutedBox = { id: 'vpc', rect: { x: 200, y: 0, w: 400, h: 300 }, obstacle: false, header: { x: 200, y: 0, w: 400, h: 36 } };
    const inner = leaf('inner', 316, 126);
    const boxes = [leaf('a', 0, 126), vpc, inner, leaf('b', 800, 126)];
    const route = routeEdges(boxes, [{ id: 'e', source: 'a', target: 'b' }]).get('e')!;
    expect(crosses(route.points, inner.rect)).toBe(false);
    expect(route.points.some((p) => p.x > 200 && p.x < 600) || route.points.length === 2).toBe(true);
  });

  it('draw as an SVG path with rounded corners that starts and ends at the route ends', () => {
    const d = routePath([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 40 }]);
    expect(d.startsWith('M0,0')).toBe(true);
    expect(d.endsWith('L50,40')).toBe(true);
    expect(d).toContain('Q50,0');
  });
});
