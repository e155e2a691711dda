/** What every Terraform mapper reads and writes: the input, the resolver, the design being built. */
import type { DesignBuilder } from './build.ts';
import type { TfDocument, TfResource } from './read.ts';
import type { Resolver } from './resolve.ts';

export interface TfContext {
  readonly doc: TfDocument;
  readonly resolver: Resolver;
  readonly out: DesignBuilder;
  /** The design id of the account everything is drawn in. */
  readonly account: string;
  /** The Region, from the resources' ARNs and zones or the provider block. */
  readonly region: string;
  /** Resolves one reference; notes an inferred link on the resource that made it. */
  one(resource: TfResource, attr: string, types: readonly string[], what: string): string | undefined;
  /** Resolves a list of references (subnet_ids, route_table_ids). */
  many(resource: TfResource, attr: string, types: readonly string[], what: string): string[];
}

export const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
export const num = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
};
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A resource's name: its Name tag, else its address's last part. */
export function nameOf(resource: TfResource): string {
  const tags = resource.values.tags;
  const tagName = tags !== null && typeof tags === 'object' ? str((tags as Record<string, unknown>).Name) : undefined;
  return (tagName ?? str(resource.values.name) ?? resource.address.slice(resource.module ? resource.module.length + 1 : 0)).slice(0, 255);
}

/** Tags as the design keeps them: strings only, `Name` left to the name. */
export function tagsOf(resource: TfResource): Record<string, string> | undefined {
  const tags = resource.values.tags;
  if (tags === null || typeof tags !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags as Record<string, unknown>)) {
    if (key !== 'Name' && typeof value === 'string' && key.length <= 128 && value.length <= 256) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
