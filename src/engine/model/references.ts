/**
 * Every id a resource points at, with the kinds it may point at. The parser checks them
 * (dangling references), deletion follows them (dependants), exporters resolve them.
 */
import { kindsPlaying } from './kinds.ts';
import type { Resource, ResourceKind } from './resources.ts';

export interface Reference {
  /** JSON path of the field inside the resource, e.g. `listeners.0.targetGroup`. */
  readonly path: string;
  readonly id: string;
  /** Kinds the reference may point at. */
  readonly kinds: readonly ResourceKind[];
  /** A weak reference may name an IP, `local` or a vanished target; it is never dangling. */
  readonly weak?: boolean;
}

/** What a route may send to (besides `local`). */
export const ROUTE_TARGETS: readonly ResourceKind[] = kindsPlaying('route-target');
const TARGETABLE = kindsPlaying('target');
const UPSTREAMS = kindsPlaying('upstream');
const INTEGRATIONS = kindsPlaying('api-integration');
const LINKED = kindsPlaying('vpc-link');
const SHARABLE = kindsPlaying('ram-share');

function list(path: string, ids: readonly string[] | undefined, kinds: readonly ResourceKind[]): Reference[] {
  return (ids ?? []).map((id, index) => ({ path: `${path}.${index}`, id, kinds }));
}

function one(path: string, id: string | undefined, kinds: readonly ResourceKind[], weak = false): Reference[] {
  return id === undefined ? [] : [{ path, id, kinds, ...(weak ? { weak } : {}) }];
}

const SG: readonly ResourceKind[] = ['security-group'];
const SUBNET: readonly ResourceKind[] = ['subnet'];

