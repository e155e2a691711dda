/** Builds the design from a network-config, in the order objects can refer to each other. */
import type { Resource, ResourceOf, Route } from '../../../model/index.ts';
import { cidrBlock, freeBlock, type CidrBlock } from '../../../net/cidr.ts';
import type { ImportNote } from '../types.ts';
import { ALLOW_ALL, azLetter, importId, localRoutes } from '../implicit.ts';
import { isObj, list, objects, str, type Accounts, type Obj } from './read.ts';
import { firewallPolicy, networkAclEntries, securityGroupRules, type PeerResolver } from './rules.ts';

type Vpc = ResourceOf<'vpc'>;
type Subnet = ResourceOf<'subnet'>;

/** Top-level keys read elsewhere or of no network meaning here; any other key is noted. */
const TOP_LEVEL_READ = new Set(['homeRegion', 'vpcs', 'vpcTemplates', 'transitGateways', 'vpcPeering', 'prefixLists', 'centralNetworkServices', 'defaultVpc', 'endpointPolicies']);
const VPC_KEYS_READ = new Set([
  'name', 'account', 'region', 'cidrs', 'ipamAllocations', 'internetGateway', 'egressOnlyIgw', 'enableDnsHostnames', 'enableDnsSupport', 'instanceTenancy', 'routeTables', 'subnets',
  'natGateways', 'transitGatewayAttachments', 'gatewayEndpoints', 'interfaceEndpoints', 'securityGroups', 'networkAcls', 'tags', 'useCentralEndpoints', 'deploymentTargets', 'description',
  'defaultSecurityGroupRulesDeletion',
]);

/** AZ ID prefix of a Region: us-east-1 → use1, ap-northeast-2 → apne2, eu-west-1 → euw1. */
export function azIdPrefix(region: string): string {
  const parts = region.split('-');
  const number = parts.pop() ?? '';
  const [area = '', ...rest] = parts;
  // Compass words keep each direction's letter (northeast → ne); others their first letter (gov → g).
  const letters = (word: string) => (/^(north|south|east|west|central)+$/.test(word) ? word.replace(/north|south|east|west|central/g, (d) => d[0]!) : word[0]);
  return `${area}${rest.map(letters).join('')}${number}`;
}

interface VpcEntry {
  readonly vpc: Vpc;
  readonly name: string;
  readonly path: string;
  readonly raw: Obj;
  readonly accountName: string | undefined;
}

export class LzaBuilder {
  readonly resources: Resource[] = [];
  readonly notes: ImportNote[] = [];
  private readonly byId = new Map<string, Resource>();
  private readonly vpcs = new Map<string, VpcEntry>();
  private readonly homeRegion: string;
  private readonly poolTaken = new Map<string, CidrBlock[]>();

  constructor(
    readonly file: string,
    readonly config: Obj,
    readonly accounts: Accounts | undefined,
  ) {
    this.homeRegion = str(config.homeRegion) ?? 'us-east-1';
  }

  private add<R extends Resource>(resource: R): R {
    if (this.byId.has(resource.id)) {
      this.note('skipped', resource.source?.address ?? resource.id, undefined, `a second object is named ${resource.id}; LZA names are unique, so only the first is kept`);
      return this.byId.get(resource.id) as R;
    }
    this.resources.push(resource);
    this.byId.set(resource.id, resource);
    return resource;
  }

  private update<K extends Resource['kind']>(id: string, kind: K, change: (resource: ResourceOf<K>) => ResourceOf<K>): void {
    const current = this.byId.get(id);
    if (current?.kind !== kind) return;
    const next = change(current as ResourceOf<K>);
    this.byId.set(id, next);
    this.resources[this.resources.indexOf(current)] = next;
  }

  note(level: ImportNote['level'], address: string, type: string | undefined, message: string): void {
    this.notes.push({ address, ...(type ? { type } : {}), level, message });
  }

  private source(address: string) {
    return { file: this.file, address };
  }

  /** The account resource of an LZA account name. */
  private account(name: string | undefined, path: string): string {
    const accountName = name ?? 'Network';
    const id = importId(`account:${accountName}`);
    if (!this.byId.has(id)) {
      if (this.accounts && !this.accounts.names.includes(accountName)) this.note('partial', path, 'account', `the account ${accountName} is not in accounts-config.yaml`);
      this.add({ id, name: accountName, kind: 'account', source: this.source(`accounts:${accountName}`) });
    }
    return id;
  }

