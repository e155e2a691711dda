/**
 * What each GB of a traced flow costs, hop by hop, for the request and the reply: the hops
 * that charge per GB (NAT and transit gateway processing, endpoints, firewalls, a change of
 * Availability Zone, a crossing into another Region, data out to the internet) priced from
 * the table in the Region where they happen.
 */
import { indexDesign, type Design, type DesignIndex, type Resource } from '../model/index.ts';
import { trace, type Flow, type Hop, type TraceResult } from '../sim/index.ts';
import { regionOf } from './estimate.ts';
import { priceOf, type Price, type PriceKey, type PriceSource } from './prices.ts';

export interface HopCost {
  /** The hop's position in its direction's list. */
  readonly hop: number;
  readonly resourceId: string;
  readonly what: string;
  readonly usdPerGb: number | undefined;
  readonly source?: PriceSource;
  readonly notPriced?: string;
}

export interface FlowCost {
  readonly request: readonly HopCost[];
  readonly reply: readonly HopCost[];
  /** The priced hops' sum, per GB sent each way. */
  readonly requestUsdPerGb: number;
  readonly replyUsdPerGb: number;
  /** Charging hops the table could not price: the sums are a floor. */
  readonly notPriced: number;
}

const baseStep = (hop: Hop) => hop.step.replace(/^reply-/, '');

const cost = (hop: number, resourceId: string, what: string, price: Price): HopCost =>
  price.priced ? { hop, resourceId, what, usdPerGb: price.usd, source: price.source } : { hop, resourceId, what, usdPerGb: undefined, notPriced: price.why };

const regionAt = (index: DesignIndex, resource: Resource | undefined) => (resource ? regionOf(index, resource) : undefined);

/** The AZ a hop happened in: its interface's, or that of the subnet its box is. */
function azOf(index: DesignIndex, hop: Hop): string | undefined {
  return hop.iface?.az ?? index.getOf(hop.box, 'subnet')?.availabilityZone;
}

// Traffic through a transit gateway or a PrivateLink endpoint pays their processing, not
// cross-AZ transfer: the AZ is tracked again from the far side.
const CROSSES_FREE = new Set(['tgw-attachment', 'tgw-route', 'endpoint', 'tgw-peering', 'vpn', 'dx']);

function hopCosts(index: DesignIndex, hops: readonly Hop[]): HopCost[] {
  const costs: HopCost[] = [];
  let az: string | undefined;
  let azRegion: string | undefined;
  hops.forEach((hop, n) => {
    const step = baseStep(hop);
    const resource = index.get(hop.resourceId);
    const region = regionAt(index, resource);
    const at = (what: string, key: PriceKey, where = region, id = hop.resourceId) => costs.push(cost(n, id, what, priceOf(where, key)));
    if (step === 'nat' && resource?.kind === 'nat-gateway') at('NAT gateway processing', 'nat-gateway-gb');
    else if (step === 'tgw-attachment' && resource?.kind === 'tgw-attachment') at('transit gateway processing', 'tgw-gb');
    else if (step === 'firewall' && resource?.kind === 'network-firewall') at('Network Firewall processing', 'network-firewall-gb');
    else if (step === 'endpoint' && resource?.kind === 'vpc-endpoint' && resource.endpointType !== 'gateway')
      at(resource.endpointType === 'interface' ? 'interface endpoint processing' : 'Gateway Load Balancer endpoint processing', resource.endpointType === 'interface' ? 'interface-endpoint-gb' : 'gwlb-endpoint-gb');
    else if (step === 'endpoint' && resource?.kind === 'gwlb-endpoint') at('Gateway Load Balancer endpoint processing', 'gwlb-endpoint-gb');
    else if (step === 'igw' && hop.decision !== 'drop' && !hop.step.startsWith('reply-'))
      costs.push({ hop: n, resourceId: hop.resourceId, what: 'data out to the internet', usdPerGb: undefined, notPriced: 'data transfer out to the internet is not in the price table' });
    else if (step === 'peering' && resource?.kind === 'vpc-peering' && hop.decision !== 'drop') {
      const [from, to] = [index.getOf(resource.requesterVpc, 'vpc')?.region, index.getOf(resource.accepterVpc, 'vpc')?.region];
      if (from && to && from !== to) at(`into another Region over ${resource.id}`, 'inter-region-gb', azRegion ?? from);
    } else if (step === 'tgw-peering' && resource?.kind === 'tgw-peering' && hop.decision !== 'drop') {
      const [a, b] = [index.getOf(resource.requester, 'transit-gateway')?.region, index.getOf(resource.accepter, 'transit-gateway')?.region];
      if (a && b && a !== b) at(`into another Region over ${resource.id}`, 'inter-region-gb', azRegion ?? a);
    }
    if (CROSSES_FREE.has(step) || step === 'peering') {
      // A same-Region peering is charged as cross-AZ transfer when the AZ changes; its far side is tracked on.
      if (step !== 'peering') az = undefined;
      return;
    }
    const here = azOf(index, hop);
    if (here === undefined) return;
    const hereRegion = regionAt(index, index.get(hop.iface?.subnet ?? hop.box)) ?? region;
    if (az !== undefined && here !== az && hereRegion === azRegion) {
      // Charged out of one AZ and again into the other.
      at(`out of ${az}`, 'cross-az-gb', hereRegion, hop.box);
      at(`into ${here}`, 'cross-az-gb', hereRegion, hop.box);
    }
    az = here;
    azRegion = hereRegion;
  });
  return costs;
}

const sum = (costs: readonly HopCost[]) => costs.reduce((s, c) => s + (c.usdPerGb ?? 0), 0);

/** The cost per GB of a traced flow's request and reply, hop by hop. */
export function flowCost(design: Design, result: TraceResult): FlowCost {
  const index = indexDesign(design);
  const request = hopCosts(index, result.forward);
  const reply = hopCosts(index, result.reply);
  return {
    request,
    reply,
    requestUsdPerGb: sum(request),
    replyUsdPerGb: sum(reply),
    notPriced: [...request, ...reply].filter((c) => c.notPriced !== undefined).length,
  };
}

/** Bands of the round trip's cost per GB the matrix colours cells by, upper bounds in USD. */
export const COST_BANDS = [0, 0.02, 0.05, 0.1] as const;

/** The band a round trip's cost per GB falls in: 0 for free, up to COST_BANDS.length for dearer than the last. */
export function costBand(usdPerGb: number): number {
  const band = COST_BANDS.findIndex((top) => usdPerGb <= top);
  return band === -1 ? COST_BANDS.length : band;
}

/** A reachable flow's request and reply per GB together, and how many charges on it are not priced. */
export function roundTripPerGb(design: Design, flow: Flow): { readonly usdPerGb: number; readonly notPriced: number } | undefined {
  const result = trace(design, flow);
  if (!result.verdict.reachable) return undefined;
  const cost = flowCost(design, result);
  return { usdPerGb: cost.requestUsdPerGb + cost.replyUsdPerGb, notPriced: cost.notPriced };
}
