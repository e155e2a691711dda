/**
 * One leg of a connection: a sender opens it to a receiver (an interface, a load balancer
 * node, an external network). The forward walk ends with the receiver's security groups;
 * the reply walk brings the answer back to the sender by the same NAT, gateway and
 * appliances, or reports why it cannot.
 */
import { matchSecurityGroups, lookupRoute, type CompiledSecurityGroup } from './compile.ts';
import { WIDE_EPHEMERAL, type Iface, type PortRange, type SimContext } from './context.ts';
import { formatIpv4, isPrivateIpv4 } from './ipv4.ts';
import type { Recorder } from './recorder.ts';
import type { Protocol, Reason } from './types.ts';
import { fromOnPremises } from './hybrid-walk.ts';
import { newLegPath, Walker, type Arrival, type LegPath, type Packet } from './walk.ts';

/** Who opens a leg. */
export interface Sender {
  /** The resource that sends: an interface's owner, an external network, a VPC link. */
  readonly id: string;
  readonly iface: Iface | undefined;
  /** Source address on the wire (a load balancer preserving the client's IP sends with the client's). */
  readonly ip: number;
  /** Security groups that identify the sender to referencing rules. */
  readonly groups: readonly string[];
  /** Ephemeral ports of whoever originated the connection (NACL-EPHEM). */
  readonly ephemeral: PortRange;
  /** The sender preserves the client's address; the load balancer returns the reply itself (NLB-CIP). */
  readonly preservesClient?: boolean;
}

/** Who a leg is addressed to. */
export type Receiver =
  | { readonly kind: 'iface'; readonly iface: Iface }
  | { readonly kind: 'external'; readonly id: string; readonly ip: number }
  | { readonly kind: 'address'; readonly ip: number };

export type LegOutcome =
  | { readonly ok: true; readonly seenSrc: number; readonly path: LegPath; readonly dstIp: number; readonly receiverIface: Iface | undefined }
  | { readonly ok: false; readonly reason: Reason; readonly at: string };

export interface LegContext {
  readonly ctx: SimContext;
  readonly forward: Recorder;
  readonly reply: Recorder;
  readonly protocol: Protocol;
  /** The HTTP Host or TLS SNI the flow names (Flow.host). */
  readonly host?: string | undefined;
}

function groupsOf(ctx: SimContext, ids: readonly string[]): CompiledSecurityGroup[] {
  const groups: CompiledSecurityGroup[] = [];
  for (const id of ids) {
    const group = ctx.securityGroups.get(id);
    if (group) groups.push(group);
  }
  return groups;
}

/** The address to send to: private when routable from the sender, else the public one. */
export function receiverAddress(ctx: SimContext, sender: Sender, receiver: Receiver): { ip: number; viaPublic: boolean } {
  if (receiver.kind !== 'iface') return { ip: receiver.ip, viaPublic: false };
  const iface = receiver.iface;
  if (iface.publicIp === undefined) return { ip: iface.ip, viaPublic: false };
  // An on-premises network reached over a VPN sends to the private address.
  if (!sender.iface && isPrivateIpv4(sender.ip) && ctx.hybrid.networks.get(sender.id)?.via.length) return { ip: iface.ip, viaPublic: false };
  if (!sender.iface) return { ip: iface.publicIp, viaPublic: true };
  if (sender.iface.subnet.vpc === iface.subnet.vpc) return { ip: iface.ip, viaPublic: false };
  const table = sender.iface.subnet.routeTable;
  const route = table ? lookupRoute(table, iface.ip) : undefined;
  const kind = route ? ctx.index.get(route.target)?.kind : undefined;
  const privatePath = route !== undefined && kind !== 'internet-gateway' && kind !== 'nat-gateway';
  return privatePath ? { ip: iface.ip, viaPublic: false } : { ip: iface.publicIp, viaPublic: true };
}

/** Security-group references hold within a VPC, across an active same-Region peering, or a TGW with referencing on (SG-REF). */
function referencesValid(ctx: SimContext, sender: Sender, receiver: Iface, path: LegPath): boolean {
  if (path.internet || path.nats.length > 0 || path.middleboxes.length > 0 || !sender.iface) return false;
  if (path.tgwIngress && path.tgwEgress) {
    return (ctx.tgwReferencing.get(path.tgwIngress.tgw) ?? false) && path.tgwIngress.sgReferencing && path.tgwEgress.sgReferencing;
  }
  if (sender.iface.subnet.vpc === receiver.subnet.vpc) return true;
  return path.peering !== undefined && path.peering.active && path.peering.sameRegion;
}

