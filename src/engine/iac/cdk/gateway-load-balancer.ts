/**
 * Gateway Load Balancers, their endpoint services and listeners, and GWLB endpoints. An
 * endpoint names its service as `com.amazonaws.vpce.<region>.<service id>`: CloudFormation
 * returns the service's id, not its name, and an endpoint is in its service's Region.
 */
import type { ResourceOf } from '../../model/resources.ts';
import { acceptFindings } from './nag.ts';
import { subnetRefs, tagResource, vpcRef } from './common.ts';
import type { ExportContext, Handle, Placed } from './context.ts';
import { code, type Value } from './literal.ts';
import { once, type CdkKinds } from './kind.ts';

type Gwlb = ResourceOf<'gateway-load-balancer'>;

/** Gateway Load Balancer → its endpoint service construct. */
const services = new WeakMap<ExportContext, Map<string, Placed>>();

export function emitGatewayLoadBalancer(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const gwlb = resource as Gwlb;
  const attributes: Value[] = gwlb.crossZone === undefined ? [] : [{ key: 'load_balancing.cross_zone.enabled', value: String(gwlb.crossZone) }];
  stack.construct(varName, 'elbv2.CfnLoadBalancer', constructId, {
    type: 'gateway',
    subnets: subnetRefs(ctx, stack, gwlb),
    loadBalancerAttributes: attributes.length > 0 ? attributes : undefined,
  });
  tagResource(stack, varName, gwlb);
  acceptFindings(stack, varName, 'AwsSolutions-ELB2');
  const serviceVar = stack.vars.take(`${varName}Service`);
  stack.construct(serviceVar, 'ec2.CfnVPCEndpointService', stack.ids.take(`${constructId}Service`), {
    gatewayLoadBalancerArns: [code(`${varName}.ref`)],
    acceptanceRequired: false,
  });
  let map = services.get(ctx);
  if (!map) services.set(ctx, (map = new Map()));
  map.set(gwlb.id, { stack, varName: serviceVar });
}

/** The one listener: no port or protocol, every packet to the appliances' target group. */
export function emitGatewayListener(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const gwlb = resource as Gwlb;
  if (!gwlb.targetGroup || !ctx.handle(gwlb.targetGroup)) return;
  stack.construct(stack.vars.take(`${varName}Listener`), 'elbv2.CfnListener', stack.ids.take(`${constructId}Listener`), {
    loadBalancerArn: ctx.ref(stack, gwlb.id, 'ref', `ARN of Gateway Load Balancer ${gwlb.name}`),
    defaultActions: [{ type: 'forward', targetGroupArn: ctx.ref(stack, gwlb.targetGroup, 'ref', `target group ${ctx.index.get(gwlb.targetGroup)?.name}`) }],
  });
}

export function emitGwlbEndpoint(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const endpoint = resource as ResourceOf<'gwlb-endpoint'>;
  const vpc = ctx.index.vpcOf(endpoint.id);
  const gwlb = ctx.index.get(endpoint.gatewayLoadBalancer);
  const service = gwlb ? services.get(ctx)?.get(gwlb.id) : undefined;
  if (!vpc || !service || !gwlb) return;
  const serviceId = ctx.refVar(stack, service, 'attrServiceId', `gwlb-service\u0000${gwlb.id}`, `${ctx.handle(gwlb.id)!.constructId}ServiceId`, `endpoint service of Gateway Load Balancer ${gwlb.name || gwlb.id}`);
  stack.use('Fn');
  stack.use('Aws');
  stack.construct(varName, 'ec2.CfnVPCEndpoint', constructId, {
    vpcId: vpcRef(ctx, stack, vpc.id),
    serviceName: code(`Fn.join("", ["com.amazonaws.vpce.", Aws.REGION, ".", ${serviceId.text}])`),
    vpcEndpointType: 'GatewayLoadBalancer',
    subnetIds: subnetRefs(ctx, stack, endpoint),
  });
  tagResource(stack, varName, endpoint);
}

export const GATEWAY_LOAD_BALANCER_CDK = {
  'gateway-load-balancer': {
    prefix: 'gwlb',
    emits: [
      { stage: 'load balancers', emit: emitGatewayLoadBalancer },
      { stage: 'nlb listeners', emit: emitGatewayListener, rules: true },
    ],
    constructs: (_, rules) => (rules ? 1 : 2),
  },
  'gwlb-endpoint': { prefix: 'gwlbEndpoint', emits: once('services', emitGwlbEndpoint) },
} satisfies CdkKinds;
