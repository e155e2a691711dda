/** Load balancers, listeners, target groups and their attachments: load_balancing.tf. */
import type { ResourceOf } from '../../model/index.ts';
import { cidrBlock, containsIp, parseIp } from '../../net/cidr.ts';
import type { TfContext } from './context.ts';
import { block, list, raw, type Block, type Expr } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';
import { eksNodeGroupAddress } from './compute.ts';
import { awsName } from './names.ts';

type LoadBalancer = ResourceOf<'nlb'> | ResourceOf<'alb'>;

const LISTENER = 'aws_lb_listener';

function listenerName(ctx: TfContext, lb: LoadBalancer, i: number): string {
  const listener = lb.listeners[i]!;
  return ctx.derived(LISTENER, lb.id, `listener:${i}`, `${listener.protocol}_${listener.port}`);
}

/** The listener an integration reaches: the one on `port`, else the first. */
export function listenerArn(ctx: TfContext, lbId: string | undefined, port?: number): Expr | undefined {
  const lb = ctx.index.get(lbId);
  if (!lb || (lb.kind !== 'nlb' && lb.kind !== 'alb') || !ctx.address(lb.id)) return undefined;
  const i = Math.max(0, lb.listeners.findIndex((listener) => listener.port === port));
  if (!lb.listeners[i] || !listenerWritten(ctx, lb, i)) return undefined;
  return raw(`${LISTENER}.${listenerName(ctx, lb, i)}.arn`);
}

function listenerWritten(ctx: TfContext, lb: LoadBalancer, i: number): boolean {
  const listener = lb.listeners[i]!;
  return lb.kind === 'alb' || ctx.ref(listener.targetGroup) !== undefined;
}

export function mapLoadBalancer(ctx: TfContext, lb: LoadBalancer): void {
  if (!ctx.address(lb.id)) return;
  const subnets = ctx.index.subnetsOf(lb);
  const mappings = lb.kind === 'nlb' ? (lb.subnetMappings ?? []) : [];
  const mappingBlocks: Block[] = [];
  if (mappings.length > 0) {
    for (const subnet of subnets) {
      const mapping = mappings.find((candidate) => candidate.subnet === subnet.id);
      mappingBlocks.push(
        block('subnet_mapping', [], {
          subnet_id: ctx.ref(subnet.id),
          allocation_id: ctx.ref(mapping?.elasticIp),
          private_ipv4_address: mapping?.privateIp,
        }),
      );
    }
  }
  // AWS keeps the `internal-` prefix for the DNS names of internal load balancers.
  const name = ctx.awsNames.unique('lb', awsName(lb.name, lb.id, 32).replace(/^internal-+/i, '') || 'lb', 32);
  const address = ctx.emitPrimary(
    'load_balancing',
    lb,
    {
      name,
      internal: lb.scheme === 'internal',
      load_balancer_type: lb.kind === 'nlb' ? 'network' : 'application',
      subnets: mappingBlocks.length > 0 ? undefined : ctx.subnetIds(lb),
      security_groups: lb.securityGroups && lb.securityGroups.length > 0 ? ctx.securityGroupIds(lb.securityGroups) : undefined,
      enable_cross_zone_load_balancing: lb.kind === 'nlb' ? lb.crossZone : undefined,
    },
    mappingBlocks,
  );
  if (!address) return;
  lb.listeners.forEach((listener, i) => {
    if (!listenerWritten(ctx, lb, i)) return;
    const targetGroup = ctx.ref(listener.targetGroup, 'arn');
    const secure = listener.protocol === 'HTTPS' || listener.protocol === 'TLS';
    const action = targetGroup
      ? block('default_action', [], { type: 'forward', target_group_arn: targetGroup })
      : block('default_action', [], { type: 'fixed-response' }, [
          block('fixed_response', [], { content_type: 'text/plain', status_code: '404' }),
        ]);
    ctx.emit(
      'load_balancing',
      LISTENER,
      listenerName(ctx, lb, i),
      {
        load_balancer_arn: raw(`${address}.arn`),
        port: listener.port,
        protocol: listener.protocol,
        certificate_arn: secure
          ? ctx.variable(`${ctx.nameOf(lb.id)}_certificate_arn`, {
              description: 'ACM certificate ARN for a TLS or HTTPS listener',
              type: 'string',
            })
          : undefined,
      },
      [action],
      { from: lb },
    );
  });
  ctx.output(`${ctx.nameOf(lb.id)}_dns_name`, 'DNS name of a load balancer', raw(`${address}.dns_name`));
  const staticIps = ctx.refs(mappings.map((mapping) => mapping.elasticIp), 'public_ip');
  if (staticIps.length > 0) {
    ctx.output(`${ctx.nameOf(lb.id)}_static_ips`, 'Static public addresses of a Network Load Balancer', list(staticIps));
  }
}

