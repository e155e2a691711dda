/**
 * AWS Network Firewall's policy applied to one packet: the stateless engine first (rule
 * groups by priority, rules by priority, first match), then, for what it forwards, the
 * stateful engine (5-tuple rules and HTTP Host / TLS SNI domain lists, in default action
 * order or strict order). The answer names the rule that decided.
 */
import type { ResourceOf } from '../model/resources.ts';
import { formatIpv4, inAny, inRange, ipv4Range, type Range } from './ipv4.ts';
import type { Decider, Protocol } from './types.ts';

type Firewall = ResourceOf<'network-firewall'>;
type Policy = Firewall['firewallPolicy'];
type StatelessRule = Policy['statelessRuleGroups'][number]['rules'][number];
type StatefulGroup = Policy['statefulRuleGroups'][number];
type StatefulRule = NonNullable<StatefulGroup['statefulRules']>[number];

/** What the firewall sees of a packet: addresses, protocol, destination port, and the host it names. */
export interface FirewallPacket {
  readonly src: number;
  readonly dst: number;
  readonly protocol: Protocol;
  readonly port: number;
  /** The HTTP Host or TLS SNI the flow names, when it names one. */
  readonly host: string | undefined;
}

export interface FirewallDecision {
  readonly pass: boolean;
  /** The rule that decided, in words. */
  readonly text: string;
  readonly decider: Decider;
  /** Why, for the hop's note. */
  readonly note: string;
}

const IANA: Record<Protocol, number | undefined> = { tcp: 6, udp: 17, icmp: 1, all: undefined };
/** The source port is the sender's ephemeral port: a source-port match must hold for any of them. */
const EPHEMERAL = { lo: 1024, hi: 65535 };

const matchesAddress = (cidrs: readonly string[] | undefined, ip: number) =>
  !cidrs?.length || cidrs.some((cidr) => {
    const range = ipv4Range(cidr);
    return range !== undefined && inRange(range, ip);
  });

function statelessMatches(rule: StatelessRule, pkt: FirewallPacket): boolean {
  const m = rule.matchAttributes;
  if (m.protocols?.length) {
    const number = IANA[pkt.protocol];
    if (number === undefined || !m.protocols.includes(number)) return false;
  }
  if (!matchesAddress(m.sources, pkt.src) || !matchesAddress(m.destinations, pkt.dst)) return false;
  const ported = pkt.protocol === 'tcp' || pkt.protocol === 'udp';
  if (m.destinationPorts?.length && !(ported && m.destinationPorts.some((r) => r.fromPort <= pkt.port && pkt.port <= r.toPort))) return false;
  if (m.sourcePorts?.length && !(ported && m.sourcePorts.some((r) => r.fromPort <= EPHEMERAL.lo && EPHEMERAL.hi <= r.toPort))) return false;
  return true;
}

function headerPortMatches(text: string, port: number | undefined): boolean {
  if (text === 'ANY') return true;
  if (port === undefined) return false;
  const [from, to = from] = text.split(':').map(Number);
  return from! <= port && port <= to!;
}

function headerAddressMatches(text: string, ip: number): boolean {
  if (text === 'ANY') return true;
  const range = ipv4Range(text);
  return range !== undefined && inRange(range, ip);
}

function statefulMatches(rule: StatefulRule, pkt: FirewallPacket): boolean {
  const h = rule.header;
  if (h.protocol !== 'IP' && h.protocol.toLowerCase() !== pkt.protocol) return false;
  const ported = pkt.protocol === 'tcp' || pkt.protocol === 'udp';
  const forward =
    headerAddressMatches(h.source, pkt.src) &&
    headerAddressMatches(h.destination, pkt.dst) &&
    headerPortMatches(h.destinationPort, ported ? pkt.port : undefined) &&
    (h.sourcePort === 'ANY' || headerPortMatches(h.sourcePort, undefined));
  if (forward) return true;
  // Direction ANY also matches the header read the other way round.
  return h.direction === 'ANY' && headerAddressMatches(h.source, pkt.dst) && headerAddressMatches(h.destination, pkt.src) && headerPortMatches(h.sourcePort, ported ? pkt.port : undefined);
}

const ruleText = (rule: StatefulRule) => {
  const h = rule.header;
  return `${rule.action} ${h.protocol} ${h.source} ${h.sourcePort} ${h.direction === 'ANY' ? '<>' : '->'} ${h.destination} ${h.destinationPort}`;
};

/** The application protocol a domain list would see on this flow: by its port, as the simulator has no payload. */
function inspectedAs(pkt: FirewallPacket): 'HTTP_HOST' | 'TLS_SNI' | undefined {
  if (pkt.protocol !== 'tcp') return undefined;
  if (pkt.port === 80) return 'HTTP_HOST';
  if (pkt.port === 443) return 'TLS_SNI';
  return undefined;
}

const domainMatches = (target: string, host: string) =>
  target.startsWith('.') ? host === target.slice(1) || host.endsWith(target) : host === target;

type Action = StatefulRule['action'];
interface Match {
  readonly action: Action;
  readonly group: StatefulGroup;
  readonly rule: number | undefined;
  readonly text: string;
  readonly why: string;
}

/** A group's HOME_NET: its rule variable, else the firewall's VPC (AWS's default). */
function homeNet(group: StatefulGroup, vpcCidrs: readonly Range[]): readonly Range[] {
  const definition = group.ruleVariables?.ipSets.HOME_NET?.definition;
  return definition ? definition.map((c) => ipv4Range(c)).filter((r): r is Range => r !== undefined) : vpcCidrs;
}

