/**
 * Copy and paste of resources with everything inside them. Pasted resources get new ids;
 * references among the copied resources follow the new ids, references outside stay.
 * What was copied goes into the selected container (or the selected box's container that can
 * hold it), else where it came from; a pasted subnet takes a free block of its new VPC.
 * A pasted VPC gets fresh AWS defaults from addResource, which stand in for the copied ones.
 * The clipboard is the page's: copying in one design and pasting in another works.
 */
import type { Design, OpResult, Resource } from '../engine/model/index.ts';
import { addResource, canBePlacedIn, containerFor, fittingFields, indexDesign, kindInfo, uniqueId, whereItMayGo } from '../engine/model/index.ts';
import type { Studio } from './studio.ts';

let clipboard: { resources: Resource[]; layout: Design['layout'] } | undefined;

/** The resources with everything inside them, in document order, and their boxes. */
function snapshot(design: Design, ids: readonly string[]): NonNullable<typeof clipboard> | undefined {
  const index = indexDesign(design);
  const picked = new Map<string, Resource>();
  for (const id of ids) {
    const resource = index.get(id);
    if (!resource) continue;
    picked.set(id, resource);
    for (const d of index.descendants(id)) picked.set(d.id, d);
  }
  if (picked.size === 0) return undefined;
  // Keep document order, which has parents before children for anything added on the canvas.
  const resources = design.resources.filter((r) => picked.has(r.id));
  return { resources, layout: Object.fromEntries(Object.entries(design.layout).filter(([id]) => picked.has(id))) };
}

export function copySelection(studio: Studio, ids: readonly string[]): void {
  const copied = snapshot(studio.getDesign(), ids);
  if (!copied) return;
  clipboard = copied;
  studio.notify(`Copied ${copied.resources.length} resource${copied.resources.length === 1 ? '' : 's'}.`);
}

/** A copy of the resources beside them, in the same container, leaving the clipboard as it is. */
export function duplicateResources(ids: readonly string[], arrange: ArrangePasted = (design) => design): (design: Design) => OpResult {
  return (design) => {
    const copied = snapshot(design, ids);
    return copied ? pasteOperation(copied, undefined, arrange)(design) : { ok: false, reason: 'Nothing to duplicate.' };
  };
}

/** Replaces every string equal to a renamed id, except names and descriptions. */
function remap(value: unknown, ids: ReadonlyMap<string, string>, key = ''): unknown {
  if (typeof value === 'string') return key === 'name' || key === 'description' ? value : (ids.get(value) ?? value);
  if (Array.isArray(value)) return value.map((v) => remap(v, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v, ids, k)]));
  }
  return value;
}

const isAwsDefault = (r: Resource) =>
  (r.kind === 'route-table' && r.main) || ((r.kind === 'network-acl' || r.kind === 'security-group') && r.default);

/** Lays out pasted boxes once they are in the design (free space, parents grown). */
export type ArrangePasted = (design: Design, ids: readonly string[]) => Design;

/** Where a copied top-level resource goes: the selection's container for it, else its old parent. */
function pasteParent(design: Design, original: Resource, selected: string | undefined): { ok: true; parent: string | undefined } | { ok: false; reason: string } {
  const chosen = containerFor(design, original.kind, selected);
  if (chosen) return { ok: true, parent: chosen.id };
  const old = indexDesign(design).get(original.parent);
  if (old && canBePlacedIn(original.kind, old.kind)) return { ok: true, parent: old.id };
  if (canBePlacedIn(original.kind, undefined)) return { ok: true, parent: undefined };
  return { ok: false, reason: `${kindInfo(original.kind).label} goes ${whereItMayGo(original.kind)}: select one first.` };
}

function pasteOperation(source: NonNullable<typeof clipboard>, selected: string | undefined, arrange: ArrangePasted): (design: Design) => OpResult {
  return (design) => {
    const ids = new Map<string, string>();
    const taken = new Set(design.resources.map((r) => r.id));
    for (const r of source.resources) {
      const id = uniqueId(taken, r.kind);
      taken.add(id);
      ids.set(r.id, id);
    }
    let current = design;
    const added: string[] = [];
    const tops: string[] = [];
    for (const original of source.resources) {
      if (isAwsDefault(original) && source.resources.some((r) => r.id === original.parent && r.kind === 'vpc')) {
        continue;
      }
      let copy = remap(original, ids) as Resource;
      let box = source.layout[original.id];
      const top = !ids.has(original.parent ?? '');
      if (top) {
        const where = pasteParent(current, original, selected);
        if (!where.ok) return where;
        const { parent: _old, ...rest } = copy;
        copy = (where.parent ? { ...rest, parent: where.parent } : rest) as Resource;
        if (copy.kind === 'subnet' && where.parent) {
          const fresh = fittingFields(current, 'subnet', where.parent);
          if (typeof fresh.cidr === 'string') copy = { ...copy, cidr: fresh.cidr };
        }
        // Beside the original when it stays in the same container, else where free space is.
        box = box && where.parent === original.parent ? { ...box, x: box.x + 32, y: box.y + 32 } : box && { ...box, x: 0, y: 0 };
        tops.push(copy.id);
      }
      const result = addResource(current, copy, box);
      if (!result.ok) return result;
      current = result.design;
      added.push(copy.id);
      if (copy.kind === 'vpc') {
        // The copied VPC's defaults are replaced by the ones addResource just made.
        for (const fresh of result.ids.slice(1).map((id) => indexDesign(current).get(id)!)) {
          const old = source.resources.find((r) => r.parent === original.id && r.kind === fresh.kind && isAwsDefault(r));
          if (old) ids.set(old.id, fresh.id);
        }
      }
    }
    return { ok: true, design: arrange(current, tops), ids: added };
  };
}

/** Pastes into the selected container; `arrange` finds the pasted boxes free space. */
export function pasteClipboard(studio: Studio, arrange: ArrangePasted = (design) => design): void {
  if (!clipboard) return;
  const selection = studio.ui.getState().selection;
  const result = studio.apply(pasteOperation(clipboard, selection.length === 1 ? selection[0] : undefined, arrange));
  if (!result.ok) studio.notify(`Paste refused: ${result.reason}`, 'error');
  else studio.select(result.ids.slice(0, 1));
}