/** Egress references are checked before the walk: same VPC or a direct active same-Region peering (TGW: inbound only). */
function egressReferencesValid(ctx: SimContext, from: Iface, to: Iface): boolean {
  const a = from.subnet.vpc.id;
  const b = to.subnet.vpc.id;
  if (a === b) return true;
  for (const peering of ctx.peerings.values()) {
    if (peering.active && peering.sameRegion && ((peering.a === a && peering.b === b) || (peering.a === b && peering.b === a))) return true;
  }
  return false;
}

function describePorts(protocol: Protocol, port: number): string {
  return protocol === 'icmp' || protocol === 'all' ? protocol : `${protocol}/${port}`;
}

/** What a leg that did not arrive comes to: the drop's reason and place, or no route from the sender. */
function legFailed(arrival: Arrival, senderId: string): LegOutcome {
  return arrival.kind === 'drop' ? { ok: false, reason: arrival.reason, at: arrival.at } : { ok: false, reason: 'NO_ROUTE', at: senderId };
}

export function runLeg(lc: LegContext, sender: Sender, receiver: Receiver, port: number): LegOutcome {
  const { ctx, forward: rec, protocol } = lc;
  const target = receiverAddress(ctx, sender, receiver);
  const receiverIface = receiver.kind === 'iface' ? receiver.iface : undefined;
  const walker = new Walker(ctx, rec, false, receiverIface?.subnet.azKey, lc.host);
  const path = newLegPath();

  // 1. Security-group egress at the sender's interface.
  if (sender.iface && sender.iface.groups.length > 0) {
    const groups = groupsOf(ctx, sender.iface.groups);
    const remoteGroups = receiverIface && egressReferencesValid(ctx, sender.iface, receiverIface) ? receiverIface.groups : [];
    const rule = matchSecurityGroups(groups, 'egress', protocol, port, target.ip, remoteGroups);
    if (!rule) {
      const note = `${sender.iface.groups.join(', ')} allow no ${describePorts(protocol, port)} to ${formatIpv4(target.ip)}`;
      return legFailed(walker.drop('SG_DENY', groups[0]!.id, 'sg-egress', sender.iface.resource.id, groups[0]!.noEgress, 'no match', note, sender.iface.fact), sender.id);
    }
    if (rec.on) {
      const note = `${sender.id} (${senderAddress(sender)}) may send ${describePorts(protocol, port)} to ${formatIpv4(target.ip)}`;
      walker.hop(rule.group, 'sg-egress', 'allow', sender.iface.resource.id, rule.decider, rule.text, note, sender.iface.fact);
    }
  }

  // 2. The walk.
  const pkt: Packet = { src: sender.ip, dst: target.ip, protocol, lo: port, hi: port };
  let arrival: Arrival;
  if (sender.iface) {
    arrival = walker.walk(sender.iface.subnet, pkt, path);
  } else if (isPrivateIpv4(sender.ip)) {
    const over = fromOnPremises(walker, sender.id, pkt, path);
    if (over) arrival = over;
    else return legFailed(walker.drop('NO_ROUTE', sender.id, 'route', sender.id, undefined, 'no VPN or Direct Connect', `${sender.id} (${formatIpv4(sender.ip)}) is a private network; the design has no VPN or Direct Connect path from it`), sender.id);
  } else {
    if (rec.on) walker.hop(sender.id, 'route', 'forward', sender.id, undefined, 'the internet', `${formatIpv4(sender.ip)} sends to ${formatIpv4(target.ip)} over the internet`);
    arrival = walker.fromInternet(pkt, path, sender.id);
  }
  if (arrival.kind === 'internet') {
    path.internet = true;
    if (receiver.kind === 'external' || (receiver.kind === 'address' && !isPrivateIpv4(receiver.ip))) {
      if (isPrivateIpv4(target.ip)) {
        const at = receiver.kind === 'external' ? receiver.id : sender.id;
        return legFailed(walker.drop('NO_ROUTE', at, 'deliver', at, undefined, 'private address', `${formatIpv4(target.ip)} is a private address: the internet does not route it`), sender.id);
      }
      const there = receiver.kind === 'external' ? receiver.id : 'internet';
      const service = path.gatewayEndpoint ? ` at ${path.gatewayEndpoint.service}` : '';
      if (rec.on) walker.hop(there, 'deliver', 'allow', there, undefined, formatIpv4(target.ip), `arrives${service} from ${formatIpv4(pkt.src)}`);
      return { ok: true, seenSrc: pkt.src, path, dstIp: target.ip, receiverIface: undefined };
    }
    arrival = walker.fromInternet(pkt, path, sender.id);
  }
  if (arrival.kind === 'drop') return legFailed(arrival, sender.id);
  if (arrival.kind === 'external') {
    const wanted = receiver.kind === 'external' ? receiver.id : receiver.kind === 'address' ? arrival.id : undefined;
    if (wanted !== arrival.id) return legFailed(walker.drop('WRONG_DESTINATION', arrival.id, 'deliver', arrival.id, undefined, formatIpv4(pkt.dst), `${formatIpv4(pkt.dst)} is delivered to ${arrival.id}, not to ${receiver.kind === 'iface' ? receiver.iface.resource.id : 'the destination'}`), sender.id);
    if (rec.on) walker.hop(arrival.id, 'deliver', 'allow', arrival.id, undefined, formatIpv4(pkt.dst), `arrives in ${arrival.id} from ${formatIpv4(pkt.src)}`);
    return { ok: true, seenSrc: pkt.src, path, dstIp: pkt.dst, receiverIface: undefined };
  }
  if (arrival.kind === 'internet') return legFailed(walker.drop('NO_ROUTE', sender.id, 'deliver', sender.id, undefined, 'internet', 'the packet left for the internet again'), sender.id);

  // 3. Did it arrive where it was sent?
  if (receiver.kind === 'external') {
    const where = arrival.kind === 'iface' ? arrival.iface.resource.id : arrival.subnet.id;
    return legFailed(walker.drop('WRONG_DESTINATION', where, 'deliver', where, undefined, formatIpv4(pkt.dst), `${formatIpv4(pkt.dst)} is delivered inside ${where}, not to ${receiver.id}`, arrival.kind === 'iface' ? arrival.iface.fact : undefined), sender.id);
  }
  if (receiver.kind === 'address') {
    if (arrival.kind === 'iface') return arriveAt(lc, walker, sender, arrival.iface, pkt, path, port);
    if (rec.on) walker.hop(arrival.subnet.id, 'deliver', 'allow', arrival.subnet.id, undefined, formatIpv4(pkt.dst), `delivered into ${arrival.subnet.id}; no interface in the design has this address, so no security group is evaluated`);
    return { ok: true, seenSrc: pkt.src, path, dstIp: target.ip, receiverIface: undefined };
  }
  if (arrival.kind !== 'iface' || arrival.iface !== receiver.iface) {
    const where = arrival.kind === 'iface' ? arrival.iface.resource.id : arrival.subnet.id;
    return legFailed(walker.drop('WRONG_DESTINATION', where, 'deliver', where, undefined, formatIpv4(pkt.dst), `${formatIpv4(pkt.dst)} is delivered to ${where}, not to ${receiver.iface.resource.id}`, arrival.kind === 'iface' ? arrival.iface.fact : undefined), sender.id);
  }
  return arriveAt(lc, walker, sender, receiver.iface, pkt, path, port);
}

