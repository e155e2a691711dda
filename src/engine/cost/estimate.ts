/**
 * The design's monthly estimate: every resource's charges priced from the table, summed per
 * account, per VPC and in total, with the assumptions it was made on. A charge the table cannot
 * price stays in the result as not priced, with the reason, and counts for nothing in the sums.
 */
import { indexDesign, kindInfo, type Design, type DesignIndex, type Resource } from '../model/index.ts';
import { DEFAULT_ASSUMPTIONS, kindCost, type Assumptions } from './kindCosts.ts';
import type { PriceSource, PriceUnit } from './prices.ts';

export type Charge =
  | { readonly what: string; readonly quantity: number; readonly unit: PriceUnit; readonly usdPerUnit: number; readonly monthlyUsd: number; readonly source: PriceSource }
  | { readonly what: string; readonly quantity: number; readonly notPriced: string };

export interface ResourceEstimate {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly account: string | undefined;
  readonly vpc: string | undefined;
  readonly region: string | undefined;
  readonly charges: readonly Charge[];
  /** The priced charges' sum. */
  readonly monthlyUsd: number;
  /** Why the resource has no charges: it costs nothing, or the estimate leaves it out. */
  readonly note?: string;
  /** Some of its charges could not be priced: the sum is a floor. */
  readonly incomplete: boolean;
}

export interface Subtotal {
  readonly id: string;
  readonly name: string;
  readonly monthlyUsd: number;
  readonly incomplete: boolean;
}

export interface Estimate {
  readonly assumptions: Assumptions;
  readonly resources: readonly ResourceEstimate[];
  readonly accounts: readonly Subtotal[];
  readonly vpcs: readonly Subtotal[];
  readonly totalUsd: number;
  /** Charges the table could not price, over the whole design. */
  readonly notPriced: number;
}

/** Money is summed in full and rounded only here, to the cent. */
export const cents = (usd: number): number => Math.round(usd * 100) / 100;

/** The Region a resource is priced in: its VPC's, its own, or that of the transit gateway or VPC it names. */
export function regionOf(index: DesignIndex, resource: Resource): string | undefined {
  const own = (resource as { region?: string }).region;
  if (own) return own;
  const vpc = index.vpcOf(resource.id);
  if (vpc) return vpc.region;
  if (resource.kind === 'vpn-connection' || resource.kind === 'tgw-peering') {
    const end = index.get(resource.kind === 'vpn-connection' ? resource.gateway : resource.requester);
    return end ? regionOf(index, end) : undefined;
  }
  if (resource.kind === 'tgw-attachment') return index.getOf(resource.vpc, 'vpc')?.region ?? index.getOf(resource.transitGateway, 'transit-gateway')?.region;
  // An Elastic IP without a Region of its own takes the Region of what uses it.
  if (resource.kind === 'elastic-ip') {
    for (const user of index.referrers(resource.id)) {
      const region = user.kind === 'elastic-ip' ? undefined : regionOf(index, user);
      if (region) return region;
    }
  }
  return undefined;
}

export function withAssumptions(partial: Partial<Assumptions> = {}): Assumptions {
  return { ...DEFAULT_ASSUMPTIONS, ...partial, fargateTask: { ...DEFAULT_ASSUMPTIONS.fargateTask, ...partial.fargateTask }, gbByResource: { ...partial.gbByResource } };
}

/** One resource's estimate. */
export function estimateResource(index: DesignIndex, resource: Resource, assumptions: Assumptions): ResourceEstimate {
  const region = regionOf(index, resource);
  const entry = kindCost(resource.kind);
  const base = { id: resource.id, name: resource.name, kind: resource.kind, account: index.ownerOf(resource.id), vpc: index.vpcOf(resource.id)?.id, region };
  if (!entry) return { ...base, charges: [], monthlyUsd: 0, note: `no cost entry for the kind ${resource.kind}`, incomplete: true };
  if ('noCharge' in entry) return { ...base, charges: [], monthlyUsd: 0, note: entry.noCharge, incomplete: false };
  if ('notEstimated' in entry) return { ...base, charges: [], monthlyUsd: 0, note: `not estimated: ${entry.notEstimated}`, incomplete: true };
  const charges: Charge[] = entry.charges(resource, { index, assumptions, region }).map(({ what, quantity, price }) =>
    price.priced
      ? { what, quantity, unit: price.unit, usdPerUnit: price.usd, monthlyUsd: quantity * price.usd, source: price.source }
      : { what, quantity, notPriced: price.why },
  );
  const monthlyUsd = charges.reduce((sum, c) => sum + ('monthlyUsd' in c ? c.monthlyUsd : 0), 0);
  const note = charges.length === 0 ? `${kindInfo(resource.kind).label} has no charge as configured` : undefined;
  return { ...base, charges, monthlyUsd, ...(note ? { note } : {}), incomplete: charges.some((c) => 'notPriced' in c) };
}

function subtotals(index: DesignIndex, lines: readonly ResourceEstimate[], key: 'account' | 'vpc'): Subtotal[] {
  const groups = new Map<string, ResourceEstimate[]>();
  for (const line of lines) {
    const id = line[key];
    if (id !== undefined) groups.set(id, [...(groups.get(id) ?? []), line]);
  }
  return [...groups].map(([id, members]) => ({
    id,
    name: index.get(id)?.name ?? id,
    monthlyUsd: members.reduce((sum, m) => sum + m.monthlyUsd, 0),
    incomplete: members.some((m) => m.incomplete),
  }));
}

/** The design's monthly estimate under `assumptions` (defaults: 730 hours, 100 GB a flow). */
export function estimate(design: Design, assumptions: Partial<Assumptions> = {}): Estimate {
  const index = indexDesign(design);
  const full = withAssumptions(assumptions);
  const resources = design.resources.map((r) => estimateResource(index, r, full));
  return {
    assumptions: full,
    resources,
    accounts: subtotals(index, resources, 'account'),
    vpcs: subtotals(index, resources, 'vpc'),
    totalUsd: resources.reduce((sum, r) => sum + r.monthlyUsd, 0),
    notPriced: resources.reduce((n, r) => n + r.charges.filter((c) => 'notPriced' in c).length, 0),
  };
}
