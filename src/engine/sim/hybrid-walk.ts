/**
 * The walk across a Site-to-Site VPN: out of a VPC through its virtual private gateway, or
 * out of a transit gateway through a VPN attachment, to the on-premises network behind the
 * customer gateway; and in from that network to the gateway that advertises the destination.
 */
import type { RouteEntry } from './compile.ts';
import type { SubnetInfo, VpcInfo } from './context.ts';
import { learnedRouteFor, networkBehind, tunnelText, type VpnInfo } from './hybrid.ts';
import { formatIpv4, inAny } from './ipv4.ts';
import type { Arrival, LegPath, Packet, Walker } from './walk.ts';

/** A route table sent the packet to a virtual private gateway: the VPN it learned the block from carries it. */
export function toOnPremises(walker: Walker, vpc: VpcInfo, vgwId: string, route: RouteEntry, pkt: Packet): Arrival {
  const vgw = walker.ctx.hybrid.vgws.get(vgwId);
  if (!vgw || vgw.vpc !== vpc.id) return walker.drop('BLACKHOLE', vgwId, 'vgw', vgwId, undefined, vgwId, `${vgwId} is not attached to ${vpc.id}`);
  const learned = learnedRouteFor(vgw.learned, pkt.dst);
  if (!learned) {
    return walker.drop('NO_ROUTE', vgwId, 'vgw', vgwId, undefined, 'no VPN route', `${vgwId} has learned no route for ${formatIpv4(pkt.dst)}: none of its VPNs has a tunnel up with a static route or a BGP-advertised network holding it (VPN-STATIC)`);
  }
  if (walker.on) {
    const how = route.priority === 2 ? 'propagated into the table by the gateway' : 'a static route in the table';
    walker.hop(vgwId, 'vgw', 'forward', vgwId, undefined, `${learned.range.text} via ${learned.vpn} (${learned.origin})`, `the subnet's route to ${vgwId} is ${how}; the gateway learned ${learned.range.text} from ${learned.vpn} (${learned.origin === 'static' ? 'a static VPN route' : 'advertised by the customer gateway over BGP'})`);
  }
  return overVpn(walker, walker.ctx.hybrid.vpns.get(learned.vpn)!, pkt);
}

/** Across the VPN's tunnel to the on-premises network behind its customer gateway. */
export function overVpn(walker: Walker, vpn: VpnInfo, pkt: Packet): Arrival {
  if (vpn.tunnelsUp.length === 0) return walker.drop('NO_ROUTE', vpn.id, 'vpn', vpn.id, undefined, 'no tunnel up', `both tunnels of ${vpn.id} are down: nothing crosses it (VPN-TUNNELS)`);
  const network = networkBehind(walker.ctx.hybrid, vpn, pkt.dst);
  if (!network) {
    return walker.drop('NO_ROUTE', vpn.id, 'vpn', vpn.id, undefined, tunnelText(vpn), `${formatIpv4(pkt.dst)} is in no on-premises network reached through customer gateway ${vpn.customerGateway}`);
  }
  if (walker.on) walker.hop(vpn.id, 'vpn', 'forward', vpn.id, undefined, tunnelText(vpn), `over the IPsec ${tunnelText(vpn)} to customer gateway ${vpn.customerGateway} (${vpn.deviceIp}), into ${network.id} ${network.range.text}`);
  return { kind: 'external', id: network.id };
}

/** Does the AWS end of this VPN advertise a way to `ip` (its VPC's blocks, or its TGW table's routes)? */
function advertises(walker: Walker, vpn: VpnInfo, ip: number): boolean {
  const ctx = walker.ctx;
  if (!vpn.onTgw) {
    const vpc = ctx.vpcs.get(ctx.hybrid.vgws.get(vpn.gateway)?.vpc ?? '');
    return vpc !== undefined && inAny(vpc.cidrs, ip);
  }
  const routes = vpn.routeTable ? ctx.tgwTables.get(vpn.routeTable) : undefined;
  return routes?.some((r) => !r.blackhole && r.range.first <= ip && ip <= r.range.last) ?? false;
}

/**
 * From an on-premises network: through the first of its VPNs (in design order) with a tunnel
 * up whose gateway advertises the destination; the reply of a flow comes back the same way.
 */
export function fromOnPremises(walker: Walker, networkId: string, pkt: Packet, path: LegPath): Arrival | undefined {
  const ctx = walker.ctx;
  const network = ctx.hybrid.networks.get(networkId);
  if (!network || network.via.length === 0) return undefined;
  const vpns = network.via.flatMap((cgw) => ctx.hybrid.vpnsByCustomerGateway.get(cgw) ?? []);
  const vpn = vpns.find((v) => v.tunnelsUp.length > 0 && advertises(walker, v, pkt.dst));
  if (!vpn) {
    const up = vpns.filter((v) => v.tunnelsUp.length > 0).map((v) => v.id);
    const why = vpns.length === 0 ? `no VPN uses its customer gateways (${network.via.join(', ')})` : up.length === 0 ? `no tunnel of ${vpns.map((v) => v.id).join(', ')} is up` : `none of ${up.join(', ')} leads to a gateway that advertises it`;
    return walker.drop('NO_ROUTE', networkId, 'vpn', networkId, undefined, 'no route on premises', `${networkId} has no route to ${formatIpv4(pkt.dst)}: ${why}`);
  }
  if (walker.on) walker.hop(vpn.id, 'vpn', 'forward', vpn.id, undefined, tunnelText(vpn), `from ${networkId} (${formatIpv4(pkt.src)}) through customer gateway ${vpn.customerGateway} over the IPsec ${tunnelText(vpn)} to ${vpn.gateway}`);
  if (vpn.onTgw) {
    const next = walker.tgwRoute(vpn.gateway, vpn.id, vpn.routeTable, '', pkt, path);
    return 'kind' in next ? next : walker.walk(next, pkt, path);
  }
  const vpc = ctx.vpcs.get(ctx.hybrid.vgws.get(vpn.gateway)!.vpc!)!;
  const dest: SubnetInfo | undefined = walker.subnetOf(vpc, pkt.dst);
  if (!dest) return walker.drop('NO_ROUTE', vpn.gateway, 'vgw', vpn.gateway, undefined, vpn.gateway, `no subnet of ${vpc.id} holds ${formatIpv4(pkt.dst)}`);
  if (walker.on) walker.hop(vpn.gateway, 'vgw', 'forward', vpn.gateway, undefined, vpc.id, `into ${vpc.id}: ${formatIpv4(pkt.dst)} is delivered to ${dest.id}`);
  const inbound = walker.nacl(dest, 'in', pkt);
  if (inbound) return inbound;
  return walker.deliver(dest, pkt);
}
