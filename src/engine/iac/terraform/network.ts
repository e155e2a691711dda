/** VPCs, subnets, gateways and endpoints: network.tf. */
import { firewallEndpoint } from './firewall.ts';
import { LARGEST_BGP_ASN, type Resource, type ResourceOf } from '../../model/index.ts';
import { cidrBlock, contains } from '../../net/cidr.ts';
import type { TfContext } from './context.ts';
import { block, call, raw, type Expr } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';
import { mapRamShare, mapTgwAttachment, mapTransitGateway } from './transit.ts';

export function mapVpc(ctx: TfContext, vpc: ResourceOf<'vpc'>): void {
  const [primary, ...secondary] = vpc.cidrs;
  ctx.emitPrimary('network', vpc, {
    cidr_block: primary,
    enable_dns_support: vpc.enableDnsSupport,
    enable_dns_hostnames: vpc.enableDnsHostnames,
    assign_generated_ipv6_cidr_block: vpc.ipv6Cidrs && vpc.ipv6Cidrs.length > 0 ? true : undefined,
  });
  ctx.output(`${ctx.nameOf(vpc.id)}_vpc_id`, `Id of the VPC "${vpc.name || vpc.id}"`, ctx.ref(vpc.id)!);
  for (const cidr of secondary) {
    ctx.emit(
      'network',
      'aws_vpc_ipv4_cidr_block_association',
      ctx.derived('aws_vpc_ipv4_cidr_block_association', vpc.id, cidr),
      { vpc_id: ctx.ref(vpc.id), cidr_block: cidr },
      [],
      { from: vpc },
    );
  }
}

/** The VPC id a subnet should name: through the CIDR association when it lives in a secondary block. */
function subnetVpcId(ctx: TfContext, subnet: ResourceOf<'subnet'>): Expr | undefined {
  const vpc = ctx.index.vpcOf(subnet.id);
  if (!vpc) return undefined;
  if (vpc.cidrs.length === 1) return ctx.ref(vpc.id);
  const own = cidrBlock(subnet.cidr);
  const secondary = vpc.cidrs.slice(1).find((cidr) => {
    const outer = cidrBlock(cidr);
    return own && outer && contains(outer, own);
  });
  if (secondary) {
    return raw(`aws_vpc_ipv4_cidr_block_association.${ctx.derived('aws_vpc_ipv4_cidr_block_association', vpc.id, secondary)}.vpc_id`);
  }
  return ctx.ref(vpc.id);
}

/** Amazon assigns a VPC's IPv6 block, so a subnet's block is expressed relative to it. */
function subnetIpv6(ctx: TfContext, subnet: ResourceOf<'subnet'>): Expr | undefined {
  if (!subnet.ipv6Cidr) return undefined;
  const vpc = ctx.index.vpcOf(subnet.id);
  const vpcBlock = cidrBlock(vpc?.ipv6Cidrs?.[0]);
  const own = cidrBlock(subnet.ipv6Cidr);
  if (!vpc || !vpcBlock || !own || !contains(vpcBlock, own) || own.prefix <= vpcBlock.prefix) return undefined;
  const newBits = own.prefix - vpcBlock.prefix;
  const netNum = (own.first - vpcBlock.first) >> BigInt(128 - own.prefix);
  return call('cidrsubnet', ctx.ref(vpc.id, 'ipv6_cidr_block')!, newBits, raw(netNum.toString()));
}

export function mapSubnet(ctx: TfContext, subnet: ResourceOf<'subnet'>): void {
  const ipv6 = subnetIpv6(ctx, subnet);
  ctx.emitPrimary('network', subnet, {
    vpc_id: subnetVpcId(ctx, subnet),
    cidr_block: subnet.cidr,
    availability_zone: subnet.availabilityZoneId ? undefined : subnet.availabilityZone,
    availability_zone_id: subnet.availabilityZoneId,
    ipv6_cidr_block: ipv6,
    assign_ipv6_address_on_creation: ipv6 ? true : undefined,
    map_public_ip_on_launch: subnet.mapPublicIpOnLaunch,
  });
  ctx.output(`${ctx.nameOf(subnet.id)}_subnet_id`, `Id of the subnet "${subnet.name || subnet.id}"`, ctx.ref(subnet.id)!);
  const table = subnet.routeTable ? ctx.index.getOf(subnet.routeTable, 'route-table') : undefined;
  if (table && !table.main && ctx.address(table.id)) {
    ctx.emit(
      'network',
      'aws_route_table_association',
      ctx.derived('aws_route_table_association', subnet.id, ''),
      { subnet_id: ctx.ref(subnet.id), route_table_id: ctx.ref(table.id) },
      [],
      { from: subnet },
    );
  }
}