function arriveAt(lc: LegContext, walker: Walker, sender: Sender, iface: Iface, pkt: Packet, path: LegPath, port: number): LegOutcome {
  const { ctx, forward: rec, protocol } = lc;
  const id = iface.resource.id;
  if (iface.resource.kind === 'nat-gateway') {
    // A NAT gateway is nobody's endpoint: only the replies of connections its VPC opened pass it.
    const nat = ctx.nats.get(id);
    const note = `${id} (${nat?.connectivity ?? 'public'} NAT gateway, ${pkt.dst === iface.ip ? describeAddress(iface) : formatIpv4(pkt.dst)}) drops a new connection from ${formatIpv4(pkt.src)}: a NAT gateway only translates connections that its VPC's subnets open, and accepts no inbound connection (NAT-MISC)`;
    walker.drop('NAT_NO_INBOUND', id, 'nat', id, undefined, 'no inbound connections', note, iface.fact);
    return { ok: false, reason: 'NAT_NO_INBOUND', at: id };
  }
  if (iface.groups.length > 0) {
    const groups = groupsOf(ctx, iface.groups);
    const refs = referencesValid(ctx, sender, iface, path);
    const rule = matchSecurityGroups(groups, 'ingress', protocol, port, pkt.src, refs ? sender.groups : []);
    if (!rule) {
      const why = sender.groups.length > 0 && !refs ? ' (references to the sender\'s groups do not hold on this path: SG-REF)' : '';
      const note = `${iface.groups.join(', ')} on ${id} allow no ${describePorts(protocol, port)} from ${formatIpv4(pkt.src)}${why}`;
      walker.drop('SG_DENY', groups[0]!.id, 'sg-ingress', id, groups[0]!.noIngress, 'no match', note, iface.fact);
      return { ok: false, reason: 'SG_DENY', at: groups[0]!.id };
    }
    if (rec.on) {
      const note = `${id} (${describeAddress(iface)}) accepts ${describePorts(protocol, port)} from ${formatIpv4(pkt.src)}`;
      walker.hop(rule.group, 'sg-ingress', 'allow', id, rule.decider, rule.text, note, iface.fact);
    }
  } else if (rec.on && iface.resource.kind !== 'nlb') {
    // An NLB without groups says so at its listener.
    walker.hop(id, 'deliver', 'allow', id, undefined, 'no security group', `${id} (${iface.ipText}) has no security group: nothing filters here`, iface.fact);
  }
  return { ok: true, seenSrc: pkt.src, path, dstIp: pkt.dst, receiverIface: iface };
}

