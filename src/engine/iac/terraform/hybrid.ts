/** Hybrid connectivity: virtual private gateways, Site-to-Site VPNs, Direct Connect gateways and transit gateway peerings, in network.tf. */
import type { ResourceOf } from '../../model/index.ts';
import type { TfContext } from './context.ts';
import { raw, type Expr } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';

const ROUTE_TABLE = 'aws_ec2_transit_gateway_route_table';

export function mapVirtualPrivateGateway(ctx: TfContext, vgw: ResourceOf<'virtual-private-gateway'>): void {
  const vpc = ctx.index.vpcOf(vgw.id);
  if (!vpc) return;
  ctx.emitPrimary('network', vgw, { vpc_id: ctx.ref(vpc.id), amazon_side_asn: vgw.amazonSideAsn === undefined ? undefined : String(vgw.amazonSideAsn) });
  for (const tableId of vgw.routePropagation ?? []) {
    const table = ctx.ref(tableId);
    if (!table) continue;
    ctx.emit(
      'network',
      'aws_vpn_gateway_route_propagation',
      ctx.derived('aws_vpn_gateway_route_propagation', vgw.id, tableId, ctx.nameOf(tableId) ?? tableId),
      { vpn_gateway_id: ctx.ref(vgw.id), route_table_id: table },
      [],
      { from: vgw, tagged: false },
    );
  }
}

/** The transit gateway that owns a route table, and the table's block name. */
function tgwTable(ctx: TfContext, tgw: ResourceOf<'transit-gateway'>, tableId: string): Expr | undefined {
  const table = tgw.routeTables.find((candidate) => candidate.id === tableId);
  if (!table) return undefined;
  return raw(`${ROUTE_TABLE}.${ctx.derived(ROUTE_TABLE, tgw.id, `rt:${tableId}`, table.name || tableId)}.id`);
}

export function mapVpnConnection(ctx: TfContext, vpn: ResourceOf<'vpn-connection'>): void {
  const gateway = ctx.index.get(vpn.gateway);
  const cgw = ctx.ref(vpn.customerGateway);
  if (!gateway || !cgw || !ctx.address(gateway.id)) return;
  const onTgw = gateway.kind === 'transit-gateway';
  const [first, second] = vpn.tunnels;
  // The VPN's account (its customer gateway's), in its gateway's Region.
  const provider = ctx.providerFor(ctx.index.ownerOf(vpn.id), ctx.regionOf(gateway));
  const address = ctx.emitPrimary('network', vpn, {
    customer_gateway_id: cgw,
    vpn_gateway_id: onTgw ? undefined : ctx.ref(gateway.id),
    transit_gateway_id: onTgw ? ctx.ref(gateway.id) : undefined,
    type: 'ipsec.1',
    static_routes_only: vpn.staticRoutesOnly,
    tunnel1_inside_cidr: first?.insideCidr,
    tunnel2_inside_cidr: second?.insideCidr,
  }, [], { provider });
  if (!address) return;
  if (!onTgw) {
    // A transit gateway's VPN takes its static routes in the transit gateway's route tables instead.
    for (const cidr of vpn.staticRoutes ?? []) {
      ctx.emit(
        'network',
        'aws_vpn_connection_route',
        ctx.derived('aws_vpn_connection_route', vpn.id, cidr),
        { destination_cidr_block: cidr, vpn_connection_id: ctx.ref(vpn.id) },
        [],
        { from: vpn, tagged: false, provider },
      );
    }
    return;
  }
  associate(ctx, vpn.id, gateway, ctx.ref(vpn.id, 'transit_gateway_attachment_id')!, vpn.routeTable, vpn.propagations ?? [], ctx.providerOf(gateway));
}

/** Associations with transit gateway route tables of an attachment that is not a VPC's. */
function associate(ctx: TfContext, owner: string, tgw: ResourceOf<'transit-gateway'>, attachment: Expr, routeTable: string | undefined, propagations: readonly string[], provider: Expr): void {
  const tables = [...(routeTable ? [{ kind: 'association', tableId: routeTable }] : []), ...propagations.map((tableId) => ({ kind: 'propagation', tableId }))];
  for (const { kind, tableId } of tables) {
    const table = tgwTable(ctx, tgw, tableId);
    if (!table) continue;
    const type = `aws_ec2_transit_gateway_route_table_${kind}`;
    ctx.emit('network', type, ctx.derived(type, owner, tableId), { transit_gateway_attachment_id: attachment, transit_gateway_route_table_id: table }, [], { provider });
  }
}

