/**
 * Property tests on random small designs: the simulator agrees with a reference walker
 * written here from the AWS rules alone (VPCs, subnets, route tables with local, peering
 * and internet gateway routes, CIDR security groups, NACLs); traces are deterministic;
 * adding an allow rule never breaks a flow that worked. Seeds are fixed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.ts';
import type { NetworkAclEntry, SecurityGroupRule } from '../model/fields.ts';
import { indexDesign } from '../model/indexes.ts';
import { design } from '../testing/builder.ts';
import { trace } from './trace.ts';
import { show } from './testing.ts';

const PORTS = [22, 443, 8080];

interface Plan {
  vpcs: { subnets: { az: 'a' | 'c'; publicIp: boolean; nacl: NetworkAclEntry[][] | null; ownTable: boolean }[]; igw: boolean }[];
  peerings: [number, number][];
  /** Per VPC main table (index 0) and per subnet own table: which other VPCs it routes to the peering, and a default route to the IGW. */
  routes: { peer: boolean[]; blackhole: boolean[]; internet: boolean }[][];
  groups: { ingress: SecurityGroupRule[]; egress: SecurityGroupRule[] }[][];
}

const cidrOf = (v: number, s?: number) => (s === undefined ? `10.${v}.0.0/16` : `10.${v}.${s}.0/24`);

