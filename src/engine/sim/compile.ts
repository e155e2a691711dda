/**
 * Route tables, security groups and NACLs compiled to numeric form, with their evaluation:
 * longest-prefix lookup (RT-LPM, RT-PRIO), stateful allow-only groups (SG-MODEL), and
 * stateless first-match ACLs over a port interval, so a reply to an ephemeral range is
 * judged for every port in it (NACL-MODEL, NACL-EPHEM).
 */
import type { DesignIndex } from '../model/indexes.ts';
import type { NetworkAclResource, RouteTableResource, SecurityGroupResource } from '../model/resources.ts';
import type { Protocol } from '../model/fields.ts';
import { ipv4Range, type Range } from './ipv4.ts';
import type { Decider } from './types.ts';

export interface RouteEntry {
  readonly first: number;
  readonly last: number;
  readonly prefix: number;
  /** 0 static CIDR, 1 prefix list, 2 propagated (RT-PRIO). */
  readonly priority: number;
  readonly target: string;
  /** e.g. `10.1.0.0/16 → pcx-1`. */
  readonly text: string;
  /** The route as a hop names it, built once: the table and the route's destination. */
  readonly decider: Decider;
  /** A Network Firewall target: the AZ of the endpoint it sends to. */
  readonly endpointAz?: string | undefined;
}

export interface CompiledRouteTable {
  readonly id: string;
  readonly entries: readonly RouteEntry[];
  /** The decider of a lookup that found no route. */
  readonly noRoute: Decider;
}

/** A route AWS adds itself: a gateway endpoint's, from its service's prefix list, in each associated table. */
export interface ManagedRoute {
  readonly prefixList: string;
  readonly ranges: readonly Range[];
  readonly target: string;
}

export function compileRouteTable(
  table: RouteTableResource,
  _index: DesignIndex,
  prefixLists: ReadonlyMap<string, readonly Range[]>,
  managed: readonly ManagedRoute[] = [],
): CompiledRouteTable {
  const entries: (RouteEntry & { order: number })[] = [];
  table.routes.forEach((route, order) => {
    const propagated = route.origin === 'propagated';
    const decider: Decider = { kind: 'route', table: table.id, destination: route.destination ?? route.prefixList, target: route.target };
    if (route.destination !== undefined) {
      const range = ipv4Range(route.destination);
      if (!range) return;
      const endpoint = route.endpointAz ? ` (endpoint in ${route.endpointAz})` : '';
      entries.push({ ...range, priority: propagated ? 2 : 0, target: route.target, text: `${range.text} → ${route.target}${endpoint}`, decider, order, endpointAz: route.endpointAz });
    } else if (route.prefixList !== undefined) {
      for (const range of prefixLists.get(route.prefixList) ?? []) {
        entries.push({
          ...range,
          priority: propagated ? 2 : 1,
          target: route.target,
          text: `${route.prefixList} (${range.text}) → ${route.target}`,
          decider,
          order,
          endpointAz: route.endpointAz,
        });
      }
    }
  });
  managed.forEach((route, i) => {
    const decider: Decider = { kind: 'route', table: table.id, destination: route.prefixList, target: route.target };
    for (const range of route.ranges) {
      entries.push({ ...range, priority: 1, target: route.target, text: `${route.prefixList} (${range.text}) → ${route.target}`, decider, order: table.routes.length + i });
    }
  });
  entries.sort((a, b) => b.prefix - a.prefix || a.priority - b.priority || a.order - b.order);
  return { id: table.id, entries, noRoute: { kind: 'route', table: table.id, destination: undefined, target: undefined } };
}

/** Longest prefix first; ties already ordered static > prefix list > propagated. */
export function lookupRoute(table: CompiledRouteTable, ip: number): RouteEntry | undefined {
  for (const entry of table.entries) if (entry.first <= ip && ip <= entry.last) return entry;
  return undefined;
}

type Peer =
  | { readonly kind: 'cidr'; readonly range: Range }
  | { readonly kind: 'security-group'; readonly id: string }
  | { readonly kind: 'prefix-list'; readonly id: string; readonly ranges: readonly Range[] };

export interface CompiledSgRule {
  /** The group the rule belongs to. */
  readonly group: string;
  readonly protocol: Protocol;
  readonly fromPort: number;
  readonly toPort: number;
  readonly peer: Peer;
  readonly text: string;
  readonly decider: Decider;
}

