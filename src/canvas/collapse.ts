/**
 * Collapsed accounts and VPCs (the layout box's `collapsed` flag): their contents are not
 * drawn, and edges that end inside them end at the collapsed box instead.
 */
import type { Design, DesignIndex, LayoutBox } from '../engine/model/index.ts';
import { indexDesign, KINDS, setLayout } from '../engine/model/index.ts';
import { HEADER } from './layout/sizes.ts';
import { nestingLayout } from './layout/nesting.ts';

/** A collapsed box keeps its width and shrinks to its title bar and one line of counts. */
export const COLLAPSED_HEIGHT = HEADER + 34;

/**
 * For each resource inside a collapsed container: the outermost collapsed container that
 * hides it. Resources that are shown are absent. Computed once per design version.
 */
const cache = new WeakMap<Design, ReadonlyMap<string, string>>();

export function hiddenBy(design: Design): ReadonlyMap<string, string> {
  const cached = cache.get(design);
  if (cached) return cached;
  const index = indexDesign(design);
  const result = new Map<string, string>();
  const collapsed = Object.keys(design.layout).filter((id) => design.layout[id]?.collapsed && index.byId.has(id));
  for (const id of collapsed) {
    if (outermostCollapsed(design, index, id) !== id) continue;
    for (const inner of index.descendants(id)) result.set(inner.id, id);
  }
  cache.set(design, result);
  return result;
}

function outermostCollapsed(design: Design, index: DesignIndex, id: string): string {
  let found = id;
  for (let r = index.get(index.get(id)?.parent); r; r = index.get(r.parent)) if (design.layout[r.id]?.collapsed) found = r.id;
  return found;
}

/** The box an id is drawn as: itself, or the collapsed container that hides it. */
export function shownAs(design: Design, id: string): string {
  return hiddenBy(design).get(id) ?? id;
}

/** Collapses or expands a container: one undo step, kept with the design. */
export function toggleCollapsed(design: Design, id: string): Design {
  const resource = indexDesign(design).get(id);
  if (!resource || !KINDS[resource.kind].container) return design;
  const stored: LayoutBox | undefined = design.layout[id] ?? nestingLayout(design)[id];
  if (!stored) return design;
  const { collapsed, ...box } = stored;
  return setLayout(design, { [id]: collapsed ? box : { ...box, collapsed: true } });
}
