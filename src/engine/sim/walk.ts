/**
 * The packet walk between two interfaces: leave the subnet (NACL out), look up the route,
 * follow the target (local, peering, NAT, internet gateway, transit gateway, middlebox),
 * enter the destination subnet (NACL in). The same walk carries the reply, routed by its
 * destination only, with reply codes and the same-way-back checks (PEER-URPF, TGW-APPLIANCE).
 * Security groups are checked by the caller, which knows who is talking to whom.
 */
import { lookupRoute, evaluateNacl, matchSecurityGroups, type CompiledSecurityGroup } from './compile.ts';
import type { AttachmentInfo, Iface, NatInfo, PeeringInfo, SimContext, SubnetInfo, VpcInfo } from './context.ts';
import { formatIpv4, inAny, isPrivateIpv4 } from './ipv4.ts';
import { firstHolding } from './prefixLookup.ts';
import type { Recorder } from './recorder.ts';
import { overDx, overPeering, overVpn, peeringPropagationNote, toOnPremises } from './hybrid-walk.ts';
import type { Decider, ForwardStep, HopInterface, Protocol, Reason } from './types.ts';
import type { ResourceOf } from '../model/resources.ts';
import { serviceRegion } from '../net/service-name.ts';
import { evaluateFirewall } from './firewall.ts';
import { throughGwlbEndpoint } from './gwlb-walk.ts';

/** A packet in flight; `lo`..`hi` is its destination port (one port, or the reply's ephemeral range). */
export interface Packet {
  src: number;
  dst: number;
  readonly protocol: Protocol;
  lo: number;
  hi: number;
}

/** What one leg of a connection went through, for the reply and for security-group references. */
export interface LegPath {
  peering: PeeringInfo | undefined;
  /** The VPC the packet entered by a peering; it may only be delivered there (PEER-NO-TRANSIT). */
  enteredByPeering: string | undefined;
  tgwIngress: AttachmentInfo | undefined;
  tgwEgress: AttachmentInfo | undefined;
  /** Attachment → the subnet a flow uses in it (appliance mode keeps it for the reply). */
  readonly tgwSubnets: Map<string, SubnetInfo>;
  readonly middleboxes: string[];
  /** Network Firewall → the AZ of the endpoint the request went through (the reply must come back there). */
  readonly firewalls: Map<string, string>;
  /** GWLB endpoint → the appliance its load balancer keeps the flow on (the reply must come back there). */
  readonly gwlbFlows: Map<string, string>;
  readonly nats: NatInfo[];
  /** The source address each NAT replaced, in the same order as `nats`. */
  readonly natOriginals: number[];
  /** The internet gateway the request came in through from the internet. */
  igwIn: string | undefined;
  /** The packet crossed the internet. */
  internet: boolean;
  /** The gateway endpoint the request left its VPC by, to S3 or DynamoDB; the reply comes back through it. */
  gatewayEndpoint: { readonly id: string; readonly service: string; readonly vpc: string } | undefined;
}

export function newLegPath(): LegPath {
  return {
    peering: undefined,
    enteredByPeering: undefined,
    tgwIngress: undefined,
    tgwEgress: undefined,
    tgwSubnets: new Map(),
    middleboxes: [],
    firewalls: new Map(),
    gwlbFlows: new Map(),
    nats: [],
    natOriginals: [],
    igwIn: undefined,
    internet: false,
    gatewayEndpoint: undefined,
  };
}

export type Arrival =
  | { readonly kind: 'iface'; readonly iface: Iface }
  /** Delivered into a subnet, but no interface in the design has the address. */
  | { readonly kind: 'address'; readonly subnet: SubnetInfo }
  | { readonly kind: 'internet' }
  /** Delivered to an on-premises network, over a VPN. */
  | { readonly kind: 'external'; readonly id: string }
  | { readonly kind: 'drop'; readonly reason: Reason; readonly at: string };

const MAX_TRANSITIONS = 16;

const REPLY_REASON: Partial<Record<Reason, Reason>> = {
  NACL_DENY: 'REPLY_NACL_DENY',
  NO_ROUTE: 'REPLY_NO_ROUTE',
  BLACKHOLE: 'REPLY_BLACKHOLE',
};

export class Walker {
  /** For the reply: forward middleboxes the reply has crossed so far. */
  readonly replyMiddleboxes: string[] = [];
  /** The last route table consulted, and its subnet: where a misrouted reply went astray. */
  lastTable: string | undefined;
  lastSubnet: string | undefined;
  /** Transit gateway peerings this packet has crossed: a second is not taken (TGW-PEERING-TRANSIT). */
  readonly peeringsCrossed: string[] = [];
  /** The route that matched in that table, if one did. */
  lastRoute: { readonly text: string; readonly decider: Decider } | undefined;

  constructor(
    readonly ctx: SimContext,
    readonly rec: Recorder,
    readonly reply: boolean,
    /** The destination's AZ key, for choosing a transit gateway attachment subnet. */
    readonly destinationAz: string | undefined,
    /** The HTTP Host or TLS SNI the flow names, for firewall domain lists. */
    readonly host?: string | undefined,
  ) {}

  get on(): boolean {
    return this.rec.on;
  }