  build(): void {
    for (const key of Object.keys(this.config)) {
      if (!TOP_LEVEL_READ.has(key)) this.note('skipped', key, key, `${key} is not part of what the design models`);
    }
    this.prefixLists();
    this.transitGateways();
    objects(this.config.vpcs).forEach((raw, i) => this.vpc(raw, `vpcs[${i}]`));
    objects(this.config.vpcTemplates).forEach((raw, i) => this.vpc(raw, `vpcTemplates[${i}]`, true));
    this.peerings();
    this.firewalls();
    this.centralServicesNotes();
    for (const entry of this.vpcs.values()) this.vpcContents(entry);
    for (const entry of this.vpcs.values()) this.vpcRoutes(entry);
    this.tgwRoutes();
    this.sharing();
  }

  // Prefix lists live in each account and Region listed; the design keeps one, in the first account.
  private prefixLists(): void {
    objects(this.config.prefixLists).forEach((raw, i) => {
      const path = `prefixLists[${i}]`;
      const name = str(raw.name) ?? `prefix-list-${i}`;
      const accounts = list(raw.accounts).map(String);
      if (accounts.length > 1 || list(raw.regions).length > 1) this.note('partial', path, 'prefixLists', `LZA creates it in ${accounts.join(', ')} and each of its Regions; the design holds one, in ${accounts[0] ?? 'Network'}`);
      const maxEntries = Number(raw.maxEntries);
      this.add({
        id: importId(`pl:${name}`),
        name,
        kind: 'prefix-list',
        parent: this.account(accounts[0], path),
        cidrs: list(raw.entries).map(String),
        ...(Number.isInteger(maxEntries) && maxEntries > 0 ? { maxEntries } : {}),
        source: this.source(path),
      });
    });
  }

  private transitGateways(): void {
    objects(this.config.transitGateways).forEach((raw, i) => {
      const path = `transitGateways[${i}]`;
      const name = str(raw.name) ?? `tgw-${i}`;
      const asn = Number(raw.asn);
      const tables = objects(raw.routeTables).map((table) => ({ id: importId(`tgwrt:${name}/${str(table.name) ?? ''}`), name: str(table.name) ?? 'route table', routes: [] }));
      if (str(raw.defaultRouteTableAssociation) === 'enable' || str(raw.defaultRouteTablePropagation) === 'enable') {
        tables.unshift({ id: importId(`tgwrt:${name}#default_route_table`), name: `${name} default`, routes: [] });
      }
      this.add({
        id: importId(`tgw:${name}`),
        name,
        kind: 'transit-gateway',
        parent: this.account(str(raw.account), path),
        region: str(raw.region) ?? this.homeRegion,
        ...(Number.isInteger(asn) && asn > 0 ? { amazonSideAsn: asn } : {}),
        routeTables: tables,
        source: this.source(path),
      });
    });
  }

  private poolOf(name: string | undefined): { cidrs: string[]; path: string } | undefined {
    const central = isObj(this.config.centralNetworkServices) ? this.config.centralNetworkServices : {};
    let found: { cidrs: string[]; path: string } | undefined;
    objects(central.ipams).forEach((ipam, i) =>
      objects(ipam.pools).forEach((pool, j) => {
        if (!found && str(pool.name) === name) found = { cidrs: list(pool.provisionedCidrs).map(String), path: `centralNetworkServices.ipams[${i}].pools[${j}]` };
      }),
    );
    return found;
  }

  private literalVpcBlocks(): CidrBlock[] {
    return objects(this.config.vpcs)
      .flatMap((vpc) => list(vpc.cidrs).map((c) => cidrBlock(String(c))))
      .filter((b): b is CidrBlock => b !== undefined);
  }

  /** A placeholder block of `/netmask` from the pool, clear of literal VPC blocks and earlier placeholders. */
  private allocateFromPool(poolName: string | undefined, netmask: number, path: string): string | undefined {
    const pool = this.poolOf(poolName);
    if (!pool) {
      this.note('skipped', path, 'ipamAllocation', `there is no IPAM pool ${String(poolName)} in centralNetworkServices.ipams`);
      return undefined;
    }
    const key = poolName ?? '';
    const taken = this.poolTaken.get(key) ?? [...this.literalVpcBlocks()];
    for (const cidr of pool.cidrs) {
      const block = freeBlock(cidr, netmask, taken);
      if (block) {
        taken.push(cidrBlock(block)!);
        this.poolTaken.set(key, taken);
        return block;
      }
    }
    this.note('skipped', path, 'ipamAllocation', `the pool ${key} has no free /${netmask} left for a placeholder`);
    return undefined;
  }