/** What a route's target becomes: the argument name and its value. */
function routeTarget(ctx: TfContext, targetId: string, table: ResourceOf<'route-table'>, route: ResourceOf<'route-table'>['routes'][number]): { argument: string; value: Expr } | undefined {
  const target = ctx.index.get(targetId);
  if (!target) return undefined;
  switch (target.kind) {
    case 'network-firewall': {
      const endpoint = firewallEndpoint(ctx, target, table, route);
      return endpoint ? { argument: 'vpc_endpoint_id', value: endpoint } : undefined;
    }
    case 'internet-gateway':
      return { argument: 'gateway_id', value: ctx.ref(target.id)! };
    case 'egress-only-internet-gateway':
      return { argument: 'egress_only_gateway_id', value: ctx.ref(target.id)! };
    case 'nat-gateway':
      return { argument: 'nat_gateway_id', value: ctx.ref(target.id)! };
    case 'transit-gateway':
      return { argument: 'transit_gateway_id', value: ctx.ref(target.id)! };
    case 'virtual-private-gateway':
      return ctx.address(target.id) ? { argument: 'gateway_id', value: ctx.ref(target.id)! } : undefined;
    case 'vpc-endpoint':
      // Gateway endpoints add their routes through route_table_ids on the endpoint.
      return target.endpointType === 'gateway-load-balancer' ? { argument: 'vpc_endpoint_id', value: ctx.ref(target.id)! } : undefined;
    case 'gwlb-endpoint':
      return ctx.address(target.id) ? { argument: 'vpc_endpoint_id', value: ctx.ref(target.id)! } : undefined;
    case 'instance':
      return ctx.address(target.id) ? { argument: 'network_interface_id', value: ctx.ref(target.id, 'primary_network_interface_id')! } : undefined;
    case 'vpc-peering': {
      if (!ctx.address(target.id)) return undefined;
      // Routes on both sides name the accepter resource, so they wait until the peering is active.
      if (peeringNeedsAccepter(ctx, target)) {
        return {
          argument: 'vpc_peering_connection_id',
          value: raw(`aws_vpc_peering_connection_accepter.${ctx.derived('aws_vpc_peering_connection_accepter', target.id, '')}.id`),
        };
      }
      return { argument: 'vpc_peering_connection_id', value: ctx.ref(target.id)! };
    }
    default:
      return undefined;
  }
}

export function mapRouteTable(ctx: TfContext, table: ResourceOf<'route-table'>): void {
  const vpc = ctx.index.vpcOf(table.id);
  if (table.main) {
    ctx.emitPrimary('network', table, { default_route_table_id: vpc ? ctx.ref(vpc.id, 'default_route_table_id') : undefined });
  } else {
    ctx.emitPrimary('network', table, { vpc_id: vpc ? ctx.ref(vpc.id) : undefined });
  }
  table.routes.forEach((route) => {
    if (route.target === 'local' || route.origin === 'propagated') return;
    const target = routeTarget(ctx, route.target, table, route);
    if (!target) return;
    const destination = route.prefixList
      ? { destination_prefix_list_id: ctx.ref(route.prefixList) }
      : route.destination?.includes(':')
        ? { destination_ipv6_cidr_block: route.destination }
        : { destination_cidr_block: route.destination };
    if (route.prefixList && !ctx.address(route.prefixList)) return;
    const dependsOn = transitGatewayDependency(ctx, table, route.target);
    ctx.emit(
      'network',
      'aws_route',
      ctx.derived('aws_route', table.id, `route:${route.prefixList ?? route.destination}`, `to_${route.prefixList ?? route.destination}`),
      { route_table_id: ctx.ref(table.id), ...destination, [target.argument]: target.value },
      [],
      { from: table, dependsOn },
    );
  });
  if (table.edgeAssociation && ctx.address(table.edgeAssociation)) {
    ctx.emit(
      'network',
      'aws_route_table_association',
      ctx.derived('aws_route_table_association', table.id, 'edge'),
      { gateway_id: ctx.ref(table.edgeAssociation), route_table_id: ctx.ref(table.id) },
      [],
      { from: table },
    );
  }
}

/** A route to a transit gateway only works once the VPC is attached to it. */
function transitGatewayDependency(ctx: TfContext, table: Resource, targetId: string): Expr[] {
  const vpc = ctx.index.vpcOf(table.id);
  if (ctx.index.get(targetId)?.kind !== 'transit-gateway' || !vpc) return [];
  const attachments = ctx.attachmentsOfVpc(vpc.id).filter((attachment) => attachment.transitGateway === targetId);
  // Across accounts the attachment carries traffic once the gateway's account has accepted it.
  return attachments.flatMap((attachment) => {
    const address = ctx.address(attachment.id);
    if (!address) return [];
    const cross = ctx.index.ownerOf(attachment.vpc) !== ctx.index.ownerOf(attachment.transitGateway);
    return [raw(cross ? `aws_ec2_transit_gateway_vpc_attachment_accepter.${ctx.derived('aws_ec2_transit_gateway_vpc_attachment_accepter', attachment.id, '')}` : address)];
  });
}

