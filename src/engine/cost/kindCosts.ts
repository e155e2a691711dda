/**
 * What each kind costs a month, beside the kind registry: either the charges it runs up (an
 * hour, a GB processed, a public address) priced from the table, or why it has none of its own.
 * Every kind the registry holds needs an entry; kindCosts.test.ts iterates the registry.
 */
import type { DesignIndex, Resource, ResourceKind, ResourceOf } from '../model/index.ts';
import { instancePrice, priceOf, type Price, type PriceKey } from './prices.ts';

/** What the estimate assumes about use: editable, and part of every result. */
export interface Assumptions {
  /** Hours a month each resource runs. */
  readonly hoursPerMonth: number;
  /** GB a month of one flow, assumed through each resource that charges per GB it processes. */
  readonly gbPerFlow: number;
  /** GB a month through a given resource, by id, instead of `gbPerFlow`. */
  readonly gbByResource: Readonly<Record<string, number>>;
  /** A Fargate task's size: the design does not name it. */
  readonly fargateTask: { readonly vcpu: number; readonly memoryGb: number };
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  hoursPerMonth: 730,
  gbPerFlow: 100,
  gbByResource: {},
  fargateTask: { vcpu: 0.5, memoryGb: 1 },
};

/** One charge before pricing: what, how much a month, at which price. */
export interface ChargeSpec {
  readonly what: string;
  readonly quantity: number;
  readonly price: Price;
}

export interface CostContext {
  readonly index: DesignIndex;
  readonly assumptions: Assumptions;
  /** The Region the resource is priced in (its VPC's, or its own). */
  readonly region: string | undefined;
}

export type KindCost<R extends Resource = Resource> =
  /** AWS charges nothing for the resource itself. */
  | { readonly noCharge: string }
  /** AWS charges for it, but this estimate leaves it out, and says why. */
  | { readonly notEstimated: string }
  | { charges(resource: R, context: CostContext): readonly ChargeSpec[] };

const hours = (c: CostContext) => c.assumptions.hoursPerMonth;
const gb = (r: Resource, c: CostContext) => c.assumptions.gbByResource[r.id] ?? c.assumptions.gbPerFlow;
const at = (c: CostContext, key: PriceKey) => priceOf(c.region, key);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Subnets (AZs) a multi-subnet resource spans: at least one. */
const azCount = (r: Resource, c: CostContext) => Math.max(1, c.index.subnetsOf(r).length);

const ipv4 = (count: number, c: CostContext): ChargeSpec[] =>
  count > 0 ? [{ what: `${plural(count, 'public IPv4 address')} × hours`, quantity: count * hours(c), price: at(c, 'public-ipv4-hour') }] : [];

// A load balancer's capacity units here count processed bytes only: 1 LCU or NLCU is 1 GB an
// hour, so a month's GB is that many unit-hours (new and active connections are not modelled).
const balancer = (hourKey: PriceKey, unitKey: PriceKey) => (r: ResourceOf<'nlb'> | ResourceOf<'alb'>, c: CostContext): ChargeSpec[] => {
  const subnets = azCount(r, c);
  const mapped = r.kind === 'nlb' ? (r.subnetMappings ?? []).filter((m) => m.elasticIp).length : 0;
  return [
    { what: 'load balancer hours', quantity: hours(c), price: at(c, hourKey) },
    { what: `capacity units (${gb(r, c)} GB processed, 1 GB an hour per unit)`, quantity: gb(r, c), price: at(c, unitKey) },
    // An internet-facing balancer has a public address per AZ; Elastic IPs it maps are priced as those resources.
    ...(r.scheme === 'internet-facing' ? ipv4(subnets - mapped, c) : []),
  ];
};