  private vpc(raw: Obj, path: string, template = false): void {
    const name = str(raw.name) ?? `vpc-${path}`;
    let accountName = str(raw.account);
    if (template) {
      const targets = isObj(raw.deploymentTargets) ? raw.deploymentTargets : {};
      const targetAccounts = [...list(targets.accounts).map(String), ...list(targets.organizationalUnits).flatMap((ou) => [...(this.accounts?.byOu.get(String(ou)) ?? [])])];
      accountName = targetAccounts[0];
      this.note('partial', path, 'vpcTemplates', `a VPC template is deployed to every target account (${targetAccounts.join(', ') || 'none resolved'}); the design holds one copy, in ${accountName ?? 'Network'}`);
    }
    const region = str(raw.region) ?? this.homeRegion;
    const cidrs = list(raw.cidrs).map(String);
    objects(raw.ipamAllocations).forEach((allocation, i) => {
      const at = `${path}.ipamAllocations[${i}]`;
      const netmask = Number(allocation.netmaskLength);
      const block = this.allocateFromPool(str(allocation.ipamPoolName), netmask, at);
      if (block) {
        cidrs.push(block);
        this.note('partial', at, 'ipamAllocation', `IPAM decides this VPC block at deploy time; the design holds the placeholder ${block} (a /${netmask} inside the pool ${String(allocation.ipamPoolName)})`);
      }
    });
    if (cidrs.length === 0) {
      this.note('skipped', path, 'vpcs', 'the VPC has no CIDR block the design can hold (neither cidrs nor a resolvable ipamAllocation)');
      return;
    }
    for (const key of Object.keys(raw)) if (!VPC_KEYS_READ.has(key)) this.note('skipped', `${path}.${key}`, key, `${key} is not part of what the design models`);
    const vpc = this.add<Vpc>({
      id: importId(`vpc:${name}`),
      name,
      kind: 'vpc',
      parent: this.account(accountName, path),
      region,
      cidrs,
      enableDnsSupport: raw.enableDnsSupport !== false,
      enableDnsHostnames: raw.enableDnsHostnames === true,
      ...this.tags(raw),
      source: this.source(path),
    });
    this.vpcs.set(name, { vpc, name, path, raw, accountName });
    const entries = [...ALLOW_ALL];
    this.add({ id: importId(`nacl:${name}#default`), name: `${name} default`, kind: 'network-acl', parent: vpc.id, default: true, inbound: entries, outbound: entries, source: this.source(`${path}#default_network_acl`) });
    this.add({ id: importId(`rt:${name}#main_route_table`), name: `${name} main`, kind: 'route-table', parent: vpc.id, main: true, routes: localRoutes(vpc.cidrs), source: this.source(`${path}#main_route_table`) });
  }

  private tags(raw: Obj): { tags?: Record<string, string> } {
    const tags: Record<string, string> = {};
    for (const tag of objects(raw.tags)) {
      const key = str(tag.key);
      const value = str(tag.value);
      if (key && value !== undefined && key !== 'Name') tags[key] = value;
    }
    return Object.keys(tags).length ? { tags } : {};
  }

  /** Subnets, gateways, endpoints, groups, ACLs and attachments of one VPC; routes come after, when every target exists. */
  private vpcContents(entry: VpcEntry): void {
    const { vpc, name, path, raw } = entry;
    if (raw.internetGateway === true) this.add({ id: importId(`igw:${name}`), name: `${name}-igw`, kind: 'internet-gateway', parent: vpc.id, source: this.source(`${path}.internetGateway`) });
    if (raw.egressOnlyIgw === true) this.add({ id: importId(`eigw:${name}`), name: `${name}-eigw`, kind: 'egress-only-internet-gateway', parent: vpc.id, source: this.source(`${path}.egressOnlyIgw`) });
    const taken = vpc.cidrs.map((c) => cidrBlock(c)).filter((b): b is CidrBlock => b !== undefined);
    const literal = objects(raw.subnets).map((s) => cidrBlock(str(s.ipv4CidrBlock))).filter((b): b is CidrBlock => b !== undefined);
    const subnetTaken = [...literal];
    objects(raw.subnets).forEach((s, i) => this.subnet(entry, s, `${path}.subnets[${i}]`, subnetTaken));
    void taken;
    objects(raw.natGateways).forEach((nat, i) => {
      const at = `${path}.natGateways[${i}]`;
      const subnet = this.byId.get(importId(`subnet:${name}/${str(nat.subnet) ?? ''}`));
      if (subnet?.kind !== 'subnet') return this.note('skipped', at, 'natGateways', `its subnet ${String(nat.subnet)} is not a subnet of ${name}`);
      const natName = str(nat.name) ?? `nat-${i}`;
      const isPrivate = nat.private === true;
      const eip = importId(`eip:${name}/${natName}`);
      if (!isPrivate) this.add({ id: eip, name: `${natName} address`, kind: 'elastic-ip', parent: vpc.parent!, region: vpc.region, source: this.source(`${at}#elastic_ip`) });
      this.add({ id: importId(`nat:${name}/${natName}`), name: natName, kind: 'nat-gateway', parent: subnet.id, connectivity: isPrivate ? 'private' : 'public', elasticIps: isPrivate ? [] : [eip], source: this.source(at) });
    });
    this.securityGroups(entry);
    this.networkAcls(entry);
    this.endpoints(entry);
    this.attachments(entry);
  }

