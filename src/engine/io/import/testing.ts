/**
 * Test support: checks an imported design against a fixture's `*.facts.json` and lists every
 * fact it does not reproduce. Facts name things by input keys (a CloudFormation logical id,
 * an LZA key like `subnet:<vpc>/<name>`, `<vpc key>#main_route_table`); a key is found by the
 * resource's `source.address`, or by the id importers derive from it (`importId`).
 */
import type { Design, Resource } from '../../model/index.ts';
import { trace } from '../../sim/index.ts';
import type { ImportNote } from './types.ts';
import { importId } from './implicit.ts';
import { azIdPrefix } from './lza/builder.ts';
import { cidrBlock, contains } from '../../net/cidr.ts';

type Facts = Record<string, unknown> & { fixture: string };
type Fact = Record<string, unknown>;

export interface FactsOptions {
  /** How the design writes a fact's AZ (CloudFormation's `az-index:N`). */
  readonly az?: (az: string, vpc: Resource | undefined) => string;
  /** Input types whose resources are folded into others (associations, rule entries), so no design resource carries their address. */
  readonly folded?: ReadonlySet<string>;
  /** The input's addresses of each type, for resource_type_counts. */
  readonly addressesOfType?: (type: string) => readonly string[];
  /** network_counts the input counts differently (LZA counts security group rules as YAML objects; checked per rule instead). */
  readonly uncounted?: readonly string[];
}

export class FactsChecker {
  readonly problems: string[] = [];
  private readonly byAddress = new Map<string, Resource>();
  private readonly byId = new Map<string, Resource>();
  private readonly tgwTables = new Map<string, { tgw: string; table: string }>();

  constructor(
    readonly design: Design,
    readonly notes: readonly ImportNote[],
    readonly options: FactsOptions = {},
  ) {
    for (const resource of design.resources) {
      this.byId.set(resource.id, resource);
      if (resource.source) this.byAddress.set(resource.source.address, resource);
      if (resource.kind === 'transit-gateway') for (const table of resource.routeTables) this.tgwTables.set(table.id, { tgw: resource.id, table: table.id });
    }
  }

  find(key: string | null | undefined): Resource | undefined {
    if (!key) return undefined;
    return this.byAddress.get(key) ?? this.byId.get(key) ?? this.byId.get(importId(key));
  }

  byName(kind: Resource['kind'], name: string): Resource | undefined {
    return this.design.resources.find((r) => r.kind === kind && r.name === name);
  }

  private need(key: string, what: string): Resource | undefined {
    const found = this.find(key);
    if (!found) this.problems.push(`${what} ${key}: not in the design`);
    return found;
  }

