/** Transit gateways with their route tables, attachments and routes, and RAM shares. */
import type { ResourceOf } from '../../model/index.ts';
import type { TfContext } from './context.ts';
import { raw, type Expr } from './hcl.ts';
import { acceptedPeering } from './hybrid.ts';

const ACCEPTER = 'aws_ec2_transit_gateway_vpc_attachment_accepter';
const ROUTE_TABLE = 'aws_ec2_transit_gateway_route_table';

function tgwRouteTableName(ctx: TfContext, tgw: ResourceOf<'transit-gateway'>, tableId: string): string {
  return ctx.derived(ROUTE_TABLE, tgw.id, `rt:${tableId}`, tableId);
}

/** The attachment is created by the VPC's owner; another account's gateway must accept it. */
function isCrossAccount(ctx: TfContext, attachment: ResourceOf<'tgw-attachment'>): boolean {
  return ctx.index.ownerOf(attachment.vpc) !== ctx.index.ownerOf(attachment.transitGateway);
}

/** The attachment id as the gateway's account sees it. */
function attachmentId(ctx: TfContext, attachmentIdInDesign: string): Expr | undefined {
  // A VPN and a peering are attachments too (a Direct Connect gateway's has no id the provider returns).
  if (ctx.index.getOf(attachmentIdInDesign, 'vpn-connection')) return ctx.ref(attachmentIdInDesign, 'transit_gateway_attachment_id');
  const peering = ctx.index.getOf(attachmentIdInDesign, 'tgw-peering');
  if (peering) return ctx.address(peering.id) ? acceptedPeering(ctx, peering) : undefined;
  const attachment = ctx.index.getOf(attachmentIdInDesign, 'tgw-attachment');
  if (!attachment || !ctx.address(attachment.id)) return undefined;
  if (isCrossAccount(ctx, attachment)) return raw(`${ACCEPTER}.${ctx.derived(ACCEPTER, attachment.id, '')}.id`);
  return ctx.ref(attachment.id);
}

function findTable(ctx: TfContext, tableId: string) {
  for (const tgw of ctx.index.ofKind('transit-gateway')) {
    if (tgw.routeTables.some((table) => table.id === tableId)) return tgw;
  }
  return undefined;
}

export function mapTransitGateway(ctx: TfContext, tgw: ResourceOf<'transit-gateway'>): void {
  const explicit = tgw.routeTables.length > 0;
  // Security group referencing arrived in provider 5.69.
  if (tgw.securityGroupReferencing !== undefined) ctx.requireProvider('5.69');
  ctx.emitPrimary('network', tgw, {
    description: tgw.description,
    amazon_side_asn: tgw.amazonSideAsn,
    default_route_table_association: explicit ? 'disable' : undefined,
    default_route_table_propagation: explicit ? 'disable' : undefined,
    security_group_referencing_support: tgw.securityGroupReferencing === undefined ? undefined : tgw.securityGroupReferencing ? 'enable' : 'disable',
  });
  for (const table of tgw.routeTables) {
    const name = tgwRouteTableName(ctx, tgw, table.id);
    ctx.emit('network', ROUTE_TABLE, name, { transit_gateway_id: ctx.ref(tgw.id) }, [], { from: tgw });
    table.routes.forEach((route) => {
      const target = route.attachment ? attachmentId(ctx, route.attachment) : undefined;
      if (!route.blackhole && !target) return;
      ctx.emit(
        'network',
        'aws_ec2_transit_gateway_route',
        ctx.derived('aws_ec2_transit_gateway_route', tgw.id, `route:${table.id}:${route.destination}`, `${table.id}_to_${route.destination}`),
        {
          destination_cidr_block: route.destination,
          transit_gateway_route_table_id: raw(`${ROUTE_TABLE}.${name}.id`),
          transit_gateway_attachment_id: route.blackhole ? undefined : target,
          blackhole: route.blackhole ? true : undefined,
        },
        [],
        { from: tgw },
      );
    });
  }
}

