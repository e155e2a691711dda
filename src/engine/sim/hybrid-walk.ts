/**
 * The walk to and from on-premises and between transit gateways: out of a VPC through its
 * virtual private gateway, or out of a transit gateway through a VPN or Direct Connect
 * attachment, to the on-premises network behind it; in from that network to the gateway that
 * advertises the destination; and across a transit gateway peering into the peer's table.
 */
import type { RouteEntry } from './compile.ts';
import type { SubnetInfo, VpcInfo } from './context.ts';
import { learnedRouteFor, networkBehind, tunnelText, type DxAssociationInfo, type DxInfo, type TgwPeeringInfo, type VpnInfo } from './hybrid.ts';
import { formatIpv4, inAny } from './ipv4.ts';
import type { Arrival, LegPath, Packet, Walker } from './walk.ts';

/** A route table sent the packet to a virtual private gateway: the VPN or Direct Connect gateway it learned the block from carries it. */
export function toOnPremises(walker: Walker, vpc: VpcInfo, vgwId: string, route: RouteEntry, pkt: Packet): Arrival {
  const hybrid = walker.ctx.hybrid;
  const vgw = hybrid.vgws.get(vgwId);
  if (!vgw || vgw.vpc !== vpc.id) return walker.drop('BLACKHOLE', vgwId, 'vgw', vgwId, undefined, vgwId, `${vgwId} is not attached to ${vpc.id}`);
  const learned = learnedRouteFor(vgw.learned, pkt.dst);
  if (!learned) {
    return walker.drop('NO_ROUTE', vgwId, 'vgw', vgwId, undefined, 'no VPN route', `${vgwId} has learned no route for ${formatIpv4(pkt.dst)}: none of its VPNs has a tunnel up with a static route or a BGP-advertised network holding it, and no Direct Connect gateway advertises one (VPN-STATIC)`);
  }
  if (walker.on) {
    const how = route.priority === 2 ? 'propagated into the table by the gateway' : 'a static route in the table';
    const from = hybrid.dx.has(learned.via) ? 'advertised from on-premises over Direct Connect' : learned.origin === 'static' ? 'a static VPN route' : 'advertised by the customer gateway over BGP';
    walker.hop(vgwId, 'vgw', 'forward', vgwId, undefined, `${learned.range.text} via ${learned.via} (${learned.origin})`, `the subnet's route to ${vgwId} is ${how}; the gateway learned ${learned.range.text} from ${learned.via} (${from})`);
  }
  const dx = hybrid.dx.get(learned.via);
  return dx ? overDx(walker, dx, pkt) : overVpn(walker, hybrid.vpns.get(learned.via)!, pkt);
}

/** Across the VPN's tunnel to the on-premises network behind its customer gateway. */
export function overVpn(walker: Walker, vpn: VpnInfo, pkt: Packet): Arrival {
  if (vpn.tunnelsUp.length === 0) return walker.drop('NO_ROUTE', vpn.id, 'vpn', vpn.id, undefined, 'no tunnel up', `both tunnels of ${vpn.id} are down: nothing crosses it (VPN-TUNNELS)`);
  const network = networkBehind(walker.ctx.hybrid, vpn.customerGateway, pkt.dst);
  if (!network) {
    return walker.drop('NO_ROUTE', vpn.id, 'vpn', vpn.id, undefined, tunnelText(vpn), `${formatIpv4(pkt.dst)} is in no on-premises network reached through customer gateway ${vpn.customerGateway}`);
  }
  if (walker.on) walker.hop(vpn.id, 'vpn', 'forward', vpn.id, undefined, tunnelText(vpn), `over the IPsec ${tunnelText(vpn)} to customer gateway ${vpn.customerGateway} (${vpn.deviceIp}), into ${network.id} ${network.range.text}`);
  return { kind: 'external', id: network.id };
}

