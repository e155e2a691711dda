/** Arrow-key nudges move the selected boxes; positions come from the canvas layout. */
import type { Design } from '../engine/model/index.ts';
import { setLayout } from '../engine/model/index.ts';
import { nestingLayout } from '../canvas/layout/nesting.ts';

export function nudgeOperation(ids: readonly string[], dx: number, dy: number): (design: Design) => Design {
  return (design) => {
    const boxes = nestingLayout(design);
    const moved: Design['layout'] = {};
    for (const id of ids) {
      const box = boxes[id];
      if (!box) continue;
      moved[id] = { ...design.layout[id], x: box.x + dx, y: box.y + dy };
    }
    return setLayout(design, moved);
  };
}
