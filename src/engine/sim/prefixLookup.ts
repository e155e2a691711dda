/**
 * The first entry of a list whose block holds an address, as `Array.find` would give it, in a
 * few map lookups instead of a scan: a transit gateway's table holds a route per attached VPC,
 * and every packet through it looks one up. Built once per list.
 */
import type { Range } from './ipv4.ts';

interface ByPrefix {
  /** A block not on its own boundary cannot be keyed by its first address: such a list is scanned. */
  readonly scan: boolean;
  /** Per prefix length in use: the block's first address → the lowest index of an entry with that block. */
  readonly lengths: readonly { readonly size: number; readonly first: ReadonlyMap<number, number> }[];
}

const built = new WeakMap<readonly { readonly range: Range }[], ByPrefix>();

function build(entries: readonly { readonly range: Range }[]): ByPrefix {
  const byLength = new Map<number, Map<number, number>>();
  let scan = false;
  entries.forEach(({ range }, index) => {
    if (range.first % 2 ** (32 - range.prefix) !== 0) scan = true;
    let first = byLength.get(range.prefix);
    if (!first) byLength.set(range.prefix, (first = new Map()));
    if (!first.has(range.first)) first.set(range.first, index);
  });
  return { scan, lengths: [...byLength].map(([prefix, first]) => ({ size: 2 ** (32 - prefix), first })) };
}

export function firstHolding<T extends { readonly range: Range }>(entries: readonly T[], ip: number): T | undefined {
  let table = built.get(entries);
  if (!table) built.set(entries, (table = build(entries)));
  if (table.scan) return entries.find(({ range }) => range.first <= ip && ip <= range.last);
  let best = -1;
  for (const { size, first } of table.lengths) {
    const index = first.get(ip - (ip % size));
    if (index !== undefined && (best < 0 || index < best)) best = index;
  }
  return best < 0 ? undefined : entries[best];
}