  private expect(where: string, actual: unknown, expected: unknown): void {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) this.problems.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }

  private noted(address: string): boolean {
    return this.notes.some((note) => note.address === address);
  }

  private azOf(az: string, vpc: Resource | undefined): string {
    return this.options.az ? this.options.az(az, vpc) : az;
  }

  private vpcOf(resource: Resource): Resource | undefined {
    let current: Resource | undefined = resource;
    while (current && current.kind !== 'vpc') current = current.parent ? this.byId.get(current.parent) : undefined;
    return current;
  }

  /** Every resource of each counted type is in the design, folded into one, or in the notes. */
  typeCounts(counts: Record<string, number>): void {
    for (const [type, count] of Object.entries(counts)) {
      const addresses = this.options.addressesOfType?.(type) ?? [];
      this.expect(`resource_type_counts ${type}`, addresses.length, count);
      if (this.options.folded?.has(type)) continue;
      for (const address of addresses) {
        if (!this.byAddress.has(address) && !this.noted(address)) this.problems.push(`${type} ${address}: neither in the design nor in the notes`);
      }
    }
  }

  vpcs(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const vpc = this.need(String(fact.key), 'VPC');
      if (vpc?.kind !== 'vpc') continue;
      const cidrs = fact.cidrs as string[];
      if (cidrs.length > 0 || !Array.isArray(fact.ipam_allocations) || fact.ipam_allocations.length === 0) this.expect(`VPC ${fact.key} cidrs`, vpc.cidrs, cidrs);
      else {
        // IPAM: a placeholder of the asked size inside the pool, and a note saying so.
        const sizes = (fact.ipam_allocations as string[]).map((a) => Number(a.split('/').pop()));
        this.expect(`VPC ${fact.key} IPAM placeholder sizes`, vpc.cidrs.map((c) => Number(c.split('/')[1])), sizes);
        for (const cidr of vpc.cidrs) {
          if (!(fact.cidr_bounds as string[]).some((bound) => inside(cidr, bound))) this.problems.push(`VPC ${fact.key}: placeholder ${cidr} is outside the pool ${JSON.stringify(fact.cidr_bounds)}`);
        }
        if (!this.notes.some((n) => n.address.startsWith(`${vpc.source?.address}.ipamAllocations`) && n.level === 'partial')) this.problems.push(`VPC ${fact.key}: no note says its block is an IPAM placeholder`);
      }
      if (Array.isArray(fact.ipv6_cidrs) && fact.ipv6_cidrs.length > 0) this.expect(`VPC ${fact.key} ipv6 cidrs`, vpc.ipv6Cidrs ?? [], fact.ipv6_cidrs);
      if (typeof fact.region === 'string') this.expect(`VPC ${fact.key} region`, vpc.region, fact.region);
    }
  }

  /** The route table a subnet uses: its own, or its VPC's main one. */
  tableOf(subnet: Resource): Resource | undefined {
    if (subnet.kind !== 'subnet') return undefined;
    if (subnet.routeTable) return this.byId.get(subnet.routeTable);
    return this.design.resources.find((r) => r.kind === 'route-table' && r.main && r.parent === subnet.parent);
  }

  aclOf(subnet: Resource): Resource | undefined {
    if (subnet.kind !== 'subnet') return undefined;
    if (subnet.networkAcl) return this.byId.get(subnet.networkAcl);
    return this.design.resources.find((r) => r.kind === 'network-acl' && r.default && r.parent === subnet.parent);
  }

  subnets(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const subnet = this.need(String(fact.key), 'subnet');
      if (subnet?.kind !== 'subnet') continue;
      const vpc = this.find(String(fact.vpc));
      this.expect(`subnet ${fact.key} VPC`, subnet.parent, vpc?.id);
      if (typeof fact.cidr === 'string') this.expect(`subnet ${fact.key} cidr`, subnet.cidr, fact.cidr);
      else if (typeof fact.cidr_source === 'string' && fact.cidr_source.startsWith('ipam:')) {
        this.expect(`subnet ${fact.key} IPAM placeholder size`, Number(subnet.cidr.split('/')[1]), Number(fact.cidr_source.split('/').pop()));
        if (vpc?.kind === 'vpc' && !vpc.cidrs.some((c) => inside(subnet.cidr, c))) this.problems.push(`subnet ${fact.key}: placeholder ${subnet.cidr} is outside its VPC`);
        if (!this.notes.some((n) => n.address === subnet.source?.address && n.level === 'partial')) this.problems.push(`subnet ${fact.key}: no note says its block is an IPAM placeholder`);
      }
      const azIndex = typeof fact.az === 'string' ? /^([a-z]{2}(?:-[a-z]+)+-\d)-az-index-(\d+)$/.exec(fact.az) : null;
      if (azIndex) this.expect(`subnet ${fact.key} AZ ID`, subnet.availabilityZoneId, `${azIdPrefix(azIndex[1]!)}-az${azIndex[2]}`);
      else if (typeof fact.az === 'string') this.expect(`subnet ${fact.key} AZ`, subnet.availabilityZone, this.azOf(fact.az, vpc));
      if (typeof fact.map_public_ip_on_launch === 'boolean') this.expect(`subnet ${fact.key} map_public_ip_on_launch`, subnet.mapPublicIpOnLaunch ?? false, fact.map_public_ip_on_launch);
      if (fact.route_table) this.expect(`subnet ${fact.key} route table`, this.tableOf(subnet)?.id, this.find(String(fact.route_table))?.id ?? `(${String(fact.route_table)} missing)`);
      if (fact.network_acl) this.expect(`subnet ${fact.key} network ACL`, this.aclOf(subnet)?.id, this.find(String(fact.network_acl))?.id ?? `(${String(fact.network_acl)} missing)`);
    }
  }

  routeTables(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const table = this.need(String(fact.key), 'route table');
      if (table?.kind !== 'route-table') continue;
      let viaEndpoints = 0;
      for (const route of fact.routes as Fact[]) {
        const target = this.find(String(route.target));
        if (route.target_type === 'vpce' && String(route.destination).startsWith('prefix-list:')) {
          // A gateway endpoint's route: AWS adds it to each route table the endpoint names.
          viaEndpoints++;
          if (target?.kind !== 'vpc-endpoint' || !target.routeTables?.includes(table.id)) this.problems.push(`route table ${fact.key}: gateway endpoint ${String(route.target)} does not name it`);
          continue;
        }
        const list = route.destination_kind === 'prefix_list' ? this.byName('prefix-list', String(route.destination))?.id : undefined;
        const found = table.routes.some((r) => (list ? r.prefixList === list : r.destination === route.destination) && r.target === target?.id);
        if (!found) this.problems.push(`route table ${fact.key}: no route ${String(route.destination)} → ${String(route.target_type)} ${String(route.target)} (has ${JSON.stringify(table.routes)})`);
      }
      const nonLocal = table.routes.filter((r) => r.target !== 'local');
      this.expect(`route table ${fact.key} non-local routes`, nonLocal.length + viaEndpoints, (fact.routes as Fact[]).length);
      for (const key of (fact.subnets as string[] | undefined) ?? []) {
        const subnet = this.find(key);
        if (subnet && this.tableOf(subnet)?.id !== table.id) this.problems.push(`route table ${fact.key}: subnet ${key} does not use it`);
      }
    }
  }

  gateways(igws: readonly Fact[], nats: readonly Fact[]): void {
    for (const fact of igws) {
      const igw = this.need(String(fact.key), 'internet gateway');
      if (igw && fact.vpc) this.expect(`internet gateway ${fact.key} VPC`, igw.parent, this.find(String(fact.vpc))?.id);
    }
    for (const fact of nats) {
      const nat = this.need(String(fact.key), 'NAT gateway');
      if (nat?.kind !== 'nat-gateway') continue;
      if (fact.subnet) this.expect(`NAT gateway ${fact.key} subnet`, nat.parent, this.find(String(fact.subnet))?.id);
      if (fact.connectivity) this.expect(`NAT gateway ${fact.key} connectivity`, nat.connectivity, fact.connectivity);
      if (fact.eip) this.expect(`NAT gateway ${fact.key} Elastic IP`, nat.elasticIps, [this.find(String(fact.eip))?.id]);
    }
  }

  networkAcls(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const acl = this.need(String(fact.key), 'network ACL');
      if (acl?.kind !== 'network-acl') continue;
      for (const [direction, entries] of [['inbound', fact.ingress], ['outbound', fact.egress]] as const) {
        for (const rule of entries as Fact[]) {
          const entry = acl[direction].find((e) => e.ruleNumber === rule.rule_number);
          if (!entry) {
            if (!this.noted(acl.source?.address ?? acl.id)) this.problems.push(`network ACL ${fact.key} ${direction} rule ${String(rule.rule_number)}: missing and not in the notes`);
            continue;
          }
          this.expect(`network ACL ${fact.key} ${direction} rule ${String(rule.rule_number)}`, [entry.action, entry.protocol, entry.cidr], [rule.action, rule.protocol, rule.cidr ?? entry.cidr]);
          const from = Number(rule.from_port);
          const to = Number(rule.to_port);
          if (rule.protocol !== 'all' && rule.protocol !== 'icmp' && Number.isInteger(from) && from >= 0) this.expect(`network ACL ${fact.key} ${direction} rule ${String(rule.rule_number)} ports`, [entry.fromPort, entry.toPort], [from, to]);
        }
      }
      for (const key of (fact.subnets as string[] | undefined) ?? []) {
        const subnet = this.find(key);
        if (subnet && this.aclOf(subnet)?.id !== acl.id) this.problems.push(`network ACL ${fact.key}: subnet ${key} does not use it`);
      }
    }
  }

  transitGateways(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const tgw = this.need(String(fact.key), 'transit gateway');
      if (tgw?.kind !== 'transit-gateway') continue;
      if (fact.amazon_side_asn !== undefined && fact.amazon_side_asn !== null) this.expect(`transit gateway ${fact.key} ASN`, tgw.amazonSideAsn, fact.amazon_side_asn);
      if (typeof fact.region === 'string') this.expect(`transit gateway ${fact.key} region`, tgw.region, fact.region);
      if (typeof fact.account === 'string') this.expect(`transit gateway ${fact.key} account`, this.byId.get(tgw.parent ?? '')?.name, fact.account);
    }
  }

  private tgwTable(key: string): string | undefined {
    const id = importId(key);
    return this.tgwTables.has(id) ? id : this.tgwTables.has(key) ? key : undefined;
  }

  tgwAttachments(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const attachment = this.need(String(fact.key), 'transit gateway attachment');
      if (attachment?.kind !== 'tgw-attachment') continue;
      this.expect(`attachment ${fact.key} transit gateway`, attachment.transitGateway, this.find(String(fact.tgw))?.id);
      this.expect(`attachment ${fact.key} VPC`, attachment.vpc, this.find(String(fact.vpc))?.id);
      this.expect(`attachment ${fact.key} subnets`, attachment.subnets, (fact.subnets as string[]).map((k) => this.find(k)?.id));
      this.expect(`attachment ${fact.key} association`, attachment.routeTable, fact.association ? this.tgwTable(String(fact.association)) : undefined);
      this.expect(`attachment ${fact.key} propagations`, [...(attachment.propagations ?? [])].sort(), ((fact.propagations as string[]) ?? []).map((k) => this.tgwTable(k)).sort());
      const options = (fact.options ?? {}) as Fact;
      this.expect(`attachment ${fact.key} appliance mode`, attachment.applianceMode ?? false, options.applianceModeSupport === 'enable');
    }
  }

  tgwRouteTables(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const id = this.tgwTable(String(fact.key));
      const owner = id ? this.tgwTables.get(id) : undefined;
      const tgw = owner ? this.byId.get(owner.tgw) : undefined;
      const table = tgw?.kind === 'transit-gateway' ? tgw.routeTables.find((t) => t.id === id) : undefined;
      if (!table) {
        this.problems.push(`transit gateway route table ${fact.key}: not in the design`);
        continue;
      }
      const routes = table.routes.map((r) => ({ destination: r.destination, blackhole: r.blackhole ?? false, attachment: r.attachment }));
      this.expect(`TGW route table ${fact.key} static routes`, routes, (fact.static_routes as Fact[]).map((r) => ({ destination: r.destination, blackhole: r.blackhole, attachment: r.blackhole ? undefined : this.find(String(r.attachment))?.id })));
      const attachments = this.design.resources.filter((r) => r.kind === 'tgw-attachment');
      const propagating = attachments.filter((a) => a.kind === 'tgw-attachment' && a.propagations?.includes(table.id)).map((a) => a.id).sort();
      this.expect(`TGW route table ${fact.key} propagated from`, propagating, (fact.propagated_from as string[]).map((k) => this.find(k)?.id).sort());
      const associated = attachments.filter((a) => a.kind === 'tgw-attachment' && a.routeTable === table.id).map((a) => a.id).sort();
      this.expect(`TGW route table ${fact.key} associated attachments`, associated, (fact.associated_attachments as string[]).map((k) => this.find(k)?.id).sort());
    }
  }

  peerings(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const pcx = this.need(String(fact.key), 'peering');
      if (pcx?.kind !== 'vpc-peering') continue;
      this.expect(`peering ${fact.key} VPCs`, [pcx.requesterVpc, pcx.accepterVpc], [this.find(String(fact.requester_vpc))?.id, this.find(String(fact.accepter_vpc))?.id]);
    }
  }

  firewalls(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const nfw = this.need(String(fact.key), 'network firewall');
      if (nfw?.kind !== 'network-firewall') continue;
      this.expect(`firewall ${fact.key} VPC`, nfw.parent, this.find(String(fact.vpc))?.id);
      this.expect(`firewall ${fact.key} subnets`, nfw.subnetMappings.map((m) => m.subnet), (fact.subnets as string[]).map((k) => this.find(k)?.id));
    }
  }

  endpoints(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const endpoint = this.need(String(fact.key), 'endpoint');
      if (endpoint?.kind !== 'vpc-endpoint') continue;
      this.expect(`endpoint ${fact.key} VPC`, endpoint.parent, this.find(String(fact.vpc))?.id);
      this.expect(`endpoint ${fact.key} type`, endpoint.endpointType, String(fact.type).toLowerCase());
      if (!endpoint.service.endsWith(`.${String(fact.service)}`)) this.problems.push(`endpoint ${fact.key}: service ${endpoint.service} is not ${String(fact.service)}`);
      if (Array.isArray(fact.subnets)) this.expect(`endpoint ${fact.key} subnets`, endpoint.subnets, (fact.subnets as string[]).map((k) => this.find(k)?.id));
    }
  }

  /** LZA security groups: each rule object's sources are each some rule of the group in that direction, or in the notes. */
  securityGroups(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const sg = this.need(String(fact.key), 'security group');
      if (sg?.kind !== 'security-group') continue;
      const address = sg.source?.address ?? sg.id;
      (fact.rules as Fact[]).forEach((rule) => {
        const rules = rule.direction === 'ingress' ? sg.ingress : sg.egress;
        for (const source of rule.sources as unknown[]) {
          let found: boolean;
          if (typeof source === 'string') found = rules.some((r) => r.peer.kind === 'cidr' && r.peer.cidr === source);
          else {
            const peer = source as Fact;
            if (Array.isArray(peer.securityGroups)) found = peer.securityGroups.every((name) => rules.some((r) => r.peer.kind === 'security-group' && this.byId.get(r.peer.securityGroup)?.name === name));
            else if (Array.isArray(peer.prefixLists)) found = peer.prefixLists.every((name) => rules.some((r) => r.peer.kind === 'prefix-list' && this.byId.get(r.peer.prefixList)?.name === name));
            else found = ((peer.subnets as string[]) ?? []).every((name) => {
              const subnet = this.find(`subnet:${String(peer.vpc)}/${name}`);
              return subnet?.kind === 'subnet' && rules.some((r) => r.peer.kind === 'cidr' && r.peer.cidr === subnet.cidr);
            });
          }
          const ports = [...((rule.types as string[] | null) ?? []), ...((rule.tcpPorts as number[] | null) ?? []), ...((rule.udpPorts as number[] | null) ?? [])];
          if (ports.length === 0) found = this.notes.some((n) => n.address.startsWith(address) && n.level === 'partial');
          if (!found) this.problems.push(`security group ${fact.key} ${String(rule.direction)} rule "${String(rule.description)}": source ${JSON.stringify(source)} is neither a rule of the group nor in the notes`);
        }
      });
    }
  }

  /** The longest static or propagated route of a TGW route table covering an address. */
  tgwLookup(statement: Fact): void {
    const id = this.tgwTable(String(statement.tgw_route_table));
    const owner = id ? this.tgwTables.get(id) : undefined;
    const tgw = owner ? this.byId.get(owner.tgw) : undefined;
    const table = tgw?.kind === 'transit-gateway' ? tgw.routeTables.find((t) => t.id === id) : undefined;
    if (!table) return void this.problems.push(`reachability: no TGW route table ${String(statement.tgw_route_table)}`);
    const ip = `${String(statement.to)}/32`;
    const propagated = this.design.resources.flatMap((a) => (a.kind === 'tgw-attachment' && a.propagations?.includes(table.id) ? ((this.byId.get(a.vpc) as Extract<Resource, { kind: 'vpc' }> | undefined)?.cidrs ?? []) : []));
    const covering = [...table.routes.map((r) => r.destination), ...propagated].filter((cidr) => inside(ip, cidr));
    this.expect(`reachability ${String(statement.tgw_route_table)} → ${String(statement.to)}: has a route`, covering.length > 0, statement.result !== 'no route');
  }

  /** Counts of what the design holds, against `network_counts`. Implicit objects (a `#` in the address) are not counted, as the facts do not. */
  counts(counts: Record<string, number>): void {
    const explicit = (r: Resource) => r.source !== undefined && !r.source.address.includes('#');
    const of = (kind: Resource['kind']) => this.design.resources.filter((r) => r.kind === kind && explicit(r));
    const tables = of('route-table') as Extract<Resource, { kind: 'route-table' }>[];
    const acls = of('network-acl') as Extract<Resource, { kind: 'network-acl' }>[];
    const groups = of('security-group') as Extract<Resource, { kind: 'security-group' }>[];
    const tgws = of('transit-gateway') as Extract<Resource, { kind: 'transit-gateway' }>[];
    const actual: Record<string, number> = {
      vpcs: of('vpc').length,
      subnets: of('subnet').length,
      route_tables: tables.length,
      routes_non_local: tables.reduce((n, t) => n + t.routes.filter((r) => r.target !== 'local').length, 0),
      internet_gateways: of('internet-gateway').length,
      nat_gateways: of('nat-gateway').length,
      transit_gateways: tgws.length,
      tgw_vpc_attachments: of('tgw-attachment').length,
      tgw_route_tables: tgws.reduce((n, t) => n + t.routeTables.length, 0),
      vpc_peerings: of('vpc-peering').length,
      security_groups: groups.length,
      network_acls: acls.length,
      network_acl_rules: acls.reduce((n, a) => n + a.inbound.length + a.outbound.length, 0),
      vpc_endpoints: of('vpc-endpoint').length,
      network_firewalls: of('network-firewall').length,
      prefix_lists: of('prefix-list').length,
      routes: tables.reduce((n, t) => n + t.routes.filter((r) => r.target !== 'local').length, 0) + (of('vpc-endpoint') as Extract<Resource, { kind: 'vpc-endpoint' }>[]).reduce((n, e) => n + (e.endpointType === 'gateway' ? (e.routeTables?.length ?? 0) : 0), 0),
      gateway_endpoints: of('vpc-endpoint').filter((e) => e.kind === 'vpc-endpoint' && e.endpointType === 'gateway').length,
      interface_endpoints: of('vpc-endpoint').filter((e) => e.kind === 'vpc-endpoint' && e.endpointType === 'interface').length,
      tgw_static_routes: tgws.reduce((n, t) => n + t.routeTables.reduce((m, rt) => m + rt.routes.length, 0), 0),
      subnets_with_ipam_cidr: of('subnet').filter((r) => this.notes.some((n) => n.address === r.source?.address && n.type === 'ipamAllocation')).length,
    };
    actual.subnets_with_literal_cidr = actual.subnets! - actual.subnets_with_ipam_cidr!;
    // What the design does not model must be in the notes, by its LZA key.
    const unmodelled: Record<string, string> = { virtual_private_gateways: 'virtualPrivateGateway', gateway_load_balancers: 'gatewayLoadBalancers', customer_gateways: 'customerGateways', transit_gateway_peerings: 'transitGatewayPeering' };
    for (const [name, type] of Object.entries(unmodelled)) {
      if ((counts[name] ?? 0) > 0 && !this.notes.some((n) => n.type === type)) this.problems.push(`network_counts ${name}: ${counts[name]} in the input, none in the design or the notes`);
    }
    for (const [name, count] of Object.entries(counts)) {
      if (name in actual && !(this.options.uncounted ?? []).includes(name)) this.expect(`network_counts ${name}`, actual[name], count);
    }
  }

  /** Traces each statement from a probe instance in the subnet (its group allows everything). */
  reachability(statements: readonly Fact[]): void {
    for (const statement of statements) {
      if (statement.kind === 'tgw_route_table_lookup') {
        this.tgwLookup(statement);
        continue;
      }
      const from = this.find(String(statement.from_subnet));
      if (from?.kind !== 'subnet') {
        this.problems.push(`reachability from ${String(statement.from_subnet)}: no such subnet`);
        continue;
      }
      if (statement.reachable === null) continue;
      const probe = (id: string, subnet: Resource, extra: Record<string, unknown> = {}): Resource[] => [
        { id: `${id}-sg`, name: `${id}-sg`, kind: 'security-group', parent: subnet.parent!, ingress: [ALL], egress: [ALL] },
        { id, name: id, kind: 'instance', parent: subnet.id, role: 'app', securityGroups: [`${id}-sg`], ...extra } as Resource,
      ];
      const added = probe('probe-from', from, statement.reachable === 'with-public-ip' ? { publicIp: true } : {});
      let to = 'internet';
      if (typeof statement.to_ip === 'string') to = statement.to_ip;
      const toSubnet = this.find(statement.to_subnet as string | undefined);
      if (toSubnet?.kind === 'subnet' && typeof statement.to === 'string') {
        added.push(...probe('probe-to', toSubnet, { privateIp: statement.to }));
        to = 'probe-to';
      }
      const design = { ...this.design, resources: [...this.design.resources, ...added] };
      const result = trace(design, { from: 'probe-from', to, protocol: 'tcp', port: 443 });
      const where = `reachability ${String(statement.kind)} from ${String(statement.from_subnet)} to ${to === 'probe-to' ? String(statement.to) : to}`;
      this.expect(`${where}: reachable`, result.verdict.reachable, statement.reachable !== false);
      const path = (statement.path ?? statement.forward_path) as Fact[] | undefined;
      if (statement.reachable !== false) {
        for (const step of path ?? []) {
          if (step.tgw_route_table) {
            const table = this.tgwTable(String(step.tgw_route_table));
            const attachment = this.find(String(step.attachment))?.id;
            const hit = result.forward.some((hop) => hop.decided?.kind === 'tgw-route' && hop.decided.table === table && hop.decided.attachment === attachment && hop.decided.destination === step.route);
            if (!hit) this.problems.push(`${where}: the path does not take ${String(step.route)} → ${String(step.attachment)} in ${String(step.tgw_route_table)}`);
            continue;
          }
          // An attachment subnet is where the packet enters the VPC: the hops show the route tables, not the subnet.
          if (step.transit_subnet || step.target_type === 'local') continue;
          const table = this.find(String(step.route_table))?.id;
          const target = this.find(String(step.target))?.id;
          const hit = result.forward.some((hop) => hop.decided?.kind === 'route' && hop.decided.table === table && hop.decided.target === target && hop.decided.destination === step.route);
          if (!hit) this.problems.push(`${where}: the path does not take ${String(step.route)} → ${String(step.target)} in ${String(step.route_table)}`);
        }
      }
    }
  }

  /** Runs every check the facts file has material for. */
  all(facts: Facts): string[] {
    if (facts.resource_type_counts) this.typeCounts(facts.resource_type_counts as Record<string, number>);
    this.counts(facts.network_counts as Record<string, number>);
    this.vpcs(facts.vpcs as Fact[]);
    this.subnets(facts.subnets as Fact[]);
    this.routeTables(facts.route_tables as Fact[]);
    this.gateways((facts.internet_gateways as Fact[]) ?? [], (facts.nat_gateways as Fact[]) ?? []);
    this.networkAcls((facts.network_acls as Fact[]) ?? []);
    this.transitGateways((facts.transit_gateways as Fact[]) ?? []);
    this.tgwAttachments((facts.tgw_vpc_attachments as Fact[]) ?? []);
    this.tgwRouteTables((facts.tgw_route_tables as Fact[]) ?? []);
    this.peerings((facts.vpc_peerings as Fact[]) ?? []);
    this.firewalls((facts.network_firewalls as Fact[]) ?? []);
    this.endpoints((facts.vpc_endpoints as Fact[]) ?? []);
    if (facts.security_groups && (facts.security_groups as Fact[]).some((g) => Array.isArray(g.rules))) this.securityGroups(facts.security_groups as Fact[]);
    this.reachability((facts.reachability as Fact[]) ?? []);
    return this.problems;
  }
}

function inside(inner: string, outer: string): boolean {
  const a = cidrBlock(inner);
  const b = cidrBlock(outer);
  return a !== undefined && b !== undefined && contains(b, a);
}

const ALL = { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } } as const;
