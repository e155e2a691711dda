/**
 * A box added without pointing at the canvas (a palette click, Enter in the palette search)
 * can land outside the view: past a container that grew, beside the rightmost account. Only
 * boxes in view are rendered, so it would not even be on the page. The view then widens just
 * enough to hold both what was on screen and the new box, at the zoom that needs.
 */
import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Design } from '../engine/model/index.ts';
import { indexDesign } from '../engine/model/index.ts';
import { boundsOf, contains, type Rect } from '../engine/layout/geometry.ts';
import { shownAs } from './collapse.ts';
import { nestingLayout } from './layout/nesting.ts';

/** A box's rectangle in flow coordinates (the layout's boxes are relative to their parent). */
export function absoluteBox(design: Design, id: string): Rect | undefined {
  const boxes = nestingLayout(design);
  const index = indexDesign(design);
  const own = boxes[id];
  if (!own) return undefined;
  let { x, y } = own;
  for (let parent = index.get(index.get(id)?.parent); parent; parent = index.get(parent.parent)) {
    const box = boxes[parent.id];
    if (!box) break;
    x += box.x;
    y += box.y;
  }
  return { x, y, w: own.w, h: own.h };
}

/** The area to fit so the box is in view with what was in view, or undefined when it already is. */
export function revealArea(box: Rect, view: Rect, margin: number): Rect | undefined {
  const padded = { x: box.x - margin, y: box.y - margin, w: box.w + 2 * margin, h: box.h + 2 * margin };
  return contains(view, padded) ? undefined : boundsOf([view, padded]);
}

/** Brings a box of the current design into view if it is not (see above). */
export function useRevealBox(): (design: Design, id: string) => void {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (design: Design, id: string) => {
      const box = absoluteBox(design, shownAs(design, id));
      const { width, height } = store.getState();
      if (!box || width === 0 || height === 0) return;
      const { x, y, zoom } = flow.getViewport();
      const view = { x: -x / zoom, y: -y / zoom, w: width / zoom, h: height / zoom };
      const area = revealArea(box, view, 24);
      if (area) void flow.fitBounds({ x: area.x, y: area.y, width: area.w, height: area.h }, { padding: 0.02, duration: 200 });
    },
    [flow, store],
  );
}
