/**
 * Every fact of every import fixture (test/fixtures/import/, inputs nobody on the team wrote,
 * each with the facts a script derived from it) is checked against what the importer makes.
 * Objects are found by their `source.address`; implicit AWS objects by `<vpc address>#...`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveNetworkAcl, effectiveRouteTable, indexDesign, type Design, type Resource } from '../../model/index.ts';
import { ipv4Range } from '../../sim/ipv4.ts';
import { trace } from '../../sim/index.ts';
import { importDesign, type ImportFormat, type ImportResult } from './index.ts';

const ROOT = new URL('../../../../test/fixtures/import/', import.meta.url).pathname;

const FORMAT_OF: Record<string, ImportFormat> = {
  'terraform-plan': 'tf-plan',
  'terraform-state': 'tf-state',
  'cloudformation-template': 'cfn',
  'lza-network-config': 'lza',
};

/** Input types whose resources live inside another (routes in their table, rules in their group): their facts are those of what holds them. */
const HELD_IN_ANOTHER = new Set([
  'aws_route',
  'aws_route_table_association',
  'aws_network_acl_rule',
  'aws_network_acl_association',
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
  'aws_vpc_ipv4_cidr_block_association',
  'aws_ec2_transit_gateway_route',
  'aws_ec2_transit_gateway_route_table',
  'aws_ec2_transit_gateway_route_table_association',
  'aws_ec2_transit_gateway_route_table_propagation',
  'aws_vpc_endpoint_route_table_association',
  'aws_vpc_endpoint_subnet_association',
  'aws_main_route_table_association',
]);

/**
 * Facts of a plan that the plan does not hold in any form: the facts script read them from the
 * state applied from it. The configuration only says "one of these"; the importer must call
 * its answer inferred. Each entry says why the plan cannot tell.
 */
const UNDETERMINED_IN_PLAN: Record<string, string> = {
  'vpc-complete.plan.json|module.vpc_endpoints.aws_vpc_endpoint.this["s3"]|subnet_ids':
    'the endpoints module iterates a local built from its `endpoints` input; which endpoint of the map takes the private subnets is in constant parts of that expression, which a plan does not export',
};

/** The facts' route target types and the kind each is in the design. */
const TARGET_KINDS: Record<string, string> = {
  igw: 'internet-gateway',
  eigw: 'egress-only-internet-gateway',
  nat: 'nat-gateway',
  vpce: 'vpc-endpoint',
  tgw: 'transit-gateway',
  pcx: 'vpc-peering',
  vgw: 'virtual-private-gateway',
  firewall: 'network-firewall',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Facts = Record<string, any>;

interface Fixture {
  readonly dir: string;
  readonly facts: Facts;
  readonly format: ImportFormat;
  readonly input: string;
  readonly accounts?: string | undefined;
}

function fixtures(): Fixture[] {
  const found: Fixture[] = [];
  for (const dir of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.facts.json')).sort()) {
      const facts = JSON.parse(readFileSync(join(ROOT, dir, name), 'utf8')) as Facts;
      const input = join(ROOT, dir, facts.fixture as string);
      const accounts = input.replace(/network-config\.yaml$/, 'accounts-config.yaml');
      found.push({ dir, facts, format: FORMAT_OF[facts.input_kind as string]!, input, accounts: accounts !== input ? accounts : undefined });
    }
  }
  return found;
}

/** The design's resources by the input address they came from. */
function bySource(result: ImportResult): Map<string, Resource> {
  const map = new Map<string, Resource>();
  for (const resource of result.design.resources) if (resource.source) map.set(resource.source.address, resource);
  return map;
}

/** The design with one subnet handing out public addresses, as "with a public IPv4 address" supposes. */
function withPublicIp(design: Design, subnetId: string): Design {
  return { ...design, resources: design.resources.map((r) => (r.id === subnetId && r.kind === 'subnet' ? { ...r, mapPublicIpOnLaunch: true } : r)) };
}

/** The design with the internet as a source. */
function withInternet(design: Design): Design {
  return { ...design, resources: [...design.resources, { id: 'the-internet', kind: 'external', name: 'the internet', endpointType: 'internet' }] };
}