  private subnet(entry: VpcEntry, raw: Obj, path: string, taken: CidrBlock[]): void {
    const { vpc, name } = entry;
    const subnetName = str(raw.name) ?? path;
    let cidr = str(raw.ipv4CidrBlock);
    if (!cidr && isObj(raw.ipamAllocation)) {
      const netmask = Number(raw.ipamAllocation.netmaskLength);
      for (const block of vpc.cidrs) {
        cidr ??= freeBlock(block, netmask, taken);
      }
      if (cidr) {
        taken.push(cidrBlock(cidr)!);
        this.note('partial', path, 'ipamAllocation', `IPAM decides this subnet's block at deploy time; the design holds the placeholder ${cidr} (a /${netmask} inside the VPC, from the pool ${String(raw.ipamAllocation.ipamPoolName)})`);
      }
    }
    if (!cidr) return this.note('skipped', path, 'subnets', 'the subnet has neither ipv4CidrBlock nor an ipamAllocation that fits in its VPC');
    const az = raw.availabilityZone;
    let availabilityZone: string;
    let availabilityZoneId: string | undefined;
    if (typeof az === 'number' || /^\d+$/.test(String(az))) {
      const n = Number(az);
      availabilityZoneId = `${azIdPrefix(vpc.region)}-az${n}`;
      availabilityZone = `${vpc.region}${azLetter(Math.max(0, n - 1))}`;
      this.note('inferred', path, 'availabilityZone', `availabilityZone ${n} is an AZ ID index: the subnet is in ${availabilityZoneId}; which AZ name that is differs by account, the design shows ${availabilityZone}`);
    } else {
      const letter = str(az) ?? 'a';
      availabilityZone = /^[a-z]$/.test(letter) ? `${vpc.region}${letter}` : letter;
    }
    const routeTable = str(raw.routeTable);
    this.add<Subnet>({
      id: importId(`subnet:${name}/${subnetName}`),
      name: subnetName,
      kind: 'subnet',
      parent: vpc.id,
      cidr,
      availabilityZone,
      ...(availabilityZoneId ? { availabilityZoneId } : {}),
      ...(routeTable ? { routeTable: importId(`rt:${name}/${routeTable}`) } : {}),
      ...(typeof raw.mapPublicIpOnLaunch === 'boolean' ? { mapPublicIpOnLaunch: raw.mapPublicIpOnLaunch } : {}),
      ...(str(raw.ipv6CidrBlock) ? { ipv6Cidr: str(raw.ipv6CidrBlock)! } : {}),
      ...this.tags(raw),
      source: this.source(path),
    });
  }

  private peers(entry: VpcEntry): PeerResolver {
    return {
      subnetCidrs: (peer, at) => {
        const vpcName = str(peer.vpc) ?? entry.name;
        return list(peer.subnets).flatMap((subnetName) => {
          const subnet = this.byId.get(importId(`subnet:${vpcName}/${String(subnetName)}`));
          if (subnet?.kind !== 'subnet') {
            this.note('partial', at, undefined, `subnet ${String(subnetName)} of ${vpcName} is not in the design; that peer is left out`);
            return [];
          }
          if (subnet.source && this.notes.some((n) => n.address === subnet.source!.address && n.type === 'ipamAllocation')) {
            this.note('partial', at, undefined, `subnet ${String(subnetName)} of ${vpcName} gets its block from IPAM; the rule uses the placeholder ${subnet.cidr}`);
          }
          return [subnet.cidr];
        });
      },
      securityGroup: (groupName, at) => {
        const id = importId(`sg:${entry.name}/${groupName}`);
        if (!this.byId.has(id)) this.note('partial', at, undefined, `no security group ${groupName} in ${entry.name}; that peer is left out`);
        return this.byId.has(id) ? id : undefined;
      },
      prefixList: (listName, at) => {
        const id = importId(`pl:${listName}`);
        if (!this.byId.has(id)) this.note('partial', at, undefined, `no prefix list ${listName}; that peer is left out`);
        return this.byId.has(id) ? id : undefined;
      },
      partial: (at, message) => this.note('partial', at, undefined, message),
    };
  }