export interface CompiledSecurityGroup {
  readonly id: string;
  readonly vpc: string | undefined;
  readonly ingress: readonly CompiledSgRule[];
  readonly egress: readonly CompiledSgRule[];
  /** The deciders of a denial: no rule of the interface's groups matched (this group first). */
  readonly noIngress: Decider;
  readonly noEgress: Decider;
}

function portsText(protocol: Protocol, from: number, to: number): string {
  if (protocol === 'all') return 'all traffic';
  if (protocol === 'icmp') return 'icmp';
  return from === to ? `${protocol} ${from}` : from === 0 && to === 65535 ? `${protocol} all ports` : `${protocol} ${from}-${to}`;
}

export function compileSecurityGroup(
  group: SecurityGroupResource,
  prefixLists: ReadonlyMap<string, readonly Range[]>,
): CompiledSecurityGroup {
  const compile = (direction: 'ingress' | 'egress') => {
    const rules: CompiledSgRule[] = [];
    group[direction].forEach((rule, n) => {
      let peer: Peer | undefined;
      let peerText: string;
      if (rule.peer.kind === 'cidr') {
        const range = ipv4Range(rule.peer.cidr);
        if (!range) return;
        peer = { kind: 'cidr', range };
        peerText = range.text;
      } else if (rule.peer.kind === 'security-group') {
        peer = { kind: 'security-group', id: rule.peer.securityGroup };
        peerText = rule.peer.securityGroup;
      } else {
        peer = { kind: 'prefix-list', id: rule.peer.prefixList, ranges: prefixLists.get(rule.peer.prefixList) ?? [] };
        peerText = rule.peer.prefixList;
      }
      const way = direction === 'ingress' ? 'from' : 'to';
      rules.push({
        group: group.id,
        protocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        peer,
        text: `${group.id} ${direction} #${n + 1}: ${portsText(rule.protocol, rule.fromPort, rule.toPort)} ${way} ${peerText}`,
        decider: { kind: 'sg-rule', group: group.id, direction, rule: n + 1 },
      });
    });
    return rules;
  };
  return {
    id: group.id,
    vpc: group.parent,
    ingress: compile('ingress'),
    egress: compile('egress'),
    noIngress: { kind: 'sg-rule', group: group.id, direction: 'ingress', rule: undefined },
    noEgress: { kind: 'sg-rule', group: group.id, direction: 'egress', rule: undefined },
  };
}

function protocolMatches(rule: Protocol, flow: Protocol): boolean {
  return rule === 'all' || rule === flow;
}

function portMatches(rule: { protocol: Protocol; fromPort: number; toPort: number }, flow: Protocol, port: number): boolean {
  if (rule.protocol === 'all' || flow === 'icmp') return true;
  return rule.fromPort <= port && port <= rule.toPort;
}

/**
 * The first rule of any of the groups that allows traffic with `remoteIp` (and, where a
 * reference is valid, `remoteGroups`) on this protocol and port; undefined = denied.
 */
export function matchSecurityGroups(
  groups: readonly CompiledSecurityGroup[],
  direction: 'ingress' | 'egress',
  protocol: Protocol,
  port: number,
  remoteIp: number,
  remoteGroups: readonly string[],
): CompiledSgRule | undefined {
  for (const group of groups) {
    for (const rule of group[direction]) {
      if (!protocolMatches(rule.protocol, protocol) || !portMatches(rule, protocol, port)) continue;
      const peer = rule.peer;
      if (peer.kind === 'cidr') {
        if (peer.range.first <= remoteIp && remoteIp <= peer.range.last) return rule;
      } else if (peer.kind === 'security-group') {
        if (remoteGroups.includes(peer.id)) return rule;
      } else {
        for (const range of peer.ranges) if (range.first <= remoteIp && remoteIp <= range.last) return rule;
      }
    }
  }
  return undefined;
}

export interface CompiledNaclEntry {
  readonly ruleNumber: number;
  readonly protocol: Protocol;
  readonly fromPort: number;
  readonly toPort: number;
  readonly range: Range;
  readonly allow: boolean;
  readonly text: string;
  readonly decider: Decider;
}

