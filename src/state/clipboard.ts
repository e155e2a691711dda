/**
 * Copy and paste of resources with everything inside them. Pasted resources get new ids;
 * references among the copied resources follow the new ids, references outside stay.
 * A pasted VPC gets fresh AWS defaults from addResource, which stand in for the copied ones.
 * The clipboard is the page's: copying in one design and pasting in another works.
 */
import type { Design, OpResult, Resource } from '../engine/model/index.ts';
import { addResource, indexDesign, uniqueId } from '../engine/model/index.ts';
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
export function duplicateResources(ids: readonly string[]): (design: Design) => OpResult {
  return (design) => {
    const copied = snapshot(design, ids);
    return copied ? pasteOperation(copied)(design) : { ok: false, reason: 'Nothing to duplicate.' };
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

function pasteOperation(source: NonNullable<typeof clipboard>): (design: Design) => OpResult {
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
    for (const original of source.resources) {
      if (isAwsDefault(original) && source.resources.some((r) => r.id === original.parent && r.kind === 'vpc')) {
        continue;
      }
      const copy = remap(original, ids) as Resource;
      const box = source.layout[original.id];
      const offset = box && !ids.has(original.parent ?? '') ? { ...box, x: box.x + 32, y: box.y + 32 } : box;
      const result = addResource(current, copy, offset);
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
    return { ok: true, design: current, ids: added };
  };
}

export function pasteClipboard(studio: Studio): void {
  if (!clipboard) return;
  const result = studio.apply(pasteOperation(clipboard));
  if (!result.ok) studio.notify(`Paste refused: ${result.reason}`, 'error');
  else studio.select(result.ids.slice(0, 1));
}