/** The block name of a Direct Connect gateway's association with one gateway. */
function dxAssociationName(ctx: TfContext, dxgw: ResourceOf<'dx-gateway'>, gatewayId: string): string {
  return ctx.derived('aws_dx_gateway_association', dxgw.id, gatewayId, `${ctx.nameOf(dxgw.id) ?? dxgw.id}_${ctx.nameOf(gatewayId) ?? gatewayId}`);
}

export function mapDxGateway(ctx: TfContext, dxgw: ResourceOf<'dx-gateway'>): void {
  if (!ctx.emitPrimary('network', dxgw, { name: dxgw.name || dxgw.id, amazon_side_asn: String(dxgw.amazonSideAsn) }, [], { tagged: false })) return;
  for (const association of dxgw.associations) {
    const gateway = ctx.index.get(association.gateway);
    if (!gateway || !ctx.address(gateway.id)) continue;
    const name = dxAssociationName(ctx, dxgw, gateway.id);
    ctx.emit(
      'network',
      'aws_dx_gateway_association',
      name,
      { dx_gateway_id: ctx.ref(dxgw.id), associated_gateway_id: ctx.ref(gateway.id), allowed_prefixes: association.allowedPrefixes },
      [],
      { provider: ctx.providerOf(gateway) },
    );
    // The provider returns no transit gateway attachment id for the association: its TGW table
    // associations, propagations and static routes are made after applying, as in the CDK app.
  }
}

const PEERING_ACCEPTER = 'aws_ec2_transit_gateway_peering_attachment_accepter';

/** The peering's id once accepted: routes and associations on both ends wait for it. */
export function acceptedPeering(ctx: TfContext, peering: ResourceOf<'tgw-peering'>): Expr {
  return raw(`${PEERING_ACCEPTER}.${ctx.derived(PEERING_ACCEPTER, peering.id, '')}.id`);
}

export function mapTgwPeering(ctx: TfContext, peering: ResourceOf<'tgw-peering'>): void {
  const requester = ctx.index.getOf(peering.requester, 'transit-gateway');
  const accepter = ctx.index.getOf(peering.accepter, 'transit-gateway');
  if (!requester || !accepter) return;
  const accepterAccount = ctx.index.getOf(ctx.index.ownerOf(accepter.id), 'account');
  const crossAccount = ctx.index.ownerOf(requester.id) !== ctx.index.ownerOf(accepter.id);
  const address = ctx.emitPrimary(
    'network',
    peering,
    {
      transit_gateway_id: ctx.ref(requester.id),
      peer_transit_gateway_id: ctx.ref(accepter.id),
      peer_region: accepter.region,
      peer_account_id: crossAccount && accepterAccount ? ctx.accountNumber(accepterAccount) : undefined,
    },
    [],
    { provider: ctx.providerOf(requester) },
  );
  if (!address) return;
  ctx.emit('network', PEERING_ACCEPTER, ctx.derived(PEERING_ACCEPTER, peering.id, ''), { transit_gateway_attachment_id: ctx.ref(peering.id) }, [], { from: peering, provider: ctx.providerOf(accepter) });
  // Static routes only: a propagation over a peering is refused (TGW-PEERING-STATIC), so none is written.
  const accepted = acceptedPeering(ctx, peering);
  associate(ctx, `${peering.id}:requester`, requester, accepted, peering.requesterRouteTable, [], ctx.providerOf(requester));
  associate(ctx, `${peering.id}:accepter`, accepter, accepted, peering.accepterRouteTable, [], ctx.providerOf(accepter));
}

/** Written after the transit gateways and customer gateways they join. */
export const HYBRID_TERRAFORM = {
  'virtual-private-gateway': { type: () => 'aws_vpn_gateway', emit: mapVirtualPrivateGateway },
  'vpn-connection': { type: () => 'aws_vpn_connection', emit: mapVpnConnection },
  'dx-gateway': { type: () => 'aws_dx_gateway', emit: mapDxGateway },
  'tgw-peering': { type: () => 'aws_ec2_transit_gateway_peering_attachment', emit: mapTgwPeering },
} satisfies TerraformKinds;