/** Over the Direct Connect gateway's virtual interface to the on-premises network behind it. */
export function overDx(walker: Walker, dx: DxInfo, pkt: Packet): Arrival {
  const network = networkBehind(walker.ctx.hybrid, dx.id, pkt.dst);
  if (!network) return walker.drop('NO_ROUTE', dx.id, 'dx', dx.id, undefined, dx.id, `${formatIpv4(pkt.dst)} is in no on-premises network reached through ${dx.id}`);
  if (walker.on) walker.hop(dx.id, 'dx', 'forward', dx.id, undefined, `${dx.id} → ${network.id}`, `over Direct Connect (${dx.id}'s virtual interface) into ${network.id} ${network.range.text}`);
  return { kind: 'external', id: network.id };
}

/** Across a transit gateway peering, into the route table the far end's peering attachment is associated with. */
export function overPeering(walker: Walker, peering: TgwPeeringInfo, from: string, fromAz: string, pkt: Packet, path: LegPath): SubnetInfo | Arrival {
  const other = peering.requester === from ? peering.accepter : peering.requester;
  const crossed = walker.peeringsCrossed;
  if (crossed.length > 0) {
    return walker.drop('TGW_PEERING_TRANSIT', from, 'tgw-peering', peering.id, undefined, peering.id, `the packet came into ${from} over ${crossed.join(', ')}: a transit gateway does not route it on over a second peering, ${peering.id} (TGW-PEERING-TRANSIT)`);
  }
  crossed.push(peering.id);
  const regions = (id: string) => walker.ctx.index.getOf(id, 'transit-gateway')?.region ?? '';
  const across = regions(from) !== regions(other) ? ` (${regions(from)} → ${regions(other)})` : '';
  if (walker.on) walker.hop(peering.id, 'tgw-peering', 'forward', peering.id, undefined, `${from} → ${other}${across}`, `over peering ${peering.id} to ${other}${across}; ${other} looks the packet up in the table its end of the peering is associated with`);
  return walker.tgwRoute(other, peering.id, peering.tables.get(other), fromAz, pkt, path);
}

/** Why a TGW table has no route: a table that counts on propagation over a peering gets none (TGW-PEERING-STATIC). */
export function peeringPropagationNote(walker: Walker, tableId: string): string {
  const relying = [...walker.ctx.hybrid.peerings.values()].filter((p) => p.propagations.includes(tableId)).map((p) => p.id);
  return relying.length === 0 ? '' : `; ${relying.join(', ')} ${relying.length === 1 ? 'is' : 'are'} set to propagate into ${tableId}, but a peering attachment carries static routes only: nothing is propagated over it (TGW-PEERING-STATIC)`;
}

type Entry = { readonly kind: 'vpn'; readonly vpn: VpnInfo } | { readonly kind: 'dx'; readonly dx: DxInfo; readonly association: DxAssociationInfo };

/** Does the AWS end of this entry advertise a way to `ip` to on-premises? */
function advertises(walker: Walker, entry: Entry, ip: number): boolean {
  const ctx = walker.ctx;
  const vgwVpc = (vgw: string) => ctx.vpcs.get(ctx.hybrid.vgws.get(vgw)?.vpc ?? '');
  if (entry.kind === 'dx') {
    const { association } = entry;
    // To a transit gateway only the allowed prefixes are advertised; a VGW advertises its VPC's blocks that they allow (DX-PREFIXES).
    if (association.onTgw) return inAny(association.allowed, ip);
    const vpc = vgwVpc(association.gateway);
    if (!vpc || !inAny(vpc.cidrs, ip)) return false;
    const block = vpc.cidrs.find((c) => c.first <= ip && ip <= c.last)!;
    return association.allowed.length === 0 || association.allowed.some((a) => a.first <= block.first && block.last <= a.last);
  }
  const vpn = entry.vpn;
  if (vpn.tunnelsUp.length === 0) return false;
  if (!vpn.onTgw) {
    const vpc = vgwVpc(vpn.gateway);
    return vpc !== undefined && inAny(vpc.cidrs, ip);
  }
  const routes = vpn.routeTable ? ctx.tgwTables.get(vpn.routeTable) : undefined;
  return routes?.some((r) => !r.blackhole && r.range.first <= ip && ip <= r.range.last) ?? false;
}

