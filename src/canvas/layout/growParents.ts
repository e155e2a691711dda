/**
 * After a box is added, moved or resized, containers grow to hold what was put in them, so a
 * child never hangs over its container's edge (which would look like it lives somewhere
 * else) or over its badge strip; a container that grew pushes the siblings it would now cover
 * right or down, and their container grows in turn.
 */
import type { Design } from '../../engine/model/index.ts';
import { indexDesign, setLayout } from '../../engine/model/index.ts';
import { nestingLayout } from './nesting.ts';
import { crowds, siblingBoxes, type Rect } from './siblings.ts';
import { FOOTER, GAP, PAD } from './sizes.ts';

/** Moves the siblings a grown box now crowds: those that were right of it go right, the rest down. */
function pushSiblings(design: Design, id: string, before: Rect): Design {
  const parent = indexDesign(design).get(id)?.parent;
  const boxes = new Map([...siblingBoxes(design, parent)].map(([key, box]) => [key, { ...box }]));
  const direction = new Map<string, 'right' | 'down'>();
  const queue = [id];
  // Each push moves a box right or down only, so this ends; the bound is a guard.
  for (let steps = 0; queue.length > 0 && steps < 500; steps++) {
    const key = queue.shift()!;
    const pusher = boxes.get(key)!;
    for (const [other, box] of boxes) {
      if (other === id || other === key || !crowds(pusher, box, 0)) continue;
      const way = direction.get(key) ?? (box.x >= before.x + before.w ? 'right' : 'down');
      if (way === 'right') box.x = pusher.x + pusher.w + GAP;
      else box.y = pusher.y + pusher.h + GAP;
      direction.set(other, way);
      queue.push(other);
    }
  }
  if (direction.size === 0) return design;
  const moved = [...direction.keys()].map((key) => [key, { ...design.layout[key], x: boxes.get(key)!.x, y: boxes.get(key)!.y }]);
  return setLayout(design, Object.fromEntries(moved));
}

export function growParents(design: Design, ids: readonly string[]): Design {
  const index = indexDesign(design);
  let current = design;
  for (const id of ids) {
    let parentId = index.get(id)?.parent;
    while (parentId && index.byId.has(parentId)) {
      const parent = nestingLayout(current)[parentId];
      if (!parent) break;
      const children = [...siblingBoxes(current, parentId).values()];
      const w = Math.max(parent.w, ...children.map((c) => c.x + c.w + PAD));
      const h = Math.max(parent.h, ...children.map((c) => c.y + c.h + FOOTER));
      if (w === parent.w && h === parent.h) break;
      current = setLayout(current, { [parentId]: { ...current.layout[parentId], x: parent.x, y: parent.y, w, h } });
      current = pushSiblings(current, parentId, parent);
      parentId = index.get(parentId)?.parent;
    }
  }
  return current;
}
