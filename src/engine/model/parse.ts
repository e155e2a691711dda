/**
 * Reading a design file: JSON → envelope check → migrate → schema → graph checks.
 * Every failure is a tagged `DesignParseError`; nothing here throws.
 */
import type { z } from 'zod';
import { designSchema, DESIGN_FORMAT, DESIGN_VERSION, MAX_RESOURCES, type Design } from './design.ts';
import { tgwTableReferences } from './attachments.ts';
import { canBePlacedIn, kindInfo, whereItMayGo } from './kinds.ts';
import { migrate } from './migrations.ts';
import { referencesOf } from './references.ts';
import type { Resource } from './resources.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The most bytes a file of an acceptable design can take on disk (UTF-16 doubles ASCII). */
export const MAX_ENCODED_BYTES = 2 * MAX_FILE_BYTES + 2;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type DesignParseError =
  | { type: 'too-large'; bytes: number; limit: number }
  | { type: 'not-json'; reason: string }
  | { type: 'unsafe-content'; path: string; reason: string }
  | { type: 'wrong-format'; found: unknown }
  | { type: 'version-too-new'; version: number; supported: number }
  | { type: 'migration-failed'; migration: string; reason: string }
  | { type: 'invalid-resource'; path: string; resourceId?: string; reason: string }
  | { type: 'duplicate-id'; id: string; paths: string[] }
  | { type: 'dangling-reference'; resourceId: string; path: string; target: string }
  | { type: 'reference-wrong-kind'; resourceId: string; path: string; target: string; found: string; expected: string[] }
  | { type: 'containment-cycle'; ids: string[] }
  | { type: 'wrong-parent-kind'; resourceId: string; kind: string; parent: string; parentKind: string; allowed: string };

export type ParseResult =
  | { ok: true; design: Design; migrations: string[] }
  | { ok: false; error: DesignParseError; errors: DesignParseError[] };

function fail(errors: DesignParseError[]): ParseResult {
  return { ok: false, error: errors[0]!, errors };
}

