/** VPCs, their extra CIDR blocks and subnets. */
import type { ResourceOf } from '../../../model/index.ts';
import { str, nameOf, tagsOf, type TfContext } from './context.ts';
import type { TfResource } from './read.ts';

export function mapVpcs(ctx: TfContext, vpcs: readonly TfResource[], associations: readonly TfResource[]): void {
  for (const vpc of vpcs) {
    const cidrs = [str(vpc.values.cidr_block)].filter((c): c is string => c !== undefined);
    const ipv6 = str(vpc.values.ipv6_cidr_block);
    ctx.out.add<ResourceOf<'vpc'>>(vpc.address, {
      kind: 'vpc',
      name: nameOf(vpc),
      parent: ctx.account,
      region: ctx.region,
      cidrs,
      ...(ipv6 ? { ipv6Cidrs: [ipv6] } : {}),
      enableDnsSupport: vpc.values.enable_dns_support !== false,
      enableDnsHostnames: vpc.values.enable_dns_hostnames === true,
      ...(tagsOf(vpc) ? { tags: tagsOf(vpc) } : {}),
    });
    if (cidrs.length === 0) ctx.out.note({ address: vpc.address, type: vpc.type, level: 'partial', message: 'its IPv4 CIDR is known only after apply (an IPAM pool)' });
  }
  for (const association of associations) {
    const vpcId = ctx.one(association, 'vpc_id', ['aws_vpc'], 'VPC');
    const cidr = str(association.values.cidr_block);
    const vpc = ctx.out.get(vpcId, 'vpc');
    if (!vpc || !cidr) {
      ctx.out.note({ address: association.address, type: association.type, level: 'skipped', message: vpc ? 'its CIDR is known only after apply' : 'its VPC is not in the input' });
      continue;
    }
    if (!vpc.cidrs.includes(cidr)) vpc.cidrs.push(cidr);
  }
}

export function mapSubnets(ctx: TfContext, subnets: readonly TfResource[]): void {
  for (const subnet of subnets) {
    const vpc = ctx.one(subnet, 'vpc_id', ['aws_vpc'], 'VPC');
    const cidr = str(subnet.values.cidr_block);
    const az = str(subnet.values.availability_zone);
    if (!vpc || !cidr || !az) {
      const missing = !vpc ? 'its VPC is not in the input' : !cidr ? 'its CIDR is known only after apply' : 'its Availability Zone is known only after apply';
      ctx.out.note({ address: subnet.address, type: subnet.type, level: 'skipped', message: missing });
      continue;
    }
    const ipv6 = str(subnet.values.ipv6_cidr_block);
    ctx.out.add<ResourceOf<'subnet'>>(subnet.address, {
      kind: 'subnet',
      name: nameOf(subnet),
      parent: vpc,
      cidr,
      ...(ipv6 ? { ipv6Cidr: ipv6 } : {}),
      availabilityZone: az,
      ...(str(subnet.values.availability_zone_id) ? { availabilityZoneId: str(subnet.values.availability_zone_id) } : {}),
      ...(subnet.values.map_public_ip_on_launch === true ? { mapPublicIpOnLaunch: true } : {}),
      ...(tagsOf(subnet) ? { tags: tagsOf(subnet) } : {}),
    });
  }
}
