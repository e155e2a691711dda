/**
 * After a move or resize, containers grow to hold what was put in them, so a child never
 * hangs over its container's edge (which would look like it lives somewhere else).
 */
import type { Design } from '../../engine/model/index.ts';
import { indexDesign, setLayout } from '../../engine/model/index.ts';
import { nestingLayout } from './nesting.ts';
import { PAD } from './sizes.ts';

export function growParents(design: Design, ids: readonly string[]): Design {
  const index = indexDesign(design);
  let current = design;
  for (const id of ids) {
    let child = index.get(id);
    while (child?.parent) {
      const boxes = nestingLayout(current);
      const box = boxes[child.id];
      const parent = boxes[child.parent];
      if (!box || !parent) break;
      const w = Math.max(parent.w, box.x + box.w + PAD);
      const h = Math.max(parent.h, box.y + box.h + PAD);
      if (w === parent.w && h === parent.h) break;
      current = setLayout(current, { [child.parent]: { ...current.layout[child.parent], x: parent.x, y: parent.y, w, h } });
      child = index.get(child.parent);
    }
  }
  return current;
}
