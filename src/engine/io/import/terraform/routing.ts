/**
 * Route tables, their routes and subnet associations. Routes come from `aws_route` resources
 * and from a table's inline `route` blocks; a refreshed state lists the former twice, so a
 * route is taken once per table and destination. A VPC whose main table Terraform does not
 * manage gets the implicit one (`<vpc address>#main_route_table`) holding the local routes.
 */
import type { ResourceOf, Route } from '../../../model/index.ts';
import { list, nameOf, str, tagsOf, type TfContext } from './context.ts';
import type { TfResource } from './read.ts';

type RouteTable = ResourceOf<'route-table'>;

/** Where a route can send, by attribute: the Terraform types it may name. */
const TARGETS: readonly (readonly [attr: string, types: readonly string[]])[] = [
  ['nat_gateway_id', ['aws_nat_gateway']],
  ['egress_only_gateway_id', ['aws_egress_only_internet_gateway']],
  ['transit_gateway_id', ['aws_ec2_transit_gateway']],
  ['vpc_peering_connection_id', ['aws_vpc_peering_connection']],
  ['vpc_endpoint_id', ['aws_vpc_endpoint']],
  ['network_interface_id', ['aws_network_interface']],
  ['instance_id', ['aws_instance']],
  ['gateway_id', ['aws_internet_gateway', 'aws_vpn_gateway', 'aws_vpc_endpoint']],
];

/** The route tables of the design by VPC id, filled as tables are made. */
export interface Routing {
  /** By input address. */
  readonly tables: Map<string, RouteTable>;
  /** By VPC id. */
  readonly mainOf: Map<string, RouteTable>;
}

function localRoutes(ctx: TfContext, vpcId: string): Route[] {
  const vpc = ctx.out.get(vpcId, 'vpc');
  if (!vpc) return [];
  return [...vpc.cidrs, ...(vpc.ipv6Cidrs ?? [])].map((destination) => ({ destination, target: 'local' }));
}

/** A route's destination and target, or why it cannot be one. */
function routeOf(ctx: TfContext, holder: TfResource, values: Record<string, unknown>, inline: boolean): Route | string {
  const destination = str(values.destination_cidr_block) ?? str(values.cidr_block) ?? str(values.destination_ipv6_cidr_block) ?? str(values.ipv6_cidr_block);
  if (!destination) {
    const prefixList = str(values.destination_prefix_list_id);
    return prefixList ? `a route to prefix list ${prefixList}, which is not in the input` : 'its destination is known only after apply';
  }
  for (const [attr, types] of TARGETS) {
    const value = str(values[attr]);
    if (value === 'local') return { destination, target: 'local' };
    // Unknown until apply: the target only if the configuration sets it (AWS computes instance_id and network_interface_id on every route).
    const configured = holder.config ? holder.config.expressions?.[attr] !== undefined : attr !== 'instance_id' && attr !== 'network_interface_id';
    const wanted = value !== undefined || (!inline && holder.unknown.has(attr) && configured);
    if (!wanted) continue;
    const target = inline ? ctx.out.existing(ctx.resolver.addressOfId(value)) : ctx.one(holder, attr, types, 'the route target');
    if (target) return { destination, target };
    return `its target (${attr}${value ? ` ${value}` : ''}) is not in the input`;
  }
  return 'it has no target this model routes to (a carrier, local or core network gateway)';
}

/**
 * Makes the route tables; the returned function adds their routes and associations, once
 * everything a route may send to (endpoints among them, which name tables) exists.
 */