  /** Records a hop: `box` is where it shows, `decided` what decided it (see Hop). */
  hop(
    resourceId: string,
    step: ForwardStep,
    decision: 'allow' | 'forward' | 'translate',
    box: string,
    decided: Decider | undefined,
    matched: string,
    note: string,
    iface?: HopInterface,
  ): void {
    this.rec.hop(resourceId, step, decision, box, decided, matched, note, iface, this.reply);
  }

  drop(reason: Reason, at: string, step: ForwardStep, box: string, decided: Decider | undefined, matched: string, note: string, iface?: HopInterface): Arrival {
    this.rec.hop(at, step, 'drop', box, decided, matched, note, iface, this.reply);
    return { kind: 'drop', reason: (this.reply && REPLY_REASON[reason]) || reason, at };
  }

  private ports(pkt: Packet): string {
    if (pkt.protocol === 'icmp' || pkt.protocol === 'all') return pkt.protocol;
    return pkt.lo === pkt.hi ? `${pkt.protocol}/${pkt.lo}` : `${pkt.protocol}/${pkt.lo}-${pkt.hi}`;
  }

  /** NACL at a subnet edge; returns a drop or undefined. */
  nacl(subnet: SubnetInfo, direction: 'in' | 'out', pkt: Packet): Arrival | undefined {
    const acl = subnet.nacl;
    const step: ForwardStep = direction === 'in' ? 'nacl-in' : 'nacl-out';
    if (!acl) return undefined;
    const remote = direction === 'in' ? pkt.src : pkt.dst;
    const verdict = evaluateNacl(direction === 'in' ? acl.inbound : acl.outbound, pkt.protocol, pkt.lo, pkt.hi, remote);
    if (verdict.allowed) {
      if (this.on) this.hop(acl.id, step, 'allow', subnet.id, verdict.entry!.decider, verdict.entry!.text, `${direction === 'in' ? 'entering' : 'leaving'} ${subnet.id}: ${this.ports(pkt)} ${direction === 'in' ? 'from' : 'to'} ${formatIpv4(remote)}`);
      return undefined;
    }
    const denied = pkt.protocol === 'tcp' || pkt.protocol === 'udp' ? ` ${pkt.protocol}/${verdict.deniedLo === verdict.deniedHi ? verdict.deniedLo : `${verdict.deniedLo}-${verdict.deniedHi}`}` : ` ${pkt.protocol}`;
    const replyHint = this.reply ? ` The reply goes to the originator's ephemeral ports ${pkt.lo}-${pkt.hi}; NACLs are stateless (NACL-EPHEM).` : '';
    return this.drop(
      'NACL_DENY',
      acl.id,
      step,
      subnet.id,
      verdict.entry?.decider ?? (direction === 'in' ? acl.implicitIn : acl.implicitOut),
      verdict.entry?.text ?? `${acl.id} implicit deny (*)`,
      `${direction === 'in' ? 'entering' : 'leaving'} ${subnet.id}:${denied} ${direction === 'in' ? 'from' : 'to'} ${formatIpv4(remote)} is denied.${replyHint}`,
    );
  }

  subnetOf(vpc: VpcInfo, ip: number): SubnetInfo | undefined {
    for (const subnet of vpc.subnets) if (subnet.range.first <= ip && ip <= subnet.range.last) return subnet;
    return undefined;
  }

  deliver(subnet: SubnetInfo, pkt: Packet): Arrival {
    const iface = this.ctx.byPrivateIp.get(subnet.vpc.id)?.get(pkt.dst);
    return iface ? { kind: 'iface', iface } : { kind: 'address', subnet };
  }