export function mapTgwAttachment(ctx: TfContext, attachment: ResourceOf<'tgw-attachment'>): void {
  const tgw = ctx.index.getOf(attachment.transitGateway, 'transit-gateway');
  const vpc = ctx.index.getOf(attachment.vpc, 'vpc');
  if (!tgw || !vpc) return;
  const explicit = tgw.routeTables.length > 0;
  const cross = isCrossAccount(ctx, attachment);
  const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'enable' : 'disable');
  if (attachment.securityGroupReferencing !== undefined) ctx.requireProvider('5.69');
  ctx.emitPrimary(
    'network',
    attachment,
    {
      subnet_ids: ctx.refs(attachment.subnets),
      transit_gateway_id: ctx.ref(tgw.id),
      vpc_id: ctx.ref(vpc.id),
      appliance_mode_support: flag(attachment.applianceMode),
      security_group_referencing_support: flag(attachment.securityGroupReferencing),
      transit_gateway_default_route_table_association: explicit && !cross ? false : undefined,
      transit_gateway_default_route_table_propagation: explicit && !cross ? false : undefined,
    },
    [],
    {
      provider: ctx.providerOf(vpc),
      dependsOn: cross ? ctx.shareDependencies(tgw.id, ctx.index.ownerOf(vpc.id)) : [],
    },
  );
  if (cross) {
    ctx.emit(
      'network',
      ACCEPTER,
      ctx.derived(ACCEPTER, attachment.id, ''),
      {
        transit_gateway_attachment_id: ctx.ref(attachment.id),
        transit_gateway_default_route_table_association: explicit ? false : undefined,
        transit_gateway_default_route_table_propagation: explicit ? false : undefined,
      },
      [],
      { from: attachment, provider: ctx.providerOf(tgw) },
    );
  }
  const id = attachmentId(ctx, attachment.id);
  const tables: { kind: 'association' | 'propagation'; tableId: string }[] = [
    ...(attachment.routeTable ? [{ kind: 'association' as const, tableId: attachment.routeTable }] : []),
    ...(attachment.propagations ?? []).map((tableId) => ({ kind: 'propagation' as const, tableId })),
  ];
  for (const { kind, tableId } of tables) {
    const owner = findTable(ctx, tableId);
    if (!owner || !id) continue;
    const type = `aws_ec2_transit_gateway_route_table_${kind}`;
    ctx.emit(
      'network',
      type,
      ctx.derived(type, attachment.id, tableId, tableId),
      {
        transit_gateway_attachment_id: id,
        transit_gateway_route_table_id: raw(`${ROUTE_TABLE}.${tgwRouteTableName(ctx, owner, tableId)}.id`),
      },
      [],
      { provider: ctx.providerOf(owner) },
    );
  }
}

export function mapRamShare(ctx: TfContext, share: ResourceOf<'ram-share'>): void {
  const address = ctx.emitPrimary('network', share, {
    name: share.name || share.id,
    allow_external_principals: share.allowExternalPrincipals,
  });
  if (!address) return;
  const shareArn = raw(`${address}.arn`);
  for (const resourceId of share.resources) {
    const arn = ctx.ref(resourceId, 'arn');
    if (!arn) continue;
    ctx.emit(
      'network',
      'aws_ram_resource_association',
      ctx.resourceAssociationName(share.id, resourceId),
      { resource_arn: arn, resource_share_arn: shareArn },
      [],
      { from: share },
    );
  }
  for (const id of share.principals) {
    const account = ctx.index.getOf(id, 'account');
    if (!account) continue;
    const name = ctx.principalAssociationName(share.id, account);
    ctx.emit('network', 'aws_ram_principal_association', name, { principal: ctx.accountNumber(account), resource_share_arn: shareArn }, [], {
      from: share,
    });
  }
}