export function mapRouteTables(
  ctx: TfContext,
  tables: readonly TfResource[],
  defaults: readonly TfResource[],
  mainAssociations: readonly TfResource[],
): (routes: readonly TfResource[], associations: readonly TfResource[]) => void {
  const routing: Routing = { tables: new Map(), mainOf: new Map() };
  const make = (resource: TfResource, vpcId: string | undefined, main: boolean) => {
    if (!vpcId) {
      ctx.out.note({ address: resource.address, type: resource.type, level: 'skipped', message: 'its VPC is not in the input' });
      return;
    }
    const table = ctx.out.add<RouteTable>(resource.address, {
      kind: 'route-table',
      name: nameOf(resource),
      parent: vpcId,
      ...(main ? { main: true } : {}),
      routes: localRoutes(ctx, vpcId),
      ...(tagsOf(resource) ? { tags: tagsOf(resource) } : {}),
    });
    routing.tables.set(resource.address, table);
    if (main) routing.mainOf.set(vpcId, table);
  };
  for (const table of defaults) make(table, ctx.one(table, 'default_route_table_id', ['aws_vpc'], 'the VPC') ?? ctx.one(table, 'vpc_id', ['aws_vpc'], 'the VPC'), true);
  for (const table of tables) make(table, ctx.one(table, 'vpc_id', ['aws_vpc'], 'the VPC'), false);
  for (const association of mainAssociations) {
    const table = ctx.one(association, 'route_table_id', ['aws_route_table'], 'the route table');
    const vpc = ctx.one(association, 'vpc_id', ['aws_vpc'], 'the VPC');
    const found = ctx.out.get(table, 'route-table');
    if (found && vpc) {
      found.main = true;
      routing.mainOf.set(vpc, found);
    } else ctx.out.note({ address: association.address, type: association.type, level: 'skipped', message: 'its route table or VPC is not in the input' });
  }
  // The main table AWS makes with every VPC, when Terraform does not manage it.
  for (const vpc of ctx.out.resources.filter((r) => r.kind === 'vpc')) {
    if (routing.mainOf.has(vpc.id)) continue;
    const address = `${vpc.source!.address}#main_route_table`;
    const table = ctx.out.add<RouteTable>(address, { kind: 'route-table', name: `${vpc.name} main`, parent: vpc.id, main: true, routes: localRoutes(ctx, vpc.id) });
    routing.tables.set(address, table);
    routing.mainOf.set(vpc.id, table);
  }

  return (routes, associations) => addRoutes(ctx, routing, [...defaults, ...tables], routes, associations);
}

function addRoutes(ctx: TfContext, routing: Routing, tables: readonly TfResource[], routes: readonly TfResource[], associations: readonly TfResource[]): void {
  const add = (table: RouteTable, route: Route) => {
    if (!table.routes.some((r) => r.destination === route.destination)) table.routes.push(route);
  };
  for (const route of routes) {
    const tableId = ctx.one(route, 'route_table_id', ['aws_route_table', 'aws_default_route_table'], 'the route table');
    const table = ctx.out.get(tableId, 'route-table');
    const made = routeOf(ctx, route, route.values as Record<string, unknown>, false);
    if (!table || typeof made === 'string') {
      ctx.out.note({ address: route.address, type: route.type, level: 'skipped', message: table ? (made as string) : 'its route table is not in the input' });
      continue;
    }
    add(table, made);
  }
  // Inline routes: a table's own, and in a refreshed state the copies of the aws_route resources (taken once above).
  for (const resource of tables) {
    const table = routing.tables.get(resource.address);
    if (!table) continue;
    for (const inline of list(resource.values.route)) {
      if (inline === null || typeof inline !== 'object') continue;
      const made = routeOf(ctx, resource, inline as Record<string, unknown>, true);
      if (typeof made === 'string') {
        ctx.out.note({ address: resource.address, type: resource.type, level: 'partial', message: `a route was left out: ${made}` });
        continue;
      }
      add(table, made);
    }
  }

  for (const association of associations) {
    const tableId = ctx.one(association, 'route_table_id', ['aws_route_table', 'aws_default_route_table'], 'the route table');
    const subnetId = ctx.one(association, 'subnet_id', ['aws_subnet'], 'the subnet');
    const gatewayId = association.values.gateway_id !== undefined && str(association.values.gateway_id) ? ctx.one(association, 'gateway_id', ['aws_internet_gateway'], 'the gateway') : undefined;
    const table = ctx.out.get(tableId, 'route-table');
    const subnet = ctx.out.get(subnetId, 'subnet');
    if (table && subnet) subnet.routeTable = table.id;
    else if (table && gatewayId) table.edgeAssociation = gatewayId;
    else ctx.out.note({ address: association.address, type: association.type, level: 'skipped', message: table ? 'its subnet is not in the input' : 'its route table is not in the input' });
  }
}
