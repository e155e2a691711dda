/**
 * IPv6 flows from an interface to an address outside the VPC: the egress-only internet
 * gateway (outbound only, stateful: EIGW) or the internet gateway. IPv6 inside and
 * between VPCs is not traced. Route tables, groups and NACLs keep IPv6 apart from IPv4
 * (RT-LPM: `::/0` is not `0.0.0.0/0`).
 */
import type { NetworkAclEntry, Protocol } from '../model/fields.ts';
import { cidrBlock, parseIp, type CidrBlock } from '../net/cidr.ts';
import type { Iface, SimContext } from './context.ts';
import type { Recorder } from './recorder.ts';
import type { Outcome } from './services.ts';
import type { Decider, Decision, ForwardStep } from './types.ts';

const inBlock = (block: CidrBlock | undefined, ip: bigint) => block !== undefined && block.version === 6 && block.first <= ip && ip <= block.last;
const portOk = (protocol: Protocol, rule: { protocol: Protocol; fromPort: number; toPort: number }, lo: number, hi: number) =>
  rule.protocol === 'all' || (rule.protocol === protocol && (protocol === 'icmp' || (rule.fromPort <= lo && hi <= rule.toPort)));

const OPEN: NetworkAclEntry = { ruleNumber: 101, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '::/0', action: 'allow' };
const hasIpv6 = (cidrs: readonly string[]) => cidrs.some((c) => c.includes(':'));

/**
 * First match over IPv6 entries; a port range passes when one entry allows all of it.
 * A default NACL without IPv6 entries allows IPv6, as AWS's default NACL does once the VPC has IPv6.
 */
function nacl(acl: { default?: boolean | undefined; inbound: NetworkAclEntry[]; outbound: NetworkAclEntry[] }, direction: 'inbound' | 'outbound', protocol: Protocol, lo: number, hi: number, remote: bigint): NetworkAclEntry | undefined {
  const entries = acl[direction];
  if (acl.default && !hasIpv6(entries.map((e) => e.cidr))) return OPEN;
  const sorted = entries.filter((e) => inBlock(cidrBlock(e.cidr), remote)).sort((a, b) => a.ruleNumber - b.ruleNumber);
  for (const entry of sorted) {
    if (entry.protocol !== 'all' && entry.protocol !== protocol) continue;
    if (portOk(protocol, entry, lo, hi)) return entry.action === 'allow' ? entry : undefined;
    if (entry.action === 'deny' && protocol !== 'icmp' && entry.fromPort <= hi && lo <= entry.toPort) return undefined;
  }
  return undefined;
}

export function isIpv6(text: string): boolean {
  return text.includes(':') && parseIp(text)?.version === 6;
}

