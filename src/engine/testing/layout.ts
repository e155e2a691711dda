/**
 * A grid layout for generated designs (synthetic landing zones, gallery examples): every
 * node-drawn resource gets a box relative to its container, and containers are sized to
 * fit what they hold. Subnets line up in one column per availability zone.
 */
import type { LayoutBox } from '../model/design.ts';
import { DEFAULT_SIZES } from '../layout/sizes.ts';
import { KINDS } from '../model/kinds.ts';
import type { Resource } from '../model/resources.ts';

// Leaves are stored at the size the canvas draws them.
export const LEAF = DEFAULT_SIZES.leaf;
const PAD = 24;
const HEADER = 44;
const GAP = 24;
const EMPTY: Partial<Record<Resource['kind'], { w: number; h: number }>> = {
  account: { w: 420, h: 300 },
  vpc: { w: 380, h: 240 },
  subnet: { w: 228, h: 140 },
  'eks-cluster': { w: 228, h: 120 },
};

interface Cell {
  readonly resource: Resource;
  readonly column: number;
  readonly row: number;
}

/** Subnets by AZ column in order of appearance; other nodes on the rows below. */
function vpcCells(children: readonly Resource[]): Cell[] {
  const zones = [
    ...new Set(children.flatMap((c) => (c.kind === 'subnet' ? [c.availabilityZone] : []))),
  ].sort();
  const perZone = zones.map(() => 0);
  const cells: Cell[] = [];
  for (const child of children) {
    if (child.kind !== 'subnet') continue;
    const column = zones.indexOf(child.availabilityZone);
    cells.push({ resource: child, column, row: perZone[column]!++ });
  }
  const firstFree = Math.max(0, ...perZone);
  const width = Math.max(1, zones.length);
  children
    .filter((c) => c.kind !== 'subnet')
    .forEach((resource, i) =>
      cells.push({ resource, column: i % width, row: firstFree + Math.floor(i / width) }),
    );
  return cells;
}

function gridCells(children: readonly Resource[], columns = Math.max(1, Math.ceil(Math.sqrt(children.length)))): Cell[] {
  return children.map((resource, i) => ({
    resource,
    column: i % columns,
    row: Math.floor(i / columns),
  }));
}

/**
 * Boxes for every node-drawn resource; `origin` offsets the top-level grid. With `fit`, the
 * top level takes the number of columns that shows the drawing largest in a pane of that
 * size (the gallery's examples are read at fit view beside the side panels).
 */
export function gridLayout(
  resources: readonly Resource[],
  origin = { x: 40, y: 40 },
  { fit }: { fit?: { readonly w: number; readonly h: number } } = {},
): Record<string, LayoutBox> {
  const drawn = resources.filter((r) => KINDS[r.kind].drawnAs === 'node');
  const ids = new Set(drawn.map((r) => r.id));
  const children = new Map<string | undefined, Resource[]>();
  for (const resource of drawn) {
    const parent =
      resource.parent !== undefined && ids.has(resource.parent) ? resource.parent : undefined;
    const list = children.get(parent);
    if (list) list.push(resource);
    else children.set(parent, [resource]);
  }
  const layout: Record<string, LayoutBox> = {};

  /** Places the children of a container and returns the size they need. */
  const place = (
    container: Resource | undefined,
    offsetX: number,
    offsetY: number,
    columns?: number,
  ): { w: number; h: number } => {
    const kids = children.get(container?.id) ?? [];
    const cells = container?.kind === 'vpc' ? vpcCells(kids) : gridCells(kids, columns);
    const sizes = new Map<string, { w: number; h: number }>();
    for (const { resource } of cells) {
      const size = KINDS[resource.kind].container ? place(resource, PAD, HEADER) : LEAF;
      sizes.set(resource.id, size);
    }
    const columnWidths: number[] = [];
    const rowHeights: number[] = [];
    for (const { resource, column, row } of cells) {
      const size = sizes.get(resource.id)!;
      columnWidths[column] = Math.max(columnWidths[column] ?? 0, size.w);
      rowHeights[row] = Math.max(rowHeights[row] ?? 0, size.h);
    }
    const startOf = (sizesAlong: number[], n: number) => {
      let at = 0;
      for (let i = 0; i < n; i++) at += (sizesAlong[i] ?? 0) + GAP;
      return at;
    };
    for (const { resource, column, row } of cells) {
      const size = sizes.get(resource.id)!;
      layout[resource.id] = {
        x: offsetX + startOf(columnWidths, column),
        y: offsetY + startOf(rowHeights, row),
        w: size.w,
        h: size.h,
      };
    }
    const fallback = container ? (EMPTY[container.kind] ?? LEAF) : LEAF;
    if (cells.length === 0) return fallback;
    const used = {
      w: startOf(columnWidths, columnWidths.length) - GAP,
      h: startOf(rowHeights, rowHeights.length) - GAP,
    };
    return {
      w: Math.max(fallback.w, used.w + 2 * PAD),
      h: Math.max(fallback.h, used.h + HEADER + PAD),
    };
  };

  let columns: number | undefined;
  if (fit) {
    const top = children.get(undefined)?.length ?? 1;
    let best = 0;
    for (let n = 1; n <= top; n++) {
      const size = place(undefined, origin.x, origin.y, n);
      const scale = Math.min(fit.w / size.w, fit.h / size.h);
      if (scale > best) [best, columns] = [scale, n];
    }
  }
  place(undefined, origin.x, origin.y, columns);
  return layout;
}
