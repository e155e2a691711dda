/**
 * What the ends of a flow are: a resource's interface (in the AZ nearest the other end),
 * an external network's address, a bare IP. Addresses the design does not give are derived
 * deterministically and the hops say so.
 */
import { canReceiveFlows, canSendFlows } from '../model/kinds.ts';
import type { Resource } from '../model/resources.ts';
import { looksLikeAddress, parseAddress } from '../net/address.ts';
import { cidrBlock, nthAddress } from '../net/cidr.ts';
import { WIDE_EPHEMERAL, type Iface, type SimContext } from './context.ts';
import { inRange, ipv4Range, isPrivateIpv4, parseIpv4 } from './ipv4.ts';
import type { Sender } from './legs.ts';
import { FlowError } from './types.ts';


/** The address an external network sends from and is reached at. */
export function externalAddress(ctx: SimContext, resource: Extract<Resource, { kind: 'external' }>): number {
  if (resource.endpointType === 'internet' || !resource.cidr) return ctx.internetAddress;
  const block = cidrBlock(resource.cidr);
  if (!block || block.version !== 4) return ctx.internetAddress;
  const hosts = Number(block.last - block.first);
  return parseIpv4(nthAddress(block, hosts >= 20 ? 10 : 0))!;
}

/** The interface of a resource nearest an AZ: the same AZ when it has one there, else its first. */
export function chooseIface(ctx: SimContext, id: string, azKey: string | undefined): Iface | undefined {
  const list = ctx.ifaces.get(id);
  if (!list) return undefined;
  if (azKey !== undefined) for (const iface of list) if (iface.subnet.azKey === azKey) return iface;
  return list[0];
}

/** The interface a Kubernetes object runs on: its cluster's nodes. */
export function clusterOf(ctx: SimContext, resource: Resource): string | undefined {
  if (resource.kind === 'eks-cluster') return resource.id;
  if (resource.kind === 'k8s-service' || resource.kind === 'k8s-ingress') return resource.parent;
  return undefined;
}

export function resolveSender(ctx: SimContext, from: string, fromSubnet?: string): Sender {
  const resource = ctx.index.get(from);
  if (!resource) throw new FlowError(`there is no resource "${from}" to send from`);
  if (!canSendFlows(resource.kind)) throw new FlowError(`${from} is a ${resource.kind}: a flow starts at something with a network interface or at an external network`);
  if (resource.kind === 'external') {
    if (fromSubnet) throw new FlowError(`${from} is an external network: it sends from no subnet of the design, so there is no source subnet "${fromSubnet}" to choose`);
    return { id: resource.id, iface: undefined, ip: externalAddress(ctx, resource), groups: [], ephemeral: WIDE_EPHEMERAL };
  }
  const ifaceOwner = resource.kind === 'k8s-service' ? (clusterOf(ctx, resource) ?? resource.id) : resource.id;
  const ifaces = ctx.ifaces.get(ifaceOwner) ?? [];
  const iface = fromSubnet ? ifaceInSubnet(ctx, from, ifaces, fromSubnet) : ifaces[0];
  if (!iface) throw new FlowError(`${from} has no network interface in a subnet of the design`);
  return { id: iface.resource.id, iface, ip: iface.ip, groups: iface.groups, ephemeral: iface.ephemeral };
}

/** The subnets a flow from this resource can start in: one per interface, in order. */
export function sourceSubnets(ctx: SimContext, from: string): readonly string[] {
  const resource = ctx.index.get(from);
  if (!resource || resource.kind === 'external') return [];
  const owner = resource.kind === 'k8s-service' ? (clusterOf(ctx, resource) ?? resource.id) : resource.id;
  return [...new Set((ctx.ifaces.get(owner) ?? []).map((iface) => iface.subnet.id))];
}

/** The source's interface in the subnet named by id or name; a FlowError names what is wrong. */
function ifaceInSubnet(ctx: SimContext, from: string, ifaces: readonly Iface[], wanted: string): Iface {
  const byId = ctx.index.get(wanted);
  const subnets = byId ? [byId] : ctx.index.ofKind('subnet').filter((s) => s.name === wanted);
  const subnet = subnets[0];
  if (!subnet) throw new FlowError(`there is no subnet "${wanted}" to send from (give a subnet id or name)`);
  if (subnet.kind !== 'subnet') throw new FlowError(`"${wanted}" is a ${subnet.kind}, not a subnet: give the subnet ${from} sends from`);
  if (subnets.length > 1) throw new FlowError(`more than one subnet is named "${wanted}" (${subnets.map((s) => s.id).join(', ')}): give its id`);
  const iface = ifaces.find((i) => i.subnet.id === subnet.id);
  if (!iface) {
    const own = [...new Set(ifaces.map((i) => i.subnet.id))];
    throw new FlowError(`${from} has no network interface in subnet ${subnet.id}${own.length ? `; it sends from ${own.join(', ')}` : ''}`);
  }
  return iface;
}

export type Destination =
  | { readonly kind: 'resource'; readonly resource: Resource; readonly iface?: Iface }
  | { readonly kind: 'external'; readonly id: string; readonly ip: number }
  | { readonly kind: 'address'; readonly ip: number };

/** Parses `to`: a resource id, `internet`, or an IPv4 address (which may belong to something). */
export function resolveDestination(ctx: SimContext, to: string, sender: Sender): Destination {
  if (to === 'internet') return { kind: 'external', id: 'internet', ip: ctx.internetAddress };
  const ip = parseIpv4(to);
  if (ip !== undefined) return destinationOfIp(ctx, ip, sender);
  if (looksLikeAddress(to)) {
    const address = parseAddress(to, { form: 'address' });
    if (!address.ok) throw new FlowError(address.reason);
  }
  if (to.includes(':') && to.split(':').length > 2) throw new FlowError(`IPv6 destinations are not traced; give an IPv4 address, a resource id or "internet"`);
  const resource = ctx.index.get(to);
  if (!resource) throw new FlowError(`there is no resource "${to}" to send to`);
  if (!canReceiveFlows(resource.kind)) throw new FlowError(`${to} is a ${resource.kind}: it is not something a packet is addressed to`);
  if (resource.kind === 'external') return { kind: 'external', id: resource.id, ip: externalAddress(ctx, resource) };
  return { kind: 'resource', resource };
}

function destinationOfIp(ctx: SimContext, ip: number, sender: Sender): Destination {
  const publicOwner = ctx.byPublicIp.get(ip);
  if (publicOwner) return { kind: 'resource', resource: publicOwner.resource, iface: publicOwner };
  const home = sender.iface?.subnet.vpc.id;
  const own = home ? ctx.byPrivateIp.get(home)?.get(ip) : undefined;
  if (own) return { kind: 'resource', resource: own.resource, iface: own };
  for (const perVpc of ctx.byPrivateIp.values()) {
    const owner = perVpc.get(ip);
    if (owner) return { kind: 'resource', resource: owner.resource, iface: owner };
  }
  for (const external of ctx.index.ofKind('external')) {
    const range = ipv4Range(external.cidr);
    if (range && inRange(range, ip)) return { kind: 'external', id: external.id, ip };
  }
  if (!isPrivateIpv4(ip)) return { kind: 'external', id: 'internet', ip };
  return { kind: 'address', ip };
}