  /** Walks from an interface's subnet to the packet's destination. */
  walk(start: SubnetInfo, pkt: Packet, path: LegPath): Arrival {
    let subnet = start;
    for (let transitions = 0; transitions < MAX_TRANSITIONS; transitions++) {
      const vpc = subnet.vpc;
      if (subnet.range.first <= pkt.dst && pkt.dst <= subnet.range.last) {
        if (this.on) this.hop(subnet.id, 'route', 'forward', subnet.id, undefined, 'same subnet', `${formatIpv4(pkt.dst)} is in ${subnet.id} itself: traffic between interfaces of one subnet uses no route table and no NACL (RT-L2)`);
        return this.deliver(subnet, pkt);
      }
      const out = this.nacl(subnet, 'out', pkt);
      if (out) return out;
      const table = subnet.routeTable;
      if (!table) return this.drop('NO_ROUTE', subnet.id, 'route', subnet.id, undefined, 'no route table', `${subnet.id} has no route table and ${vpc.id} has no main one`);
      this.lastTable = table.id;
      this.lastSubnet = subnet.id;
      const route = lookupRoute(table, pkt.dst);
      this.lastRoute = route;
      if (!route) {
        return this.drop('NO_ROUTE', table.id, 'route', subnet.id, table.noRoute, 'no match', `no route in ${table.id} covers ${formatIpv4(pkt.dst)}${this.reply ? ': the reply cannot get back (PEER-ROUTES)' : ''}`);
      }
      const target = route.target;
      if (target === 'local') {
        const dest = this.subnetOf(vpc, pkt.dst);
        if (!dest) return this.drop('NO_ROUTE', table.id, 'route', subnet.id, route.decider, route.text, `no subnet of ${vpc.id} holds ${formatIpv4(pkt.dst)}`);
        if (this.on) this.hop(table.id, 'route', 'forward', subnet.id, route.decider, route.text, `${formatIpv4(pkt.dst)} stays in ${vpc.id}: delivered to ${dest.id}`);
        const inbound = this.nacl(dest, 'in', pkt);
        if (inbound) return inbound;
        return this.deliver(dest, pkt);
      }
      const kind = this.ctx.index.get(target)?.kind;
      if (path.enteredByPeering === vpc.id) {
        const transit = kind === 'vpc-peering' || kind === 'transit-gateway';
        return this.drop(
          transit ? 'PEERING_TRANSIT' : 'PEERING_EDGE',
          table.id,
          'route',
          subnet.id,
          route.decider,
          route.text,
          transit
            ? `the packet entered ${vpc.id} by peering ${path.peering?.id}; a peering is not transitive, it may only be delivered inside ${vpc.id} (PEER-NO-TRANSIT)`
            : `the packet entered ${vpc.id} by peering ${path.peering?.id}; the peer's gateways, NAT and endpoints cannot be used across a peering (PEER-NO-EDGE)`,
        );
      }
      // A private address sent to the internet is lost there: say so where the route sends it.
      if (isPrivateIpv4(pkt.dst) && (kind === 'internet-gateway' || (this.reply && kind === 'nat-gateway'))) {
        // After a NAT gateway the table is the NAT's subnet's, not the one the sender's route matched in: say how it got here.
        const nat = !this.reply ? path.nats.at(-1) : undefined;
        const via = nat && nat.iface?.subnet === subnet ? ` (it came through ${nat.id}, and ${table.id} is the route table of ${nat.id}'s subnet ${subnet.id})` : '';
        return this.drop('NO_ROUTE', table.id, 'route', subnet.id, route.decider, route.text, `no route in ${table.id} for the private address ${formatIpv4(pkt.dst)}${via}: only ${route.text} covers it, towards the internet, which does not route private addresses${this.reply ? ' (the reply has no way back: PEER-ROUTES)' : ''}`);
      }
      if (this.on) this.hop(table.id, 'route', 'forward', subnet.id, route.decider, route.text, `${formatIpv4(pkt.dst)} → ${target} (longest prefix /${route.prefix})`);
      let next: SubnetInfo | Arrival;
      switch (kind) {
        case 'vpc-peering':
          return this.peering(vpc, target, pkt, path);
        case 'internet-gateway':
          return this.internetGateway(vpc, target, pkt, path);
        case 'nat-gateway':
          next = this.natGateway(vpc, subnet, target, pkt, path);
          break;
        case 'transit-gateway':
          next = this.transitGateway(vpc, subnet, target, pkt, path);
          break;
        case 'virtual-private-gateway':
          return toOnPremises(this, vpc, target, route, pkt);
        case 'instance':
          next = this.middlebox(subnet, target, pkt, path);
          break;
        case 'vpc-endpoint':
          next = this.endpoint(subnet, target, pkt, path);
          break;
        case 'network-firewall':
          next = this.firewall(subnet, target, route.endpointAz ?? subnet.az, pkt, path);
          break;
        case 'gwlb-endpoint':
          next = throughGwlbEndpoint(this, subnet, target, pkt, path);
          break;
        case 'egress-only-internet-gateway':
          return this.drop('NO_ROUTE', target, 'igw', target, route.decider, route.text, 'an egress-only internet gateway carries IPv6 only; this is an IPv4 packet (EIGW)');
        case undefined:
          return this.drop('BLACKHOLE', table.id, 'route', subnet.id, route.decider, route.text, `${target} does not exist: the route is a blackhole (RT-BLACKHOLE)`);
        default:
          return this.drop('NOT_MODELLED', table.id, 'route', subnet.id, route.decider, route.text, `a route to a ${kind} is not simulated`);
      }
      if ('kind' in next) return next;
      subnet = next;
    }
    return this.drop('ROUTING_LOOP', subnet.id, 'route', subnet.id, undefined, 'loop', `the packet went through more than ${MAX_TRANSITIONS} gateways: a routing loop`);
  }

  private peering(vpc: VpcInfo, id: string, pkt: Packet, path: LegPath): Arrival {
    const peering = this.ctx.peerings.get(id)!;
    if (!peering.active) return this.drop('BLACKHOLE', id, 'peering', id, undefined, id, `${id} is pending acceptance: routes to it are blackholes (PEER-ROUTES)`);
    if (peering.a !== vpc.id && peering.b !== vpc.id) return this.drop('BLACKHOLE', id, 'peering', id, undefined, id, `${id} does not connect ${vpc.id}`);
    const peer = this.ctx.vpcs.get(peering.a === vpc.id ? peering.b : peering.a);
    if (!peer) return this.drop('BLACKHOLE', id, 'peering', id, undefined, id, `the other side of ${id} is missing`);
    if (!inAny(vpc.cidrs, pkt.src)) {
      return this.drop('PEERING_TRANSIT', id, 'peering', id, undefined, id, `${formatIpv4(pkt.src)} is not an address of ${vpc.id}: a peering carries only the two VPCs' own traffic (PEER-NO-TRANSIT)`);
    }
    if (!inAny(peer.cidrs, pkt.dst)) return this.beyondPeer(peer, id, pkt);
    const dest = this.subnetOf(peer, pkt.dst);
    if (!dest) return this.drop('NO_ROUTE', id, 'peering', id, undefined, id, `no subnet of ${peer.id} holds ${formatIpv4(pkt.dst)}`);
    if (this.on) this.hop(id, 'peering', 'forward', id, undefined, `${vpc.id} → ${peer.id}`, `enters ${peer.id}, delivered to ${dest.id}; ${peer.id} needs its own route back (PEER-ROUTES)`);
    path.peering = peering;
    path.enteredByPeering = peer.id;
    const inbound = this.nacl(dest, 'in', pkt);
    if (inbound) return inbound;
    return this.deliver(dest, pkt);
  }

