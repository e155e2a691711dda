/**
 * The price table: on-demand list prices in USD for the Regions it covers, each with the page
 * it was read from and the date it was read. A price no page we read gives for a Region is
 * "not priced here" with the reason, never a figure carried over from another Region.
 */

/** The Regions the table covers; any other Region is not priced at all. */
export const PRICED_REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-2'] as const;
export type PricedRegion = (typeof PRICED_REGIONS)[number];

/** What a price is per. */
export type PriceUnit = 'hour' | 'GB' | 'LCU-hour' | 'NLCU-hour' | 'GLCU-hour' | 'vCPU-hour' | 'GB-hour';

export interface PriceSource {
  readonly url: string;
  /** The day the page was read, ISO 8601. */
  readonly read: string;
  /** What the page says that makes it a price for this Region, when it is not plain from the page. */
  readonly note?: string;
}

export type Price =
  | { readonly priced: true; readonly usd: number; readonly unit: PriceUnit; readonly source: PriceSource }
  | { readonly priced: false; readonly why: string };

/** Every dimension the estimate and the per-flow cost price. */
export const PRICE_KEYS = [
  'nat-gateway-hour',
  'nat-gateway-gb',
  'tgw-attachment-hour',
  'tgw-gb',
  /** Data between Availability Zones of one Region (and across a peering in one Region), charged out and again in. */
  'cross-az-gb',
  /** Data sent to another Region, charged to the sender. */
  'inter-region-gb',
  'alb-hour',
  'alb-lcu-hour',
  'nlb-hour',
  'nlb-nlcu-hour',
  'public-ipv4-hour',
  'interface-endpoint-hour',
  'interface-endpoint-gb',
  'network-firewall-endpoint-hour',
  'network-firewall-gb',
  'gwlb-hour',
  'gwlb-glcu-hour',
  'gwlb-endpoint-hour',
  'gwlb-endpoint-gb',
  'vpn-connection-hour',
  'fargate-vcpu-hour',
  'fargate-gb-hour',
] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];

export interface RegionPrices {
  readonly dimensions: Readonly<Record<PriceKey, Price>>;
  /** EC2 Linux on-demand per instance hour, by instance type; a type not listed is not priced. */
  readonly ec2: Readonly<Record<string, Price>>;
  /** Amazon MQ broker instance hours, by broker instance type. */
  readonly mq: Readonly<Record<string, Price>>;
}

const READ = '2026-12-03';
const NOT_FOUND = 'no pricing page we read gives a figure for this Region';

const page = (url: string, note?: string): PriceSource => ({ url, read: READ, ...(note ? { note } : {}) });
const usd = (value: number, unit: PriceUnit, source: PriceSource): Price => ({ priced: true, usd: value, unit, source });
const notPriced = (why = NOT_FOUND): Price => ({ priced: false, why });

const NAT_US_EAST_1 = page('https://basavytix.com/blog/aws-nat-gateway-pricing', '"These are the us-east-1 rates": $0.045 per hour and $0.045 per GB processed');
const NAT_EU_WEST_1 = page(
  'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/20260925174521/eu-west-1/index.json',
  'AWS Price List offer file for eu-west-1 (published 2026-09-25), read through a public extract: EU-NatGateway-Hours $0.048/Hrs, EU-NatGateway-Bytes $0.048/GB',
);
const TGW_US_EU = page('https://cloud-horizons.com/blog/transit-gateway-the-tax-on-multi-vpc/', '$0.05 per attachment per hour, $0.02 per GB processed: "Same in US and EU"');
const US_EAST_NETWORK = page('https://www.usage.ai/blogs/aws-network-costs/', '"All rates are for US East (N. Virginia), May 2026"');
const US_EAST_VPC = page('https://www.factualminds.com/blog/amazon-vpc-pricing-endpoints-peering-transit-gateway/', '"VPC pricing breakdown — us-east-1, June 2026"');
const US_EAST_ELB = page('https://awsnegotiations.com/blog/elastic-load-balancer-cost/', 'ALB "$0.0225/hour ... in US East", LCU $0.008; NLB $0.0225/hour, LCU $0.006');
const US_EAST_FARGATE = page('https://www.vantage.sh/blog/fargate-pricing', 'Linux/x86 rates, "we\'ll use us-east-1"');
const PUBLIC_IPV4 = page('https://www.techpartner.news/news/aws-to-charge-for-ipv4-addresses-598672', 'US$0.005 per address hour "in all AWS regions"');
const PRIVATELINK = page('https://aws.amazon.com/privatelink/pricing/', 'interface endpoint data: "First 1 PB $0.01" per GB, for the data processed in an AWS Region');