/** A transit gateway route table's answer for an address: longest prefix over static and propagated routes. */
function tgwLookup(design: Design, tableAddress: string, ip: string): 'no route' | 'blackhole' | 'attachment' {
  const index = indexDesign(design);
  const target = ipv4Range(`${ip}/32`)!;
  for (const tgw of index.ofKind('transit-gateway')) {
    const table = tgw.routeTables.find((t) => t.source?.address === tableAddress);
    if (!table) continue;
    const propagated = index
      .ofKind('tgw-attachment')
      .filter((a) => a.transitGateway === tgw.id && a.propagations?.includes(table.id))
      .flatMap((a) => index.getOf(a.vpc, 'vpc')?.cidrs ?? [])
      .map((destination) => ({ destination, blackhole: false }));
    let best: { length: number; blackhole: boolean } | undefined;
    for (const route of [...table.routes, ...propagated]) {
      const range = ipv4Range(route.destination);
      const length = Number(route.destination.split('/')[1]);
      if (!range || target.first < range.first || target.last > range.last) continue;
      // A static route wins over a propagated one of the same length: static routes come first.
      if (!best || length > best.length) best = { length, blackhole: route.blackhole === true };
    }
    return best ? (best.blackhole ? 'blackhole' : 'attachment') : 'no route';
  }
  throw new Error(`no transit gateway route table ${tableAddress}`);
}

const FIXTURES = fixtures();
const imported = new Map<string, ImportResult>();
function importOf(fixture: Fixture): ImportResult {
  let result = imported.get(fixture.input);
  if (!result) {
    const read = (path: string) => ({ name: path.split('/').at(-1)!, text: readFileSync(path, 'utf8') });
    result = importDesign({ file: read(fixture.input), accounts: fixture.accounts ? read(fixture.accounts) : undefined }, fixture.format);
    imported.set(fixture.input, result);
  }
  return result;
}

/** Every managed resource address of a Terraform input, with its type. */
function terraformAddresses(fixture: Fixture): Map<string, string> {
  const json = JSON.parse(readFileSync(fixture.input, 'utf8')) as Facts;
  const root = fixture.format === 'tf-plan' ? json.planned_values.root_module : json.values.root_module;
  const out = new Map<string, string>();
  const walk = (module: Facts) => {
    for (const r of module.resources ?? []) if (r.mode === 'managed') out.set(r.address, r.type);
    for (const child of module.child_modules ?? []) walk(child);
  };
  walk(root);
  return out;
}

describe('import fixtures', () => {
  it('finds every fixture and detects its format', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(15);
    for (const fixture of FIXTURES) expect(FORMAT_OF[fixture.facts.input_kind], fixture.input).toBeDefined();
  });
});