export function mapInternetGateway(ctx: TfContext, gateway: ResourceOf<'internet-gateway'>): void {
  const vpc = ctx.index.vpcOf(gateway.id);
  ctx.emitPrimary('network', gateway, { vpc_id: vpc ? ctx.ref(vpc.id) : undefined });
}

export function mapEgressOnlyGateway(ctx: TfContext, gateway: ResourceOf<'egress-only-internet-gateway'>): void {
  const vpc = ctx.index.vpcOf(gateway.id);
  if (!vpc) return;
  ctx.emitPrimary('network', gateway, { vpc_id: ctx.ref(vpc.id) });
}

export function mapElasticIp(ctx: TfContext, eip: ResourceOf<'elastic-ip'>): void {
  // A fixed address (a partner's allow-list) already exists: it is looked up, never allocated anew.
  if (eip.address) ctx.emitPrimary('network', eip, { public_ip: eip.address });
  else ctx.emitPrimary('network', eip, { domain: 'vpc' });
  ctx.output(`${ctx.nameOf(eip.id)}_public_ip`, 'Public address of an Elastic IP', ctx.ref(eip.id, 'public_ip')!);
}

/** A 4-byte ASN beyond BgpAsn's range is written as `bgp_asn_extended` (provider 5.53). */
export function mapCustomerGateway(ctx: TfContext, cgw: ResourceOf<'customer-gateway'>): void {
  const extended = cgw.bgpAsn > LARGEST_BGP_ASN;
  if (extended) ctx.requireProvider('5.53');
  ctx.emitPrimary('network', cgw, {
    bgp_asn: extended ? undefined : String(cgw.bgpAsn),
    bgp_asn_extended: extended ? String(cgw.bgpAsn) : undefined,
    ip_address: cgw.ipAddress,
    type: cgw.type,
    certificate_arn: cgw.certificateArn,
    device_name: cgw.deviceName,
  });
}

export function mapNatGateway(ctx: TfContext, nat: ResourceOf<'nat-gateway'>): void {
  const subnet = ctx.index.subnetOf(nat.id);
  const vpc = ctx.index.vpcOf(nat.id);
  const isPublic = nat.connectivity === 'public';
  const regional = nat.availabilityMode === 'regional' || !subnet;
  let allocations = isPublic ? ctx.refs(nat.elasticIps ?? []) : [];
  // A zonal public gateway needs an address; a regional one gets its addresses from AWS.
  if (isPublic && !regional && allocations.length === 0) {
    const name = ctx.derived('aws_eip', nat.id, 'eip');
    ctx.emit('network', 'aws_eip', name, { domain: 'vpc' }, [], { from: nat });
    allocations = [raw(`aws_eip.${name}.id`)];
  }
  // Regional NAT gateways arrived in provider 6.24.
  if (regional) ctx.requireProvider('6.24');
  ctx.emitPrimary('network', nat, {
    connectivity_type: nat.connectivity,
    availability_mode: regional ? 'regional' : undefined,
    vpc_id: regional && vpc ? ctx.ref(vpc.id) : undefined,
    subnet_id: regional ? undefined : ctx.ref(subnet!.id),
    allocation_id: regional ? undefined : allocations[0],
    secondary_allocation_ids: !regional && allocations.length > 1 ? allocations.slice(1) : undefined,
    private_ip: nat.privateIp,
  });
  if (isPublic) {
    ctx.output(`${ctx.nameOf(nat.id)}_public_ip`, 'Public address of a NAT gateway (for partner allowlists)', ctx.ref(nat.id, 'public_ip')!);
  }
}

export function peeringNeedsAccepter(ctx: TfContext, peering: ResourceOf<'vpc-peering'>): boolean {
  const requester = ctx.index.get(peering.requesterVpc);
  const accepter = ctx.index.get(peering.accepterVpc);
  if (!requester || !accepter) return false;
  return ctx.index.ownerOf(requester.id) !== ctx.index.ownerOf(accepter.id) || ctx.regionOf(requester) !== ctx.regionOf(accepter);
}