const ruleCidr = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('0.0.0.0/0', '10.0.0.0/8') },
  fc.integer({ min: 0, max: 2 }).map((v) => cidrOf(v)),
  fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })).map(([v, s]) => cidrOf(v, s)),
);
const ALL_OUT: SecurityGroupRule = { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } };
const portRange = fc.oneof(
  fc.constant<[number, number]>([0, 65535]),
  fc.constantFrom(...PORTS).map((p): [number, number] => [p, p]),
  fc.constant<[number, number]>([1024, 65535]),
  fc.constant<[number, number]>([32768, 61000]),
  fc.constant<[number, number]>([49152, 65535]),
);
const sgRule = fc.tuple(ruleCidr, portRange, fc.constantFrom<'tcp' | 'all'>('tcp', 'tcp', 'all')).map(
  ([cidr, [fromPort, toPort], protocol]): SecurityGroupRule => ({ protocol, fromPort: protocol === 'all' ? 0 : fromPort, toPort: protocol === 'all' ? 65535 : toPort, peer: { kind: 'cidr', cidr } }),
);
const naclEntry = fc.tuple(fc.integer({ min: 1, max: 200 }), ruleCidr, portRange, fc.boolean(), fc.boolean()).map(
  ([ruleNumber, cidr, [fromPort, toPort], allow, all]): NetworkAclEntry => ({
    ruleNumber,
    protocol: all ? 'all' : 'tcp',
    fromPort: all ? 0 : fromPort,
    toPort: all ? 65535 : toPort,
    cidr,
    action: allow || all ? 'allow' : 'deny',
  }),
);
const ALLOW_ALL: NetworkAclEntry = { ruleNumber: 300, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' };
/** A few random entries, usually ending in an allow-all so that some flows pass. */
const naclDirection = fc
  .tuple(fc.uniqueArray(naclEntry, { maxLength: 3, selector: (e) => e.ruleNumber }), fc.boolean(), fc.boolean())
  .map(([entries, open, openToo]) => (open || openToo ? [...entries, ALLOW_ALL] : entries));
const mostly = fc.constantFrom(true, true, true, false);

const plan: fc.Arbitrary<Plan> = fc
  .integer({ min: 2, max: 3 })
  .chain((vpcCount) =>
    fc.record({
      vpcs: fc.array(
        fc.record({
          subnets: fc.array(
            fc.record({
              az: fc.constantFrom<'a' | 'c'>('a', 'c'),
              publicIp: fc.boolean(),
              nacl: fc.option(fc.tuple(naclDirection, naclDirection).map(([i, o]) => [i, o]), { freq: 2 }),
              ownTable: fc.boolean(),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          igw: mostly,
        }),
        { minLength: vpcCount, maxLength: vpcCount },
      ),
      peerings: fc.uniqueArray(
        fc.tuple(fc.integer({ min: 0, max: vpcCount - 1 }), fc.integer({ min: 0, max: vpcCount - 1 })).filter(([a, b]) => a < b),
        { maxLength: 3, selector: ([a, b]) => `${a}-${b}` },
      ),
      routes: fc.array(
        fc.array(fc.record({ peer: fc.array(mostly, { minLength: 3, maxLength: 3 }), blackhole: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), internet: mostly }), { minLength: 4, maxLength: 4 }),
        { minLength: vpcCount, maxLength: vpcCount },
      ),
      groups: fc.array(
        fc.array(fc.record({
            ingress: fc.array(sgRule, { minLength: 1, maxLength: 3 }),
            egress: fc.oneof({ weight: 3, arbitrary: fc.constant<SecurityGroupRule[]>([ALL_OUT]) }, { weight: 1, arbitrary: fc.array(sgRule, { maxLength: 2 }) }),
          }), { minLength: 3, maxLength: 3 }),
        { minLength: vpcCount, maxLength: vpcCount },
      ),
    }),
  );

const vpcId = (v: number) => `v${v}`;
const subnetId = (v: number, s: number) => `v${v}s${s}`;
const hostId = (v: number, s: number) => `h${v}${s}`;

function build(p: Plan): Design {
  const b = design('random').account('acct').add('external', 'net', { endpointType: 'internet' });
  p.vpcs.forEach((vpc, v) => {
    b.vpc(vpcId(v), 'acct', cidrOf(v));
    if (vpc.igw) b.add('internet-gateway', `igw${v}`, { parent: vpcId(v) });
  });
  p.peerings.forEach(([a, c]) => b.add('vpc-peering', `pcx${a}${c}`, { requesterVpc: vpcId(a), accepterVpc: vpcId(c) }));
  const routesFor = (v: number, r: Plan['routes'][number][number]) => {
    const routes = [{ destination: cidrOf(v), target: 'local' }];
    p.vpcs.forEach((_, w) => {
      if (w === v) return;
      const peering = p.peerings.find(([a, c]) => (a === v && c === w) || (a === w && c === v));
      if (r.peer[w] && peering) routes.push({ destination: cidrOf(w), target: `pcx${peering[0]}${peering[1]}` });
      else if (r.blackhole[w]) routes.push({ destination: cidrOf(w), target: `gone${w}` });
    });
    if (r.internet && p.vpcs[v]!.igw) routes.push({ destination: '0.0.0.0/0', target: `igw${v}` });
    return routes;
  };
  p.vpcs.forEach((vpc, v) => {
    b.update(`${vpcId(v)}-rtb-main`, { routes: routesFor(v, p.routes[v]![0]!) });
    vpc.subnets.forEach((subnet, s) => {
      const fields: Record<string, unknown> = {};
      if (subnet.ownTable) {
        b.add('route-table', `rt${v}${s}`, { parent: vpcId(v), routes: routesFor(v, p.routes[v]![s + 1]!) });
        fields.routeTable = `rt${v}${s}`;
      }
      if (subnet.nacl) {
        b.add('network-acl', `acl${v}${s}`, { parent: vpcId(v), inbound: subnet.nacl[0], outbound: subnet.nacl[1] });
        fields.networkAcl = `acl${v}${s}`;
      }
      b.subnet(subnetId(v, s), vpcId(v), cidrOf(v, s), `ap-northeast-2${subnet.az}`, fields);
      const group = p.groups[v]![s]!;
      b.add('security-group', `sg${v}${s}`, { parent: vpcId(v), ingress: group.ingress, egress: group.egress });
      b.add('instance', hostId(v, s), { parent: subnetId(v, s), securityGroups: [`sg${v}${s}`], publicIp: subnet.publicIp });
    });
  });
  return b.build();
}

// ---- The reference walker: written from the rules, knowing nothing of the simulator. ----

const ip = (text: string) => text.split('.').reduce((n, o) => n * 256 + Number(o), 0);
function inCidr(cidr: string, address: number): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const first = Math.floor(ip(base!) / size) * size;
  return address >= first && address < first + size;
}
const prefixOf = (cidr: string) => Number(cidr.split('/')[1]);

function sgAllows(rules: readonly SecurityGroupRule[], remote: number, port: number): boolean {
  return rules.some((r) => (r.protocol === 'all' || (r.fromPort <= port && port <= r.toPort)) && r.peer.kind === 'cidr' && inCidr(r.peer.cidr, remote));
}

/** First match by rule number over every port in [lo, hi], checking each point where a decision can change. */
function naclAllows(entries: readonly NetworkAclEntry[] | undefined, remote: number, lo: number, hi: number): boolean {
  if (!entries) return true;
  const sorted = [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber);
  const points = new Set([lo, hi]);
  for (const e of entries) for (const p of [e.fromPort - 1, e.fromPort, e.toPort, e.toPort + 1]) if (p >= lo && p <= hi) points.add(p);
  for (const port of points) {
    const hit = sorted.find((e) => inCidr(e.cidr, remote) && (e.protocol === 'all' || (e.fromPort <= port && port <= e.toPort)));
    if (!hit || hit.action === 'deny') return false;
  }
  return true;
}

interface Host {
  v: number;
  s: number;
  ip: number;
  publicIp: boolean;
}

function reference(d: Design, p: Plan, from: Host, to: Host | 'internet', port: number): boolean {
  const index = indexDesign(d);
  const acl = (h: Host) => index.networkAclOf(subnetId(h.v, h.s));
  const routeFor = (h: Host, dst: number) => {
    const routes = index.routeTableOf(subnetId(h.v, h.s))!.routes.filter((r) => r.destination && inCidr(r.destination, dst));
    routes.sort((a, b) => prefixOf(b.destination!) - prefixOf(a.destination!));
    return routes[0];
  };
  const group = (h: Host) => index.getOf(`sg${h.v}${h.s}`, 'security-group')!;
  const inet = ip('192.0.2.100');
  const dst = to === 'internet' ? inet : to.ip;
  if (!sgAllows(group(from).egress, dst, port)) return false;
  if (to !== 'internet' && to.v === from.v && to.s === from.s) return sgAllows(group(to).ingress, from.ip, port);
  if (!naclAllows(acl(from)?.outbound, dst, port, port)) return false;
  const route = routeFor(from, dst);
  if (!route) return false;
  if (to === 'internet') {
    if (route.target !== `igw${from.v}` || !p.vpcs[from.v]!.igw || !from.publicIp) return false;
    return naclAllows(acl(from)?.inbound, inet, 32768, 61000);
  }
  const peering = p.peerings.find(([a, c]) => (a === from.v && c === to.v) || (a === to.v && c === from.v));
  const pcx = peering && `pcx${peering[0]}${peering[1]}`;
  if (to.v === from.v ? route.target !== 'local' : route.target !== pcx) return false;
  if (!naclAllows(acl(to)?.inbound, from.ip, port, port)) return false;
  if (!sgAllows(group(to).ingress, from.ip, port)) return false;
  // The reply: NACL out of the destination, its route back, NACL in at the source.
  if (!naclAllows(acl(to)?.outbound, from.ip, 32768, 61000)) return false;
  const back = routeFor(to, from.ip);
  if (!back || (to.v === from.v ? back.target !== 'local' : back.target !== pcx)) return false;
  return naclAllows(acl(from)?.inbound, to.ip, 32768, 61000);
}

function hosts(p: Plan): Host[] {
  return p.vpcs.flatMap((vpc, v) => vpc.subnets.map((subnet, s) => ({ v, s, ip: ip(`10.${v}.${s}.4`), publicIp: subnet.publicIp })));
}

const flowArb = plan.chain((p) => {
  const all = hosts(p);
  return fc.record({
    p: fc.constant(p),
    from: fc.constantFrom(...all),
    to: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...all) }, { weight: 1, arbitrary: fc.constant<'internet'>('internet') }),
    port: fc.constantFrom(...PORTS),
  });
});