/** The reply of a leg that arrived; undefined when it gets back. */
/** Where a reply that did not get back ended: the drop's reason and place, or an asymmetric path. */
function replyFailed(arrival: Arrival, senderId: string): { reason: Reason; at: string } {
  return arrival.kind === 'drop' ? { reason: arrival.reason, at: arrival.at } : { reason: 'ASYMMETRIC', at: senderId };
}

export function replyLeg(
  lc: LegContext,
  sender: Sender,
  receiver: Receiver,
  outcome: Extract<LegOutcome, { ok: true }>,
  port: number,
): { reason: Reason; at: string } | undefined {
  const { ctx, reply: rec, protocol } = lc;
  const path = outcome.path;
  // The reply starts in the receiver's VPC: it entered nothing by a peering yet.
  path.enteredByPeering = undefined;
  const walker = new Walker(ctx, rec, true, sender.iface?.subnet.azKey, lc.host);
  const replySrc = outcome.receiverIface?.ip ?? outcome.dstIp;
  const natCount = path.nats.length;
  const firstRange = natCount > 0 ? WIDE_EPHEMERAL : sender.ephemeral;
  const pkt: Packet = { src: replySrc, dst: outcome.seenSrc, protocol, lo: firstRange.lo, hi: firstRange.hi };
  if (protocol === 'icmp' || protocol === 'all') {
    pkt.lo = port;
    pkt.hi = port;
  }

  // A load balancer that preserves the client's address returns the reply itself.
  if (sender.preservesClient && sender.iface && outcome.receiverIface) {
    const from = outcome.receiverIface.subnet;
    if (from !== sender.iface.subnet) {
      const out = walker.nacl(from, 'out', pkt);
      if (out) return replyFailed(out, sender.id);
      const inbound = walker.nacl(sender.iface.subnet, 'in', pkt);
      if (inbound) return replyFailed(inbound, sender.id);
    }
    if (rec.on) walker.hop(sender.id, 'load-balancer', 'forward', sender.id, undefined, 'client IP preservation', `the reply to ${formatIpv4(pkt.dst)} goes back through ${sender.id}, which tracks the flow (NLB-CIP)`, sender.iface.fact);
    return undefined;
  }

  let arrival: Arrival;
  if (receiver.kind === 'iface' && outcome.receiverIface) arrival = walker.walk(outcome.receiverIface.subnet, pkt, path);
  else if (outcome.receiverIface === undefined && receiver.kind === 'address' && isPrivateIpv4(receiver.ip)) {
    // A bare address in a subnet: reply from that subnet.
    const subnet = [...ctx.subnets.values()].find((s) => s.range.first <= receiver.ip && receiver.ip <= s.range.last);
    if (!subnet) return undefined;
    arrival = walker.walk(subnet, pkt, path);
  } else if (path.gatewayEndpoint) {
    arrival = walker.fromGatewayEndpoint(pkt, path);
  } else {
    const there = receiver.kind === 'external' ? receiver.id : 'internet';
    // An on-premises network answers over its VPN.
    const over = receiver.kind === 'external' && isPrivateIpv4(receiver.ip) ? fromOnPremises(walker, receiver.id, pkt, path) : undefined;
    if (over) arrival = over;
    else {
      if (rec.on) walker.hop(there, 'route', 'forward', there, undefined, 'the internet', `the reply goes back over the internet to ${formatIpv4(pkt.dst)}`);
      arrival = walker.fromInternet(pkt, path, receiver.kind === 'external' ? receiver.id : sender.id);
    }
  }
  let undone = natCount;
  for (let guard = 0; guard < 8; guard++) {
    if (arrival.kind === 'drop') return replyFailed(arrival, sender.id);
    if (arrival.kind === 'external') {
      if (sender.iface || arrival.id !== sender.id) break;
      if (rec.on) walker.hop(sender.id, 'deliver', 'allow', sender.id, undefined, formatIpv4(pkt.dst), `the reply reaches ${sender.id}`);
      return undefined;
    }
    if (arrival.kind === 'internet') {
      if (!sender.iface && pkt.dst === sender.ip) {
        const skipped = bypassed(walker, path);
        if (skipped) return skipped;
        if (rec.on) walker.hop(sender.id, 'deliver', 'allow', sender.id, undefined, formatIpv4(pkt.dst), `the reply reaches ${sender.id}`);
        return undefined;
      }
      arrival = walker.fromInternet(pkt, path, sender.id);
      continue;
    }
    if (arrival.kind === 'iface' && arrival.iface.resource.kind === 'nat-gateway' && undone > 0 && path.nats[undone - 1]?.id === arrival.iface.resource.id) {
      undone--;
      const original = path.natOriginals[undone]!;
      const nat = arrival.iface;
      if (rec.on) walker.hop(nat.resource.id, 'nat', 'translate', nat.resource.id, undefined, 'connection tracking', `destination ${formatIpv4(pkt.dst)} becomes ${formatIpv4(original)} again`, nat.fact);
      pkt.dst = original;
      const range = undone > 0 ? WIDE_EPHEMERAL : sender.ephemeral;
      if (protocol === 'tcp' || protocol === 'udp') {
        pkt.lo = range.lo;
        pkt.hi = range.hi;
      }
      arrival = walker.walk(arrival.iface.subnet, pkt, path);
      continue;
    }
    break;
  }
  if (arrival.kind === 'drop') return replyFailed(arrival, sender.id);
  const home = sender.iface;
  if (arrival.kind !== 'iface' || !home || arrival.iface !== home || undone > 0) {
    const where = arrival.kind === 'iface' ? arrival.iface.resource.id : arrival.kind === 'address' ? arrival.subnet.id : arrival.kind === 'external' ? arrival.id : sender.id;
    // The route table that sent the reply astray decides the hop, and the note names it too.
    const table = walker.lastTable;
    const at = table ?? where;
    const route = table ? walker.lastRoute : undefined;
    const by = table ? `${table}${walker.lastSubnet ? ` (the route table of ${walker.lastSubnet})` : ''}${route ? `, by ${route.text},` : ''}` : 'the network';
    walker.drop('ASYMMETRIC', at, 'route', walker.lastSubnet ?? where, route?.decider, route?.text ?? formatIpv4(pkt.dst), `the reply to ${formatIpv4(pkt.dst)} is routed by its destination only: ${by} sends it to ${where}, not back to ${sender.id} (PEER-URPF)`);
    return { reason: 'ASYMMETRIC', at };
  }
  const skipped = bypassed(walker, path);
  if (skipped) return skipped;
  if (rec.on) walker.hop(sender.id, 'deliver', 'allow', sender.id, undefined, home.ipText, `the reply reaches ${sender.id}; security groups are stateful and let it in`, home.fact);
  return undefined;
}

