/**
 * Snippets of a design: which resources a selection writes as code, and which resources
 * outside it the code names. Both exporters use it: what is inside is created, what is
 * outside is passed in (a variable or a lookup) so the snippet fits an existing codebase.
 */
import { indexDesign, referencesOf, type Design, type Resource } from '../model/index.ts';

/** One reference from inside the selection to a resource outside it. */
export interface Crossing {
  /** The resource inside that holds the reference. */
  readonly from: string;
  /** Its field, e.g. `parent`, `securityGroups.0`, `listeners.1.targetGroup`. */
  readonly path: string;
  /** The resource outside. */
  readonly to: string;
}

export interface SelectionBoundary {
  /** Resources written as code: the selected ones and everything drawn inside them. */
  readonly inside: ReadonlySet<string>;
  /** Resources outside that the inside names, in design order. */
  readonly outside: readonly Resource[];
  readonly crossings: readonly Crossing[];
}

export type SelectionResult = { readonly ok: true; readonly boundary: SelectionBoundary } | { readonly ok: false; readonly message: string };

/** Kinds that never cross as code: an account is a provider (credentials), not a resource. */
const NEVER_OUTSIDE = new Set<Resource['kind']>(['account', 'external']);

export function selectionBoundary(design: Design, ids: readonly string[]): SelectionResult {
  const index = indexDesign(design);
  const wanted = [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
  if (wanted.length === 0) return { ok: false, message: 'the selection is empty: name at least one resource id' };
  const unknown = wanted.filter((id) => !index.get(id));
  if (unknown.length > 0) return { ok: false, message: `not in the design: ${unknown.join(', ')}` };
  const inside = new Set<string>();
  for (const id of wanted) {
    inside.add(id);
    for (const child of index.descendants(id)) inside.add(child.id);
  }
  const crossings: Crossing[] = [];
  const outsideIds = new Set<string>();
  for (const resource of design.resources) {
    if (!inside.has(resource.id)) continue;
    const references = [
      ...(resource.parent === undefined ? [] : [{ path: 'parent', id: resource.parent }]),
      ...referencesOf(resource),
    ];
    for (const reference of references) {
      const target = index.get(reference.id);
      if (!target || inside.has(target.id) || NEVER_OUTSIDE.has(target.kind)) continue;
      crossings.push({ from: resource.id, path: reference.path, to: target.id });
      outsideIds.add(target.id);
    }
  }
  const outside = design.resources.filter((resource) => outsideIds.has(resource.id));
  return { ok: true, boundary: { inside, outside, crossings } };
}
