/**
 * A simple deterministic layout for designs without layout boxes (examples, imports):
 * children sit in rows inside their container, containers are sized to hold them.
 * Boxes already in the design win; only missing ones are filled in.
 */
import type { Design, LayoutBox } from '../../engine/model/index.ts';
import { indexDesign, KINDS } from '../../engine/model/index.ts';
import { FOOTER, GAP, HEADER, LEAF, newContainerSize, PAD } from './sizes.ts';

export type Boxes = Readonly<Record<string, Required<Pick<LayoutBox, 'x' | 'y' | 'w' | 'h'>>>>;

/** Rows wrap past this width, so a VPC with many subnets stays roughly landscape. */
const ROW_WIDTH = 1100;

interface Sized {
  id: string;
  w: number;
  h: number;
}

/** Ids drawn as boxes, grouped by the box they are drawn in (undefined = the canvas). */
function boxChildren(design: Design): Map<string | undefined, string[]> {
  const index = indexDesign(design);
  const result = new Map<string | undefined, string[]>();
  for (const resource of design.resources) {
    if (KINDS[resource.kind].drawnAs !== 'node') continue;
    const parent = resource.parent && index.byId.has(resource.parent) ? resource.parent : undefined;
    const list = result.get(parent) ?? [];
    list.push(resource.id);
    result.set(parent, list);
  }
  return result;
}

/** One layout per design version: a drop lays out the design to grow parents, then the canvas draws it. */
const cache = new WeakMap<Design, Boxes>();

export function nestingLayout(design: Design): Boxes {
  let boxes = cache.get(design);
  if (!boxes) cache.set(design, (boxes = layOut(design)));
  return boxes;
}

function layOut(design: Design): Boxes {
  const index = indexDesign(design);
  const children = boxChildren(design);
  const boxes: Record<string, { x: number; y: number; w: number; h: number }> = {};

  // Places children in rows; returns the size of the area they need.
  const place = (ids: readonly string[], top: number, left: number, rowWidth: number) => {
    const sized: Sized[] = ids.map(measure);
    let x = left;
    let y = top;
    let rowHeight = 0;
    // Extents cover stored boxes too, so a container grows to hold a child moved outward.
    let right = left;
    let bottom = top;
    for (const child of sized) {
      if (x > left && x + child.w > left + rowWidth) {
        x = left;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      const stored = design.layout[child.id];
      const box = { x: stored?.x ?? x, y: stored?.y ?? y, w: child.w, h: child.h };
      boxes[child.id] = box;
      x += child.w + GAP;
      rowHeight = Math.max(rowHeight, child.h);
      right = Math.max(right, box.x + box.w);
      bottom = Math.max(bottom, box.y + box.h);
    }
    return { w: right - left, h: bottom - top };
  };

  function measure(id: string): Sized {
    const resource = index.byId.get(id)!;
    const stored = design.layout[id];
    const kids = children.get(id) ?? [];
    if (!KINDS[resource.kind].container) return { id, w: stored?.w ?? LEAF.w, h: stored?.h ?? LEAF.h };
    const area = place(kids, HEADER, PAD, ROW_WIDTH);
    const fallback = newContainerSize(resource.kind) ?? { w: 240, h: 160 };
    const w = stored?.w ?? (kids.length > 0 ? Math.max(area.w + 2 * PAD, 220) : fallback.w);
    const h = stored?.h ?? (kids.length > 0 ? Math.max(area.h + HEADER + FOOTER, 120) : fallback.h);
    return { id, w, h };
  }

  place(children.get(undefined) ?? [], 40, 40, ROW_WIDTH * 2);
  return boxes;
}