// CloudFormation and LZA fixtures are held to every fact in cloudformation/facts.test.ts and lza/facts.test.ts
// (their keys, AZs by index and IPAM placeholders read differently); these checks are Terraform-shaped.
for (const fixture of FIXTURES.filter((f) => f.format === 'tf-plan' || f.format === 'tf-state')) {
  const name = `${fixture.dir}/${fixture.facts.fixture}`;
  describe(name, () => {
    it('accounts for every resource of the input: imported, held in another, or in the notes with its address', () => {
      const result = importOf(fixture);
      const sources = bySource(result);
      const noted = new Set(result.notes.map((note) => `${note.type}|${note.address}`));
      const counts: Record<string, number> = {};
      if (fixture.format === 'tf-plan' || fixture.format === 'tf-state') {
        for (const [address, type] of terraformAddresses(fixture)) {
          const accounted = sources.has(address) || noted.has(`${type}|${address}`) || HELD_IN_ANOTHER.has(type);
          expect(accounted, `${address} (${type}) is neither imported nor in the notes`).toBe(true);
          counts[type] = (counts[type] ?? 0) + 1;
        }
        expect(counts).toEqual(fixture.facts.resource_type_counts);
      }
    });

    it('has every VPC with its CIDRs', () => {
      const sources = bySource(importOf(fixture));
      for (const fact of fixture.facts.vpcs as Facts[]) {
        const vpc = sources.get(fact.key);
        expect(vpc?.kind, fact.key).toBe('vpc');
        if (vpc?.kind !== 'vpc') continue;
        expect([...vpc.cidrs].sort(), fact.key).toEqual([...(fact.cidrs as string[])].sort());
      }
      expect(importOf(fixture).design.resources.filter((r) => r.kind === 'vpc')).toHaveLength(fixture.facts.network_counts.vpcs);
    });

    it('has every subnet in its VPC with its CIDR and Availability Zone', () => {
      const sources = bySource(importOf(fixture));
      for (const fact of fixture.facts.subnets as Facts[]) {
        const subnet = sources.get(fact.key);
        expect(subnet?.kind, fact.key).toBe('subnet');
        if (subnet?.kind !== 'subnet') continue;
        if (typeof fact.cidr === 'string' && !fact.cidr.includes('known after apply')) expect(subnet.cidr, fact.key).toBe(fact.cidr);
        if (typeof fact.az === 'string' && /^[a-z]{2}-/.test(fact.az)) expect(subnet.availabilityZone, fact.key).toBe(fact.az);
        expect(subnet.parent, fact.key).toBe(sources.get(fact.vpc)?.id);
      }
      expect(importOf(fixture).design.resources.filter((r) => r.kind === 'subnet')).toHaveLength(fixture.facts.network_counts.subnets);
    });

    it('uses the route table and network ACL each subnet uses in AWS, explicit or implied', () => {
      const result = importOf(fixture);
      const sources = bySource(result);
      const index = indexDesign(result.design);
      for (const fact of fixture.facts.subnets as Facts[]) {
        const subnet = sources.get(fact.key);
        if (!subnet) continue;
        if (fact.route_table) expect(effectiveRouteTable(index, subnet.id)?.resource.id, `${fact.key} route table`).toBe(sources.get(fact.route_table)?.id);
        if (fact.network_acl) expect(effectiveNetworkAcl(index, subnet.id)?.resource.id, `${fact.key} network ACL`).toBe(sources.get(fact.network_acl)?.id);
      }
    });

    it('has every route table with its routes, targets and subnets', () => {
      const result = importOf(fixture);
      const sources = bySource(result);
      const index = indexDesign(result.design);
      for (const fact of fixture.facts.route_tables as Facts[]) {
        const table = sources.get(fact.key);
        expect(table?.kind, fact.key).toBe('route-table');
        if (table?.kind !== 'route-table') continue;
        expect(table.parent, fact.key).toBe(sources.get(fact.vpc)?.id);
        expect(table.main === true, `${fact.key} main`).toBe(fact.main === true);
        const routed = (fact.routes as Facts[]).filter((route) => route.target_type !== 'vpce');
        for (const route of fact.routes as Facts[]) {
          const target = sources.get(route.target);
          expect(target?.kind, `${fact.key} → ${route.destination}`).toBe(TARGET_KINDS[route.target_type]);
          if (route.target_type === 'vpce') {
            expect(target?.kind === 'vpc-endpoint' && target.routeTables, `${fact.key} → ${route.target}`).toContain(table.id);
            if (target?.kind === 'vpc-endpoint' && target.prefixListId) expect(target.prefixListId).toBe(route.destination);
            continue;
          }
          const found = table.routes.find((r) => r.destination === route.destination);
          expect(found?.target, `${fact.key} → ${route.destination}`).toBe(target?.id);
        }
        expect(table.routes.filter((r) => r.target !== 'local').map((r) => r.destination).sort(), fact.key).toEqual(routed.map((r) => r.destination).sort());
        const using = index.subnetsUsingRouteTable(table.id).filter((s) => s.routeTable === table.id).map((s) => s.source?.address);
        if (fact.main !== true) expect(using.sort(), `${fact.key} subnets`).toEqual([...(fact.subnets as string[])].sort());
      }
    });

    it('has every gateway where it is attached', () => {
      const sources = bySource(importOf(fixture));
      const expectIn = (facts: Facts[] | undefined, kind: string, parentOf: (fact: Facts) => string | undefined) => {
        for (const fact of facts ?? []) {
          const gateway = sources.get(fact.key);
          expect(gateway?.kind, fact.key).toBe(kind);
          const parent = parentOf(fact);
          if (parent) expect(gateway?.parent, fact.key).toBe(sources.get(parent)?.id);
        }
      };
      expectIn(fixture.facts.internet_gateways, 'internet-gateway', (f) => f.vpc);
      expectIn(fixture.facts.egress_only_internet_gateways, 'egress-only-internet-gateway', (f) => f.vpc);
      expectIn(fixture.facts.vpn_gateways, 'virtual-private-gateway', (f) => f.vpc);
      expectIn(fixture.facts.nat_gateways, 'nat-gateway', (f) => f.subnet);
      for (const fact of fixture.facts.nat_gateways ?? []) {
        const nat = sources.get(fact.key);
        expect(nat?.kind === 'nat-gateway' && nat.connectivity, fact.key).toBe(fact.connectivity_type ?? fact.connectivity ?? 'public');
      }
    });

    it('has every security group with its rules, one per peer', () => {
      const sources = bySource(importOf(fixture));
      for (const fact of (fixture.facts.security_groups ?? []) as Facts[]) {
        const group = sources.get(fact.key);
        expect(group?.kind, fact.key).toBe('security-group');
        if (group?.kind !== 'security-group') continue;
        expect(group.parent, fact.key).toBe(sources.get(fact.vpc)?.id);
        expect(group.default === true, `${fact.key} default`).toBe(fact.default === true);
        for (const direction of ['ingress', 'egress'] as const) {
          const rules = (fact.rules as Facts[]).filter((r) => r.direction === direction);
          expect(group[direction], `${fact.key} ${direction}`).toHaveLength(rules.length);
          for (const rule of rules) {
            const protocol = rule.protocol === '-1' ? 'all' : rule.protocol;
            const match = group[direction].find(
              (r) =>
                r.protocol === protocol &&
                (protocol === 'all' || (r.fromPort === rule.from_port && r.toPort === rule.to_port)) &&
                (rule.peer_type !== 'cidr' || (r.peer.kind === 'cidr' && r.peer.cidr === rule.peer)),
            );
            expect(match, `${fact.key} ${direction} ${JSON.stringify(rule)}`).toBeDefined();
          }
        }
      }
    });

    it('has every network ACL with its rules and subnets', () => {
      const result = importOf(fixture);
      const sources = bySource(result);
      const index = indexDesign(result.design);
      for (const fact of (fixture.facts.network_acls ?? []) as Facts[]) {
        const acl = sources.get(fact.key);
        expect(acl?.kind, fact.key).toBe('network-acl');
        if (acl?.kind !== 'network-acl') continue;
        expect(acl.parent, fact.key).toBe(sources.get(fact.vpc)?.id);
        expect(acl.default === true, `${fact.key} default`).toBe(fact.default === true);
        for (const [field, entries] of [['ingress', acl.inbound], ['egress', acl.outbound]] as const) {
          const rules = (fact[field] ?? []) as Facts[];
          expect(entries, `${fact.key} ${field}`).toHaveLength(rules.length);
          for (const rule of rules) {
            const entry = entries.find((e) => e.ruleNumber === rule.rule_number && e.cidr === rule.cidr);
            expect(entry, `${fact.key} ${field} ${rule.rule_number} ${rule.cidr}`).toMatchObject({ action: rule.action, protocol: rule.protocol === '-1' ? 'all' : rule.protocol });
            if (rule.protocol === 'tcp' || rule.protocol === 'udp') expect(entry).toMatchObject({ fromPort: rule.from_port, toPort: rule.to_port });
          }
        }
        for (const subnet of (fact.subnets ?? []) as string[]) {
          const id = sources.get(subnet)?.id;
          if (id) expect(effectiveNetworkAcl(index, id)?.resource.id, `${subnet} uses ${fact.key}`).toBe(acl.id);
        }
      }
    });

    it('has every VPC endpoint with its service, route tables and subnets', () => {
      const result = importOf(fixture);
      const sources = bySource(result);
      const index = indexDesign(result.design);
      for (const fact of (fixture.facts.vpc_endpoints ?? []) as Facts[]) {
        const endpoint = sources.get(fact.key);
        expect(endpoint?.kind, fact.key).toBe('vpc-endpoint');
        if (endpoint?.kind !== 'vpc-endpoint') continue;
        expect(endpoint.service, fact.key).toBe(fact.service);
        expect(endpoint.endpointType, fact.key).toBe(String(fact.type).toLowerCase().replace('gatewayloadbalancer', 'gateway-load-balancer'));
        expect(index.vpcOf(endpoint.id)?.id, fact.key).toBe(sources.get(fact.vpc)?.id);
        const ids = (keys: string[] | undefined) => (keys ?? []).map((key) => sources.get(key)?.id).sort();
        expect([...(endpoint.routeTables ?? [])].sort(), `${fact.key} route tables`).toEqual(ids(fact.route_tables));
        const undetermined = UNDETERMINED_IN_PLAN[`${fixture.facts.fixture}|${fact.key}|subnet_ids`];
        if (undetermined) {
          // Not in the plan at all: the importer must say the subnets are its guess.
          expect(importOf(fixture).notes.some((n) => n.address === fact.key && n.level === 'inferred' && n.message.includes('subnet_ids')), `${fact.key}: ${undetermined}`).toBe(true);
          continue;
        }
        expect(index.subnetsOf(endpoint).map((s) => s.id).sort(), `${fact.key} subnets`).toEqual(ids(fact.subnets));
      }
    });

    it('has every transit gateway with its attachments, route tables and static routes', () => {
      const result = importOf(fixture);
      const sources = bySource(result);
      const tables = new Map<string, { id: string; tgw: string; routes: readonly Facts[] }>();
      for (const resource of result.design.resources) {
        if (resource.kind !== 'transit-gateway') continue;
        for (const table of resource.routeTables) if (table.source) tables.set(table.source.address, { id: table.id, tgw: resource.id, routes: table.routes });
      }
      for (const fact of (fixture.facts.transit_gateways ?? []) as Facts[]) {
        const tgw = sources.get(fact.key);
        expect(tgw?.kind, fact.key).toBe('transit-gateway');
        if (tgw?.kind === 'transit-gateway' && fact.amazon_side_asn) expect(tgw.amazonSideAsn).toBe(fact.amazon_side_asn);
      }
      for (const fact of (fixture.facts.tgw_vpc_attachments ?? []) as Facts[]) {
        const attachment = sources.get(fact.key);
        expect(attachment?.kind, fact.key).toBe('tgw-attachment');
        if (attachment?.kind !== 'tgw-attachment') continue;
        expect(attachment.transitGateway, fact.key).toBe(sources.get(fact.tgw)?.id);
        expect(attachment.vpc, fact.key).toBe(sources.get(fact.vpc)?.id);
        expect([...attachment.subnets].sort(), `${fact.key} subnets`).toEqual((fact.subnets as string[]).map((s) => sources.get(s)?.id).sort());
        expect(attachment.routeTable, `${fact.key} association`).toBe(fact.association ? tables.get(fact.association)?.id : undefined);
        expect([...(attachment.propagations ?? [])].sort(), `${fact.key} propagations`).toEqual(((fact.propagations ?? []) as string[]).map((t) => tables.get(t)?.id).sort());
      }
      for (const fact of (fixture.facts.tgw_route_tables ?? []) as Facts[]) {
        const table = tables.get(fact.key);
        expect(table, fact.key).toBeDefined();
        if (!table) continue;
        expect(table.tgw, fact.key).toBe(sources.get(fact.tgw)?.id);
        const routes = (fact.static_routes ?? []) as Facts[];
        expect(table.routes, `${fact.key} static routes`).toHaveLength(routes.length);
        for (const route of routes) {
          const found = table.routes.find((r) => r.destination === route.destination);
          expect(found, `${fact.key} → ${route.destination}`).toBeDefined();
          expect(found?.blackhole === true, `${fact.key} → ${route.destination} blackhole`).toBe(route.blackhole === true);
          if (route.attachment) expect(found?.attachment, `${fact.key} → ${route.destination}`).toBe(sources.get(route.attachment)?.id);
        }
      }
    });

    it('has every peering between its two VPCs', () => {
      const sources = bySource(importOf(fixture));
      for (const fact of (fixture.facts.vpc_peerings ?? []) as Facts[]) {
        const peering = sources.get(fact.key);
        expect(peering?.kind, fact.key).toBe('vpc-peering');
        if (peering?.kind !== 'vpc-peering') continue;
        expect([peering.requesterVpc, peering.accepterVpc]).toEqual([sources.get(fact.requester_vpc)?.id, sources.get(fact.accepter_vpc)?.id]);
      }
    });

    it('holds every reachability statement when traced (a subnet end is an interface there that its security group lets do anything)', () => {
      const result = importOf(fixture);
      const sources = bySource(result);
      const idOf = (key: string) => sources.get(key)?.id ?? key;
      for (const fact of (fixture.facts.reachability ?? []) as Facts[]) {
        const what = `${fact.kind}: ${fact.statement}`;
        if (fact.reachable === null) continue; // depends on something outside the input (a firewall policy)
        switch (fact.kind) {
          case 'internet_egress_ipv4': {
            // "with-public-ip": an instance there reaches the internet once it has a public address.
            const design = fact.reachable === 'with-public-ip' ? withPublicIp(result.design, idOf(fact.from_subnet)) : result.design;
            const traced = trace(design, { from: idOf(fact.from_subnet), to: 'internet', protocol: 'tcp', port: 443 });
            expect(traced.verdict.reachable, what).toBe(fact.reachable !== false);
            break;
          }
          case 'subnet_to_subnet_ipv4':
          case 'same_vpc_local': {
            const traced = trace(result.design, { from: idOf(fact.from_subnet), to: fact.to_subnet, protocol: 'tcp', port: 443 });
            expect(traced.verdict.reachable, what).toBe(fact.reachable === true);
            break;
          }
          case 'private_destination_outside': {
            const traced = trace(result.design, { from: idOf(fact.from_subnet), to: fact.to_ip, protocol: 'tcp', port: 443 });
            expect(traced.verdict.reachable, what).toBe(false);
            break;
          }
          case 'nacl_denies_inbound': {
            const design = withInternet(withPublicIp(result.design, idOf(fact.subnet)));
            const traced = trace(design, { from: 'the-internet', to: idOf(fact.subnet), protocol: 'tcp', port: fact.port });
            expect(traced.verdict, what).toMatchObject({ reachable: false, reason: expect.stringMatching(/NACL/), at: idOf(fact.nacl) });
            break;
          }
          case 'internet_egress_ipv6': {
            // The subnets' IPv6 blocks are known only after apply: the statement is the route table's ::/0 route.
            const table = effectiveRouteTable(indexDesign(result.design), idOf(fact.from_subnet))?.resource;
            expect(table?.routes.find((r) => r.destination === '::/0')?.target, what).toBe(idOf(fact.via));
            expect(sources.get(fact.via)?.kind, what).toBe(fact.reachable === 'egress-only' ? 'egress-only-internet-gateway' : 'internet-gateway');
            break;
          }
          case 'tgw_route_table_lookup':
            expect(tgwLookup(result.design, fact.tgw_route_table, fact.to), what).toBe(fact.result === 'no route' || fact.result === 'blackhole' ? fact.result : 'attachment');
            break;
          default:
            throw new Error(`a reachability statement of kind ${fact.kind} is not checked`);
        }
      }
    });

    it('has as many of each network object as the input', () => {
      const { design } = importOf(fixture);
      // The counts are of what the input declares: implicit AWS objects (`…#main_route_table`) are listed but not counted.
      const declared = (r: { source?: { address: string } | undefined }) => !r.source?.address.includes('#');
      const of = <K extends Resource['kind']>(kind: K) => design.resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind && declared(r));
      const tgwTables = of('transit-gateway').flatMap((t) => t.routeTables).filter(declared);
      const actual: Record<string, number> = {
        vpcs: of('vpc').length,
        subnets: of('subnet').length,
        route_tables: of('route-table').length,
        routes_non_local: of('route-table').flatMap((t) => t.routes).filter((r) => r.target !== 'local').length + of('vpc-endpoint').reduce((n, e) => n + (e.routeTables?.length ?? 0), 0),
        internet_gateways: of('internet-gateway').length,
        egress_only_internet_gateways: of('egress-only-internet-gateway').length,
        nat_gateways: of('nat-gateway').length,
        vpn_gateways: of('virtual-private-gateway').length,
        transit_gateways: of('transit-gateway').length,
        tgw_vpc_attachments: of('tgw-attachment').length,
        tgw_route_tables: tgwTables.length,
        tgw_static_routes: tgwTables.reduce((n, t) => n + t.routes.length, 0),
        vpc_peerings: of('vpc-peering').length,
        security_groups: of('security-group').length,
        security_group_rules: of('security-group').reduce((n, g) => n + g.ingress.length + g.egress.length, 0),
        network_acls: of('network-acl').length,
        network_acl_rules: of('network-acl').reduce((n, a) => n + a.inbound.length + a.outbound.length, 0),
        vpc_endpoints: of('vpc-endpoint').length,
      };
      const expected = Object.fromEntries(Object.entries(fixture.facts.network_counts as Record<string, number>).filter(([key]) => key in actual));
      expect(Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]))).toEqual(expected);
    });
  });
}