  /** The peer would have to forward the packet on: say which edge it would have used. */
  private beyondPeer(peer: VpcInfo, peeringId: string, pkt: Packet): Arrival {
    // The most specific route any of the peer's tables has for the destination.
    let route: ReturnType<typeof lookupRoute>;
    for (const tableId of [peer.mainTable, ...peer.subnets.map((s) => s.routeTable?.id)]) {
      const table = tableId ? this.ctx.routeTables.get(tableId) : undefined;
      const found = table ? lookupRoute(table, pkt.dst) : undefined;
      if (found && found.target !== 'local' && (!route || found.prefix > route.prefix)) route = found;
    }
    if (route) {
      const kind = this.ctx.index.get(route.target)?.kind;
      if (kind === 'vpc-peering' || kind === 'transit-gateway') {
        return this.drop('PEERING_TRANSIT', peeringId, 'peering', peeringId, route.decider, route.text, `${formatIpv4(pkt.dst)} is not in ${peer.id}; ${peer.id} would send it on to ${route.target}, but peering is not transitive (PEER-NO-TRANSIT)`);
      }
      return this.drop('PEERING_EDGE', peeringId, 'peering', peeringId, route.decider, route.text, `${formatIpv4(pkt.dst)} is not in ${peer.id}; ${peer.id} would send it to ${route.target}, but a peer's internet gateway, NAT gateway and endpoints cannot be used across a peering (PEER-NO-EDGE)`);
    }
    return this.drop('PEERING_TRANSIT', peeringId, 'peering', peeringId, undefined, peeringId, `${formatIpv4(pkt.dst)} is not in ${peer.id}: a peering only delivers to the peer VPC's own addresses (PEER-NO-TRANSIT)`);
  }

  private internetGateway(vpc: VpcInfo, id: string, pkt: Packet, path: LegPath): Arrival {
    const igw = this.ctx.index.get(id);
    if (igw?.parent !== vpc.id) return this.drop('BLACKHOLE', id, 'igw', id, undefined, id, `${id} is not attached to ${vpc.id}`);
    const iface = this.ctx.byPrivateIp.get(vpc.id)?.get(pkt.src);
    const nat = iface?.resource.kind === 'nat-gateway' ? this.ctx.nats.get(iface.resource.id) : undefined;
    const fromPublicNat = this.ctx.byPublicIp.get(pkt.src)?.resource.kind === 'nat-gateway';
    if (vpc.blockPublicAccess === 'bidirectional' || (vpc.blockPublicAccess === 'ingress' && !fromPublicNat)) {
      return this.drop('BLOCK_PUBLIC_ACCESS', vpc.id, 'igw', vpc.id, undefined, `block public access: ${vpc.blockPublicAccess}`, `VPC Block Public Access on ${vpc.id} stops this internet traffic (BPA)`);
    }
    if (this.reply && path.igwIn !== id) {
      return this.drop('ASYMMETRIC', id, 'igw', id, undefined, id, `the request did not come in through ${id}: a reply sent out here would carry another source address`);
    }
    if (fromPublicNat) {
      if (this.on) this.hop(id, 'igw', 'forward', id, undefined, id, `to the internet from NAT gateway address ${formatIpv4(pkt.src)}`, iface?.fact);
      return { kind: 'internet' };
    }
    if (nat?.connectivity === 'private') {
      return this.drop('NAT_PRIVATE_IGW', id, 'igw', id, undefined, id, `${nat.id} is a private NAT gateway: its traffic carries private ${formatIpv4(pkt.src)} and is dropped at the internet gateway (NAT-PRIVATE)`, iface?.fact);
    }
    if (iface?.publicIp === undefined) {
      const who = iface ? iface.resource.id : formatIpv4(pkt.src);
      return this.drop('NO_PUBLIC_IP', id, 'igw', id, undefined, id, `${who} has no public IPv4 address or Elastic IP: the internet gateway cannot translate ${formatIpv4(pkt.src)} (IGW)`, iface?.fact);
    }
    if (this.on) {
      const stand = iface.derivedPublic ? ' (a stand-in address: the design gives none)' : '';
      this.hop(id, 'igw', 'translate', id, undefined, id, `source ${formatIpv4(pkt.src)} becomes ${iface.publicText}${stand}: 1:1 NAT to the public address`, iface.fact);
    }
    pkt.src = iface.publicIp;
    return { kind: 'internet' };
  }