  private securityGroups(entry: VpcEntry): void {
    const groups = objects(entry.raw.securityGroups);
    // Every group first, so rules may name any group of the VPC.
    groups.forEach((raw, i) => {
      const groupName = str(raw.name) ?? `sg-${i}`;
      this.add({ id: importId(`sg:${entry.name}/${groupName}`), name: groupName, kind: 'security-group', parent: entry.vpc.id, ingress: [], egress: [], ...(str(raw.description) ? { description: str(raw.description)! } : {}), source: this.source(`${entry.path}.securityGroups[${i}]`) });
    });
    const peers = this.peers(entry);
    groups.forEach((raw, i) => {
      const at = `${entry.path}.securityGroups[${i}]`;
      const ingress = objects(raw.inboundRules).flatMap((rule, j) => securityGroupRules(rule, 'inbound', `${at}.inboundRules[${j}]`, peers));
      const egress = objects(raw.outboundRules).flatMap((rule, j) => securityGroupRules(rule, 'outbound', `${at}.outboundRules[${j}]`, peers));
      this.update(importId(`sg:${entry.name}/${str(raw.name) ?? `sg-${i}`}`), 'security-group', (sg) => ({ ...sg, ingress, egress }));
    });
  }

  private networkAcls(entry: VpcEntry): void {
    const peers = this.peers(entry);
    objects(entry.raw.networkAcls).forEach((raw, i) => {
      const at = `${entry.path}.networkAcls[${i}]`;
      const aclName = str(raw.name) ?? `acl-${i}`;
      const id = importId(`nacl:${entry.name}/${aclName}`);
      this.add({
        id,
        name: aclName,
        kind: 'network-acl',
        parent: entry.vpc.id,
        inbound: networkAclEntries(raw.inboundRules, 'source', `${at}.inboundRules`, peers),
        outbound: networkAclEntries(raw.outboundRules, 'destination', `${at}.outboundRules`, peers),
        source: this.source(at),
      });
      for (const subnetName of list(raw.subnetAssociations)) {
        const subnet = importId(`subnet:${entry.name}/${String(subnetName)}`);
        if (this.byId.has(subnet)) this.update(subnet, 'subnet', (s) => ({ ...s, networkAcl: id }));
        else this.note('partial', at, 'networkAcls', `subnetAssociations names ${String(subnetName)}, which is not a subnet of ${entry.name}`);
      }
    });
  }

  private endpoints(entry: VpcEntry): void {
    const { vpc, name, path, raw } = entry;
    const gateway = isObj(raw.gatewayEndpoints) ? raw.gatewayEndpoints : {};
    objects(gateway.endpoints).forEach((endpoint, i) => {
      const service = str(endpoint.service) ?? '';
      this.add({ id: importId(`vpce:${name}/${service}`), name: `${name} ${service}`, kind: 'vpc-endpoint', parent: vpc.id, endpointType: 'gateway', service: `com.amazonaws.${vpc.region}.${service}`, routeTables: [], source: this.source(`${path}.gatewayEndpoints.endpoints[${i}]`) });
    });
    const iface = isObj(raw.interfaceEndpoints) ? raw.interfaceEndpoints : {};
    const subnets = list(iface.subnets).map((s) => importId(`subnet:${name}/${String(s)}`)).filter((id) => this.byId.has(id));
    objects(iface.endpoints).forEach((endpoint, i) => {
      const service = str(endpoint.service) ?? '';
      const group = str(endpoint.securityGroup);
      const groupId = group ? importId(`sg:${name}/${group}`) : undefined;
      if (group && !this.byId.has(groupId!)) this.note('partial', `${path}.interfaceEndpoints.endpoints[${i}]`, 'interfaceEndpoints', `its security group ${group} is not in ${name}`);
      this.add({
        id: importId(`vpce:${name}/${service}(interface)`),
        name: `${name} ${service}`,
        kind: 'vpc-endpoint',
        parent: vpc.id,
        endpointType: 'interface',
        service: `com.amazonaws.${vpc.region}.${service}`,
        subnets,
        securityGroups: groupId && this.byId.has(groupId) ? [groupId] : [],
        // Central endpoints answer through the accelerator's private hosted zones, not the endpoint's own private DNS.
        privateDns: iface.central !== true,
        source: this.source(`${path}.interfaceEndpoints.endpoints[${i}]`),
      });
    });
  }

