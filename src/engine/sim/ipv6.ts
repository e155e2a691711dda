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
  const drop = (at: string, step: Parameters<Recorder['add']>[1], reason: Extract<Outcome, { ok: false }>['reason'], matched: string, note: string, isReply = false): Outcome => {
    rec.add(at, step, 'drop', matched, note);
    if (isReply) reply.add(at, step, 'drop', matched, note, true);
    return { ok: false, reason, at };
  };
  if (!own) return drop(subnet.id, 'route', 'NO_ROUTE', 'no IPv6 CIDR', `${subnet.id} has no IPv6 CIDR block: ${sender.resource.id} has no IPv6 address`);
  const vpc = index.getOf(sender.subnet.vpc.id, 'vpc')!;
  if ((vpc.ipv6Cidrs ?? []).some((c) => inBlock(cidrBlock(c), dst))) {
    return drop(subnet.id, 'route', 'NOT_MODELLED', to, 'IPv6 traffic inside a VPC is not traced');
  }
  // Groups: IPv6 CIDR rules only.
  const groups = sender.groups.map((g) => index.getOf(g, 'security-group')).filter((g) => g !== undefined);
  if (groups.length > 0) {
    // The default group gets ::/0 egress once the VPC has IPv6.
    const open = groups.some((g) => g.default && !hasIpv6(g.egress.flatMap((r) => (r.peer.kind === 'cidr' ? [r.peer.cidr] : []))));
    const rule = open
      ? { peer: { kind: 'cidr' as const, cidr: '::/0' } }
      : groups.flatMap((g) => g.egress).find((r) => r.peer.kind === 'cidr' && inBlock(cidrBlock(r.peer.cidr), dst) && portOk(protocol, r, port, port));
    if (!rule) return drop(sender.groups[0]!, 'sg-egress', 'SG_DENY', 'no match', `no IPv6 egress rule of ${sender.groups.join(', ')} allows ${protocol}/${port} to ${to}`);
    rec.add(sender.groups[0]!, 'sg-egress', 'allow', `${protocol} to ${rule.peer.kind === 'cidr' ? rule.peer.cidr : ''}`, `${sender.resource.id} may send ${protocol}/${port} to ${to}`);
  }
  const acl = index.networkAclOf(subnet.id);
  if (acl) {
    const out = nacl(acl, 'outbound', protocol, port, port, dst);
    if (!out) return drop(acl.id, 'nacl-out', 'NACL_DENY', 'no IPv6 entry allows it', `leaving ${subnet.id}: ${protocol}/${port} to ${to} is denied (IPv6 entries are separate)`);
    rec.add(acl.id, 'nacl-out', 'allow', `#${out.ruleNumber} allow ${out.cidr}`, `leaving ${subnet.id}: ${protocol}/${port} to ${to}`);
  }
  const table = index.routeTableOf(subnet.id);
  const routes = (table?.routes ?? [])
    .map((r) => ({ route: r, block: cidrBlock(r.destination) }))
    .filter((r) => inBlock(r.block, dst))
    .sort((a, b) => b.block!.prefix - a.block!.prefix);
  const best = routes[0];
  if (!table || !best) return drop(table?.id ?? subnet.id, 'route', 'NO_ROUTE', 'no match', `no IPv6 route covers ${to} (an IPv4 0.0.0.0/0 does not)`);
  const text = `${best.route.destination} → ${best.route.target}`;
  const target = index.get(best.route.target);
  if (!target) return drop(table.id, 'route', 'BLACKHOLE', text, `${best.route.target} does not exist: the route is a blackhole`);
  rec.add(table.id, 'route', 'forward', text, `${to} → ${target.id}`);
  if ((target.kind !== 'egress-only-internet-gateway' && target.kind !== 'internet-gateway') || target.parent !== vpc.id) {
    return drop(table.id, 'route', 'NOT_MODELLED', text, `IPv6 through a ${target.kind} is not traced`);
  }
  const note = target.kind === 'egress-only-internet-gateway' ? 'out to the internet; egress-only: stateful, it lets replies in and nothing that starts outside (EIGW)' : 'out to the internet: IPv6 addresses are public, no translation';
  rec.add(target.id, 'igw', 'forward', target.id, note);
  rec.add('internet', 'deliver', 'allow', to, 'arrives on the internet');
  if (acl) {
    const inbound = nacl(acl, 'inbound', protocol, protocol === 'icmp' ? port : sender.ephemeral.lo, protocol === 'icmp' ? port : sender.ephemeral.hi, dst);
    if (!inbound) {
      reply.add(acl.id, 'nacl-in', 'drop', 'no IPv6 entry allows it', `entering ${subnet.id}: the reply from ${to} to ports ${sender.ephemeral.lo}-${sender.ephemeral.hi} is denied`, true);
      return { ok: false, reason: 'REPLY_NACL_DENY', at: acl.id };
    }
    reply.add(acl.id, 'nacl-in', 'allow', `#${inbound.ruleNumber} allow ${inbound.cidr}`, `entering ${subnet.id}: the reply from ${to}`, true);
  }
  reply.add(sender.resource.id, 'deliver', 'allow', sender.resource.id, `the reply comes back through ${target.id}`, true);
  return { ok: true };
}