/** What each stateful group says about the packet, in the group's own order. */
function groupMatches(group: StatefulGroup, pkt: FirewallPacket, vpcCidrs: readonly Range[]): Match[] {
  const matches: Match[] = [];
  (group.statefulRules ?? []).forEach((rule, i) => {
    if (statefulMatches(rule, pkt)) matches.push({ action: rule.action, group, rule: i + 1, text: `${group.name} rule ${i + 1}: ${ruleText(rule)}`, why: `the 5-tuple matches ${ruleText(rule)}` });
  });
  const list = group.rulesSourceList;
  const seenAs = inspectedAs(pkt);
  // A domain list decides what leaves the home network: from HOME_NET to anywhere outside it.
  const home = list ? homeNet(group, vpcCidrs) : [];
  const leaving = inAny(home, pkt.src) && !inAny(home, pkt.dst);
  if (list && seenAs && leaving && list.targetTypes.includes(seenAs)) {
    const field = seenAs === 'HTTP_HOST' ? 'HTTP Host' : 'TLS SNI';
    const listed = pkt.host !== undefined && list.targets.some((t) => domainMatches(t, pkt.host!));
    const text = `${group.name}: ${list.generatedRulesType === 'ALLOWLIST' ? 'allow' : 'deny'} ${list.targets.join(', ')} (${list.targetTypes.join(', ')})`;
    const host = pkt.host === undefined ? `the flow names no host, so its ${field} is none of ${list.targets.join(', ')}` : `${field} ${pkt.host} is ${listed ? '' : 'not '}on the list`;
    if (list.generatedRulesType === 'ALLOWLIST') matches.push({ action: listed ? 'PASS' : 'DROP', group, rule: undefined, text, why: host });
    else if (listed) matches.push({ action: 'DROP', group, rule: undefined, text, why: host });
  }
  return matches;
}

const DEFAULT_ORDER: readonly Action[] = ['PASS', 'DROP', 'REJECT', 'ALERT'];

function statefulDecision(firewall: Firewall, pkt: FirewallPacket, vpcCidrs: readonly Range[]): FirewallDecision {
  const policy = firewall.firewallPolicy;
  const decide = (match: Match | undefined, fallbackPass: boolean, fallbackText: string): FirewallDecision => {
    const decider: Decider = { kind: 'firewall-rule', firewall: firewall.id, engine: 'stateful', group: match?.group.name, rule: match?.rule };
    if (!match) return { pass: fallbackPass, text: fallbackText, decider, note: `no stateful rule matches: ${fallbackText}` };
    const pass = match.action === 'PASS' || match.action === 'ALERT';
    return { pass, text: match.text, decider, note: `stateful ${match.action.toLowerCase()}: ${match.why}` };
  };
  if (policy.statefulRuleOrder === 'STRICT_ORDER') {
    const groups = [...policy.statefulRuleGroups].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
    for (const group of groups) {
      const match = groupMatches(group, pkt, vpcCidrs).find((m) => m.action !== 'ALERT');
      if (match) return decide(match, true, '');
    }
    const defaults = policy.statefulDefaultActions ?? [];
    const drops = defaults.find((a) => a.startsWith('aws:drop'));
    return decide(undefined, !drops, drops ? `default action ${drops}` : 'no default drop action: passed');
  }
  const matches = policy.statefulRuleGroups.flatMap((group) => groupMatches(group, pkt, vpcCidrs));
  for (const action of DEFAULT_ORDER) {
    const match = matches.find((m) => m.action === action);
    if (match) return decide(match, true, '');
  }
  return decide(undefined, true, 'default action order passes what no rule matched');
}

/** The policy's verdict on a new flow's first packet; `vpcCidrs` are the firewall's VPC's blocks (the default HOME_NET). */
export function evaluateFirewall(firewall: Firewall, pkt: FirewallPacket, vpcCidrs: readonly Range[]): FirewallDecision {
  const policy = firewall.firewallPolicy;
  const what = `${pkt.protocol}${pkt.protocol === 'tcp' || pkt.protocol === 'udp' ? `/${pkt.port}` : ''} ${formatIpv4(pkt.src)} → ${formatIpv4(pkt.dst)}`;
  const groups = [...policy.statelessRuleGroups].sort((a, b) => a.priority - b.priority);
  for (const group of groups) {
    const rules = group.rules.map((rule, i) => ({ rule, number: i + 1 })).sort((a, b) => a.rule.priority - b.rule.priority);
    const hit = rules.find(({ rule }) => statelessMatches(rule, pkt));
    if (!hit) continue;
    const decider: Decider = { kind: 'firewall-rule', firewall: firewall.id, engine: 'stateless', group: group.name, rule: hit.number };
    const text = `${group.name} priority ${hit.rule.priority}: ${hit.rule.action}`;
    if (hit.rule.action === 'aws:pass') return { pass: true, text, decider, note: `${what}: the stateless rule passes it without stateful inspection` };
    if (hit.rule.action === 'aws:drop') return { pass: false, text, decider, note: `${what}: the stateless rule drops it` };
    const stateful = statefulDecision(firewall, pkt, vpcCidrs);
    return { ...stateful, note: `${what}: stateless ${text} forwards it to the stateful engine; ${stateful.note}` };
  }
  const fallback = policy.statelessDefaultActions;
  const decider: Decider = { kind: 'firewall-rule', firewall: firewall.id, engine: 'stateless', group: undefined, rule: undefined };
  if (fallback === 'aws:pass') return { pass: true, text: 'stateless default: aws:pass', decider, note: `${what}: no stateless rule matches and the default passes it` };
  if (fallback === 'aws:drop') return { pass: false, text: 'stateless default: aws:drop', decider, note: `${what}: no stateless rule matches and the default drops it` };
  const stateful = statefulDecision(firewall, pkt, vpcCidrs);
  return { ...stateful, note: `${what}: the stateless default forwards it to the stateful engine; ${stateful.note}` };
}
