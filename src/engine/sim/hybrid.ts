/**
 * On-premises networks reached through Site-to-Site VPNs and Direct Connect gateways: which
 * blocks each virtual private gateway and transit gateway learns (a VPN's static routes, or by
 * BGP the networks behind a customer gateway or a Direct Connect gateway), the routes it
 * propagates into VPC route tables and TGW route tables; and transit gateway peerings.
 */
import type { DesignIndex } from '../model/indexes.ts';
import type { CompiledRouteTable, RouteEntry } from './compile.ts';
import { inRange, ipv4Range, type Range } from './ipv4.ts';

export interface OnPremNetwork {
  readonly id: string;
  readonly range: Range;
  /** The customer gateways and Direct Connect gateways it is reached through, preferred first. */
  readonly via: readonly string[];
}

export interface VpnInfo {
  readonly id: string;
  readonly customerGateway: string;
  /** The customer gateway's outside address, for hop notes. */
  readonly deviceIp: string;
  readonly gateway: string;
  readonly onTgw: boolean;
  readonly staticOnly: boolean;
  /** Tunnels that are up, by number (1, 2), with their inside CIDR when given. */
  readonly tunnelsUp: readonly { readonly n: number; readonly insideCidr: string | undefined }[];
  /** The TGW route table the VPN attachment is associated with. */
  readonly routeTable: string | undefined;
  readonly propagations: readonly string[];
}

/** A block a gateway has learned from one of its VPNs or its Direct Connect gateway: the on-premises side of the route. */
export interface LearnedRoute {
  readonly range: Range;
  /** The VPN or Direct Connect gateway it was learned from. */
  readonly via: string;
  /** The on-premises network holding the block, when the design has one. */
  readonly network: string | undefined;
  readonly origin: 'static' | 'BGP';
}

export interface VgwInfo {
  readonly id: string;
  readonly vpc: string | undefined;
  /** Longest prefix first. */
  readonly learned: readonly LearnedRoute[];
}

export interface DxAssociationInfo {
  readonly gateway: string;
  readonly onTgw: boolean;
  /** What the association advertises to on-premises (DX-PREFIXES); empty on a VGW means its VPC's blocks. */
  readonly allowed: readonly Range[];
  readonly routeTable: string | undefined;
  readonly propagations: readonly string[];
}

export interface DxInfo {
  readonly id: string;
  readonly associations: readonly DxAssociationInfo[];
}

export interface TgwPeeringInfo {
  readonly id: string;
  readonly requester: string;
  readonly accepter: string;
  /** The TGW route table each end is associated with, by transit gateway. */
  readonly tables: ReadonlyMap<string, string | undefined>;
  /** Tables it is set to propagate into: AWS propagates nothing over a peering. */
  readonly propagations: readonly string[];
}

export interface HybridInfo {
  readonly networks: ReadonlyMap<string, OnPremNetwork>;
  readonly dx: ReadonlyMap<string, DxInfo>;
  readonly peerings: ReadonlyMap<string, TgwPeeringInfo>;
  readonly vpns: ReadonlyMap<string, VpnInfo>;
  readonly vgws: ReadonlyMap<string, VgwInfo>;
  /** VPNs by customer gateway, in design order. */
  readonly vpnsByCustomerGateway: ReadonlyMap<string, readonly VpnInfo[]>;
}

/** The on-premises networks a VPN's customer gateway leads to, in design order. */
function networksBehind(networks: ReadonlyMap<string, OnPremNetwork>, cgw: string): OnPremNetwork[] {
  return [...networks.values()].filter((n) => n.via.includes(cgw));
}

/** What a VPN teaches its gateway: its static routes, or by BGP the networks behind its device. */
export function learnedFrom(hybrid: Pick<HybridInfo, 'networks'>, vpn: VpnInfo, staticRoutes: readonly string[]): LearnedRoute[] {
  const behind = networksBehind(hybrid.networks, vpn.customerGateway);
  if (vpn.staticOnly) {
    return staticRoutes
      .map((cidr) => ipv4Range(cidr))
      .filter((r): r is Range => r !== undefined)
      .map((range) => ({ range, via: vpn.id, network: behind.find((n) => inRange(n.range, range.first))?.id, origin: 'static' as const }));
  }
  return behind.map((n) => ({ range: n.range, via: vpn.id, network: n.id, origin: 'BGP' as const }));
}

