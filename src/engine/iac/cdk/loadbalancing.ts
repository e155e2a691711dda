/** Network and Application Load Balancers, their listeners and target groups. */
import type { ResourceOf } from '../../model/resources.ts';
import type { ExportContext, Handle, Placed } from './context.ts';
import { acceptFindings } from './nag.ts';
import { securityGroupRefs, subnetRefs, tagResource, vpcRef } from './common.ts';
import type { Code, Value } from './literal.ts';
import type { CdkKind, CdkKinds } from './kind.ts';
import type { StackWriter } from './writer.ts';

/** Listener variables by load balancer, and by target group (for what must wait for them). */
export interface ListenerIndex {
  readonly byLoadBalancer: Map<string, (Placed & { port: number })[]>;
  readonly byTargetGroup: Map<string, Placed[]>;
}
const listenerIndexes = new WeakMap<ExportContext, ListenerIndex>();

export function listeners(ctx: ExportContext): ListenerIndex {
  let index = listenerIndexes.get(ctx);
  if (!index) listenerIndexes.set(ctx, (index = { byLoadBalancer: new Map(), byTargetGroup: new Map() }));
  return index;
}

/** Makes `varName` wait for the listeners forwarding to these target groups (same stack only). */
export function waitForListeners(ctx: ExportContext, stack: StackWriter, varName: string, targetGroups: readonly string[]): void {
  for (const group of targetGroups) {
    for (const listener of listeners(ctx).byTargetGroup.get(group) ?? []) {
      // In a later stack, the stack order does it.
      if (listener.stack === stack) stack.statement(`${varName}.node.addDependency(${listener.varName});`);
    }
  }
}

export function emitLoadBalancer(ctx: ExportContext, { resource, stack, varName, constructId, managedBy }: Handle): void {
  if (managedBy) return;
  const lb = resource as ResourceOf<'nlb'> | ResourceOf<'alb'>;
  const mappings = lb.kind === 'nlb' ? (lb.subnetMappings ?? []) : [];
  const subnetMappings =
    mappings.length > 0
      ? ctx.index.subnetsOf(lb).map((subnet) => {
          const mapping = mappings.find((candidate) => candidate.subnet === subnet.id);
          return {
            subnetId: ctx.ref(stack, subnet.id, 'ref', `subnet ${subnet.name}`),
            allocationId:
              mapping?.elasticIp && ctx.handle(mapping.elasticIp)
                ? ctx.ref(stack, mapping.elasticIp, 'attrAllocationId', `allocation id of Elastic IP ${ctx.index.get(mapping.elasticIp)?.name}`)
                : undefined,
            privateIPv4Address: mapping?.privateIp,
          };
        })
      : undefined;
  const attributes: Value[] = [];
  if (lb.kind === 'nlb' && lb.crossZone !== undefined) {
    attributes.push({ key: 'load_balancing.cross_zone.enabled', value: String(lb.crossZone) });
  }
  stack.construct(varName, 'elbv2.CfnLoadBalancer', constructId, {
    type: lb.kind === 'nlb' ? 'network' : 'application',
    scheme: lb.scheme,
    subnets: subnetMappings ? undefined : subnetRefs(ctx, stack, lb),
    subnetMappings,
    securityGroups: securityGroupRefs(ctx, stack, lb.securityGroups),
    loadBalancerAttributes: attributes.length > 0 ? attributes : undefined,
  });
  tagResource(stack, varName, lb);
  acceptFindings(stack, varName, 'AwsSolutions-ELB2');
}