const KIND_COSTS: { readonly [K in ResourceKind]: KindCost<ResourceOf<K>> } = {
  account: { noCharge: 'an account costs nothing itself' },
  'ram-share': { noCharge: 'sharing through AWS RAM costs nothing' },
  'prefix-list': { noCharge: 'a managed prefix list costs nothing' },
  vpc: { noCharge: 'a VPC costs nothing itself; what it holds is priced' },
  subnet: { noCharge: 'a subnet costs nothing' },
  'route-table': { noCharge: 'a route table costs nothing' },
  'security-group': { noCharge: 'a security group costs nothing' },
  'network-acl': { noCharge: 'a network ACL costs nothing' },
  'internet-gateway': { noCharge: 'an internet gateway costs nothing itself; data out to the internet is not estimated' },
  'egress-only-internet-gateway': { noCharge: 'an egress-only internet gateway costs nothing itself' },
  'elastic-ip': { charges: (_r, c) => ipv4(1, c) },
  'nat-gateway': {
    charges: (r, c) => [
      { what: 'NAT gateway hours', quantity: hours(c), price: at(c, 'nat-gateway-hour') },
      { what: `GB processed`, quantity: gb(r, c), price: at(c, 'nat-gateway-gb') },
    ],
  },
  'vpc-peering': { noCharge: 'a peering connection has no hourly charge; the data that crosses it is priced per flow' },
  'transit-gateway': { noCharge: 'a transit gateway has no charge of its own; its attachments are priced' },
  'customer-gateway': { noCharge: 'a customer gateway costs nothing; the VPN connection to it is priced' },
  'virtual-private-gateway': { noCharge: 'a virtual private gateway costs nothing itself; its VPN connections are priced' },
  'vpn-connection': {
    charges: (r, c) => [
      { what: 'VPN connection hours', quantity: hours(c), price: at(c, 'vpn-connection-hour') },
      // A VPN that ends on a transit gateway is also one of its attachments.
      ...(c.index.get(r.gateway)?.kind === 'transit-gateway' ? [{ what: 'transit gateway attachment hours', quantity: hours(c), price: at(c, 'tgw-attachment-hour') }] : []),
    ],
  },
  'dx-gateway': { notEstimated: 'Direct Connect ports, data out over them and the transit gateway attachments of a Direct Connect gateway are not in the price table' },
  'tgw-peering': {
    // Each side's owner pays for its end of the peering attachment, in that transit gateway's Region.
    charges: (r, c) =>
      [r.requester, r.accepter].map((end) => {
        const region = c.index.getOf(end, 'transit-gateway')?.region;
        return { what: `peering attachment hours at ${end}${region ? ` (${region})` : ''}`, quantity: hours(c), price: priceOf(region, 'tgw-attachment-hour') };
      }),
  },
  'tgw-attachment': {
    charges: (r, c) => [
      { what: 'attachment hours', quantity: hours(c), price: at(c, 'tgw-attachment-hour') },
      { what: 'GB sent to the transit gateway', quantity: gb(r, c), price: at(c, 'tgw-gb') },
    ],
  },
  'vpc-endpoint': {
    charges: (r, c) => {
      // A gateway endpoint (S3, DynamoDB) has no charge at all.
      if (r.endpointType === 'gateway') return [];
      const [hour, data] = r.endpointType === 'interface' ? (['interface-endpoint-hour', 'interface-endpoint-gb'] as const) : (['gwlb-endpoint-hour', 'gwlb-endpoint-gb'] as const);
      const azs = azCount(r, c);
      return [
        { what: `endpoint hours in ${plural(azs, 'AZ')}`, quantity: azs * hours(c), price: at(c, hour) },
        { what: 'GB processed', quantity: gb(r, c), price: at(c, data) },
      ];
    },
  },
  'network-firewall': {
    charges: (r, c) => {
      const endpoints = Math.max(1, r.subnetMappings.length);
      return [
        { what: `firewall endpoint hours (${plural(endpoints, 'endpoint')})`, quantity: endpoints * hours(c), price: at(c, 'network-firewall-endpoint-hour') },
        { what: 'GB processed', quantity: gb(r, c), price: at(c, 'network-firewall-gb') },
      ];
    },
  },
  nlb: { charges: balancer('nlb-hour', 'nlb-nlcu-hour') },
  alb: { charges: balancer('alb-hour', 'alb-lcu-hour') },
  'gateway-load-balancer': {
    charges: (r, c) => [
      { what: 'load balancer hours', quantity: hours(c), price: at(c, 'gwlb-hour') },
      { what: `capacity units (${gb(r, c)} GB processed, 1 GB an hour per unit)`, quantity: gb(r, c), price: at(c, 'gwlb-glcu-hour') },
    ],
  },
  // One endpoint in one AZ: each AZ's endpoint is a resource of its own.
  'gwlb-endpoint': {
    charges: (r, c) => [
      { what: 'endpoint hours', quantity: hours(c), price: at(c, 'gwlb-endpoint-hour') },
      { what: 'GB processed', quantity: gb(r, c), price: at(c, 'gwlb-endpoint-gb') },
    ],
  },
  'target-group': { noCharge: 'a target group costs nothing; its load balancer is priced' },
  instance: {
    charges: (r, c) => [
      { what: `${r.instanceType ?? 'instance'} hours (Linux, on demand)`, quantity: hours(c), price: instancePrice(c.region, 'ec2', r.instanceType) },
      // An Elastic IP is priced as its own resource; a launch-time public address here.
      ...(r.publicIp && !r.elasticIp ? ipv4(1, c) : []),
    ],
  },
  'auto-scaling-group': {
    charges: (r, c) => {
      const count = r.desiredCapacity ?? r.minSize;
      return [{ what: `${plural(count, 'instance')} of ${r.instanceType ?? 'an unnamed type'} × hours`, quantity: count * hours(c), price: instancePrice(c.region, 'ec2', r.instanceType) }, ...(r.publicIp ? ipv4(count, c) : [])];
    },
  },
  'ecs-service': {
    charges: (r, c) => {
      if (r.launchType !== 'FARGATE') return [];
      const { vcpu, memoryGb } = c.assumptions.fargateTask;
      const taskHours = r.desiredCount * hours(c);
      return [
        { what: `${plural(r.desiredCount, 'task')} × ${vcpu} vCPU × hours`, quantity: taskHours * vcpu, price: at(c, 'fargate-vcpu-hour') },
        { what: `${plural(r.desiredCount, 'task')} × ${memoryGb} GB × hours`, quantity: taskHours * memoryGb, price: at(c, 'fargate-gb-hour') },
        ...(r.assignPublicIp ? ipv4(r.desiredCount, c) : []),
      ];
    },
  },
  'eks-cluster': { notEstimated: 'the cluster hour and its nodes are not in the price table' },
  'k8s-service': { noCharge: 'a Kubernetes Service costs nothing; the load balancer the controller makes is priced as that resource' },
  'k8s-ingress': { noCharge: 'an Ingress costs nothing; the ALB the controller makes is priced as that resource' },
  'beanstalk-environment': { notEstimated: 'an environment is billed as the instances and load balancer it creates, which the design does not count' },
  lambda: { notEstimated: 'Lambda is billed per request and duration, which the estimate does not assume' },
  'mq-broker': {
    charges: (r, c) => {
      const brokers = r.deploymentMode === 'SINGLE_INSTANCE' ? 1 : r.deploymentMode === 'ACTIVE_STANDBY_MULTI_AZ' ? 2 : 3;
      return [{ what: `${plural(brokers, 'broker instance')} of ${r.instanceType ?? 'an unnamed type'} × hours`, quantity: brokers * hours(c), price: instancePrice(c.region, 'mq', r.instanceType) }];
    },
  },
  'api-gateway': { notEstimated: 'API Gateway is billed per request, which the estimate does not assume' },
  'vpc-link': { noCharge: 'a VPC link has no charge of its own' },
  external: { noCharge: 'an external network is outside AWS' },
};

/** The cost entry of a kind, or undefined for a kind registered without one. */
export function kindCost(kind: string): KindCost | undefined {
  return (KIND_COSTS as Partial<Record<string, KindCost>>)[kind];
}
