/**
 * Transit gateway attachments of every sort: a VPC's, a VPN's, a Direct Connect gateway's
 * association, a peering. Which transit gateways each attaches to, and which of their route
 * tables it names (association and propagation), for the parser, the rules and the exporters.
 */
import type { Resource } from './resources.ts';

/** The transit gateways a resource is an attachment of (none for anything that is not one). */
export function transitGatewaysAttaching(resource: Resource | undefined): readonly string[] {
  switch (resource?.kind) {
    case 'tgw-attachment':
      return [resource.transitGateway];
    case 'vpn-connection':
      return [resource.gateway];
    case 'dx-gateway':
      return resource.associations.map((a) => a.gateway);
    case 'tgw-peering':
      return [resource.requester, resource.accepter];
    default:
      return [];
  }
}

/** A TGW route table an attachment names, at `path`, which must be a table of one of `tgws`. */
export interface TgwTableReference {
  readonly path: string;
  readonly table: string;
  readonly tgws: readonly string[];
}

export function tgwTableReferences(resource: Resource): readonly TgwTableReference[] {
  const named = (tgw: string, routeTable: string | undefined, propagations: readonly string[] | undefined, prefix = ''): TgwTableReference[] => [
    ...(routeTable ? [{ path: `${prefix}routeTable`, table: routeTable, tgws: [tgw] }] : []),
    ...(propagations ?? []).map((table, i) => ({ path: `${prefix}propagations.${i}`, table, tgws: [tgw] })),
  ];
  switch (resource.kind) {
    case 'tgw-attachment':
      return named(resource.transitGateway, resource.routeTable, resource.propagations);
    case 'vpn-connection':
      // A VPN on a virtual private gateway names no TGW table: any it names is dangling.
      return named(resource.gateway, resource.routeTable, resource.propagations);
    case 'dx-gateway':
      return resource.associations.flatMap((a, i) => named(a.gateway, a.routeTable, a.propagations, `associations.${i}.`));
    case 'tgw-peering':
      return [
        ...(resource.requesterRouteTable ? [{ path: 'requesterRouteTable', table: resource.requesterRouteTable, tgws: [resource.requester] }] : []),
        ...(resource.accepterRouteTable ? [{ path: 'accepterRouteTable', table: resource.accepterRouteTable, tgws: [resource.accepter] }] : []),
        ...(resource.propagations ?? []).map((table, i) => ({ path: `propagations.${i}`, table, tgws: [resource.requester, resource.accepter] })),
      ];
    default:
      return [];
  }
}