/** Into a VPC through its virtual private gateway. */
function intoVpc(walker: Walker, vgw: string, pkt: Packet): Arrival {
  const ctx = walker.ctx;
  const vpc = ctx.vpcs.get(ctx.hybrid.vgws.get(vgw)?.vpc ?? '');
  const dest: SubnetInfo | undefined = vpc ? walker.subnetOf(vpc, pkt.dst) : undefined;
  if (!vpc || !dest) return walker.drop('NO_ROUTE', vgw, 'vgw', vgw, undefined, vgw, `no subnet of ${vpc?.id ?? 'its VPC'} holds ${formatIpv4(pkt.dst)}`);
  if (walker.on) walker.hop(vgw, 'vgw', 'forward', vgw, undefined, vpc.id, `into ${vpc.id}: ${formatIpv4(pkt.dst)} is delivered to ${dest.id}`);
  const inbound = walker.nacl(dest, 'in', pkt);
  if (inbound) return inbound;
  return walker.deliver(dest, pkt);
}

/**
 * From an on-premises network: through the first of the gateways it is reached through (in
 * `reachedThrough` order) whose AWS end advertises the destination; a reply comes back the same way.
 */
export function fromOnPremises(walker: Walker, networkId: string, pkt: Packet, path: LegPath): Arrival | undefined {
  const hybrid = walker.ctx.hybrid;
  const network = hybrid.networks.get(networkId);
  if (!network || network.via.length === 0) return undefined;
  const entries: Entry[] = network.via.flatMap((id): Entry[] => {
    const dx = hybrid.dx.get(id);
    if (dx) return dx.associations.map((association) => ({ kind: 'dx', dx, association }));
    return (hybrid.vpnsByCustomerGateway.get(id) ?? []).map((vpn) => ({ kind: 'vpn', vpn }));
  });
  const entry = entries.find((e) => advertises(walker, e, pkt.dst));
  if (!entry) {
    const names = entries.map((e) => (e.kind === 'vpn' ? e.vpn.id : `${e.dx.id} (to ${e.association.gateway})`));
    const why = entries.length === 0 ? `no VPN or Direct Connect association uses ${network.via.join(', ')}` : `none of ${names.join(', ')} has a tunnel up to a gateway that advertises it (Direct Connect to a transit gateway advertises only its allowed prefixes)`;
    return walker.drop('NO_ROUTE', networkId, entries[0]?.kind === 'dx' ? 'dx' : 'vpn', networkId, undefined, 'no route on premises', `${networkId} has no route to ${formatIpv4(pkt.dst)}: ${why}`);
  }
  if (entry.kind === 'dx') {
    const { dx, association } = entry;
    if (walker.on) walker.hop(dx.id, 'dx', 'forward', dx.id, undefined, `${dx.id} → ${association.gateway}`, `from ${networkId} (${formatIpv4(pkt.src)}) over Direct Connect through ${dx.id} to ${association.gateway}${association.onTgw ? ', which advertised it as an allowed prefix' : ''}`);
    if (!association.onTgw) return intoVpc(walker, association.gateway, pkt);
    const next = walker.tgwRoute(association.gateway, dx.id, association.routeTable, '', pkt, path);
    return 'kind' in next ? next : walker.walk(next, pkt, path);
  }
  const vpn = entry.vpn;
  if (walker.on) walker.hop(vpn.id, 'vpn', 'forward', vpn.id, undefined, tunnelText(vpn), `from ${networkId} (${formatIpv4(pkt.src)}) through customer gateway ${vpn.customerGateway} over the IPsec ${tunnelText(vpn)} to ${vpn.gateway}`);
  if (!vpn.onTgw) return intoVpc(walker, vpn.gateway, pkt);
  const next = walker.tgwRoute(vpn.gateway, vpn.id, vpn.routeTable, '', pkt, path);
  return 'kind' in next ? next : walker.walk(next, pkt, path);
}
