/**
 * Collapsed accounts and VPCs (the layout box's `collapsed` flag): their contents are not
 * drawn, and edges that end inside them end at the collapsed box. The canvas, the picture
 * export and `lzs diagram` all read this.
 */
import type { Design, DesignIndex } from '../model/index.ts';
import { indexDesign } from '../model/index.ts';
import { DEFAULT_SIZES } from './sizes.ts';

/** A collapsed box keeps its width and shrinks to its title bar and one line of counts. */
export const COLLAPSED_HEIGHT = DEFAULT_SIZES.header + 34;

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

/** The design without what collapsed containers hide. */
export function shownDesign(design: Design): Design {
  const hidden = hiddenBy(design);
  return hidden.size === 0 ? design : { ...design, resources: design.resources.filter((r) => !hidden.has(r.id)) };
}