/** An interface's address, saying when it was derived from the subnet CIDR. */
export function describeAddress(iface: Iface): string {
  return iface.derivedIp ? `${iface.ipText}, derived from ${iface.subnet.id} ${iface.subnet.range.text}` : iface.ipText;
}

function senderAddress(sender: Sender): string {
  return sender.iface && sender.iface.ip === sender.ip ? describeAddress(sender.iface) : formatIpv4(sender.ip);
}

/** A stateful appliance the request went through and the reply did not. */
function bypassed(walker: Walker, path: LegPath): { reason: Reason; at: string } | undefined {
  const missing = path.middleboxes.find((m) => !walker.replyMiddleboxes.includes(m));
  if (!missing) return undefined;
  if (path.firewalls.has(missing)) {
    walker.drop('ASYMMETRIC', missing, 'firewall', missing, undefined, missing, `the reply bypasses ${missing}, whose endpoint in ${path.firewalls.get(missing)} saw the request: the stateful engine sees one direction only and drops the flow (NFW-ASYMMETRIC)`);
    return { reason: 'ASYMMETRIC', at: missing };
  }
  const appliance = path.gwlbFlows.get(missing);
  if (appliance) {
    walker.drop('ASYMMETRIC', missing, 'endpoint', missing, undefined, missing, `the reply bypasses ${missing}, through which the request reached appliance ${appliance}: the appliance sees one direction only and drops the flow (GWLB-ASYMMETRIC)`);
    return { reason: 'ASYMMETRIC', at: missing };
  }
  walker.drop('ASYMMETRIC', missing, 'middlebox', missing, undefined, missing, `the reply bypasses ${missing}, which saw the request: a stateful appliance needs both directions (TGW-APPLIANCE)`);
  return { reason: 'ASYMMETRIC', at: missing };
}
