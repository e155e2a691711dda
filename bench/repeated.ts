/**
 * Designs with thousands of one kind: every resource of that kind in the every-kind design
 * is repeated until there are `count`, each copy keeping its parent and references. An
 * export that looks up all resources per resource shows here as time growing four-fold
 * when the count doubles.
 */
import type { Design, Resource, ResourceKind } from '../src/engine/model/index.ts';
import { everyKindDesign } from '../src/engine/iac/terraform/test-designs.ts';

export const TEMPLATE: Design = everyKindDesign();

/** Kinds the template holds, in design order. */
export function repeatableKinds(): ResourceKind[] {
  return [...new Set(TEMPLATE.resources.map((r) => r.kind))];
}

function copyOf(resource: Resource, n: number): Resource {
  const id = `${resource.id}-x${n}`;
  const copy = { ...resource, id, name: `${resource.name} ${n}` } as Resource;
  // Nested ids must stay unique too.
  if (copy.kind === 'transit-gateway')
    copy.routeTables = copy.routeTables.map((table) => ({ ...table, id: `${table.id}-x${n}` }));
  return copy;
}

/** The template with `count` resources of `kind` (the originals included). */
export function repeatedKindDesign(kind: ResourceKind, count: number): Design {
  const originals = TEMPLATE.resources.filter((r) => r.kind === kind);
  const copies: Resource[] = [];
  for (let n = 0; originals.length + copies.length < count; n++)
    copies.push(copyOf(originals[n % originals.length]!, n));
  return { ...TEMPLATE, name: `${count} × ${kind}`, resources: [...TEMPLATE.resources, ...copies] };
}
