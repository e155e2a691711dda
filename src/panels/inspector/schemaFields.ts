/**
 * Which editor each field of a kind gets, read from the kind's zod schema, so a field added
 * to the model appears in the inspector without UI work. References (ids) become pickers.
 */
import type { Resource, ResourceKind } from '../../engine/model/index.ts';
import type { ZodType } from 'zod';
import { kindsOf, referenceMetaOf, Resource as ResourceSchema } from '../../engine/model/index.ts';
import { TABLES } from './tables.ts';

export type FieldEditorKind =
  | { type: 'text' }
  | { type: 'cidr-list' }
  | { type: 'number'; integer: boolean }
  | { type: 'boolean' }
  | { type: 'enum'; options: readonly string[] }
  | { type: 'reference'; kinds: readonly ResourceKind[] }
  | { type: 'references'; kinds: readonly ResourceKind[] }
  | { type: 'table' }
  | { type: 'json' };

export interface FieldSpec {
  readonly key: string;
  readonly optional: boolean;
  readonly editor: FieldEditorKind;
}

/** Edited elsewhere (header, placement) or not by hand. */
const SKIP = new Set(['id', 'kind', 'name', 'description', 'parent', 'source']);

interface ZodLike {
  def: { type: string; innerType?: ZodLike; element?: ZodLike; checks?: { _zod?: { def?: { format?: string } } }[] };
  options?: readonly string[];
}

function unwrap(schema: ZodLike): { schema: ZodLike; optional: boolean } {
  let optional = false;
  let current = schema;
  while (current.def.type === 'optional' || current.def.type === 'default') {
    optional ||= current.def.type === 'optional';
    current = current.def.innerType!;
  }
  return { schema: current, optional };
}

/** The kinds a field may point at, from the reference mark on its schema; weak references (IPs, `local`) stay text. */
function referenceKinds(schema: ZodLike): readonly ResourceKind[] | undefined {
  const meta = referenceMetaOf(schema as unknown as ZodType);
  return meta && !meta.weak ? kindsOf(meta) : undefined;
}

function editorFor(key: string, schema: ZodLike): FieldEditorKind {
  if (TABLES[key] && schema.def.type === 'array' && schema.def.element?.def.type === 'object') return { type: 'table' };
  switch (schema.def.type) {
    case 'string': {
      const kinds = referenceKinds(schema);
      return kinds ? { type: 'reference', kinds } : { type: 'text' };
    }
    case 'number':
      return { type: 'number', integer: true };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'enum', options: schema.options ?? [] };
    case 'array': {
      if (schema.def.element?.def.type !== 'string') return { type: 'json' };
      const kinds = referenceKinds(schema.def.element);
      return kinds ? { type: 'references', kinds } : { type: 'cidr-list' };
    }
    default:
      return { type: 'json' };
  }
}

const cache = new Map<ResourceKind, readonly FieldSpec[]>();

export function fieldsOf(resource: Resource): readonly FieldSpec[] {
  const hit = cache.get(resource.kind);
  if (hit) return hit;
  const option = ResourceSchema.options.find((o) => o.shape.kind.value === resource.kind)!;
  const specs = Object.entries(option.shape as Record<string, ZodLike>)
    // An account owns itself: its own `account` field means nothing.
    .filter(([key]) => !SKIP.has(key) && !(resource.kind === 'account' && key === 'account'))
    .map(([key, raw]) => {
      const { schema, optional } = unwrap(raw);
      return { key, optional, editor: editorFor(key, schema) };
    });
  cache.set(resource.kind, specs);
  return specs;
}

/** "availabilityZoneId" → "Availability zone ID", with AWS's capitalisation of acronyms. */
export function fieldLabel(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const fixed = words.replace(/\b(id|ip|ips|cidr|cidrs|ipv6|dns|asn|az|nacl|acl|tgw|vpc|ram|eks|ecs|api)\b/g, (w) =>
    w === 'ips' ? 'IPs' : w === 'cidrs' ? 'CIDRs' : w.toUpperCase(),
  );
  return fixed.charAt(0).toUpperCase() + fixed.slice(1);
}