/** Traces `sender` → an IPv6 address outside every VPC. */
export function traceIpv6(ctx: SimContext, rec: Recorder, reply: Recorder, sender: Iface, to: string, protocol: Protocol, port: number): Outcome {
  const index = ctx.index;
  const subnet = index.getOf(sender.subnet.id, 'subnet')!;
  const own = cidrBlock(subnet.ipv6Cidr);
  const dst = parseIp(to)!.first;
  const fact = sender.fact;
  const add = (r: Recorder, at: string, step: ForwardStep, decision: Decision, box: string, decided: Decider | undefined, matched: string, note: string, isReply = false) =>
    r.add({ resourceId: at, step, decision, box, iface: box === fact.owner ? fact : undefined, decided, matched, note }, isReply);
  const drop = (at: string, step: ForwardStep, reason: Extract<Outcome, { ok: false }>['reason'], box: string, decided: Decider | undefined, matched: string, note: string): Outcome => {
    add(rec, at, step, 'drop', box, decided, matched, note);
    return { ok: false, reason, at };
  };
  if (!own) return drop(subnet.id, 'route', 'NO_ROUTE', subnet.id, undefined, 'no IPv6 CIDR', `${subnet.id} has no IPv6 CIDR block: ${sender.resource.id} has no IPv6 address`);
  const vpc = index.getOf(sender.subnet.vpc.id, 'vpc')!;
  if ((vpc.ipv6Cidrs ?? []).some((c) => inBlock(cidrBlock(c), dst))) {
    return drop(subnet.id, 'route', 'NOT_MODELLED', subnet.id, undefined, to, 'IPv6 traffic inside a VPC is not traced');
  }
  // Groups: IPv6 CIDR rules only.
  const groups = sender.groups.map((g) => index.getOf(g, 'security-group')).filter((g) => g !== undefined);
  const owner = sender.resource.id;
  if (groups.length > 0) {
    // The default group gets ::/0 egress once the VPC has IPv6.
    const open = groups.find((g) => g.default && !hasIpv6(g.egress.flatMap((r) => (r.peer.kind === 'cidr' ? [r.peer.cidr] : []))));
    let decided: Decider | undefined;
    let cidr: string | undefined;
    if (open) {
      decided = { kind: 'sg-rule', group: open.id, direction: 'egress', rule: undefined };
      cidr = '::/0';
    } else {
      for (const group of groups) {
        const at = group.egress.findIndex((r) => r.peer.kind === 'cidr' && inBlock(cidrBlock(r.peer.cidr), dst) && portOk(protocol, r, port, port));
        const rule = group.egress[at];
        if (rule?.peer.kind === 'cidr') {
          decided = { kind: 'sg-rule', group: group.id, direction: 'egress', rule: at + 1 };
          cidr = rule.peer.cidr;
          break;
        }
      }
    }
    if (!decided) {
      const none: Decider = { kind: 'sg-rule', group: sender.groups[0]!, direction: 'egress', rule: undefined };
      return drop(sender.groups[0]!, 'sg-egress', 'SG_DENY', owner, none, 'no match', `no IPv6 egress rule of ${sender.groups.join(', ')} allows ${protocol}/${port} to ${to}`);
    }
    add(rec, decided.kind === 'sg-rule' ? decided.group : sender.groups[0]!, 'sg-egress', 'allow', owner, decided, `${protocol} to ${cidr}`, `${owner} may send ${protocol}/${port} to ${to}`);
  }
  const acl = index.networkAclOf(subnet.id);
  const entryOf = (direction: 'inbound' | 'outbound', entry: NetworkAclEntry | undefined): Decider => ({ kind: 'nacl-entry', acl: acl!.id, direction, ruleNumber: entry?.ruleNumber });
  if (acl) {
    const out = nacl(acl, 'outbound', protocol, port, port, dst);
    if (!out) return drop(acl.id, 'nacl-out', 'NACL_DENY', subnet.id, entryOf('outbound', undefined), 'no IPv6 entry allows it', `leaving ${subnet.id}: ${protocol}/${port} to ${to} is denied (IPv6 entries are separate)`);
    add(rec, acl.id, 'nacl-out', 'allow', subnet.id, entryOf('outbound', out), `#${out.ruleNumber} allow ${out.cidr}`, `leaving ${subnet.id}: ${protocol}/${port} to ${to}`);
  }
  const table = index.routeTableOf(subnet.id);
  const routes = (table?.routes ?? [])
    .map((r) => ({ route: r, block: cidrBlock(r.destination) }))
    .filter((r) => inBlock(r.block, dst))
    .sort((a, b) => b.block!.prefix - a.block!.prefix);
  const best = routes[0];
  if (!table || !best) {
    const none: Decider | undefined = table ? { kind: 'route', table: table.id, destination: undefined, target: undefined } : undefined;
    return drop(table?.id ?? subnet.id, 'route', 'NO_ROUTE', subnet.id, none, 'no match', `no IPv6 route covers ${to} (an IPv4 0.0.0.0/0 does not)`);
  }
  const text = `${best.route.destination} → ${best.route.target}`;
  const decided: Decider = { kind: 'route', table: table.id, destination: best.route.destination, target: best.route.target };
  const target = index.get(best.route.target);
  if (!target) return drop(table.id, 'route', 'BLACKHOLE', subnet.id, decided, text, `${best.route.target} does not exist: the route is a blackhole`);
  add(rec, table.id, 'route', 'forward', subnet.id, decided, text, `${to} → ${target.id}`);
  if ((target.kind !== 'egress-only-internet-gateway' && target.kind !== 'internet-gateway') || target.parent !== vpc.id) {
    return drop(table.id, 'route', 'NOT_MODELLED', subnet.id, decided, text, `IPv6 through a ${target.kind} is not traced`);
  }
  const note = target.kind === 'egress-only-internet-gateway' ? 'out to the internet; egress-only: stateful, it lets replies in and nothing that starts outside (EIGW)' : 'out to the internet: IPv6 addresses are public, no translation';
  add(rec, target.id, 'igw', 'forward', target.id, undefined, target.id, note);
  add(rec, 'internet', 'deliver', 'allow', 'internet', undefined, to, 'arrives on the internet');
  if (acl) {
    const inbound = nacl(acl, 'inbound', protocol, protocol === 'icmp' ? port : sender.ephemeral.lo, protocol === 'icmp' ? port : sender.ephemeral.hi, dst);
    if (!inbound) {
      add(reply, acl.id, 'nacl-in', 'drop', subnet.id, entryOf('inbound', undefined), 'no IPv6 entry allows it', `entering ${subnet.id}: the reply from ${to} to ports ${sender.ephemeral.lo}-${sender.ephemeral.hi} is denied`, true);
      return { ok: false, reason: 'REPLY_NACL_DENY', at: acl.id };
    }
    add(reply, acl.id, 'nacl-in', 'allow', subnet.id, entryOf('inbound', inbound), `#${inbound.ruleNumber} allow ${inbound.cidr}`, `entering ${subnet.id}: the reply from ${to}`, true);
  }
  add(reply, owner, 'deliver', 'allow', owner, undefined, owner, `the reply comes back through ${target.id}`, true);
  return { ok: true };
}