/** Refuses prototype-polluting keys and absurd nesting before anything else reads the data. */
function checkStructure(value: unknown, path: string, depth: number): DesignParseError | undefined {
  if (depth > MAX_DEPTH) {
    return { type: 'unsafe-content', path, reason: `nesting deeper than ${MAX_DEPTH} levels` };
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = checkStructure(value[i], `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      return { type: 'unsafe-content', path: path ? `${path}.${key}` : key, reason: `the key "${key}" is not allowed` };
    }
    const found = checkStructure((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function zodErrors(issues: readonly z.core.$ZodIssue[], raw: unknown): DesignParseError[] {
  const resources = (raw as { resources?: unknown[] }).resources;
  return issues.slice(0, 50).map((issue) => {
    const path = issue.path.map(String).join('.');
    let resourceId: string | undefined;
    if (issue.path[0] === 'resources' && typeof issue.path[1] === 'number' && Array.isArray(resources)) {
      const candidate = (resources[issue.path[1]] as { id?: unknown } | undefined)?.id;
      if (typeof candidate === 'string') resourceId = candidate.slice(0, 128);
    }
    return { type: 'invalid-resource', path, reason: issue.message, ...(resourceId ? { resourceId } : {}) };
  });
}

/** Graph checks that a schema cannot express: ids, references, containment. */
export function checkGraph(design: Design): DesignParseError[] {
  const errors: DesignParseError[] = [];
  const byId = new Map<string, Resource>();
  const seen = new Map<string, string[]>();
  design.resources.forEach((resource, index) => {
    const paths = seen.get(resource.id) ?? [];
    paths.push(`resources.${index}`);
    seen.set(resource.id, paths);
    byId.set(resource.id, resource);
    if (resource.kind === 'transit-gateway') {
      resource.routeTables.forEach((table, t) => {
        const tablePaths = seen.get(table.id) ?? [];
        tablePaths.push(`resources.${index}.routeTables.${t}`);
        seen.set(table.id, tablePaths);
      });
    }
  });
  for (const [id, paths] of seen) if (paths.length > 1) errors.push({ type: 'duplicate-id', id, paths });

  for (const resource of design.resources) {
    if (resource.parent !== undefined) {
      const parent = byId.get(resource.parent);
      if (!parent) {
        errors.push({ type: 'dangling-reference', resourceId: resource.id, path: 'parent', target: resource.parent });
      } else if (!canBePlacedIn(resource.kind, parent.kind)) {
        errors.push({
          type: 'wrong-parent-kind',
          resourceId: resource.id,
          kind: resource.kind,
          parent: parent.id,
          parentKind: parent.kind,
          allowed: whereItMayGo(resource.kind),
        });
      }
    } else if (!kindInfo(resource.kind).topLevel) {
      errors.push({
        type: 'wrong-parent-kind',
        resourceId: resource.id,
        kind: resource.kind,
        parent: '',
        parentKind: 'none',
        allowed: whereItMayGo(resource.kind),
      });
    }
    for (const reference of referencesOf(resource)) {
      const target = byId.get(reference.id);
      if (!target) {
        if (!reference.weak) {
          errors.push({ type: 'dangling-reference', resourceId: resource.id, path: reference.path, target: reference.id });
        }
      } else if (!reference.kinds.includes(target.kind)) {
        errors.push({
          type: 'reference-wrong-kind',
          resourceId: resource.id,
          path: reference.path,
          target: reference.id,
          found: target.kind,
          expected: [...reference.kinds],
        });
      }
    }
    // Associations and propagations name route tables inside the transit gateways they attach to.
    for (const { path, table, tgws } of tgwTableReferences(resource)) {
      const known = tgws.some((id) => {
        const tgw = byId.get(id);
        return tgw?.kind === 'transit-gateway' && tgw.routeTables.some((t) => t.id === table);
      });
      if (!known) errors.push({ type: 'dangling-reference', resourceId: resource.id, path, target: table });
    }
  }

  // Containment cycles: follow parents; a walk longer than the document means a loop.
  const state = new Map<string, 'visiting' | 'done'>();
  for (const resource of design.resources) {
    const chain: string[] = [];
    let current: Resource | undefined = resource;
    while (current && state.get(current.id) !== 'done') {
      if (state.get(current.id) === 'visiting') {
        const start = chain.indexOf(current.id);
        errors.push({ type: 'containment-cycle', ids: chain.slice(start) });
        break;
      }
      state.set(current.id, 'visiting');
      chain.push(current.id);
      current = current.parent ? byId.get(current.parent) : undefined;
    }
    for (const id of chain) state.set(id, 'done');
  }
  return errors;
}

/** Validates an already-parsed JSON value as a design. */
export function parseDesignValue(raw: unknown): ParseResult {
  const unsafe = checkStructure(raw, '', 0);
  if (unsafe) return fail([unsafe]);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail([{ type: 'wrong-format', found: Array.isArray(raw) ? 'an array' : typeof raw }]);
  }
  const file = raw as Record<string, unknown>;
  if (file.format !== DESIGN_FORMAT) return fail([{ type: 'wrong-format', found: file.format }]);
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return fail([{ type: 'invalid-resource', path: 'version', reason: 'the version must be a whole number from 1' }]);
  }
  if (file.version > DESIGN_VERSION) {
    return fail([{ type: 'version-too-new', version: file.version, supported: DESIGN_VERSION }]);
  }
  if (Array.isArray(file.resources) && file.resources.length > MAX_RESOURCES) {
    return fail([
      { type: 'invalid-resource', path: 'resources', reason: `more than ${MAX_RESOURCES} resources` },
    ]);
  }
  const migrated = migrate(file, DESIGN_VERSION);
  if (!migrated.ok) return fail([{ type: 'migration-failed', migration: migrated.migration, reason: migrated.reason }]);
  const parsed = designSchema().safeParse(migrated.file);
  if (!parsed.success) return fail(zodErrors(parsed.error.issues, migrated.file));
  const graphErrors = checkGraph(parsed.data);
  if (graphErrors.length > 0) return fail(graphErrors);
  return { ok: true, design: parsed.data, migrations: migrated.applied };
}

/** UTF-8 size of a text, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Two bytes below U+0800; three above (a surrogate pair makes four from two units).
    if (unit >= 0x80) bytes += unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/**
 * The text of a design file's bytes, read as the app reads a file: UTF-8, or UTF-16 (little
 * or big endian) when the file starts with that byte order mark. A UTF-8 byte order mark
 * is dropped; bytes that are not valid text become U+FFFD, which the parser then reports.
 */
export function decodeDesignBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped to little endian: TextDecoder's big-endian support depends on the runtime's ICU.
    const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) [swapped[i], swapped[i + 1]] = [bytes[i + 1]!, bytes[i]!];
    return new TextDecoder('utf-16le').decode(swapped);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parses the text of a design file; the size limit counts its UTF-8 bytes. */
export function parseDesign(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Each UTF-16 unit is one to three UTF-8 bytes: count exactly only when the bounds disagree.
  if (body.length > MAX_FILE_BYTES) return fail([{ type: 'too-large', bytes: body.length, limit: MAX_FILE_BYTES }]);
  if (body.length * 3 > MAX_FILE_BYTES) {
    const bytes = utf8Length(body);
    if (bytes > MAX_FILE_BYTES) return fail([{ type: 'too-large', bytes, limit: MAX_FILE_BYTES }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return fail([{ type: 'not-json', reason: error instanceof Error ? error.message : String(error) }]);
  }
  return parseDesignValue(raw);
}

const clip = (value: unknown): string => String(value).slice(0, 120);

/** One sentence an architect can act on. */
export function describeParseError(error: DesignParseError): string {
  switch (error.type) {
    case 'too-large':
      return `The file is ${(error.bytes / 1024 / 1024).toFixed(1)} MB; designs over ${error.limit / 1024 / 1024} MB are refused.`;
    case 'not-json':
      return `The file is not JSON: ${error.reason}`;
    case 'unsafe-content':
      return `The file was refused at ${error.path}: ${error.reason}.`;
    case 'wrong-format':
      return `This is not a Landing Zone Studio design (format is ${clip(JSON.stringify(error.found) ?? 'missing')}, expected "${DESIGN_FORMAT}").`;
    case 'version-too-new':
      return `The design is version ${error.version}, newer than this app understands (up to ${error.supported}). Update the app to open it.`;
    case 'migration-failed':
      return `The design could not be upgraded (${error.migration}): ${error.reason}`;
    case 'invalid-resource':
      return `${error.resourceId ? `Resource "${clip(error.resourceId)}", ` : ''}${error.path || 'file'}: ${error.reason}`;
    case 'duplicate-id':
      return `The id "${clip(error.id)}" is used more than once (${error.paths.join(', ')}).`;
    case 'dangling-reference':
      return `Resource "${clip(error.resourceId)}" refers in ${error.path} to "${clip(error.target)}", which does not exist.`;
    case 'reference-wrong-kind':
      return `Resource "${clip(error.resourceId)}" refers in ${error.path} to "${clip(error.target)}", a ${error.found}; expected ${error.expected.join(' or ')}.`;
    case 'containment-cycle':
      return `Resources contain each other in a loop: ${error.ids.join(' → ')}.`;
    case 'wrong-parent-kind':
      return error.parent
        ? `Resource "${clip(error.resourceId)}" (${error.kind}) cannot sit in ${error.parentKind} "${clip(error.parent)}"; it may go ${error.allowed}.`
        : `Resource "${clip(error.resourceId)}" (${error.kind}) needs a container; it may go ${error.allowed}.`;
    default: {
      const exhaustive: never = error;
      return String(exhaustive);
    }
  }
}

export function serializeDesign(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}
