/**
 * Transit gateways: their route tables (the default one implicit, `<tgw address>#default_route_table`,
 * when AWS makes it), VPC attachments with their association and propagations, and static routes.
 */
import type { ResourceOf } from '../../../model/index.ts';
import { nameOf, num, str, tagsOf, type TfContext } from './context.ts';
import type { TfResource } from './read.ts';

type Tgw = ResourceOf<'transit-gateway'>;
type Attachment = ResourceOf<'tgw-attachment'>;

const skip = (ctx: TfContext, resource: TfResource, message: string) => ctx.out.note({ address: resource.address, type: resource.type, level: 'skipped', message });
const enabled = (value: unknown) => value === undefined || value === 'enable';

export function mapTransitGateways(
  ctx: TfContext,
  gateways: readonly TfResource[],
  tables: readonly TfResource[],
  attachments: readonly TfResource[],
  associations: readonly TfResource[],
  propagations: readonly TfResource[],
  routes: readonly TfResource[],
): void {
  /** Route table ids (design) by their input address, with the gateway that holds each. */
  const tableIds = new Map<string, { tgw: Tgw; id: string }>();
  const defaultTable = new Map<string, string>();
  for (const gateway of gateways) {
    const asn = num(gateway.values.amazon_side_asn);
    const tgw = ctx.out.add<Tgw>(gateway.address, {
      kind: 'transit-gateway',
      name: nameOf(gateway),
      parent: ctx.account,
      region: ctx.region,
      ...(asn !== undefined && asn >= 1 ? { amazonSideAsn: asn } : {}),
      ...(gateway.values.security_group_referencing_support === 'enable' ? { securityGroupReferencing: true } : {}),
      routeTables: [],
      ...(tagsOf(gateway) ? { tags: tagsOf(gateway) } : {}),
    });
    if (enabled(gateway.values.default_route_table_association) || enabled(gateway.values.default_route_table_propagation)) {
      const address = `${gateway.address}#default_route_table`;
      const id = ctx.out.idOf(address);
      tgw.routeTables.push({ id, name: `${tgw.name} default`, routes: [], source: { file: ctx.out.file, address } });
      tableIds.set(address, { tgw, id });
      defaultTable.set(tgw.id, id);
    }
  }
  for (const table of tables) {
    const tgw = ctx.out.get(ctx.one(table, 'transit_gateway_id', ['aws_ec2_transit_gateway'], 'the transit gateway'), 'transit-gateway');
    if (!tgw) {
      skip(ctx, table, 'its transit gateway is not in the input');
      continue;
    }
    const id = ctx.out.idOf(table.address);
    tgw.routeTables.push({ id, name: nameOf(table), routes: [], source: { file: ctx.out.file, address: table.address } });
    tableIds.set(table.address, { tgw, id });
  }
  const tableOf = (resource: TfResource) => {
    const resolved = ctx.resolver.resolve(resource, 'transit_gateway_route_table_id', ['aws_ec2_transit_gateway_route_table']);
    if (resolved.addresses.length > 0) return tableIds.get(resolved.addresses[0]!);
    // A known id of the default table: it is on the gateway's association_default_route_table_id.
    const id = str(resource.values.transit_gateway_route_table_id);
    const gateway = id ? gateways.find((g) => g.values.association_default_route_table_id === id) : undefined;
    return gateway ? tableIds.get(`${gateway.address}#default_route_table`) : undefined;
  };

  for (const attachment of attachments) {
    const tgw = ctx.out.get(ctx.one(attachment, 'transit_gateway_id', ['aws_ec2_transit_gateway'], 'the transit gateway'), 'transit-gateway');
    const vpc = ctx.one(attachment, 'vpc_id', ['aws_vpc'], 'the VPC');
    if (!tgw || !vpc) {
      skip(ctx, attachment, tgw ? 'its VPC is not in the input' : 'its transit gateway is not in the input');
      continue;
    }
    const subnets = ctx.many(attachment, 'subnet_ids', ['aws_subnet'], 'the subnets').filter((id) => ctx.out.get(id, 'subnet')?.parent === vpc);
    const viaDefault = (flag: unknown) => flag !== false && defaultTable.has(tgw.id);
    ctx.out.add<Attachment>(attachment.address, {
      kind: 'tgw-attachment',
      name: nameOf(attachment),
      transitGateway: tgw.id,
      vpc,
      subnets,
      ...(attachment.values.appliance_mode_support === 'enable' ? { applianceMode: true } : {}),
      ...(viaDefault(attachment.values.transit_gateway_default_route_table_association) ? { routeTable: defaultTable.get(tgw.id) } : {}),
      propagations: viaDefault(attachment.values.transit_gateway_default_route_table_propagation) ? [defaultTable.get(tgw.id)!] : [],
      ...(tagsOf(attachment) ? { tags: tagsOf(attachment) } : {}),
    });
  }
  const attachmentOf = (resource: TfResource) => ctx.out.get(ctx.one(resource, 'transit_gateway_attachment_id', ['aws_ec2_transit_gateway_vpc_attachment'], 'the attachment'), 'tgw-attachment');
  for (const association of associations) {
    const attachment = attachmentOf(association);
    const table = tableOf(association);
    if (attachment && table) attachment.routeTable = table.id;
    else skip(ctx, association, 'its attachment or route table is not in the input');
  }
  for (const propagation of propagations) {
    const attachment = attachmentOf(propagation);
    const table = tableOf(propagation);
    if (attachment && table) attachment.propagations = [...new Set([...(attachment.propagations ?? []), table.id])];
    else skip(ctx, propagation, 'its attachment or route table is not in the input');
  }
  mapTgwRoutes(ctx, routes, tableOf);

}