export function mapPeering(ctx: TfContext, peering: ResourceOf<'vpc-peering'>): void {
  const requester = ctx.index.getOf(peering.requesterVpc, 'vpc');
  const accepter = ctx.index.getOf(peering.accepterVpc, 'vpc');
  if (!requester || !accepter) return;
  const crossing = peeringNeedsAccepter(ctx, peering);
  const accepterAccount = ctx.index.getOf(ctx.index.ownerOf(accepter.id), 'account');
  const sameAccount = ctx.index.ownerOf(requester.id) === ctx.index.ownerOf(accepter.id);
  const dns = peering.allowRemoteVpcDnsResolution
    ? [block('requester', [], { allow_remote_vpc_dns_resolution: true })]
    : [];
  ctx.emitPrimary(
    'network',
    peering,
    {
      vpc_id: ctx.ref(requester.id),
      peer_vpc_id: ctx.ref(accepter.id),
      peer_owner_id: !sameAccount && accepterAccount ? ctx.accountNumber(accepterAccount) : undefined,
      peer_region: requester.region !== accepter.region ? accepter.region : undefined,
      auto_accept: crossing ? undefined : true,
    },
    crossing ? [] : dns,
    { provider: ctx.providerOf(requester) },
  );
  if (!crossing) return;
  ctx.emit(
    'network',
    'aws_vpc_peering_connection_accepter',
    ctx.derived('aws_vpc_peering_connection_accepter', peering.id, ''),
    { vpc_peering_connection_id: ctx.ref(peering.id), auto_accept: true },
    peering.allowRemoteVpcDnsResolution ? [block('accepter', [], { allow_remote_vpc_dns_resolution: true })] : [],
    { from: peering, provider: ctx.providerOf(accepter) },
  );
}

export function mapVpcEndpoint(ctx: TfContext, endpoint: ResourceOf<'vpc-endpoint'>): void {
  const vpc = ctx.index.vpcOf(endpoint.id);
  if (!vpc) return;
  const type = { interface: 'Interface', gateway: 'Gateway', 'gateway-load-balancer': 'GatewayLoadBalancer' }[endpoint.endpointType];
  const isGateway = endpoint.endpointType === 'gateway';
  const routingTables = isGateway
    ? ctx.tablesRoutingTo(endpoint.id)
    : [];
  ctx.emitPrimary('network', endpoint, {
    vpc_id: ctx.ref(vpc.id),
    service_name: endpoint.service,
    vpc_endpoint_type: type,
    subnet_ids: isGateway ? undefined : ctx.subnetIds(endpoint),
    security_group_ids: endpoint.endpointType === 'interface' ? ctx.securityGroupIds(endpoint.securityGroups) : undefined,
    private_dns_enabled: endpoint.endpointType === 'interface' ? endpoint.privateDns : undefined,
    route_table_ids: isGateway ? ctx.refs([...(endpoint.routeTables ?? []), ...routingTables]) : undefined,
  });
}

export function mapPrefixList(ctx: TfContext, prefixList: ResourceOf<'prefix-list'>): void {
  const ipv6 = prefixList.cidrs[0]?.includes(':') ?? false;
  ctx.emitPrimary(
    'network',
    prefixList,
    {
      name: prefixList.name || prefixList.id,
      address_family: ipv6 ? 'IPv6' : 'IPv4',
      max_entries: prefixList.maxEntries ?? Math.max(prefixList.cidrs.length, 1),
    },
    prefixList.cidrs.map((cidr) => block('entry', [], { cidr })),
  );
}

/** network.tf, in the order its blocks are written. */
export const NETWORK_TERRAFORM = {
  vpc: { type: () => 'aws_vpc', emit: mapVpc },
  subnet: { type: () => 'aws_subnet', emit: mapSubnet },
  'prefix-list': { type: () => 'aws_ec2_managed_prefix_list', emit: mapPrefixList },
  'internet-gateway': { type: () => 'aws_internet_gateway', emit: mapInternetGateway },
  'egress-only-internet-gateway': { type: () => 'aws_egress_only_internet_gateway', emit: mapEgressOnlyGateway },
  'elastic-ip': { type: (eip) => (eip.address ? 'data.aws_eip' : 'aws_eip'), emit: mapElasticIp },
  'nat-gateway': { type: () => 'aws_nat_gateway', emit: mapNatGateway },
  'vpc-peering': { type: () => 'aws_vpc_peering_connection', emit: mapPeering },
  'transit-gateway': { type: () => 'aws_ec2_transit_gateway', emit: mapTransitGateway },
  'tgw-attachment': { type: () => 'aws_ec2_transit_gateway_vpc_attachment', emit: mapTgwAttachment },
  'customer-gateway': { type: () => 'aws_customer_gateway', emit: mapCustomerGateway },
  'route-table': { type: (table) => (table.main ? 'aws_default_route_table' : 'aws_route_table'), emit: mapRouteTable },
  'vpc-endpoint': { type: () => 'aws_vpc_endpoint', emit: mapVpcEndpoint },
  'ram-share': { type: () => 'aws_ram_resource_share', emit: mapRamShare },
} satisfies TerraformKinds;
