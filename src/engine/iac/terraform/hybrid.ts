/** Hybrid connectivity: virtual private gateways and Site-to-Site VPNs, in network.tf. */
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
  const attachment = ctx.ref(vpn.id, 'transit_gateway_attachment_id')!;
  const tables = [
    ...(vpn.routeTable ? [{ kind: 'association', tableId: vpn.routeTable }] : []),
    ...(vpn.propagations ?? []).map((tableId) => ({ kind: 'propagation', tableId })),
  ];
  for (const { kind, tableId } of tables) {
    const table = tgwTable(ctx, gateway, tableId);
    if (!table) continue;
    const type = `aws_ec2_transit_gateway_route_table_${kind}`;
    ctx.emit('network', type, ctx.derived(type, vpn.id, tableId), { transit_gateway_attachment_id: attachment, transit_gateway_route_table_id: table }, [], { provider: ctx.providerOf(gateway) });
  }
}

/** Written after the transit gateways and customer gateways they join. */
export const HYBRID_TERRAFORM = {
  'virtual-private-gateway': { type: () => 'aws_vpn_gateway', emit: mapVirtualPrivateGateway },
  'vpn-connection': { type: () => 'aws_vpn_connection', emit: mapVpnConnection },
} satisfies TerraformKinds;