export function emitListeners(ctx: ExportContext, { resource, stack, varName, constructId, managedBy }: Handle): void {
  if (managedBy) return;
  const lb = resource as ResourceOf<'nlb'> | ResourceOf<'alb'>;
  const index = listeners(ctx);
  const made: (Placed & { port: number })[] = [];
  const lbArn = ctx.ref(stack, lb.id, 'ref', `ARN of load balancer ${lb.name}`);
  for (const listener of lb.listeners) {
    const group = listener.targetGroup && ctx.handle(listener.targetGroup) ? listener.targetGroup : undefined;
    // An NLB listener can only forward; without a target group there is nothing to create.
    if (!group && lb.kind === 'nlb') continue;
    const secure = listener.protocol === 'HTTPS' || listener.protocol === 'TLS';
    const listenerVar = stack.vars.take(`${varName}Listener${listener.port}`);
    stack.construct(listenerVar, 'elbv2.CfnListener', stack.ids.take(`${constructId}Listener${listener.port}`), {
      loadBalancerArn: lbArn,
      port: listener.port,
      protocol: listener.protocol,
      certificates: secure
        ? [
            {
              certificateArn: stack.parameter(`certificate\u0000${lb.id}`, `${constructId}CertificateArn`, {
                type: 'String',
                description: `ARN of the ACM certificate for the ${listener.protocol} listeners of ${lb.name || lb.id}`,
              }),
            },
          ]
        : undefined,
      defaultActions: group
        ? [{ type: 'forward', targetGroupArn: ctx.ref(stack, group, 'ref', `target group ${ctx.index.get(group)?.name}`) }]
        : [{ type: 'fixed-response', fixedResponseConfig: { statusCode: '404' } }],
    });
    made.push({ port: listener.port, varName: listenerVar, stack });
    if (group) index.byTargetGroup.set(group, [...(index.byTargetGroup.get(group) ?? []), { stack, varName: listenerVar }]);
  }
  index.byLoadBalancer.set(lb.id, made);
}

/** The ARN of the listener on `port` (or the first) of a load balancer. */
export function listenerRef(ctx: ExportContext, stack: StackWriter, lbId: string, port: number | undefined): Code | undefined {
  const handle = ctx.handle(lbId);
  if (!handle) return undefined;
  const made = listeners(ctx).byLoadBalancer.get(lbId) ?? [];
  const chosen = made.find((listener) => listener.port === port) ?? made[0];
  if (chosen && !handle.managedBy) {
    return ctx.refVar(stack, chosen, 'ref', `listener\u0000${lbId}\u0000${chosen.port}`, `${handle.constructId}Listener${chosen.port}Arn`, `listener ${chosen.port} of ${handle.resource.name}`);
  }
  return stack.parameter(`listener\u0000${lbId}\u0000${chosen?.port ?? port ?? ''}`, `${handle.constructId}Listener${chosen?.port ?? port ?? ''}Arn`, {
    type: 'String',
    description: `ARN of a listener of load balancer ${handle.resource.name || lbId}`,
  });
}

const PROTOCOL_FOR_TYPE = (group: ResourceOf<'target-group'>) => (group.targetType === 'lambda' ? {} : { protocol: group.protocol, port: group.port });

