/** Gateways: internet, egress-only, NAT (with its Elastic IPs), virtual private, customer; VPNs and peerings. */
import type { ResourceOf } from '../../../model/index.ts';
import { list, nameOf, num, str, tagsOf, type TfContext } from './context.ts';
import type { TfResource } from './read.ts';

const tags = (resource: TfResource) => (tagsOf(resource) ? { tags: tagsOf(resource) } : {});
const skip = (ctx: TfContext, resource: TfResource, message: string) => ctx.out.note({ address: resource.address, type: resource.type, level: 'skipped', message });

export function mapVpcGateways(ctx: TfContext, igws: readonly TfResource[], eigws: readonly TfResource[], vgws: readonly TfResource[], vgwAttachments: readonly TfResource[]): void {
  for (const igw of igws) {
    const vpc = ctx.one(igw, 'vpc_id', ['aws_vpc'], 'the VPC');
    if (vpc) ctx.out.add<ResourceOf<'internet-gateway'>>(igw.address, { kind: 'internet-gateway', name: nameOf(igw), parent: vpc, ...tags(igw) });
    else skip(ctx, igw, 'it is attached to no VPC in the input');
  }
  for (const eigw of eigws) {
    const vpc = ctx.one(eigw, 'vpc_id', ['aws_vpc'], 'the VPC');
    if (vpc) ctx.out.add<ResourceOf<'egress-only-internet-gateway'>>(eigw.address, { kind: 'egress-only-internet-gateway', name: nameOf(eigw), parent: vpc, ...tags(eigw) });
    else skip(ctx, eigw, 'its VPC is not in the input');
  }
  for (const vgw of vgws) {
    const attachment = vgwAttachments.find((a) => ctx.resolver.resolve(a, 'vpn_gateway_id', ['aws_vpn_gateway']).addresses.includes(vgw.address));
    const vpc = ctx.one(vgw, 'vpc_id', ['aws_vpc'], 'the VPC') ?? (attachment ? ctx.one(attachment, 'vpc_id', ['aws_vpc'], 'the VPC') : undefined);
    if (!vpc) {
      skip(ctx, vgw, 'it is attached to no VPC in the input');
      continue;
    }
    const asn = num(vgw.values.amazon_side_asn);
    ctx.out.add<ResourceOf<'virtual-private-gateway'>>(vgw.address, {
      kind: 'virtual-private-gateway',
      name: nameOf(vgw),
      parent: vpc,
      ...(asn !== undefined && asn >= 1 ? { amazonSideAsn: asn } : {}),
      routePropagation: [],
      ...tags(vgw),
    });
  }
}

/** Route propagation from a virtual private gateway, as resources and as a table's `propagating_vgws`. */
export function mapVgwPropagation(ctx: TfContext, propagations: readonly TfResource[], tables: readonly TfResource[]): void {
  const propagate = (vgwId: string | undefined, tableId: string | undefined) => {
    const vgw = ctx.out.get(vgwId, 'virtual-private-gateway');
    if (!vgw || !tableId || !ctx.out.get(tableId, 'route-table')) return false;
    vgw.routePropagation = [...new Set([...(vgw.routePropagation ?? []), tableId])];
    return true;
  };
  for (const propagation of propagations) {
    const done = propagate(ctx.one(propagation, 'vpn_gateway_id', ['aws_vpn_gateway'], 'the virtual private gateway'), ctx.one(propagation, 'route_table_id', ['aws_route_table', 'aws_default_route_table'], 'the route table'));
    if (!done) skip(ctx, propagation, 'its gateway or route table is not in the input');
  }
  for (const table of tables) {
    for (const id of list(table.values.propagating_vgws)) propagate(ctx.out.existing(ctx.resolver.addressOfId(id)), ctx.out.existing(table.address));
  }
}