  private attachments(entry: VpcEntry): void {
    objects(entry.raw.transitGatewayAttachments).forEach((raw, i) => {
      const at = `${entry.path}.transitGatewayAttachments[${i}]`;
      const tgwName = isObj(raw.transitGateway) ? str(raw.transitGateway.name) : undefined;
      const tgw = this.byId.get(importId(`tgw:${tgwName ?? ''}`));
      if (tgw?.kind !== 'transit-gateway') return this.note('skipped', at, 'transitGatewayAttachments', `its transit gateway ${String(tgwName)} is not in transitGateways`);
      const table = (tableName: unknown) => {
        const id = importId(`tgwrt:${tgwName}/${String(tableName)}`);
        if (tgw.routeTables.some((t) => t.id === id)) return id;
        this.note('partial', at, 'transitGatewayAttachments', `${tgwName} has no route table ${String(tableName)}`);
        return undefined;
      };
      const defaultTable = tgw.routeTables.find((t) => t.id === importId(`tgwrt:${tgwName}#default_route_table`))?.id;
      const associations = list(raw.routeTableAssociations).map(table).filter((id): id is string => id !== undefined);
      if (associations.length > 1) this.note('partial', at, 'transitGatewayAttachments', 'an attachment is associated with one route table; the design keeps the first');
      const propagations = list(raw.routeTablePropagations).map(table).filter((id): id is string => id !== undefined);
      const options = isObj(raw.options) ? raw.options : {};
      const subnets = list(raw.subnets).map((s) => importId(`subnet:${entry.name}/${String(s)}`)).filter((id) => this.byId.has(id));
      const attachmentName = str(raw.name) ?? `${entry.name}-${i}`;
      this.add({
        id: importId(`tgwatt:${entry.name}/${attachmentName}`),
        name: attachmentName,
        kind: 'tgw-attachment',
        transitGateway: tgw.id,
        vpc: entry.vpc.id,
        subnets,
        ...(str(options.applianceModeSupport) === 'enable' ? { applianceMode: true } : {}),
        ...(associations[0] ?? defaultTable ? { routeTable: associations[0] ?? defaultTable } : {}),
        propagations: propagations.length ? propagations : defaultTable ? [defaultTable] : [],
        source: this.source(at),
      });
    });
  }

  private peerings(): void {
    objects(this.config.vpcPeering).forEach((raw, i) => {
      const path = `vpcPeering[${i}]`;
      const [a, b] = list(raw.vpcs).map(String);
      const requester = this.vpcs.get(a ?? '');
      const accepter = this.vpcs.get(b ?? '');
      if (!requester || !accepter) return this.note('skipped', path, 'vpcPeering', `it joins ${String(a)} and ${String(b)}; ${!requester ? a : b} is not a VPC of this config`);
      const name = str(raw.name) ?? `peering-${i}`;
      this.add({ id: importId(`pcx:${name}`), name, kind: 'vpc-peering', requesterVpc: requester.vpc.id, accepterVpc: accepter.vpc.id, status: 'active', source: this.source(path) });
    });
  }

  private firewalls(): void {
    const central = isObj(this.config.centralNetworkServices) ? this.config.centralNetworkServices : {};
    const nfw = isObj(central.networkFirewall) ? central.networkFirewall : {};
    const policies = objects(nfw.policies);
    const rules = objects(nfw.rules);
    objects(nfw.firewalls).forEach((raw, i) => {
      const path = `centralNetworkServices.networkFirewall.firewalls[${i}]`;
      const entry = this.vpcs.get(str(raw.vpc) ?? '');
      if (!entry) return this.note('skipped', path, 'networkFirewall', `its VPC ${String(raw.vpc)} is not a VPC of this config`);
      const name = str(raw.name) ?? `firewall-${i}`;
      const policyIndex = policies.findIndex((p) => str(p.name) === str(raw.firewallPolicy));
      const partial = (at: string, message: string) => this.note('partial', at, 'networkFirewall', message);
      if (policyIndex < 0) partial(path, `no firewall policy ${String(raw.firewallPolicy)}: the design gives the firewall an empty policy`);
      const policy = policyIndex >= 0 ? firewallPolicy(policies[policyIndex]!, rules, `centralNetworkServices.networkFirewall.policies[${policyIndex}]`, partial) : firewallPolicy({}, [], path, partial);
      // Subnets are placed after the VPC contents; the firewall's mappings are filled then.
      this.pendingFirewalls.push({ id: importId(`nfw:${name}`), name, entry, subnets: list(raw.subnets).map(String), path, policy, deleteProtection: raw.deleteProtection === true });
    });
  }