export function mapTargetGroup(ctx: TfContext, group: ResourceOf<'target-group'>): void {
  const vpc = ctx.index.vpcOf(group.id);
  const lambda = group.targetType === 'lambda';
  const address = ctx.emitPrimary(
    'load_balancing',
    group,
    {
      name: ctx.awsNames.unique('tg', awsName(group.name, group.id, 32), 32),
      target_type: group.targetType,
      port: lambda ? undefined : group.port,
      protocol: lambda ? undefined : group.protocol,
      vpc_id: lambda || !vpc ? undefined : ctx.ref(vpc.id),
      preserve_client_ip: group.preserveClientIp === undefined ? undefined : String(group.preserveClientIp),
    },
    group.healthCheckPort === undefined ? [] : [block('health_check', [], { port: String(group.healthCheckPort) })],
  );
  if (!address) return;
  group.targets.forEach((target, i) => {
    const resource = ctx.index.get(target.target);
    // A cluster's nodes come and go: their Auto Scaling group registers them, not one attachment per node.
    const nodes = resource?.kind === 'eks-cluster' ? eksNodeGroupAddress(ctx, resource.id) : undefined;
    if (nodes) {
      ctx.emit(
        'load_balancing',
        'aws_autoscaling_attachment',
        ctx.derived('aws_autoscaling_attachment', group.id, `nodes:${resource!.id}`, `${ctx.nameOf(resource!.id) ?? 'cluster'}_nodes`),
        { autoscaling_group_name: raw(`${nodes}.resources[0].autoscaling_groups[0].name`), lb_target_group_arn: raw(`${address}.arn`) },
        [],
        { from: group },
      );
      return;
    }
    let targetId: Expr | undefined;
    let zone: string | undefined;
    let dependsOn: Expr[] = [];
    if (resource?.kind === 'instance') targetId = ctx.ref(resource.id);
    else if (resource?.kind === 'lambda') targetId = ctx.ref(resource.id, 'arn');
    else if (resource?.kind === 'alb' && ctx.address(resource.id)) {
      targetId = ctx.ref(resource.id, 'arn');
      // An ALB target must already listen on the target group's port.
      dependsOn = resource.listeners.flatMap((_, n) => (listenerWritten(ctx, resource, n) ? [raw(`${LISTENER}.${listenerName(ctx, resource, n)}`)] : []));
    } else if (!resource && parseIp(target.target)) {
      targetId = { t: 'str', v: target.target };
      const ip = parseIp(target.target)!;
      const inside = vpc?.cidrs.some((cidr) => {
        const blockOfVpc = cidrBlock(cidr);
        return blockOfVpc !== undefined && containsIp(blockOfVpc, ip);
      });
      zone = inside ? undefined : 'all';
    }
    if (!targetId) return;
    ctx.emit(
      'load_balancing',
      'aws_lb_target_group_attachment',
      ctx.derived('aws_lb_target_group_attachment', group.id, `target:${i}`, resource ? (ctx.nameOf(resource.id) ?? resource.id) : `ip_${i + 1}`),
      { target_group_arn: raw(`${address}.arn`), target_id: targetId, port: lambda ? undefined : target.port, availability_zone: zone },
      [],
      { from: group, dependsOn },
    );
  });
}

/** The listeners that forward to a target group, as dependencies. */
export function listenersForwardingTo(ctx: TfContext, groupId: string): Expr[] {
  const out: Expr[] = [];
  for (const lb of [...ctx.index.ofKind('alb'), ...ctx.index.ofKind('nlb')] as LoadBalancer[]) {
    if (!ctx.address(lb.id)) continue;
    lb.listeners.forEach((listener, i) => {
      if (listener.targetGroup === groupId && listenerWritten(ctx, lb, i)) out.push(raw(`${LISTENER}.${listenerName(ctx, lb, i)}`));
    });
  }
  return out;
}

/** Target groups that list `id` as a target (Auto Scaling groups and ECS services register themselves). */
export function targetGroupsTargeting(ctx: TfContext, id: string): readonly string[] {
  return ctx.targetGroupsTargeting(id);
}

export const LOAD_BALANCING_TERRAFORM = {
  nlb: { type: () => 'aws_lb', emit: mapLoadBalancer },
  alb: { type: () => 'aws_lb', emit: mapLoadBalancer },
  'target-group': { type: () => 'aws_lb_target_group', emit: mapTargetGroup },
} satisfies TerraformKinds;
