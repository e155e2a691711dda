/**
 * Effective values: what AWS applies when a field is left empty, so the inspector can say
 * what is really in force (a subnet without an association uses its VPC's main route
 * table; a resource without an `account` belongs to the account it is drawn in).
 */
import type { DesignIndex } from './indexes.ts';
import type { AccountResource, NetworkAclResource, RouteTableResource, SubnetResource } from './resources.ts';

/** A value in force, and whether the resource names it itself or inherits it. */
export interface Effective<T> {
  readonly resource: T;
  /** Named by the resource's own field, not inherited. */
  readonly explicit: boolean;
}

/** The route table a subnet uses: its explicit association, else the VPC's main table (RT-ASSOC). */
export function effectiveRouteTable(index: DesignIndex, subnetId: string): Effective<RouteTableResource> | undefined {
  const subnet = index.getOf(subnetId, 'subnet');
  const table = subnet ? index.routeTableOf(subnet.id) : undefined;
  return table && subnet ? { resource: table, explicit: subnet.routeTable === table.id } : undefined;
}

/** The network ACL a subnet uses: its explicit association, else the VPC's default ACL. */
export function effectiveNetworkAcl(index: DesignIndex, subnetId: string): Effective<NetworkAclResource> | undefined {
  const subnet = index.getOf(subnetId, 'subnet');
  const acl = subnet ? index.networkAclOf(subnet.id) : undefined;
  return acl && subnet ? { resource: acl, explicit: subnet.networkAcl === acl.id } : undefined;
}

/** The account that owns a resource: its `account` field, else the account it is drawn in (or its VPC's). */
export function owningAccount(index: DesignIndex, id: string): Effective<AccountResource> | undefined {
  const resource = index.get(id);
  if (!resource || resource.kind === 'account') return undefined;
  const account = index.getOf(index.ownerOf(id), 'account');
  return account ? { resource: account, explicit: resource.account === account.id } : undefined;
}

/** The subnet a resource is drawn in (an EKS cluster's for its services); none for a subnet itself. */
export function drawnInSubnet(index: DesignIndex, id: string): SubnetResource | undefined {
  const resource = index.get(id);
  if (!resource || resource.kind === 'subnet' || !resource.parent) return undefined;
  return index.subnetOf(resource.parent);
}
