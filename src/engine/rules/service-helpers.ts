/** Small lookups shared by the service rule families (security, load balancers, MQ, containers...). */
import { balancersOf, type DesignIndex, type Resource, type SecurityGroupRule, type SubnetResource } from '../model/index.ts';
import { cidrBlock } from '../net/cidr.ts';

/** The AWS pages the catalogue cites, one constant per source key. */
export const DOCS = {
  SG: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  PSG: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html',
  NACL: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  NLB: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html',
  NLBSG: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-security-groups.html',
  NLBTG: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html',
  NLBALB: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html',
  NLBTLS: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/create-tls-listener.html',
  ALB: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html',
  ALB_LISTENERS: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html',
  BLOG_ALBIP: 'https://aws.amazon.com/blogs/networking-and-content-delivery/using-static-ip-addresses-for-application-load-balancers/',
  GWLB: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html',
  APIGW_PI: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/private-integration.html',
  APIGW_V1: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/vpc-links-v1.html',
  APIGW_HTTP: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
  APIGW_V2: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-vpc-links-v2.html',
  APIGW_PRIV: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html',
  MQ_CLUSTER: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-broker-architecture-cluster.html',
  MQ_ACTIVE_STANDBY: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/active-standby-broker-deployment.html',
  MQ_GETTING_STARTED: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/getting-started-rabbitmq.html',
  MQAPI: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/mq/aws.sdk.kotlin.services.mq.model/-create-broker-request/subnet-ids.html',
  VS: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html',
  EKS_NLB: 'https://docs.aws.amazon.com/eks/latest/userguide/network-load-balancing.html',
  EKS_ALB: 'https://docs.aws.amazon.com/eks/latest/userguide/alb-ingress.html',
  EKS_FG: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  EKS_SGP: 'https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html',
  K8S_NODEPORT: 'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
  ECS: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html',
  NAT: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  ASG_LH: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/lifecycle-hooks.html',
} as const;

/** An account as the architect reads it: its name, else its id. */
export function accountName(index: DesignIndex, accountId: string | undefined): string {
  if (!accountId) return '(no account)';
  const account = index.get(accountId);
  return account?.name || accountId;
}

/** The resource a subnet's default route (0.0.0.0/0) sends to, if any. */
export function defaultRouteTarget(index: DesignIndex, subnetId: string): Resource | undefined {
  const table = index.routeTableOf(subnetId);
  if (!table) return undefined;
  // Tables can hold hundreds of routes and many subnets share one: find the default route once per table.
  let target = defaultTargets.get(table.routes);
  if (target === undefined) {
    target = table.routes.find((r) => r.destination === '0.0.0.0/0')?.target ?? null;
    defaultTargets.set(table.routes, target);
  }
  return target && target !== 'local' ? index.get(target) : undefined;
}
const defaultTargets = new WeakMap<readonly unknown[], string | null>();

/** A public subnet routes 0.0.0.0/0 to an internet gateway (RT-PUBLIC). */
export function isPublicSubnet(index: DesignIndex, subnetId: string): boolean {
  return defaultRouteTarget(index, subnetId)?.kind === 'internet-gateway';
}

/** Distinct availability zones of a list of subnets. */
export function zonesOf(subnets: readonly SubnetResource[]): Set<string> {
  return new Set(subnets.map((s) => s.availabilityZoneId ?? s.availabilityZone));
}

/** Subnets that share an AZ with an earlier subnet of the list. */
export function sameZoneSubnets(subnets: readonly SubnetResource[]): SubnetResource[] {
  const seen = new Set<string>();
  const clashes: SubnetResource[] = [];
  for (const subnet of subnets) {
    const zone = subnet.availabilityZoneId ?? subnet.availabilityZone;
    if (seen.has(zone)) clashes.push(subnet);
    seen.add(zone);
  }
  return clashes;
}

/** True when a rule lets `protocol` traffic on `port` through (any peer). */
export function ruleCoversPort(rule: Pick<SecurityGroupRule, 'protocol' | 'fromPort' | 'toPort'>, port: number, protocol: 'tcp' | 'udp' = 'tcp'): boolean {
  if (rule.protocol === 'all') return true;
  return rule.protocol === protocol && rule.fromPort <= port && port <= rule.toPort;
}

/** True when any of the groups has a rule in that direction allowing the port. */
export function groupsAllowPort(
  index: DesignIndex,
  groupIds: readonly string[] | undefined,
  direction: 'ingress' | 'egress',
  port: number,
  protocol: 'tcp' | 'udp' = 'tcp',
): boolean {
  for (const id of groupIds ?? []) {
    const group = index.getOf(id, 'security-group');
    if (group?.[direction].some((rule) => ruleCoversPort(rule, port, protocol))) return true;
  }
  return false;
}

/** Load balancers that forward to a target group, by target group id (built once per design). */
const lbCache = new WeakMap<DesignIndex, Map<string, Resource[]>>();
export function loadBalancersOfTargetGroups(index: DesignIndex): ReadonlyMap<string, Resource[]> {
  let map = lbCache.get(index);
  if (map) return map;
  map = new Map();
  for (const lb of balancersOf(index)) {
    for (const listener of lb.listeners) {
      if (!listener.targetGroup) continue;
      const list = map.get(listener.targetGroup) ?? [];
      if (!list.includes(lb)) list.push(lb);
      map.set(listener.targetGroup, list);
    }
  }
  lbCache.set(index, map);
  return map;
}

/** Is this text an IP address rather than a resource id? */
export function ipOf(text: string) {
  if (!/^[0-9.]+$/.test(text) && !text.includes(':')) return undefined;
  return cidrBlock(text.includes(':') ? `${text}/128` : `${text}/32`);
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
