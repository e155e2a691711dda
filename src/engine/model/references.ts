/**
 * Every id a resource points at, with the kinds it may point at. The parser checks them
 * (dangling references), deletion follows them (dependants), exporters resolve them.
 * The reference fields are the ones marked with `ref()` on the zod schemas; each kind's
 * schema is read once into an extractor that visits only the fields that can hold ids.
 */
import type { z } from 'zod';
import { kindsInRole, kindsPlaying, type KindList } from './kinds.ts';
import { REFERENCE_FIELDS, type ReferenceMeta } from './reference-meta.ts';
import { resourceSchemaOf, type Resource, type ResourceKind } from './resources.ts';

export interface Reference {
  /** JSON path of the field inside the resource, e.g. `listeners.0.targetGroup`. */
  readonly path: string;
  readonly id: string;
  /** Kinds the reference may point at. */
  readonly kinds: readonly ResourceKind[];
  /** A weak reference may name an IP, `local` or a vanished target; it is never dangling. */
  readonly weak?: boolean;
}

/** What a route may send to (besides `local`). */
export const ROUTE_TARGETS: KindList = kindsInRole('route-target');

/** The kinds a marked field may name, resolving a role through the registry. */
export function kindsOf(meta: ReferenceMeta): readonly ResourceKind[] {
  return typeof meta.kinds === 'string' ? kindsPlaying(meta.kinds) : (meta.kinds as readonly ResourceKind[]);
}

type Extract = (value: unknown, path: string, out: Reference[]) => void;

interface SchemaDef {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);
/** Fields that are not references: containment is `parent`, handled on its own. */
const NOT_REFERENCES = new Set(['id', 'kind', 'parent']);

/** The marked field a schema is, through optional and default wrappers. */
export function referenceMetaOf(schema: z.ZodType): ReferenceMeta | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const meta = REFERENCE_FIELDS.get(current);
    if (meta) return meta;
    const def = defOf(current);
    current = WRAPPERS.has(def.type) ? def.innerType : undefined;
  }
  return undefined;
}

/** An extractor for one schema, or undefined when nothing inside it can hold an id. */
function compile(schema: z.ZodType): Extract | undefined {
  const meta = REFERENCE_FIELDS.get(schema);
  if (meta) {
    const except = new Set(meta.except);
    return (value, path, out) => {
      if (typeof value !== 'string' || except.has(value)) return;
      out.push({ path, id: value, kinds: kindsOf(meta), ...(meta.weak ? { weak: true } : {}) });
    };
  }
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return def.innerType ? compile(def.innerType) : undefined;
  if (def.type === 'array' && def.element) {
    const element = compile(def.element);
    if (!element) return undefined;
    return (value, path, out) => {
      if (Array.isArray(value)) value.forEach((item, i) => element(item, `${path}.${i}`, out));
    };
  }
  if (def.type === 'object' && def.shape) {
    const fields = Object.entries(def.shape)
      .filter(([key]) => !NOT_REFERENCES.has(key))
      .flatMap(([key, field]) => {
        const extract = compile(field);
        return extract ? [[key, extract] as const] : [];
      });
    if (fields.length === 0) return undefined;
    return (value, path, out) => {
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      for (const [key, extract] of fields) {
        if (record[key] !== undefined) extract(record[key], path ? `${path}.${key}` : key, out);
      }
    };
  }
  if (def.type === 'union' && def.options) {
    // Options of a union name different fields (a rule's peer is a CIDR, a group or a prefix list).
    const options = def.options.map(compile).filter((extract) => extract !== undefined);
    if (options.length === 0) return undefined;
    return (value, path, out) => {
      for (const extract of options) extract(value, path, out);
    };
  }
  return undefined;
}

const extractors = new WeakMap<z.ZodType, Extract | null>();

function extractorOf(kind: ResourceKind): Extract | undefined {
  const schema = resourceSchemaOf(kind);
  if (!schema) return undefined;
  let extract = extractors.get(schema);
  if (extract === undefined) {
    extract = compile(schema) ?? null;
    extractors.set(schema, extract);
  }
  return extract ?? undefined;
}

/** References other than `parent`. */
export function referencesOf(resource: Resource): Reference[] {
  const out: Reference[] = [];
  extractorOf(resource.kind)?.(resource, '', out);
  return out;
}
