/**
 * The CDK exporter: a design becomes a TypeScript CDK app with one stack per account and
 * region. See `HEADER` for why it is written with L1 (Cfn*) constructs.
 */
import type { Design } from '../../model/design.ts';
import type { Resource, ResourceKind } from '../../model/resources.ts';
import type { GeneratedFile } from '../types.ts';
import { emitAttachment, emitEndpoint, emitPeering, emitRamShare, emitTransitGateway, emitTransitGatewayRouting } from './connectivity.ts';
import { emitAutoScalingGroup, emitBeanstalk, emitEcsService, emitEksCluster, emitInstance, emitLambda } from './compute.ts';
import { ExportContext, type Handle } from './context.ts';
import type { Emit } from './common.ts';
import { emitApi, emitBroker, emitVpcLink } from './integration.ts';
import { emitListeners, emitLoadBalancer, emitTargetGroup } from './loadbalancing.ts';
import {
  emitEgressOnlyGateway,
  emitElasticIp,
  emitInternetGateway,
  emitNatGateway,
  emitNetworkAcl,
  emitPrefixList,
  emitRoutes,
  emitRouteTable,
  emitSubnet,
  emitVpc,
} from './network.ts';
import { emitSecurityGroup, emitSecurityGroupRules } from './security.ts';
import { projectFiles } from './project.ts';

export { NOT_MAPPED } from './project.ts';

/** A kind, its emitter, which of that kind it handles, and whether it writes the main construct. */
type Phase = readonly [ResourceKind, Emit, ((handle: Handle) => boolean)?, 'rules'?];

const isAlbTargets = (handle: Handle) => handle.resource.kind === 'target-group' && handle.resource.targetType === 'alb';
const forwardsToAlbTargets = (ctx: ExportContext) => (handle: Handle) =>
  handle.resource.kind === 'nlb' &&
  handle.resource.listeners.some((listener) => ctx.index.getOf(listener.targetGroup, 'target-group')?.targetType === 'alb');

/**
 * Emission order: everything a construct refers to is declared before it. Routes, rules and
 * associations come last so that route targets, peers and gateways all exist.
 */
function phases(ctx: ExportContext): Phase[] {
  const lateNlb = forwardsToAlbTargets(ctx);
  return [
    ['prefix-list', emitPrefixList],
    ['vpc', emitVpc],
    ['internet-gateway', emitInternetGateway],
    ['egress-only-internet-gateway', emitEgressOnlyGateway],
    ['subnet', emitSubnet],
    ['route-table', emitRouteTable],
    ['network-acl', emitNetworkAcl],
    ['security-group', emitSecurityGroup],
    ['elastic-ip', emitElasticIp],
    ['nat-gateway', emitNatGateway],
    ['vpc-peering', emitPeering],
    ['transit-gateway', emitTransitGateway],
    ['tgw-attachment', emitAttachment],
    ['vpc-endpoint', emitEndpoint],
    ['instance', emitInstance],
    ['lambda', emitLambda],
    ['nlb', emitLoadBalancer],
    ['alb', emitLoadBalancer],
    ['target-group', emitTargetGroup, (handle) => !isAlbTargets(handle)],
    ['alb', emitListeners, undefined, 'rules'],
    ['nlb', emitListeners, (handle) => !lateNlb(handle), 'rules'],
    ['target-group', emitTargetGroup, isAlbTargets],
    ['nlb', emitListeners, lateNlb, 'rules'],
    ['auto-scaling-group', emitAutoScalingGroup],
    ['ecs-service', emitEcsService],
    ['eks-cluster', emitEksCluster],
    ['beanstalk-environment', emitBeanstalk],
    ['mq-broker', emitBroker],
    ['vpc-link', emitVpcLink],
    ['api-gateway', emitApi],
    ['security-group', emitSecurityGroupRules, undefined, 'rules'],
    ['route-table', emitRoutes, undefined, 'rules'],
    ['transit-gateway', emitTransitGatewayRouting, undefined, 'rules'],
    ['ram-share', emitRamShare],
  ];
}

/** About how many constructs one emission writes, so that it fits in the part it starts in. */
function constructsOf(resource: Resource, rules: boolean): number {
  switch (resource.kind) {
    case 'network-acl':
      return 21 + resource.inbound.length + resource.outbound.length;
    case 'vpc':
      return 2 + resource.cidrs.length;
    case 'transit-gateway':
      return rules ? 1 : 1 + resource.routeTables.length;
    case 'api-gateway':
      return 4 + 3 * resource.integrations.length;
    case 'target-group':
      return 1 + resource.targets.length;
    case 'nlb':
    case 'alb':
      return rules ? resource.listeners.length : 1;
    case 'eks-cluster':
      return 6;
    case 'ecs-service':
      return 3;
    default:
      return 2;
  }
}

export function generateCdk(design: Design): GeneratedFile[] {
  const ctx = new ExportContext(design);
  const byKind = new Map<ResourceKind, Handle[]>();
  for (const handle of ctx.allHandles()) {
    const list = byKind.get(handle.resource.kind);
    if (list) list.push(handle);
    else byKind.set(handle.resource.kind, [handle]);
  }
  for (const [kind, emit, only, rules] of phases(ctx)) {
    for (const handle of byKind.get(kind) ?? []) {
      if (only && !only(handle)) continue;
      // Each emission goes to the environment's current part; see context.ts.
      const stack = ctx.current(handle.env, constructsOf(handle.resource, Boolean(rules)));
      if (rules) {
        if (handle.emitted) emit(ctx, { ...handle, stack });
        continue;
      }
      handle.stack = stack;
      emit(ctx, handle);
      // A VPC's default security group exists once the VPC does: its rules still apply.
      const awsOwned = handle.resource.kind === 'security-group' && handle.resource.default === true;
      handle.emitted = stack.declares(handle.varName) || awsOwned;
    }
  }
  return projectFiles(ctx);
}