  private natGateway(vpc: VpcInfo, from: SubnetInfo, id: string, pkt: Packet, path: LegPath): SubnetInfo | Arrival {
    const nat = this.ctx.nats.get(id)!;
    if (nat.vpc !== vpc.id) return this.drop('BLACKHOLE', id, 'nat', id, undefined, id, `${id} is not in ${vpc.id}`, nat.iface?.fact);
    if (this.reply) {
      return this.drop('ASYMMETRIC', id, 'nat', id, undefined, id, `the reply would leave through ${id} with a new source address; the requester would not recognise it (asymmetric path)`, nat.iface?.fact);
    }
    const natSubnet = nat.iface?.subnet ?? from;
    if (natSubnet !== from) {
      const inbound = this.nacl(natSubnet, 'in', pkt);
      if (inbound) return inbound;
    }
    let translated: number;
    let text: string;
    if (nat.connectivity === 'public') {
      if (nat.eip === undefined) return this.drop('NO_PUBLIC_IP', id, 'nat', id, undefined, id, `public NAT gateway ${id} has no Elastic IP (NAT-PUBLIC)`, nat.iface?.fact);
      translated = nat.eip;
      text = `${nat.eipText}, its Elastic IP${nat.iface?.derivedPublic ? ' (a stand-in address: the design gives none)' : ''}`;
    } else {
      if (!nat.iface) return this.drop('NOT_MODELLED', id, 'nat', id, undefined, id, `private NAT gateway ${id} has no subnet`);
      translated = nat.iface.ip;
      text = `${nat.iface.ipText}, its private IP${nat.iface.derivedIp ? ` (derived from ${natSubnet.range.text})` : ''}`;
    }
    if (this.on) this.hop(id, 'nat', 'translate', id, undefined, `${nat.connectivity} NAT`, `source ${formatIpv4(pkt.src)} becomes ${text}`, nat.iface?.fact);
    path.nats.push(nat);
    path.natOriginals.push(pkt.src);
    pkt.src = translated;
    return natSubnet;
  }

  private transitGateway(vpc: VpcInfo, from: SubnetInfo, tgw: string, pkt: Packet, path: LegPath): SubnetInfo | Arrival {
    const ingress = this.ctx.attachmentByVpcTgw.get(`${vpc.id}|${tgw}`);
    if (!ingress) return this.drop('NO_ROUTE', tgw, 'tgw-attachment', tgw, undefined, tgw, `${vpc.id} is not attached to ${tgw}`);
    const entry = ingress.subnets.find((s) => s.azKey === from.azKey);
    if (!entry) {
      return this.drop('TGW_NO_AZ', ingress.id, 'tgw-attachment', ingress.id, undefined, ingress.id, `${ingress.id} has no subnet in ${from.az}: traffic from ${from.id} cannot reach the transit gateway even though a route exists (TGW-AZ)`);
    }
    if (entry !== from) {
      const inbound = this.nacl(entry, 'in', pkt);
      if (inbound) return inbound;
    }
    if (this.on) this.hop(ingress.id, 'tgw-attachment', 'forward', ingress.id, undefined, `${entry.id} (${entry.az})`, `into ${tgw} through ${entry.id}`);
    return this.tgwRoute(tgw, ingress.id, ingress.routeTable, from.azKey, pkt, path, ingress);
  }

  /** The lookup in the TGW route table associated with the attachment a packet came in by, and where it leaves. */
  tgwRoute(tgw: string, ingressId: string, tableId: string | undefined, fromAz: string, pkt: Packet, path: LegPath, ingress?: AttachmentInfo): SubnetInfo | Arrival {
    const routes = tableId ? this.ctx.tgwTables.get(tableId) : undefined;
    if (!tableId || !routes) return this.drop('NO_ROUTE', ingressId, 'tgw-route', ingressId, undefined, 'no association', `${ingressId} is associated with no transit gateway route table (TGW-RT)`);
    const route = firstHolding(routes, pkt.dst);
    if (!route) return this.drop('NO_ROUTE', tgw, 'tgw-route', tgw, { kind: 'tgw-route', table: tableId, destination: undefined, attachment: undefined }, `${tableId}: no match`, `no route in ${tableId} covers ${formatIpv4(pkt.dst)}${peeringPropagationNote(this, tableId)}`);
    const routeText = `${tableId}: ${route.range.text} → ${route.blackhole ? 'blackhole' : route.attachment} (${route.priority === 0 ? 'static' : 'propagated'})`;
    if (route.blackhole) return this.drop('BLACKHOLE', tgw, 'tgw-route', tgw, route.decider, routeText, `a blackhole route in ${tableId} drops ${formatIpv4(pkt.dst)} (TGW-PRIO)`);
    const egress = this.ctx.attachments.get(route.attachment!);
    if (!egress) {
      const hybrid = this.ctx.hybrid;
      const vpn = hybrid.vpns.get(route.attachment!);
      if (vpn?.onTgw && vpn.gateway === tgw) {
        if (this.on) this.hop(tgw, 'tgw-route', 'forward', tgw, route.decider, routeText, `to on-premises over VPN ${vpn.id}`);
        return overVpn(this, vpn, pkt);
      }
      const dx = hybrid.dx.get(route.attachment!);
      if (dx?.associations.some((a) => a.gateway === tgw)) {
        if (this.on) this.hop(tgw, 'tgw-route', 'forward', tgw, route.decider, routeText, `to on-premises over Direct Connect through ${dx.id}`);
        return overDx(this, dx, pkt);
      }
      const peering = hybrid.peerings.get(route.attachment!);
      if (peering && (peering.requester === tgw || peering.accepter === tgw)) {
        if (this.on) this.hop(tgw, 'tgw-route', 'forward', tgw, route.decider, routeText, `to the peer transit gateway over ${peering.id}`);
        return overPeering(this, peering, tgw, fromAz, pkt, path);
      }
      return this.drop('BLACKHOLE', tgw, 'tgw-route', tgw, route.decider, routeText, `attachment ${route.attachment} does not exist`);
    }
    const exit = this.attachmentSubnet(egress, fromAz, path);
    if (!exit) return this.drop('TGW_NO_AZ', egress.id, 'tgw-attachment', egress.id, undefined, egress.id, `${egress.id} has no subnets`);
    if (this.on) this.hop(tgw, 'tgw-route', 'forward', tgw, route.decider, routeText, `to ${egress.vpc} through ${exit.id} (${exit.az}); that subnet's route table is used from there (TGW-AZ)`);
    if (ingress) path.tgwIngress ??= ingress;
    path.tgwEgress = egress;
    path.enteredByPeering = undefined;
    return exit;
  }