export interface CompiledNacl {
  readonly id: string;
  readonly inbound: readonly CompiledNaclEntry[];
  readonly outbound: readonly CompiledNaclEntry[];
  /** The deciders of the implicit deny (`*`). */
  readonly implicitIn: Decider;
  readonly implicitOut: Decider;
}

export function compileNacl(acl: NetworkAclResource): CompiledNacl {
  const compile = (direction: 'inbound' | 'outbound') =>
    acl[direction]
      .map((entry): CompiledNaclEntry | undefined => {
        const range = ipv4Range(entry.cidr);
        if (!range) return undefined;
        const way = direction === 'inbound' ? 'from' : 'to';
        return {
          ruleNumber: entry.ruleNumber,
          protocol: entry.protocol,
          fromPort: entry.fromPort,
          toPort: entry.toPort,
          range,
          allow: entry.action === 'allow',
          text: `${acl.id} ${direction} #${entry.ruleNumber} ${entry.action} ${portsText(entry.protocol, entry.fromPort, entry.toPort)} ${way} ${range.text}`,
          decider: { kind: 'nacl-entry', acl: acl.id, direction, ruleNumber: entry.ruleNumber },
        };
      })
      .filter((entry): entry is CompiledNaclEntry => entry !== undefined)
      .sort((a, b) => a.ruleNumber - b.ruleNumber);
  return {
    id: acl.id,
    inbound: compile('inbound'),
    outbound: compile('outbound'),
    implicitIn: { kind: 'nacl-entry', acl: acl.id, direction: 'inbound', ruleNumber: undefined },
    implicitOut: { kind: 'nacl-entry', acl: acl.id, direction: 'outbound', ruleNumber: undefined },
  };
}

export interface NaclVerdict {
  readonly allowed: boolean;
  /** The deciding entry; undefined for the implicit deny. */
  readonly entry: CompiledNaclEntry | undefined;
  /** Ports of the interval that were denied (the first stretch), when denied. */
  readonly deniedLo: number;
  readonly deniedHi: number;
}

/**
 * First match wins, lowest number first, then the implicit deny. Over a port interval the
 * interval passes only if every port in it is allowed.
 */
export function evaluateNacl(
  entries: readonly CompiledNaclEntry[],
  protocol: Protocol,
  lo: number,
  hi: number,
  remoteIp: number,
): NaclVerdict {
  const ported = protocol === 'tcp' || protocol === 'udp';
  // Remaining, not yet decided ports: a sorted list of [lo, hi] pairs, usually just one.
  let remaining: number[] = [lo, hi];
  let decidedBy: CompiledNaclEntry | undefined;
  for (const entry of entries) {
    if (!protocolMatches(entry.protocol, protocol)) continue;
    if (remoteIp < entry.range.first || remoteIp > entry.range.last) continue;
    const portsApply = ported && entry.protocol !== 'all';
    const from = portsApply ? entry.fromPort : 0;
    const to = portsApply ? entry.toPort : 65535;
    let overlapLo = -1;
    let overlapHi = -1;
    for (let i = 0; i < remaining.length; i += 2) {
      const a = Math.max(remaining[i]!, from);
      const b = Math.min(remaining[i + 1]!, to);
      if (a <= b) {
        overlapLo = a;
        overlapHi = b;
        break;
      }
    }
    if (overlapLo < 0) continue;
    if (!entry.allow) return { allowed: false, entry, deniedLo: overlapLo, deniedHi: overlapHi };
    decidedBy ??= entry;
    if (from <= remaining[0]! && to >= remaining[remaining.length - 1]!) return { allowed: true, entry: decidedBy, deniedLo: 0, deniedHi: -1 };
    const next: number[] = [];
    for (let i = 0; i < remaining.length; i += 2) {
      const a = remaining[i]!;
      const b = remaining[i + 1]!;
      if (b < from || a > to) next.push(a, b);
      else {
        if (a < from) next.push(a, from - 1);
        if (b > to) next.push(to + 1, b);
      }
    }
    remaining = next;
    if (remaining.length === 0) return { allowed: true, entry: decidedBy, deniedLo: 0, deniedHi: -1 };
  }
  return { allowed: false, entry: undefined, deniedLo: remaining[0]!, deniedHi: remaining[1]! };
}