  private readonly pendingFirewalls: {
    id: string;
    name: string;
    entry: VpcEntry;
    subnets: string[];
    path: string;
    policy: ResourceOf<'network-firewall'>['firewallPolicy'];
    deleteProtection: boolean;
  }[] = [];

  private centralServicesNotes(): void {
    const central = isObj(this.config.centralNetworkServices) ? this.config.centralNetworkServices : {};
    const read = new Set(['delegatedAdminAccount', 'networkFirewall', 'ipams']);
    for (const key of Object.keys(central)) {
      if (!read.has(key)) this.note('skipped', `centralNetworkServices.${key}`, key, `${key} is not part of what the design models`);
    }
  }

  private placeFirewalls(): void {
    for (const pending of this.pendingFirewalls.splice(0)) {
      const subnets = pending.subnets.map((s) => importId(`subnet:${pending.entry.name}/${s}`)).filter((id) => this.byId.has(id));
      this.add({
        id: pending.id,
        name: pending.name,
        kind: 'network-firewall',
        parent: pending.entry.vpc.id,
        subnetMappings: subnets.map((subnet) => ({ subnet })),
        firewallPolicy: pending.policy,
        ...(pending.deleteProtection ? { deleteProtection: true } : {}),
        source: this.source(pending.path),
      });
    }
  }

  private vpcRoutes(entry: VpcEntry): void {
    if (this.pendingFirewalls.length) this.placeFirewalls();
    const { vpc, name, path, raw } = entry;
    objects(raw.routeTables).forEach((table, t) => {
      const at = `${path}.routeTables[${t}]`;
      const tableName = str(table.name) ?? `rt-${t}`;
      const id = importId(`rt:${name}/${tableName}`);
      const routes: Route[] = [...localRoutes(vpc.cidrs)];
      objects(table.routes).forEach((route, r) => {
        const routeAt = `${at}.routes[${r}]`;
        const type = str(route.type);
        const target = str(route.target);
        if (type === 'gatewayEndpoint') {
          const endpoint = importId(`vpce:${name}/${target ?? ''}`);
          if (this.byId.has(endpoint)) this.update(endpoint, 'vpc-endpoint', (e) => ({ ...e, routeTables: [...(e.routeTables ?? []), id] }));
          else this.note('skipped', routeAt, 'routes', `gateway endpoint ${String(target)} is not in ${name}'s gatewayEndpoints`);
          return;
        }
        const targetId = this.routeTarget(entry, type, target, routeAt);
        if (!targetId) return;
        const destination = str(route.destination) ?? str(route.ipv6Destination);
        const prefixList = str(route.destinationPrefixList);
        const endpointAz = type === 'networkFirewall' && str(route.targetAvailabilityZone) ? this.azName(vpc.region, route.targetAvailabilityZone) : undefined;
        if (destination) routes.push({ destination, target: targetId, ...(endpointAz ? { endpointAz } : {}) });
        else if (prefixList && this.byId.has(importId(`pl:${prefixList}`))) routes.push({ prefixList: importId(`pl:${prefixList}`), target: targetId });
        else this.note('skipped', routeAt, 'routes', `its destination (destination, ipv6Destination or a known destinationPrefixList) is missing`);
      });
      this.add({ id, name: tableName, kind: 'route-table', parent: vpc.id, routes, ...this.tags(table), source: this.source(at) });
    });
    for (const subnet of this.resources) {
      if (subnet.kind === 'subnet' && subnet.parent === vpc.id && subnet.routeTable && !this.byId.has(subnet.routeTable)) {
        this.note('partial', subnet.source?.address ?? subnet.id, 'subnets', `its routeTable is not a route table of ${name}; the subnet uses the main route table`);
        this.update(subnet.id, 'subnet', (s) => {
          const { routeTable: _dropped, ...rest } = s;
          return rest;
        });
      }
    }
  }

  private azName(region: string, az: unknown): string {
    const text = String(az);
    return /^\d+$/.test(text) ? `${region}${azLetter(Math.max(0, Number(text) - 1))}` : `${region}${text}`;
  }

