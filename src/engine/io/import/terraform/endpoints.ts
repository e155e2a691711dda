/**
 * VPC endpoints. A gateway endpoint's routes are in no route table: AWS adds them to the tables
 * in `route_table_ids` (or `aws_vpc_endpoint_route_table_association`), from the service's
 * prefix list, and so does the design (`routeTables`, `prefixListId`).
 */
import type { ResourceOf } from '../../../model/index.ts';
import { nameOf, str, tagsOf, type TfContext } from './context.ts';
import type { TfResource } from './read.ts';

const TYPES = { gateway: 'gateway', interface: 'interface', gatewayloadbalancer: 'gateway-load-balancer' } as const;

export function mapEndpoints(ctx: TfContext, endpoints: readonly TfResource[], tableAssociations: readonly TfResource[], subnetAssociations: readonly TfResource[]): void {
  for (const endpoint of endpoints) {
    const vpc = ctx.one(endpoint, 'vpc_id', ['aws_vpc'], 'the VPC');
    const service = str(endpoint.values.service_name);
    if (!vpc || !service) {
      ctx.out.note({ address: endpoint.address, type: endpoint.type, level: 'skipped', message: vpc ? 'its service name is known only after apply' : 'its VPC is not in the input' });
      continue;
    }
    const endpointType = TYPES[(str(endpoint.values.vpc_endpoint_type) ?? 'Gateway').toLowerCase() as keyof typeof TYPES] ?? 'interface';
    const subnets = endpointType === 'gateway' ? [] : ctx.many(endpoint, 'subnet_ids', ['aws_subnet'], 'the subnets');
    const routeTables = endpointType === 'gateway' ? ctx.many(endpoint, 'route_table_ids', ['aws_route_table', 'aws_default_route_table'], 'the route tables') : [];
    const securityGroups = endpointType === 'gateway' ? [] : ctx.many(endpoint, 'security_group_ids', ['aws_security_group', 'aws_default_security_group'], 'the security groups');
    const prefixListId = str(endpoint.values.prefix_list_id);
    const validPrefixList = prefixListId && /^pl-[0-9a-f]{8,17}$/.test(prefixListId) ? prefixListId : undefined;
    ctx.out.add<ResourceOf<'vpc-endpoint'>>(endpoint.address, {
      kind: 'vpc-endpoint',
      name: nameOf(endpoint),
      parent: subnets[0] ?? vpc,
      endpointType,
      service: service.slice(0, 255),
      ...(subnets.length > 0 ? { subnets } : {}),
      ...(endpointType === 'gateway' ? { routeTables } : {}),
      ...(securityGroups.length > 0 ? { securityGroups } : {}),
      ...(endpoint.values.private_dns_enabled === true ? { privateDns: true } : {}),
      ...(validPrefixList ? { prefixListId: validPrefixList } : {}),
      ...(tagsOf(endpoint) ? { tags: tagsOf(endpoint) } : {}),
    });
    if (endpointType === 'gateway' && !validPrefixList) {
      ctx.out.note({ address: endpoint.address, type: endpoint.type, level: 'partial', message: "the service's prefix list id is known only after apply; its routes go to the service's addresses once AWS publishes them" });
    }
  }
  for (const association of tableAssociations) {
    const endpoint = ctx.out.get(ctx.one(association, 'vpc_endpoint_id', ['aws_vpc_endpoint'], 'the endpoint'), 'vpc-endpoint');
    const table = ctx.one(association, 'route_table_id', ['aws_route_table', 'aws_default_route_table'], 'the route table');
    if (endpoint && table) endpoint.routeTables = [...new Set([...(endpoint.routeTables ?? []), table])];
    else ctx.out.note({ address: association.address, type: association.type, level: 'skipped', message: 'its endpoint or route table is not in the input' });
  }
  for (const association of subnetAssociations) {
    const endpoint = ctx.out.get(ctx.one(association, 'vpc_endpoint_id', ['aws_vpc_endpoint'], 'the endpoint'), 'vpc-endpoint');
    const subnet = ctx.one(association, 'subnet_id', ['aws_subnet'], 'the subnet');
    if (endpoint && subnet) endpoint.subnets = [...new Set([...(endpoint.subnets ?? []), subnet])];
    else ctx.out.note({ address: association.address, type: association.type, level: 'skipped', message: 'its endpoint or subnet is not in the input' });
  }

}
