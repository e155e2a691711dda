/**
 * Collapsed accounts and VPCs (the layout box's `collapsed` flag): which boxes they hide is
 * the engine's (engine/layout/collapsed.ts, the picture export reads it too); here, the toggle.
 */
import type { Design, LayoutBox } from '../engine/model/index.ts';
import { indexDesign, KINDS, setLayout } from '../engine/model/index.ts';
import { nestingLayout } from './layout/nesting.ts';

export { COLLAPSED_HEIGHT, hiddenBy, shownAs } from '../engine/layout/collapsed.ts';

/** Collapses or expands a container: one undo step, kept with the design. */
export function toggleCollapsed(design: Design, id: string): Design {
  const resource = indexDesign(design).get(id);
  if (!resource || !KINDS[resource.kind].container) return design;
  const stored: LayoutBox | undefined = design.layout[id] ?? nestingLayout(design)[id];
  if (!stored) return design;
  const { collapsed, ...box } = stored;
  return setLayout(design, { [id]: collapsed ? box : { ...box, collapsed: true } });
}