  private routeTarget(entry: VpcEntry, type: string | undefined, target: string | undefined, at: string): string | undefined {
    const ids: Record<string, string | undefined> = {
      transitGateway: importId(`tgw:${target ?? ''}`),
      natGateway: importId(`nat:${entry.name}/${target ?? ''}`),
      internetGateway: importId(`igw:${entry.name}`),
      egressOnlyIgw: importId(`eigw:${entry.name}`),
      networkFirewall: importId(`nfw:${target ?? ''}`),
      vpcPeering: importId(`pcx:${target ?? ''}`),
    };
    const id = type ? ids[type] : undefined;
    if (id && this.byId.has(id)) return id;
    const why = !type
      ? 'it has no type'
      : id
        ? `its target ${type === 'internetGateway' ? `(the internet gateway of ${entry.name})` : String(target)} is not in the design`
        : `routes to a ${type} are not part of what the design models`;
    this.note('skipped', at, 'routes', why);
    return undefined;
  }

  private tgwRoutes(): void {
    objects(this.config.transitGateways).forEach((raw, i) => {
      const tgwName = str(raw.name) ?? `tgw-${i}`;
      const tgwId = importId(`tgw:${tgwName}`);
      objects(raw.routeTables).forEach((table, t) => {
        const tableId = importId(`tgwrt:${tgwName}/${str(table.name) ?? ''}`);
        const routes: ResourceOf<'transit-gateway'>['routeTables'][number]['routes'] = [];
        objects(table.routes).forEach((route, r) => {
          const at = `transitGateways[${i}].routeTables[${t}].routes[${r}]`;
          const destination = str(route.destinationCidrBlock);
          if (!destination) return this.note('skipped', at, 'routes', route.destinationPrefixList !== undefined ? 'transit gateway routes to a prefix list are not modelled' : 'it has no destinationCidrBlock');
          if (route.blackhole === true) return void routes.push({ destination, blackhole: true });
          const attachment = isObj(route.attachment) ? route.attachment : {};
          const vpcName = str(attachment.vpcName);
          const found = this.resources.find((a) => a.kind === 'tgw-attachment' && a.transitGateway === tgwId && vpcName !== undefined && a.vpc === importId(`vpc:${vpcName}`));
          if (!found) return this.note('skipped', at, 'routes', vpcName ? `no attachment of ${vpcName} to ${tgwName}` : 'it sends to a VPN, Direct Connect or peering attachment, which the design does not read here');
          routes.push({ destination, attachment: found.id });
        });
        this.update(tgwId, 'transit-gateway', (tgw) => ({ ...tgw, routeTables: tgw.routeTables.map((rt) => (rt.id === tableId ? { ...rt, routes } : rt)) }));
      });
    });
  }

  /** RAM shares: subnets and transit gateways shared with accounts (OUs resolved through accounts-config). */
  private sharing(): void {
    const shares: { path: string; resource: string; targets: Obj; owner: string | undefined }[] = [];
    objects(this.config.transitGateways).forEach((raw, i) => {
      if (isObj(raw.shareTargets)) shares.push({ path: `transitGateways[${i}].shareTargets`, resource: importId(`tgw:${str(raw.name) ?? ''}`), targets: raw.shareTargets, owner: str(raw.account) });
    });
    for (const entry of this.vpcs.values()) {
      objects(entry.raw.subnets).forEach((raw, j) => {
        if (isObj(raw.shareTargets)) shares.push({ path: `${entry.path}.subnets[${j}].shareTargets`, resource: importId(`subnet:${entry.name}/${str(raw.name) ?? ''}`), targets: raw.shareTargets, owner: entry.accountName });
      });
    }
    for (const share of shares) {
      if (!this.byId.has(share.resource)) continue;
      const names = new Set(list(share.targets.accounts).map(String));
      for (const ou of list(share.targets.organizationalUnits).map(String)) {
        const inOu = ou === 'Root' ? this.accounts?.names : this.accounts?.byOu.get(ou);
        if (!inOu?.length) this.note('partial', share.path, 'shareTargets', this.accounts ? `no account of accounts-config.yaml is in the OU ${ou}; that part of the share is left out` : `the OU ${ou} needs accounts-config.yaml to name its accounts; that part of the share is left out`);
        for (const name of inOu ?? []) names.add(name);
      }
      if (share.owner) names.delete(share.owner);
      if (names.size === 0) continue;
      const principals = [...names].map((name) => this.account(name, share.path));
      this.add({ id: importId(`share:${share.path}`), name: `share of ${this.byId.get(share.resource)!.name}`, kind: 'ram-share', resources: [share.resource], principals, source: this.source(share.path) });
    }
  }
}