const hostName = (h: Host | 'internet') => (h === 'internet' ? 'net' : hostId(h.v, h.s));

describe('the simulator against a reference walker', () => {
  it('agrees on random small designs', () => {
    let reachable = 0;
    fc.assert(
      fc.property(flowArb, ({ p, from, to, port }) => {
        if (to !== 'internet' && to.v === from.v && to.s === from.s) return;
        const d = build(p);
        const expected = reference(d, p, from, to, port);
        const result = trace(d, { from: hostName(from), to: hostName(to), protocol: 'tcp', port });
        if (result.verdict.reachable) reachable++;
        expect(result.verdict.reachable, show(result)).toBe(expected);
      }),
      { seed: 20261124, numRuns: 400 },
    );
    // The generator must produce both answers, or the agreement says little.
    expect(reachable).toBeGreaterThan(10);
  });

  it('is deterministic: the same design and flow give the same hops', () => {
    fc.assert(
      fc.property(flowArb, ({ p, from, to, port }) => {
        if (to !== 'internet' && to.v === from.v && to.s === from.s) return;
        const flow = { from: hostName(from), to: hostName(to), protocol: 'tcp' as const, port };
        const first = trace(build(p), flow);
        const again = trace(build(p), flow);
        expect(again).toEqual(first);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('a reachable flow stays reachable when an allow rule is added', () => {
    const addition = fc.record({ rule: sgRule, entry: naclEntry.map((e) => ({ ...e, action: 'allow' as const })), where: fc.nat(), kind: fc.constantFrom('sg-in', 'sg-out', 'nacl-in', 'nacl-out') });
    let checked = 0;
    fc.assert(
      fc.property(flowArb, addition, ({ p, from, to, port }, add) => {
        if (to !== 'internet' && to.v === from.v && to.s === from.s) return;
        const d = build(p);
        const flow = { from: hostName(from), to: hostName(to), protocol: 'tcp' as const, port };
        if (!trace(d, flow).verdict.reachable) return;
        checked++;
        const all = hosts(p);
        const h = all[add.where % all.length]!;
        const changed: Plan = structuredClone(p);
        if (add.kind.startsWith('sg')) {
          const g = changed.groups[h.v]![h.s]!;
          (add.kind === 'sg-in' ? g.ingress : g.egress).push(add.rule);
        } else {
          const subnet = changed.vpcs[h.v]!.subnets[h.s]!;
          if (!subnet.nacl) return;
          const list = subnet.nacl[add.kind === 'nacl-in' ? 0 : 1]!;
          if (list.some((e) => e.ruleNumber === add.entry.ruleNumber)) return;
          list.push(add.entry);
        }
        const after = trace(build(changed), flow);
        expect(after.verdict.reachable, show(after)).toBe(true);
      }),
      { seed: 99, numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(10);
  });
});