/** References other than `parent`. */
export function referencesOf(resource: Resource): Reference[] {
  const refs: Reference[] = one('account', resource.account, ['account']);
  switch (resource.kind) {
    case 'account':
    case 'vpc':
    case 'internet-gateway':
    case 'egress-only-internet-gateway':
    case 'elastic-ip':
    case 'prefix-list':
      return refs;
    case 'subnet':
      return [
        ...refs,
        ...one('routeTable', resource.routeTable, ['route-table']),
        ...one('networkAcl', resource.networkAcl, ['network-acl']),
      ];
    case 'route-table':
      return [
        ...refs,
        ...one('edgeAssociation', resource.edgeAssociation, ['internet-gateway']),
        ...resource.routes.flatMap((route, index) => [
          ...one(`routes.${index}.prefixList`, route.prefixList, ['prefix-list']),
          // A vanished target is a blackhole route (RT-BLACKHOLE), not a broken file.
          ...(route.target === 'local' ? [] : one(`routes.${index}.target`, route.target, ROUTE_TARGETS, true)),
        ]),
      ];
    case 'security-group':
      return [
        ...refs,
        ...list('sharedWith', resource.sharedWith, ['account']),
        ...(['ingress', 'egress'] as const).flatMap((direction) =>
          resource[direction].flatMap((rule, index) => {
            const path = `${direction}.${index}.peer`;
            if (rule.peer.kind === 'security-group') return one(`${path}.securityGroup`, rule.peer.securityGroup, SG);
            if (rule.peer.kind === 'prefix-list') return one(`${path}.prefixList`, rule.peer.prefixList, ['prefix-list']);
            return [];
          }),
        ),
      ];
    case 'network-acl':
      return refs;
    case 'nat-gateway':
      return [...refs, ...list('elasticIps', resource.elasticIps, ['elastic-ip'])];
    case 'vpc-peering':
      return [
        ...refs,
        ...one('requesterVpc', resource.requesterVpc, ['vpc']),
        ...one('accepterVpc', resource.accepterVpc, ['vpc']),
      ];
    case 'transit-gateway':
      return [
        ...refs,
        ...resource.routeTables.flatMap((table, t) =>
          table.routes.flatMap((route, r) =>
            one(`routeTables.${t}.routes.${r}.attachment`, route.attachment, ['tgw-attachment']),
          ),
        ),
      ];
    case 'tgw-attachment':
      // routeTable and propagations name route tables inside the transit gateway; the parser checks them.
      return [
        ...refs,
        ...one('transitGateway', resource.transitGateway, ['transit-gateway']),
        ...one('vpc', resource.vpc, ['vpc']),
        ...list('subnets', resource.subnets, SUBNET),
      ];
    case 'vpc-endpoint':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...list('routeTables', resource.routeTables, ['route-table']),
        ...list('securityGroups', resource.securityGroups, SG),
      ];
    case 'ram-share':
      return [
        ...refs,
        ...list('resources', resource.resources, SHARABLE),
        ...list('principals', resource.principals, ['account']),
      ];
    case 'nlb':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...(resource.subnetMappings ?? []).flatMap((mapping, index) => [
          ...one(`subnetMappings.${index}.subnet`, mapping.subnet, SUBNET),
          ...one(`subnetMappings.${index}.elasticIp`, mapping.elasticIp, ['elastic-ip']),
        ]),
        ...list('securityGroups', resource.securityGroups, SG),
        ...resource.listeners.flatMap((listener, index) =>
          one(`listeners.${index}.targetGroup`, listener.targetGroup, ['target-group']),
        ),
      ];
    case 'alb':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...list('securityGroups', resource.securityGroups, SG),
        ...resource.listeners.flatMap((listener, index) =>
          one(`listeners.${index}.targetGroup`, listener.targetGroup, ['target-group']),
        ),
      ];
    case 'target-group':
      return [
        ...refs,
        // A target may be an IP address: weak.
        ...resource.targets.flatMap((target, index) => one(`targets.${index}.target`, target.target, TARGETABLE, true)),
      ];
    case 'instance':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...list('securityGroups', resource.securityGroups, SG),
        ...one('elasticIp', resource.elasticIp, ['elastic-ip']),
        ...one('upstream.target', resource.upstream?.target, UPSTREAMS, true),
      ];
    case 'auto-scaling-group':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...list('securityGroups', resource.securityGroups, SG),
        ...list('targetGroups', resource.targetGroups, ['target-group']),
        ...one('upstream.target', resource.upstream?.target, UPSTREAMS, true),
      ];
    case 'mq-broker':
    case 'lambda':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...list('securityGroups', resource.securityGroups, SG),
      ];
    case 'api-gateway':
      return [
        ...refs,
        ...resource.integrations.flatMap((integration, index) => [
          ...one(`integrations.${index}.vpcLink`, integration.vpcLink, ['vpc-link']),
          ...one(`integrations.${index}.target`, integration.target, INTEGRATIONS),
        ]),
      ];
    case 'vpc-link':
      return [
        ...refs,
        ...list('targets', resource.targets, LINKED),
        ...list('subnets', resource.subnets, SUBNET),
        ...list('securityGroups', resource.securityGroups, SG),
      ];
    case 'ecs-service':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...list('securityGroups', resource.securityGroups, SG),
        ...list('targetGroups', resource.targetGroups, ['target-group']),
      ];
    case 'eks-cluster':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...list('nodeSecurityGroups', resource.nodeSecurityGroups, SG),
      ];
    case 'k8s-service':
      return [...refs, ...one('loadBalancer', resource.loadBalancer, ['nlb'])];
    case 'k8s-ingress':
      return [
        ...refs,
        ...one('loadBalancer', resource.loadBalancer, ['alb']),
        ...resource.rules.flatMap((rule, index) => one(`rules.${index}.service`, rule.service, ['k8s-service'])),
      ];
    case 'beanstalk-environment':
      return [
        ...refs,
        ...list('subnets', resource.subnets, SUBNET),
        ...list('securityGroups', resource.securityGroups, SG),
        ...one('loadBalancer', resource.loadBalancer, ['alb', 'nlb']),
      ];
    case 'external':
      return [...refs, ...list('connectsTo', resource.connectsTo, UPSTREAMS)];
    default: {
      const exhaustive: never = resource;
      return exhaustive;
    }
  }
}
