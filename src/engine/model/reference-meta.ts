/**
 * Reference fields are marked on the zod schema itself: `ref(Id, ['subnet'])` is an id that
 * must name a subnet. `references.ts` reads these marks once per kind to find every id a
 * resource points at; the inspector reads them to offer pickers.
 */
import { z } from 'zod';

/** The fields that name another resource by the role it plays there; the registry says which kinds play it. */
export type ReferenceRole = 'route-target' | 'target' | 'upstream' | 'api-integration' | 'vpc-link' | 'ram-share';

export interface ReferenceMeta {
  /**
   * The kinds it may name, or every kind that may play this role there (from the registry).
   * Plain strings: the resource schemas are built from these marks, so `ResourceKind` cannot be used here.
   */
  readonly kinds: readonly string[] | ReferenceRole;
  /** May name an IP, `local` or a vanished target: never dangling. */
  readonly weak?: true;
  /** Values that are words, not ids (a route's `local`). */
  readonly except?: readonly string[];
}

export const REFERENCE_FIELDS = z.registry<ReferenceMeta>();

/** A copy of `schema` marked as a reference, so shared schemas such as `Id` stay unmarked. */
export function ref<T extends z.ZodType>(schema: T, kinds: ReferenceMeta['kinds'], extra: Omit<ReferenceMeta, 'kinds'> = {}): T {
  const marked = schema.clone();
  REFERENCE_FIELDS.add(marked, { kinds, ...extra });
  return marked;
}
