/**
 * `lzs export --format lza`: the design as a Landing Zone Accelerator network-config.yaml, for
 * what LZA's network configuration expresses (VPCs, subnets, route tables, NAT and internet
 * gateways, transit gateways and their tables, attachments, peering, Network Firewall,
 * endpoints, prefix lists, security groups, NACLs, RAM sharing by account). Objects refer to
 * each other by name, so names are made unique in their scope. What LZA cannot express here
 * (workloads, load balancers, a main route table's or default NACL's own entries, VPN and
 * Direct Connect, IPv6 blocks) is listed in the file's opening comment, never dropped silently.
 */
import { indexDesign, type Design, type DesignIndex, type Resource, type ResourceOf } from '../../model/index.ts';
import type { GeneratedFile } from '../types.ts';
import { toYaml, yamlComment, type YamlValue } from './yaml.ts';
import { firewallConfig } from './firewall.ts';
import { naclConfig, securityGroupConfig } from './rules.ts';

type Obj = { [key: string]: YamlValue | undefined };

/** Kinds the network-config holds; the rest are workloads and load balancing, outside it. */
const NETWORK_KINDS = new Set<string>([
  'account', 'vpc', 'subnet', 'route-table', 'security-group', 'network-acl', 'internet-gateway', 'egress-only-internet-gateway', 'nat-gateway', 'elastic-ip',
  'vpc-peering', 'transit-gateway', 'tgw-attachment', 'vpc-endpoint', 'network-firewall', 'ram-share', 'prefix-list',
]);

/** LZA configures these (customerGateways, directConnectGateways, VPNs, TGW peering), but not in the shape this export writes yet. */
const HYBRID_KINDS = new Set<string>(['customer-gateway', 'virtual-private-gateway', 'vpn-connection', 'dx-gateway', 'tgw-peering']);

/** Unique names per scope: LZA refers by name, a design's names may repeat. */
export class Names {
  private readonly taken = new Map<string, Set<string>>();
  private readonly given = new Map<string, string>();
  constructor(private readonly left: string[]) {}

  of(resource: { id: string; name: string }, scope = ''): string {
    const known = this.given.get(resource.id);
    if (known) return known;
    const used = this.taken.get(scope) ?? new Set<string>();
    const base = (resource.name.trim() || resource.id).replace(/[\r\n]+/g, ' ');
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    if (name !== base) this.left.push(`"${base}" is used twice${scope ? ` in ${scope}` : ''}: the second is written as "${name}"`);
    used.add(name);
    this.taken.set(scope, used);
    this.given.set(resource.id, name);
    return name;
  }
}

export interface LzaExport {
  readonly config: Obj;
  /** What the file does not express, one sentence each (also its opening comment). */
  readonly leftOut: readonly string[];
}

const letterOf = (az: string | undefined) => (az ? /[a-z]$/.exec(az)?.[0] : undefined);