export function buildHybrid(index: DesignIndex, routeTables: Map<string, CompiledRouteTable>): HybridInfo {
  const networks = new Map<string, OnPremNetwork>();
  for (const external of index.ofKind('external')) {
    const range = ipv4Range(external.cidr);
    if (!range || external.endpointType === 'internet') continue;
    networks.set(external.id, { id: external.id, range, via: external.reachedThrough ?? [] });
  }
  const vpns = new Map<string, VpnInfo>();
  const vpnsByCustomerGateway = new Map<string, VpnInfo[]>();
  const learnedByGateway = new Map<string, LearnedRoute[]>();
  for (const vpn of index.ofKind('vpn-connection')) {
    const info: VpnInfo = {
      id: vpn.id,
      customerGateway: vpn.customerGateway,
      deviceIp: index.getOf(vpn.customerGateway, 'customer-gateway')?.ipAddress ?? '',
      gateway: vpn.gateway,
      onTgw: index.get(vpn.gateway)?.kind === 'transit-gateway',
      staticOnly: vpn.staticRoutesOnly,
      tunnelsUp: vpn.tunnels.flatMap((t, i) => (t.status === 'up' ? [{ n: i + 1, insideCidr: t.insideCidr }] : [])),
      routeTable: vpn.routeTable,
      propagations: vpn.propagations ?? [],
    };
    vpns.set(info.id, info);
    const list = vpnsByCustomerGateway.get(info.customerGateway);
    if (list) list.push(info);
    else vpnsByCustomerGateway.set(info.customerGateway, [info]);
    // A VPN with no tunnel up teaches nothing.
    if (info.tunnelsUp.length === 0) continue;
    const learned = learnedByGateway.get(info.gateway) ?? [];
    learned.push(...learnedFrom({ networks }, info, vpn.staticRoutes ?? []));
    learnedByGateway.set(info.gateway, learned);
  }
  const dx = new Map<string, DxInfo>();
  for (const dxgw of index.ofKind('dx-gateway')) {
    const associations = dxgw.associations.map((a) => ({
      gateway: a.gateway,
      onTgw: index.get(a.gateway)?.kind === 'transit-gateway',
      allowed: (a.allowedPrefixes ?? []).map((c) => ipv4Range(c)).filter((r): r is Range => r !== undefined),
      routeTable: a.routeTable,
      propagations: a.propagations ?? [],
    }));
    dx.set(dxgw.id, { id: dxgw.id, associations });
    // A virtual private gateway learns by BGP what on-premises advertises over the private virtual interface.
    const behind = networksBehind(networks, dxgw.id);
    for (const association of associations) {
      if (association.onTgw) continue;
      const learned = learnedByGateway.get(association.gateway) ?? [];
      learned.push(...behind.map((n) => ({ range: n.range, via: dxgw.id, network: n.id, origin: 'BGP' as const })));
      learnedByGateway.set(association.gateway, learned);
    }
  }
  const peerings = new Map<string, TgwPeeringInfo>();
  for (const peering of index.ofKind('tgw-peering')) {
    peerings.set(peering.id, {
      id: peering.id,
      requester: peering.requester,
      accepter: peering.accepter,
      tables: new Map([
        [peering.requester, peering.requesterRouteTable],
        [peering.accepter, peering.accepterRouteTable],
      ]),
      propagations: peering.propagations ?? [],
    });
  }
  const vgws = new Map<string, VgwInfo>();
  for (const vgw of index.ofKind('virtual-private-gateway')) {
    const learned = [...(learnedByGateway.get(vgw.id) ?? [])].sort((a, b) => b.range.prefix - a.range.prefix);
    vgws.set(vgw.id, { id: vgw.id, vpc: index.vpcOf(vgw.id)?.id, learned });
    // Route propagation: the learned blocks join each table as propagated routes (RT-PRIO: a static route of the same prefix wins).
    for (const tableId of vgw.routePropagation ?? []) {
      const table = routeTables.get(tableId);
      if (!table || learned.length === 0) continue;
      routeTables.set(tableId, withPropagated(table, vgw.id, learned));
    }
  }
  return { networks, dx, peerings, vpns, vgws, vpnsByCustomerGateway };
}

function withPropagated(table: CompiledRouteTable, vgw: string, learned: readonly LearnedRoute[]): CompiledRouteTable {
  const added: RouteEntry[] = learned.map((route) => ({
    first: route.range.first,
    last: route.range.last,
    prefix: route.range.prefix,
    priority: 2,
    target: vgw,
    text: `${route.range.text} → ${vgw} (propagated from ${route.via})`,
    decider: { kind: 'route', table: table.id, destination: route.range.text, target: vgw },
  }));
  // Stable: existing entries keep their order among equals, and a static route beats a propagated one.
  const entries = [...table.entries, ...added].sort((a, b) => b.prefix - a.prefix || a.priority - b.priority);
  return { ...table, entries };
}

/** The longest learned block holding `ip`. */
export function learnedRouteFor(learned: readonly LearnedRoute[], ip: number): LearnedRoute | undefined {
  return learned.find((route) => inRange(route.range, ip));
}

/** The on-premises network behind a customer gateway or Direct Connect gateway that holds `ip`. */
export function networkBehind(hybrid: HybridInfo, gateway: string, ip: number): OnPremNetwork | undefined {
  return networksBehind(hybrid.networks, gateway).find((n) => inRange(n.range, ip));
}

/** The tunnel a flow uses: the first that is up, as hops name it. */
export function tunnelText(vpn: VpnInfo): string {
  const tunnel = vpn.tunnelsUp[0];
  if (!tunnel) return 'no tunnel up';
  return `tunnel ${tunnel.n}${tunnel.insideCidr ? ` (${tunnel.insideCidr})` : ''}${vpn.tunnelsUp.length === 1 ? ', the only one up' : ''}`;
}