  /**
   * Without appliance mode the transit gateway keeps a flow in the AZ it came from when it
   * can; with it, it picks one AZ per flow and keeps it for the reply (TGW-APPLIANCE).
   */
  private attachmentSubnet(egress: AttachmentInfo, fromAz: string, path: LegPath): SubnetInfo | undefined {
    if (egress.applianceMode) {
      const kept = path.tgwSubnets.get(egress.id);
      if (kept) return kept;
    }
    const chosen =
      egress.subnets.find((s) => s.azKey === fromAz) ??
      egress.subnets.find((s) => s.azKey === this.destinationAz) ??
      egress.subnets[0];
    if (chosen && !path.tgwSubnets.has(egress.id)) path.tgwSubnets.set(egress.id, chosen);
    return chosen;
  }

  private middlebox(from: SubnetInfo | undefined, id: string, pkt: Packet, path: LegPath): SubnetInfo | Arrival {
    const instance = this.ctx.index.getOf(id, 'instance')!;
    const iface = this.ctx.ifaces.get(id)?.[0];
    if (!iface) return this.drop('BLACKHOLE', id, 'middlebox', id, undefined, id, `${id} has no network interface`);
    if (instance.sourceDestCheck !== false) {
      return this.drop('SOURCE_DEST_CHECK', id, 'middlebox', id, undefined, 'source/destination check on', `${id} drops traffic not addressed to itself: turn its source/destination check off to forward`, iface.fact);
    }
    if (iface.subnet !== from) {
      const inbound = this.nacl(iface.subnet, 'in', pkt);
      if (inbound) return inbound;
    }
    if (this.reply) {
      if (!path.middleboxes.includes(id)) {
        return this.drop('ASYMMETRIC', id, 'middlebox', id, undefined, id, `the reply reaches ${id}, which never saw the request${path.middleboxes.length ? ` (it went through ${path.middleboxes.join(', ')})` : ''}: a stateful appliance drops it (TGW-APPLIANCE)`, iface.fact);
      }
      this.replyMiddleboxes.push(id);
      if (this.on) this.hop(id, 'middlebox', 'forward', id, undefined, id, `the reply comes back through ${id}, which saw the request`, iface.fact);
      return iface.subnet;
    }
    // Routed through a middlebox, security-group references no longer match (SG-REF).
    const groups = iface.groups.map((g) => this.ctx.securityGroups.get(g)).filter((g): g is CompiledSecurityGroup => g !== undefined);
    if (groups.length > 0) {
      const inRule = matchSecurityGroups(groups, 'ingress', pkt.protocol, pkt.lo, pkt.src, []);
      if (!inRule) return this.drop('SG_DENY', groups[0]!.id, 'sg-ingress', id, groups[0]!.noIngress, 'no match', `${id}'s security groups do not let ${formatIpv4(pkt.src)} in on ${pkt.protocol}/${pkt.lo}`, iface.fact);
      const outRule = matchSecurityGroups(groups, 'egress', pkt.protocol, pkt.lo, pkt.dst, []);
      if (!outRule) return this.drop('SG_DENY', groups[0]!.id, 'sg-egress', id, groups[0]!.noEgress, 'no match', `${id}'s security groups do not let it send to ${formatIpv4(pkt.dst)} on ${pkt.protocol}/${pkt.lo}`, iface.fact);
    }
    if (this.on) this.hop(id, 'middlebox', 'forward', id, undefined, 'source/destination check off', `${id} inspects and forwards the packet from ${iface.subnet.id}`, iface.fact);
    path.middleboxes.push(id);
    return iface.subnet;
  }