export function buildLzaConfig(design: Design): LzaExport {
  const index = indexDesign(design);
  const left: string[] = [];
  const names = new Names(left);
  const hybrid = design.resources.filter((r) => HYBRID_KINDS.has(r.kind));
  if (hybrid.length) left.push(`${hybrid.length} hybrid resources this export does not write (${[...new Set(hybrid.map((r) => r.kind))].sort().join(', ')}), nor the routes to them`);
  const outside = design.resources.filter((r) => !NETWORK_KINDS.has(r.kind) && !HYBRID_KINDS.has(r.kind));
  if (outside.length) {
    const kinds = [...new Set(outside.map((r) => r.kind))].sort();
    left.push(`${outside.length} resources outside LZA's network configuration (${kinds.join(', ')})`);
  }
  const accountName = (id: string | undefined) => {
    const account = index.get(id);
    return account ? names.of(account, 'accounts') : 'Network';
  };
  const vpcs = index.ofKind('vpc');
  const regions = vpcs.map((v) => v.region);
  const homeRegion = mostCommon(regions) ?? index.ofKind('transit-gateway')[0]?.region ?? 'us-east-1';
  const firewalls = index.ofKind('network-firewall');
  const config: Obj = {
    homeRegion,
    defaultVpc: { delete: false, excludeAccounts: [] },
    transitGateways: index.ofKind('transit-gateway').map((tgw) => transitGateway(index, tgw, names, accountName, left)),
    ...(index.ofKind('prefix-list').length ? { prefixLists: index.ofKind('prefix-list').map((pl) => prefixList(index, pl, names, accountName, homeRegion)) } : {}),
    ...(firewalls.length ? { centralNetworkServices: { delegatedAdminAccount: accountName(index.vpcOwnerOf(firewalls[0]!.id)), networkFirewall: firewallConfig(index, firewalls, names, left) } } : {}),
    ...(index.ofKind('vpc-peering').length
      ? { vpcPeering: index.ofKind('vpc-peering').map((p) => ({ name: names.of(p, 'peerings'), vpcs: [names.of(index.get(p.requesterVpc)!, 'vpcs'), names.of(index.get(p.accepterVpc)!, 'vpcs')] })) }
      : {}),
    vpcs: vpcs.map((vpc) => vpcConfig(index, vpc, names, accountName, left)),
  };
  return { config, leftOut: left };
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** RAM shares of a resource, as LZA's shareTargets (accounts by name). */
function shareTargets(index: DesignIndex, id: string, accountName: (id: string | undefined) => string): Obj | undefined {
  const principals = index.ofKind('ram-share').filter((share) => share.resources.includes(id)).flatMap((share) => share.principals);
  return principals.length ? { accounts: [...new Set(principals.map(accountName))] } : undefined;
}

function transitGateway(index: DesignIndex, tgw: ResourceOf<'transit-gateway'>, names: Names, accountName: (id: string | undefined) => string, left: string[]): Obj {
  const tgwName = names.of(tgw, 'transit gateways');
  const attachments = index.ofKind('tgw-attachment').filter((a) => a.transitGateway === tgw.id);
  return {
    name: tgwName,
    account: accountName(index.ownerOf(tgw.id)),
    region: tgw.region,
    shareTargets: shareTargets(index, tgw.id, accountName),
    ...(tgw.amazonSideAsn ? { asn: tgw.amazonSideAsn } : {}),
    dnsSupport: 'enable',
    vpnEcmpSupport: 'enable',
    // Every table is named and every attachment says its association: no default table.
    defaultRouteTableAssociation: 'disable',
    defaultRouteTablePropagation: 'disable',
    autoAcceptSharingAttachments: 'enable',
    routeTables: tgw.routeTables.map((table) => ({
      name: names.of(table, `transit gateway ${tgwName}`),
      routes: table.routes.flatMap((route): Obj[] => {
        if (route.blackhole) return [{ destinationCidrBlock: route.destination, blackhole: true }];
        const attachment = attachments.find((a) => a.id === route.attachment);
        const vpc = attachment ? index.get(attachment.vpc) : undefined;
        if (!attachment || !vpc) {
          left.push(`transit gateway ${tgwName} table ${table.name} route ${route.destination}: it sends to ${index.get(route.attachment)?.name ?? route.attachment ?? 'nothing'}, not a VPC attachment`);
          return [];
        }
        return [{ destinationCidrBlock: route.destination, attachment: { vpcName: names.of(vpc, 'vpcs'), account: accountName(index.ownerOf(vpc.id)) } }];
      }),
    })),
  };
}

function prefixList(index: DesignIndex, pl: ResourceOf<'prefix-list'>, names: Names, accountName: (id: string | undefined) => string, homeRegion: string): Obj {
  return {
    name: names.of(pl, 'prefix lists'),
    accounts: [accountName(index.ownerOf(pl.id))],
    regions: [homeRegion],
    addressFamily: pl.cidrs.some((c) => c.includes(':')) ? 'IPv6' : 'IPv4',
    maxEntries: pl.maxEntries ?? Math.max(1, pl.cidrs.length),
    entries: pl.cidrs,
  };
}

function vpcConfig(index: DesignIndex, vpc: ResourceOf<'vpc'>, names: Names, accountName: (id: string | undefined) => string, left: string[]): Obj {
  const vpcName = names.of(vpc, 'vpcs');
  const scope = `VPC ${vpcName}`;
  const inVpc = <K extends Resource['kind']>(kind: K) => index.ofKind(kind).filter((r) => index.vpcOf(r.id)?.id === vpc.id);
  const subnets = inVpc('subnet');
  const tables = inVpc('route-table');
  const main = index.mainRouteTable(vpc.id);
  if (main && main.routes.some((r) => r.target !== 'local')) left.push(`${scope}: the main route table's own routes (LZA configures no main table; name a route table on each subnet instead)`);
  const defaultAcl = index.defaultNetworkAcl(vpc.id);
  if (defaultAcl && !allowsAll(defaultAcl)) left.push(`${scope}: the default network ACL's entries (LZA leaves the default NACL as AWS makes it)`);
  if (vpc.ipv6Cidrs?.length) left.push(`${scope}: its IPv6 blocks ${vpc.ipv6Cidrs.join(', ')}`);
  const igw = inVpc('internet-gateway')[0];
  const eigw = inVpc('egress-only-internet-gateway')[0];
  const nats = inVpc('nat-gateway');
  const endpoints = inVpc('vpc-endpoint');
  const gateway = endpoints.filter((e) => e.endpointType === 'gateway');
  const iface = endpoints.filter((e) => e.endpointType === 'interface');
  for (const e of endpoints.filter((e) => e.endpointType === 'gateway-load-balancer')) left.push(`${scope}: Gateway Load Balancer endpoint ${e.name}`);
  const subnetName = (id: string) => names.of(index.get(id)!, scope);
  const ifaceSubnets = [...new Set(iface.flatMap((e) => e.subnets ?? []))];
  if (iface.some((e) => (e.subnets ?? []).length !== ifaceSubnets.length)) left.push(`${scope}: interface endpoints in different subnets (LZA places every interface endpoint of a VPC in the same subnets; all are written in ${ifaceSubnets.length})`);
  const groups = inVpc('security-group').filter((sg) => !sg.default);
  const acls = inVpc('network-acl').filter((acl) => !acl.default);
  return {
    name: vpcName,
    account: accountName(index.ownerOf(vpc.id)),
    region: vpc.region,
    cidrs: vpc.cidrs,
    internetGateway: igw !== undefined,
    ...(eigw ? { egressOnlyIgw: true } : {}),
    enableDnsHostnames: vpc.enableDnsHostnames,
    enableDnsSupport: vpc.enableDnsSupport,
    instanceTenancy: 'default',
    routeTables: tables.filter((t) => !t.main).map((table) => ({ name: names.of(table, `${scope} route tables`), routes: routesOf(index, vpc, table, names, scope, left) })),
    subnets: subnets.map((subnet) => {
      // Without a routeTable the subnet keeps the main table, as in the design.
      const table = subnet.routeTable ? index.get(subnet.routeTable) : undefined;
      return {
        name: subnetName(subnet.id),
        availabilityZone: letterOf(subnet.availabilityZone) ?? 'a',
        ...(table && !(table.kind === 'route-table' && table.main) ? { routeTable: names.of(table, `${scope} route tables`) } : {}),
        ipv4CidrBlock: subnet.cidr,
        ...(subnet.mapPublicIpOnLaunch !== undefined ? { mapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch } : {}),
        ...(subnet.ipv6Cidr ? { ipv6CidrBlock: subnet.ipv6Cidr } : {}),
        shareTargets: shareTargets(index, subnet.id, accountName),
      };
    }),
    ...(nats.length
      ? {
          natGateways: nats.map((nat) => ({ name: names.of(nat, `${scope} NAT gateways`), subnet: subnetName(index.subnetOf(nat.id)?.id ?? nat.parent!), ...(nat.connectivity === 'private' ? { private: true } : {}) })),
        }
      : {}),
    ...(index.ofKind('tgw-attachment').some((a) => a.vpc === vpc.id)
      ? {
          transitGatewayAttachments: index.ofKind('tgw-attachment').filter((a) => a.vpc === vpc.id).map((a) => {
            const tgw = index.getOf(a.transitGateway, 'transit-gateway')!;
            const tableName = (id: string) => names.of(tgw.routeTables.find((t) => t.id === id) ?? { id, name: id }, `transit gateway ${names.of(tgw, 'transit gateways')}`);
            return {
              name: names.of(a, `${scope} attachments`),
              transitGateway: { name: names.of(tgw, 'transit gateways'), account: accountName(index.ownerOf(tgw.id)) },
              subnets: a.subnets.map(subnetName),
              ...(a.applianceMode ? { options: { applianceModeSupport: 'enable' } } : {}),
              routeTableAssociations: a.routeTable ? [tableName(a.routeTable)] : [],
              routeTablePropagations: (a.propagations ?? []).map(tableName),
            };
          }),
        }
      : {}),
    ...(gateway.length ? { gatewayEndpoints: { defaultPolicy: 'Default', endpoints: gateway.map((e) => ({ service: serviceName(e.service) })) } } : {}),
    ...(iface.length
      ? {
          interfaceEndpoints: {
            defaultPolicy: 'Default',
            ...(iface.every((e) => e.privateDns === false) ? { central: true } : {}),
            subnets: ifaceSubnets.map(subnetName),
            endpoints: iface.map((e) => ({ service: serviceName(e.service), ...(e.securityGroups?.[0] ? { securityGroup: names.of(index.get(e.securityGroups[0])!, `${scope} security groups`) } : {}) })),
          },
        }
      : {}),
    ...(groups.length ? { securityGroups: groups.map((sg) => securityGroupConfig(index, sg, names, `${scope} security groups`, left)) } : {}),
    ...(acls.length ? { networkAcls: acls.map((acl) => naclConfig(index, acl, names, scope, `${scope} network ACLs`)) } : {}),
  };
}

function allowsAll(acl: ResourceOf<'network-acl'>): boolean {
  const open = (entries: typeof acl.inbound) => entries.some((e) => e.action === 'allow' && e.protocol === 'all' && e.cidr === '0.0.0.0/0') && entries.every((e) => e.action === 'allow');
  return open(acl.inbound) && open(acl.outbound);
}

/** `com.amazonaws.us-east-1.ecr.dkr` → `ecr.dkr`, as LZA names endpoint services. */
function serviceName(service: string): string {
  return /^com\.amazonaws\.[a-z]{2}(-[a-z]+)+-\d\.(.+)$/.exec(service)?.[2] ?? service;
}

function routesOf(index: DesignIndex, vpc: ResourceOf<'vpc'>, table: ResourceOf<'route-table'>, names: Names, scope: string, left: string[]): Obj[] {
  const tableName = names.of(table, `${scope} route tables`);
  const out: Obj[] = [];
  const routeNames = new Names(left);
  table.routes.forEach((route, i) => {
    if (route.target === 'local') return;
    const target = index.get(route.target);
    const destination: Obj = route.prefixList
      ? { destinationPrefixList: names.of(index.get(route.prefixList) ?? { id: route.prefixList, name: route.prefixList }, 'prefix lists') }
      : route.destination!.includes(':')
        ? { ipv6Destination: route.destination }
        : { destination: route.destination };
    const typed = routeTarget(index, target, route, table, names);
    if (!typed) {
      left.push(`${scope}: route table ${tableName} route ${route.destination ?? route.prefixList} → ${target ? `${target.kind} ${target.name}` : route.target} (a target LZA routes to is not one this export writes)`);
      return;
    }
    out.push({ name: routeNames.of({ id: `${i}`, name: `${typed.type}-${i + 1}` }), ...destination, ...typed.fields });
  });
  // AWS adds a gateway endpoint's routes; LZA writes them as gatewayEndpoint routes of each table.
  for (const endpoint of index.ofKind('vpc-endpoint').filter((e) => e.endpointType === 'gateway' && e.routeTables?.includes(table.id))) {
    out.push({ name: routeNames.of({ id: endpoint.id, name: `${serviceName(endpoint.service)}-gateway` }), type: 'gatewayEndpoint', target: serviceName(endpoint.service) });
  }
  void vpc;
  return out;
}

function routeTarget(index: DesignIndex, target: Resource | undefined, route: ResourceOf<'route-table'>['routes'][number], table: ResourceOf<'route-table'>, names: Names): { type: string; fields: Obj } | undefined {
  if (!target) return undefined;
  switch (target.kind) {
    case 'internet-gateway':
      return { type: 'internetGateway', fields: { type: 'internetGateway', target: 'IGW' } };
    case 'egress-only-internet-gateway':
      return { type: 'egressOnlyIgw', fields: { type: 'egressOnlyIgw', target: 'EIGW' } };
    case 'nat-gateway':
      return { type: 'natGateway', fields: { type: 'natGateway', target: names.of(target, `VPC ${names.of(index.vpcOf(target.id)!, 'vpcs')} NAT gateways`) } };
    case 'transit-gateway':
      return { type: 'transitGateway', fields: { type: 'transitGateway', target: names.of(target, 'transit gateways') } };
    case 'vpc-peering':
      return { type: 'vpcPeering', fields: { type: 'vpcPeering', target: names.of(target, 'peerings') } };
    case 'network-firewall': {
      // Without an endpoint AZ the route uses the endpoint in the AZ of the subnets it serves.
      const az = route.endpointAz ?? index.subnetsUsingRouteTable(table.id)[0]?.availabilityZone ?? target.subnetMappings.map((m) => index.getOf(m.subnet, 'subnet')?.availabilityZone)[0];
      return { type: 'networkFirewall', fields: { type: 'networkFirewall', target: names.of(target, 'firewalls'), targetAvailabilityZone: letterOf(az) ?? 'a' } };
    }
    default:
      return undefined;
  }
}

export function generateLza(design: Design): GeneratedFile[] {
  const { config, leftOut } = buildLzaConfig(design);
  const header = [
    `Landing Zone Accelerator network-config.yaml for ${design.name}`,
    'Account names refer to accounts-config.yaml; policies named Default refer to endpointPolicies.',
    ...(leftOut.length ? ['', 'Not expressed in this file:', ...leftOut.map((line) => `- ${line}`)] : ['', 'Everything in the design that LZA networking expresses is in this file.']),
  ];
  const body = toYaml({ ...config, endpointPolicies: [{ name: 'Default', document: 'vpc-endpoint-policies/default.json' }] });
  return [{ path: 'network-config.yaml', contents: `${yamlComment(header)}\n${body}` }];
}