export function mapNatGateways(ctx: TfContext, nats: readonly TfResource[], eips: readonly TfResource[]): void {
  for (const eip of eips) {
    const address = str(eip.values.public_ip);
    ctx.out.add<ResourceOf<'elastic-ip'>>(eip.address, { kind: 'elastic-ip', name: nameOf(eip), parent: ctx.account, ...(address ? { address } : {}), region: ctx.region, ...tags(eip) });
  }
  for (const nat of nats) {
    const subnet = ctx.one(nat, 'subnet_id', ['aws_subnet'], 'the subnet');
    if (!subnet) {
      skip(ctx, nat, 'its subnet is not in the input');
      continue;
    }
    const connectivity = nat.values.connectivity_type === 'private' ? 'private' : 'public';
    const eip = connectivity === 'public' ? ctx.one(nat, 'allocation_id', ['aws_eip'], 'the Elastic IP') : undefined;
    const privateIp = str(nat.values.private_ip);
    ctx.out.add<ResourceOf<'nat-gateway'>>(nat.address, {
      kind: 'nat-gateway',
      name: nameOf(nat),
      parent: subnet,
      connectivity,
      elasticIps: eip ? [eip] : [],
      ...(privateIp ? { privateIp } : {}),
      ...tags(nat),
    });
  }
}

export function mapCustomerGateways(ctx: TfContext, cgws: readonly TfResource[]): void {
  for (const cgw of cgws) {
    const bgpAsn = num(cgw.values.bgp_asn) ?? num(cgw.values.bgp_asn_extended);
    const ipAddress = str(cgw.values.ip_address);
    if (bgpAsn === undefined || !ipAddress || ipAddress.includes(':')) {
      skip(ctx, cgw, bgpAsn === undefined ? 'its BGP ASN is known only after apply' : 'its outside IPv4 address is not known');
      continue;
    }
    const deviceName = str(cgw.values.device_name);
    const certificateArn = str(cgw.values.certificate_arn);
    ctx.out.add<ResourceOf<'customer-gateway'>>(cgw.address, {
      kind: 'customer-gateway',
      name: nameOf(cgw),
      parent: ctx.account,
      bgpAsn,
      ipAddress,
      type: 'ipsec.1',
      ...(deviceName ? { deviceName } : {}),
      ...(certificateArn ? { certificateArn } : {}),
      ...tags(cgw),
    });
  }
}

export function mapVpns(ctx: TfContext, vpns: readonly TfResource[], staticRoutes: readonly TfResource[]): void {
  for (const vpn of vpns) {
    const customerGateway = ctx.one(vpn, 'customer_gateway_id', ['aws_customer_gateway'], 'the customer gateway');
    const gateway = ctx.one(vpn, 'vpn_gateway_id', ['aws_vpn_gateway'], 'the virtual private gateway') ?? ctx.one(vpn, 'transit_gateway_id', ['aws_ec2_transit_gateway'], 'the transit gateway');
    if (!customerGateway || !gateway) {
      skip(ctx, vpn, 'its customer gateway or AWS-side gateway is not in the input');
      continue;
    }
    const inside = [str(vpn.values.tunnel1_inside_cidr), str(vpn.values.tunnel2_inside_cidr)];
    const routes = staticRoutes.filter((r) => ctx.resolver.resolve(r, 'vpn_connection_id', ['aws_vpn_connection']).addresses.includes(vpn.address));
    const cidrs = routes.map((r) => str(r.values.destination_cidr_block)).filter((c): c is string => c !== undefined);
    ctx.out.add<ResourceOf<'vpn-connection'>>(vpn.address, {
      kind: 'vpn-connection',
      name: nameOf(vpn),
      customerGateway,
      gateway,
      staticRoutesOnly: vpn.values.static_routes_only === true,
      ...(cidrs.length > 0 ? { staticRoutes: cidrs } : {}),
      tunnels: inside.map((insideCidr) => ({ status: 'up' as const, ...(insideCidr ? { insideCidr } : {}) })),
      ...tags(vpn),
    });
  }
}

export function mapPeerings(ctx: TfContext, peerings: readonly TfResource[]): void {
  for (const peering of peerings) {
    const requesterVpc = ctx.one(peering, 'vpc_id', ['aws_vpc'], 'the requester VPC');
    const accepterVpc = ctx.one(peering, 'peer_vpc_id', ['aws_vpc'], 'the accepter VPC');
    if (!requesterVpc || !accepterVpc) {
      skip(ctx, peering, 'one of its VPCs is not in the input');
      continue;
    }
    ctx.out.add<ResourceOf<'vpc-peering'>>(peering.address, {
      kind: 'vpc-peering',
      name: nameOf(peering),
      requesterVpc,
      accepterVpc,
      status: 'active',
      ...tags(peering),
    });
  }
}