  private endpoint(from: SubnetInfo | undefined, id: string, pkt: Packet, path: LegPath): SubnetInfo | Arrival {
    const endpoint = this.ctx.index.getOf(id, 'vpc-endpoint')!;
    if (endpoint.endpointType === 'gateway' && from) return this.gatewayEndpoint(from, endpoint, pkt, path);
    if (endpoint.endpointType !== 'gateway-load-balancer') {
      return this.drop('NOT_MODELLED', id, 'endpoint', id, undefined, id, `a ${endpoint.endpointType} endpoint carries traffic to ${endpoint.service} only`);
    }
    const iface = this.ctx.ifaces.get(id)?.[0];
    const subnet = iface?.subnet ?? from;
    if (!subnet) return this.drop('NOT_MODELLED', id, 'endpoint', id, undefined, id, `${id} has no subnet`);
    if (subnet !== from) {
      const inbound = this.nacl(subnet, 'in', pkt);
      if (inbound) return inbound;
    }
    if (this.reply) {
      if (!path.middleboxes.includes(id)) return this.drop('ASYMMETRIC', id, 'endpoint', id, undefined, id, `the reply reaches ${id}, which never saw the request: the appliance behind it drops it`, iface?.fact);
      this.replyMiddleboxes.push(id);
    } else path.middleboxes.push(id);
    if (this.on) this.hop(id, 'endpoint', 'forward', id, undefined, id, `inspected by the appliances behind ${id} (assumed to pass) and returned to ${subnet.id} (GWLB)`, iface?.fact);
    return subnet;
  }

  /**
   * A Network Firewall endpoint: the route names the AZ whose endpoint takes the packet. The
   * policy decides a new flow; the reply must come back through the same endpoint, which
   * tracks the flow, or the stateful engine drops it (NFW-ASYMMETRIC). The packet leaves
   * from the firewall subnet, whose route table is used from there.
   */
  private firewall(from: SubnetInfo | undefined, id: string, az: string, pkt: Packet, path: LegPath): SubnetInfo | Arrival {
    const firewall = this.ctx.index.getOf(id, 'network-firewall')!;
    const endpoints = this.ctx.index.subnetsOf(firewall).map((s) => this.ctx.subnets.get(s.id)).filter((s): s is SubnetInfo => s !== undefined);
    const endpoint = endpoints.find((s) => s.az === az);
    if (!endpoint) {
      const has = endpoints.length ? `its endpoints are in ${[...new Set(endpoints.map((s) => s.az))].join(', ')}` : 'it has no subnet mappings';
      return this.drop('FIREWALL_NO_ENDPOINT', id, 'firewall', id, undefined, `${id} in ${az}`, `${id} has no firewall endpoint in ${az} (${has}): the route's target does not exist there (NFW-AZ)`);
    }
    if (from && endpoint.vpc !== from.vpc) return this.drop('BLACKHOLE', id, 'firewall', id, undefined, id, `${id} is not in ${from.vpc.id}`);
    if (endpoint !== from) {
      const inbound = this.nacl(endpoint, 'in', pkt);
      if (inbound) return inbound;
    }
    const where = `${id}'s endpoint in ${endpoint.id} (${endpoint.az})`;
    if (this.reply) {
      const seen = path.firewalls.get(id);
      if (seen !== endpoint.az) {
        const why = seen === undefined ? 'which never saw the request' : `but the request went through its endpoint in ${seen}`;
        return this.drop('ASYMMETRIC', id, 'firewall', id, undefined, `${id} (${endpoint.az})`, `the reply reaches ${where}, ${why}: the stateful engine drops a reply to a flow it does not track (NFW-ASYMMETRIC)`);
      }
      this.replyMiddleboxes.push(id);
      if (this.on) this.hop(id, 'firewall', 'forward', id, undefined, `${id} (${endpoint.az})`, `the reply comes back through ${where}, which tracks the flow`);
      return endpoint;
    }
    const decision = evaluateFirewall(firewall, { src: pkt.src, dst: pkt.dst, protocol: pkt.protocol, port: pkt.lo, host: this.host }, endpoint.vpc.cidrs);
    if (!decision.pass) return this.drop('FIREWALL_DROP', id, 'firewall', id, decision.decider, decision.text, `${where}: ${decision.note}`);
    if (this.on) this.hop(id, 'firewall', 'allow', id, decision.decider, decision.text, `${where}: ${decision.note}; it leaves from ${endpoint.id}`);
    path.middleboxes.push(id);
    path.firewalls.set(id, endpoint.az);
    return endpoint;
  }

  /**
   * A gateway endpoint takes the packet to S3 or DynamoDB in the VPC's own Region; the service
   * sees the private source address. Traffic that came into the VPC from outside (a transit
   * gateway, a VPN) cannot use it, nor can a VPC of another Region (GWE-REGION).
   */
  private gatewayEndpoint(from: SubnetInfo, endpoint: ResourceOf<'vpc-endpoint'>, pkt: Packet, path: LegPath): Arrival {
    const vpc = from.vpc;
    const id = endpoint.id;
    const region = serviceRegion(endpoint.service);
    if (region !== undefined && region !== vpc.region) {
      return this.drop('GATEWAY_ENDPOINT_SCOPE', id, 'endpoint', id, undefined, id, `${id} is for ${endpoint.service}, a service of ${region}; ${vpc.id} is in ${vpc.region}, and a gateway endpoint serves only its own Region (GWE-REGION)`);
    }
    if (!inAny(vpc.cidrs, pkt.src)) {
      return this.drop('GATEWAY_ENDPOINT_SCOPE', id, 'endpoint', id, undefined, id, `${formatIpv4(pkt.src)} is not an address of ${vpc.id}: traffic that came in through a transit gateway, VPN or peering cannot use ${vpc.id}'s gateway endpoint (GWE-REGION)`);
    }
    if (this.reply) return this.drop('ASYMMETRIC', id, 'endpoint', id, undefined, id, `the reply is routed to ${id}, towards ${endpoint.service}, not back to the requester`);
    if (this.on) this.hop(id, 'endpoint', 'forward', id, undefined, endpoint.service, `to ${endpoint.service} through gateway endpoint ${id}; the service sees the private source ${formatIpv4(pkt.src)}`);
    path.gatewayEndpoint = { id, service: endpoint.service, vpc: vpc.id };
    return { kind: 'internet' };
  }

