/**
 * Finding a resource by what an architect remembers of it: its name, its id, a CIDR block
 * (or the start of one), or an address inside a VPC's or subnet's block.
 */
import type { Design, Resource } from '../engine/model/index.ts';
import { KINDS } from '../engine/model/index.ts';
import { cidrBlock, containsIp, parseIp } from '../engine/net/cidr.ts';

export interface FoundResource {
  readonly id: string;
  readonly name: string;
  readonly kind: Resource['kind'];
  /** What matched, shown beside the name: the CIDR or address. */
  readonly detail?: string;
}

/** The address blocks and addresses a resource is known by. */
function addressesOf(resource: Resource): readonly string[] {
  const r = resource as Record<string, unknown>;
  const out: string[] = [];
  for (const key of ['cidr', 'ipv6Cidr', 'address', 'privateIp']) if (typeof r[key] === 'string') out.push(r[key]);
  for (const key of ['cidrs', 'ipv6Cidrs']) if (Array.isArray(r[key])) out.push(...(r[key] as unknown[]).filter((v): v is string => typeof v === 'string'));
  return out;
}

/**
 * Resources matching `query`, best first: exact id or name, then names and ids that start
 * with it, then those that hold it, then blocks holding a typed address. At most `limit`.
 */
export function findResources(design: Design, query: string, limit = 20): FoundResource[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const ip = parseIp(needle);
  const scored: { score: number; order: number; found: FoundResource }[] = [];
  design.resources.forEach((resource, order) => {
    const name = resource.name.toLowerCase();
    const id = resource.id.toLowerCase();
    const label = KINDS[resource.kind].label.toLowerCase();
    const addresses = addressesOf(resource);
    const address = addresses.find((a) => a.toLowerCase().startsWith(needle)) ?? addresses.find((a) => a.toLowerCase().includes(needle));
    const holding = ip ? addresses.find((a) => { const block = cidrBlock(a); return block !== undefined && a.includes('/') && containsIp(block, ip); }) : undefined;
    const score =
      id === needle || name === needle ? 0
      : name.startsWith(needle) || id.startsWith(needle) ? 1
      : address?.toLowerCase().startsWith(needle) ? 1
      : name.includes(needle) || id.includes(needle) || address ? 2
      : label.includes(needle) ? 3
      : holding ? 4
      : undefined;
    if (score === undefined) return;
    const detail = address ?? holding ?? addresses[0];
    scored.push({ score, order, found: { id: resource.id, name: resource.name, kind: resource.kind, ...(detail ? { detail } : {}) } });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).slice(0, limit).map((s) => s.found);
}
