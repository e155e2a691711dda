/**
 * The CDK exporter: a design becomes a TypeScript CDK app with one stack per account and
 * region. See `HEADER` for why it is written with L1 (Cfn*) constructs.
 */
import type { Design } from '../../model/design.ts';
import type { ResourceKind } from '../../model/resources.ts';
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

type Phase = readonly [ResourceKind, Emit, ((handle: Handle) => boolean)?];

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
    ['alb', emitListeners],
    ['nlb', emitListeners, (handle) => !lateNlb(handle)],
    ['target-group', emitTargetGroup, isAlbTargets],
    ['nlb', emitListeners, lateNlb],
    ['auto-scaling-group', emitAutoScalingGroup],
    ['ecs-service', emitEcsService],
    ['eks-cluster', emitEksCluster],
    ['beanstalk-environment', emitBeanstalk],
    ['mq-broker', emitBroker],
    ['vpc-link', emitVpcLink],
    ['api-gateway', emitApi],
    ['security-group', emitSecurityGroupRules],
    ['route-table', emitRoutes],
    ['transit-gateway', emitTransitGatewayRouting],
    ['ram-share', emitRamShare],
  ];
}

export function generateCdk(design: Design): GeneratedFile[] {
  const ctx = new ExportContext(design);
  const byKind = new Map<ResourceKind, Handle[]>();
  for (const handle of ctx.allHandles()) {
    const list = byKind.get(handle.resource.kind);
    if (list) list.push(handle);
    else byKind.set(handle.resource.kind, [handle]);
  }
  for (const [kind, emit, only] of phases(ctx)) {
    for (const handle of byKind.get(kind) ?? []) if (!only || only(handle)) emit(ctx, handle);
  }
  return projectFiles(ctx);
}
