/** Workloads and load balancers: EC2 instances and Elastic Load Balancing v2 load balancers. */
import type { ResourceOf } from '../../../model/index.ts';
import { nameOf, str, tagsOf, type TfContext } from './context.ts';
import type { TfResource } from './read.ts';

const GROUPS = ['aws_security_group', 'aws_default_security_group'];

export function mapInstances(ctx: TfContext, instances: readonly TfResource[]): void {
  for (const instance of instances) {
    const subnet = ctx.one(instance, 'subnet_id', ['aws_subnet'], 'the subnet');
    if (!subnet) {
      ctx.out.note({ address: instance.address, type: instance.type, level: 'skipped', message: 'its subnet is not in the input' });
      continue;
    }
    const securityGroups = ctx.many(instance, 'vpc_security_group_ids', GROUPS, 'the security groups');
    const privateIp = str(instance.values.private_ip);
    const instanceType = str(instance.values.instance_type);
    ctx.out.add<ResourceOf<'instance'>>(instance.address, {
      kind: 'instance',
      name: nameOf(instance),
      parent: subnet,
      role: instance.values.source_dest_check === false ? 'appliance' : 'app',
      ...(securityGroups.length > 0 ? { securityGroups } : {}),
      ...(privateIp ? { privateIp } : {}),
      ...(instanceType ? { instanceType: instanceType.slice(0, 64) } : {}),
      ...(instance.values.associate_public_ip_address === true ? { publicIp: true } : {}),
      ...(instance.values.source_dest_check === false ? { sourceDestCheck: false } : {}),
      ...(tagsOf(instance) ? { tags: tagsOf(instance) } : {}),
    });
  }
}

export function mapLoadBalancers(ctx: TfContext, balancers: readonly TfResource[]): void {
  for (const lb of balancers) {
    const type = str(lb.values.load_balancer_type) ?? 'application';
    const subnets = ctx.many(lb, 'subnets', ['aws_subnet'], 'the subnets');
    if ((type !== 'application' && type !== 'network') || subnets.length === 0) {
      ctx.out.note({ address: lb.address, type: lb.type, level: 'skipped', message: subnets.length === 0 ? 'its subnets are not in the input' : `a ${type} load balancer is not modelled` });
      continue;
    }
    const securityGroups = ctx.many(lb, 'security_groups', GROUPS, 'the security groups');
    const scheme: 'internal' | 'internet-facing' = lb.values.internal === true ? 'internal' : 'internet-facing';
    const common = { name: nameOf(lb), parent: subnets[0]!, scheme, subnets, listeners: [], ...(tagsOf(lb) ? { tags: tagsOf(lb) } : {}) };
    if (type === 'network') ctx.out.add<ResourceOf<'nlb'>>(lb.address, { kind: 'nlb', ...common, ...(securityGroups.length > 0 ? { securityGroups } : {}) });
    else ctx.out.add<ResourceOf<'alb'>>(lb.address, { kind: 'alb', ...common, securityGroups });
    ctx.out.note({ address: lb.address, type: lb.type, level: 'partial', message: 'imported without its listeners and target groups' });
  }
}