export function emitTargetGroup(ctx: ExportContext, { resource, stack, varName, constructId, managedBy }: Handle): void {
  // Behind a load balancer Elastic Beanstalk or a controller makes: theirs too.
  if (managedBy) return;
  const group = resource as ResourceOf<'target-group'>;
  const vpc = ctx.index.vpcOf(group.id);
  const targets: Value[] = [];
  const permissions: string[] = [];
  const albs: string[] = [];
  for (const target of group.targets) {
    const resolved = ctx.index.get(target.target);
    const handle = ctx.handle(target.target);
    const port = group.targetType === 'lambda' ? undefined : target.port;
    if (!resolved) {
      if (group.targetType === 'ip') targets.push({ id: target.target, port });
      continue;
    }
    if (!handle) continue;
    if (group.targetType === 'instance' && resolved.kind === 'instance') {
      targets.push({ id: ctx.ref(stack, resolved.id, 'ref', `instance ${resolved.name}`), port });
    } else if (group.targetType === 'ip' && resolved.kind === 'instance') {
      targets.push({ id: ctx.ref(stack, resolved.id, 'attrPrivateIp', `private IP of instance ${resolved.name}`), port });
    } else if (group.targetType === 'alb' && resolved.kind === 'alb') {
      targets.push({ id: ctx.ref(stack, resolved.id, 'ref', `ARN of ALB ${resolved.name}`), port });
      albs.push(resolved.id);
    } else if (group.targetType === 'lambda' && resolved.kind === 'lambda') {
      const arn = ctx.ref(stack, resolved.id, 'attrArn', `ARN of Lambda function ${resolved.name}`);
      targets.push({ id: arn });
      // The target group may invoke the function only once this permission exists.
      const permission = stack.vars.take(`${varName}Invoke`);
      stack.construct(permission, 'lambda.CfnPermission', stack.ids.take(`${constructId}Invoke${handle.constructId}`), {
        action: 'lambda:InvokeFunction',
        functionName: arn,
        principal: 'elasticloadbalancing.amazonaws.com',
      });
      permissions.push(permission);
    }
    // Auto Scaling groups and ECS services register themselves (see their stacks).
  }
  const attributes: Value[] = [];
  if (group.preserveClientIp !== undefined) attributes.push({ key: 'preserve_client_ip.enabled', value: String(group.preserveClientIp) });
  stack.construct(varName, 'elbv2.CfnTargetGroup', constructId, {
    targetType: group.targetType,
    ...PROTOCOL_FOR_TYPE(group),
    vpcId: group.targetType === 'lambda' || !vpc ? undefined : vpcRef(ctx, stack, vpc.id),
    healthCheckPort: group.healthCheckPort === undefined ? undefined : String(group.healthCheckPort),
    targets: targets.length > 0 ? targets : undefined,
    targetGroupAttributes: attributes.length > 0 ? attributes : undefined,
  });
  tagResource(stack, varName, group);
  for (const permission of permissions) stack.statement(`${varName}.node.addDependency(${permission});`);
  // An ALB is registered only once it listens on the target group's port.
  for (const alb of albs) {
    for (const listener of listeners(ctx).byLoadBalancer.get(alb) ?? []) {
      if (listener.stack === stack) stack.statement(`${varName}.node.addDependency(${listener.varName});`);
    }
  }
}

const isAlbTargets = (handle: Handle) => handle.resource.kind === 'target-group' && handle.resource.targetType === 'alb';

/** An NLB that forwards to an ALB target group writes its listeners after that group. */
const forwardsToAlbTargets = (ctx: ExportContext, handle: Handle) =>
  'listeners' in handle.resource &&
  handle.resource.listeners.some((listener) => ctx.index.getOf(listener.targetGroup, 'target-group')?.targetType === 'alb');

const listenersOf = (lb: ResourceOf<'nlb'> | ResourceOf<'alb'>, rules: boolean) => (rules ? lb.listeners.length : 1);

const NLB: CdkKind<ResourceOf<'nlb'>> = {
  prefix: 'nlb',
  emits: [
    { stage: 'load balancers', emit: emitLoadBalancer },
    { stage: 'nlb listeners', emit: emitListeners, only: (ctx, handle) => !forwardsToAlbTargets(ctx, handle), rules: true },
    { stage: 'listeners to alb target groups', emit: emitListeners, only: forwardsToAlbTargets, rules: true },
  ],
  constructs: listenersOf,
};

export const LOAD_BALANCING_CDK = {
  nlb: NLB,
  alb: {
    prefix: 'alb',
    emits: [
      { stage: 'load balancers', emit: emitLoadBalancer },
      { stage: 'alb listeners', emit: emitListeners, rules: true },
    ],
    constructs: listenersOf,
  },
  'target-group': {
    prefix: 'targetGroup',
    emits: [
      { stage: 'target groups', emit: emitTargetGroup, only: (_ctx, handle) => !isAlbTargets(handle) },
      { stage: 'alb target groups', emit: emitTargetGroup, only: (_ctx, handle) => isAlbTargets(handle) },
    ],
    constructs: (group) => 1 + group.targets.length,
  },
} satisfies CdkKinds;