  /** The service's reply comes back through the gateway endpoint into the requester's subnet. */
  fromGatewayEndpoint(pkt: Packet, path: LegPath): Arrival {
    const gateway = path.gatewayEndpoint!;
    const vpc = this.ctx.vpcs.get(gateway.vpc);
    const dest = vpc ? this.subnetOf(vpc, pkt.dst) : undefined;
    if (!vpc || !dest) return this.drop('NO_ROUTE', gateway.id, 'endpoint', gateway.id, undefined, gateway.id, `no subnet of ${gateway.vpc} holds ${formatIpv4(pkt.dst)}`);
    if (this.on) this.hop(gateway.id, 'endpoint', 'forward', gateway.id, undefined, gateway.service, `the reply from ${gateway.service} comes back through ${gateway.id} into ${dest.id}`);
    const inbound = this.nacl(dest, 'in', pkt);
    if (inbound) return inbound;
    return this.deliver(dest, pkt);
  }

  /** From the internet to a public address: through its VPC's internet gateway. */
  fromInternet(pkt: Packet, path: LegPath, edge: string): Arrival {
    const owner = this.ctx.byPublicIp.get(pkt.dst);
    if (!owner && isPrivateIpv4(pkt.dst)) {
      return this.drop('NO_ROUTE', edge, 'igw', edge, undefined, 'private address', `${formatIpv4(pkt.dst)} is a private address: nothing on the internet reaches it (the design has no VPN or Direct Connect)`);
    }
    if (!owner) return this.drop('NO_ROUTE', edge, 'igw', edge, undefined, 'no owner', `no resource in the design has the public address ${formatIpv4(pkt.dst)}`);
    const vpc = owner.subnet.vpc;
    const igw = vpc.internetGateway;
    if (!igw) return this.drop('NO_ROUTE', owner.resource.id, 'igw', owner.resource.id, undefined, 'no internet gateway', `${vpc.id} has no internet gateway: ${formatIpv4(pkt.dst)} is not reachable from the internet (IGW)`, owner.fact);
    const isNat = owner.resource.kind === 'nat-gateway';
    if (vpc.blockPublicAccess === 'bidirectional' || (vpc.blockPublicAccess === 'ingress' && !(isNat && this.reply))) {
      return this.drop('BLOCK_PUBLIC_ACCESS', vpc.id, 'igw', vpc.id, undefined, `block public access: ${vpc.blockPublicAccess}`, `VPC Block Public Access on ${vpc.id} stops traffic from the internet (BPA)`);
    }
    if (this.on) this.hop(igw, 'igw', 'translate', igw, undefined, igw, `from the internet: destination ${formatIpv4(pkt.dst)} becomes ${owner.ipText} (${owner.resource.id})`, owner.fact);
    pkt.dst = owner.ip;
    path.internet = true;
    if (!this.reply) path.igwIn = igw;
    const gateway = this.ctx.edgeTables.get(igw);
    const route = gateway ? lookupRoute(gateway, pkt.dst) : undefined;
    if (gateway && route && route.target !== 'local') {
      // Ingress routing: the gateway route table sends inbound traffic through an appliance (RT-GATEWAY).
      if (this.on) this.hop(gateway.id, 'route', 'forward', igw, route.decider, route.text, `the gateway route table of ${igw} sends ${owner.ipText} to ${route.target}`);
      const kind = this.ctx.index.get(route.target)?.kind;
      const next =
        kind === 'instance'
          ? this.middlebox(undefined, route.target, pkt, path)
          : kind === 'vpc-endpoint'
            ? this.endpoint(undefined, route.target, pkt, path)
            : kind === 'network-firewall'
              ? this.firewall(undefined, route.target, route.endpointAz ?? owner.subnet.az, pkt, path)
              : kind === 'gwlb-endpoint'
                ? throughGwlbEndpoint(this, undefined, route.target, pkt, path)
                : this.drop(kind ? 'NOT_MODELLED' : 'BLACKHOLE', gateway.id, 'route', igw, route.decider, route.text, kind ? `a gateway route table may send only to an instance or endpoint (RT-GATEWAY)` : `${route.target} does not exist`);
      return 'kind' in next ? next : this.walk(next, pkt, path);
    }
    const inbound = this.nacl(owner.subnet, 'in', pkt);
    if (inbound) return inbound;
    return { kind: 'iface', iface: owner };
  }
}