/** Dimensions whose price a page gave for every Region alike. */
const everyRegion = {
  'public-ipv4-hour': usd(0.005, 'hour', PUBLIC_IPV4),
  'interface-endpoint-gb': usd(0.01, 'GB', PRIVATELINK),
} as const;

const unpriced = (): Record<PriceKey, Price> => Object.fromEntries(PRICE_KEYS.map((key) => [key, notPriced()])) as Record<PriceKey, Price>;

export const PRICE_TABLE: Readonly<Record<PricedRegion, RegionPrices>> = {
  'us-east-1': {
    dimensions: {
      ...unpriced(),
      ...everyRegion,
      'nat-gateway-hour': usd(0.045, 'hour', NAT_US_EAST_1),
      'nat-gateway-gb': usd(0.045, 'GB', NAT_US_EAST_1),
      'tgw-attachment-hour': usd(0.05, 'hour', TGW_US_EU),
      'tgw-gb': usd(0.02, 'GB', TGW_US_EU),
      'cross-az-gb': usd(0.01, 'GB', US_EAST_NETWORK),
      'inter-region-gb': usd(0.02, 'GB', page(US_EAST_NETWORK.url, 'US East rates; cross-region transfer "$0.02/GB for most US corridors"')),
      'alb-hour': usd(0.0225, 'hour', US_EAST_ELB),
      'alb-lcu-hour': usd(0.008, 'LCU-hour', US_EAST_ELB),
      'nlb-hour': usd(0.0225, 'hour', US_EAST_ELB),
      'nlb-nlcu-hour': usd(0.006, 'NLCU-hour', US_EAST_ELB),
      'interface-endpoint-hour': usd(0.01, 'hour', US_EAST_VPC),
      'vpn-connection-hour': usd(0.05, 'hour', US_EAST_VPC),
      'fargate-vcpu-hour': usd(0.04048, 'vCPU-hour', US_EAST_FARGATE),
      'fargate-gb-hour': usd(0.004445, 'GB-hour', US_EAST_FARGATE),
    },
    ec2: {},
    mq: {},
  },
  'eu-west-1': {
    dimensions: {
      ...unpriced(),
      ...everyRegion,
      'nat-gateway-hour': usd(0.048, 'hour', NAT_EU_WEST_1),
      'nat-gateway-gb': usd(0.048, 'GB', NAT_EU_WEST_1),
      'tgw-attachment-hour': usd(0.05, 'hour', TGW_US_EU),
      'tgw-gb': usd(0.02, 'GB', TGW_US_EU),
    },
    ec2: {},
    mq: {},
  },
  'ap-northeast-2': {
    dimensions: { ...unpriced(), ...everyRegion },
    ec2: {},
    mq: {},
  },
};

export function isPricedRegion(region: string | undefined): region is PricedRegion {
  return region !== undefined && (PRICED_REGIONS as readonly string[]).includes(region);
}

const regionNotPriced = (region: string | undefined): Price =>
  notPriced(region === undefined ? 'the resource has no Region to price it in' : `${region} is not in the price table (it covers ${PRICED_REGIONS.join(', ')})`);

/** The price of one dimension in a Region; a Region outside the table says so. */
export function priceOf(region: string | undefined, key: PriceKey): Price {
  return isPricedRegion(region) ? PRICE_TABLE[region].dimensions[key] : regionNotPriced(region);
}

/** The on-demand hour of an EC2 instance type, or of an Amazon MQ broker instance type. */
export function instancePrice(region: string | undefined, family: 'ec2' | 'mq', type: string | undefined): Price {
  if (!isPricedRegion(region)) return regionNotPriced(region);
  if (type === undefined) return notPriced('the design names no instance type');
  return PRICE_TABLE[region][family][type] ?? notPriced(`no pricing page we read gives the ${type} hour for ${region}`);
}