/**
 * Static routes. In a plan a route's attachment may be known only as "one of these attachments"
 * (a count over a flattened for_each map): the routes are then taken in order, the attachments'
 * in key order, an equal share each, and the importer says it inferred that.
 */
function mapTgwRoutes(ctx: TfContext, routes: readonly TfResource[], tableOf: (r: TfResource) => { tgw: Tgw; id: string } | undefined): void {
  const blocks = new Map<string, TfResource[]>();
  for (const route of routes) {
    const block = `${route.module}|${route.name}`;
    blocks.set(block, [...(blocks.get(block) ?? []), route]);
  }
  for (const block of blocks.values()) {
    block.sort((a, b) => Number(a.index ?? 0) - Number(b.index ?? 0));
    for (const [position, route] of block.entries()) {
      const table = tableOf(route);
      const destination = str(route.values.destination_cidr_block);
      if (!table || !destination) {
        skip(ctx, route, table ? 'its destination is known only after apply' : 'its route table is not in the input');
        continue;
      }
      const blackhole = route.values.blackhole === true;
      let attachment: string | undefined;
      if (!blackhole) {
        const resolved = ctx.resolver.resolve(route, 'transit_gateway_attachment_id', ['aws_ec2_transit_gateway_vpc_attachment']);
        let address = resolved.addresses[0];
        if (resolved.addresses.length > 1) {
          const sorted = [...resolved.addresses].sort();
          address = sorted[Math.min(sorted.length - 1, Math.floor((position * sorted.length) / block.length))];
          ctx.out.note({ address: route.address, type: route.type, level: 'inferred', message: `the attachment is unknown until apply; taken to be ${address}: the routes of ${block.length} are shared among the attachments in key order` });
        } else if (resolved.inferred && address) {
          ctx.out.note({ address: route.address, type: route.type, level: 'inferred', message: `the attachment is unknown until apply; taken to be ${address} from the configuration's references` });
        }
        attachment = ctx.out.existing(address);
        if (!attachment) {
          skip(ctx, route, 'its attachment is not in the input');
          continue;
        }
      }
      const holder = table.tgw.routeTables.find((t) => t.id === table.id)!;
      holder.routes.push({ destination, ...(attachment ? { attachment } : {}), ...(blackhole ? { blackhole: true } : {}) });
    }
  }
}
