/**
 * Everything a trace needs from a design, compiled once per document and reused by every
 * trace and matrix cell: subnets with their effective route table and NACL, route tables
 * sorted for longest-prefix lookup, security groups, interfaces with their addresses.
 * Designs are immutable, so the document object is the cache key.
 */
import type { Design } from '../model/design.ts';
import { indexDesign, type DesignIndex } from '../model/indexes.ts';
import { hasInterfaces, isBalancer, kindInfo, ownSecurityGroups } from '../model/kinds.ts';
import type { Resource } from '../model/resources.ts';
import { compileNacl, compileRouteTable, compileSecurityGroup, type CompiledNacl, type CompiledRouteTable, type CompiledSecurityGroup, type ManagedRoute } from './compile.ts';
import { buildHybrid, type HybridInfo } from './hybrid.ts';
import { formatIpv4, inAny, ipv4Range, parseIpv4, type Range } from './ipv4.ts';
import type { Decider, HopInterface } from './types.ts';

export interface PortRange {
  readonly lo: number;
  readonly hi: number;
}

export interface VpcInfo {
  readonly id: string;
  readonly region: string;
  readonly cidrs: readonly Range[];
  readonly subnets: SubnetInfo[];
  readonly mainTable: string | undefined;
  internetGateway: string | undefined;
  readonly blockPublicAccess: 'off' | 'bidirectional' | 'ingress';
}

export interface SubnetInfo {
  readonly id: string;
  readonly vpc: VpcInfo;
  readonly range: Range;
  readonly az: string;
  /** AZ ID when known, else the AZ name: AZ names differ between accounts (SHR-AZID). */
  readonly azKey: string;
  readonly routeTable: CompiledRouteTable | undefined;
  readonly nacl: CompiledNacl | undefined;
}

/** A network interface the simulator sends from or delivers to. */
export interface Iface {
  readonly resource: Resource;
  readonly subnet: SubnetInfo;
  readonly ip: number;
  readonly ipText: string;
  /** The address was derived from the subnet CIDR because the design gives none. */
  readonly derivedIp: boolean;
  /** Effective security groups; empty means nothing filters here (an NLB without groups, a NAT gateway). */
  readonly groups: readonly string[];
  readonly publicIp: number | undefined;
  readonly publicText: string | undefined;
  readonly derivedPublic: boolean;
  readonly ephemeral: PortRange;
  /** The interface as hops name it, built once. */
  readonly fact: HopInterface;
}

export interface PeeringInfo {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly active: boolean;
  readonly sameRegion: boolean;
}

export interface AttachmentInfo {
  readonly id: string;
  readonly tgw: string;
  readonly vpc: string;
  readonly subnets: readonly SubnetInfo[];
  readonly routeTable: string | undefined;
  readonly applianceMode: boolean;
  readonly sgReferencing: boolean;
}

export interface TgwRoute {
  readonly range: Range;
  /** 0 static, 1 VPC-propagated, 2 Direct Connect-propagated, 3 VPN-propagated (TGW-PRIO). */
  readonly priority: number;
  readonly attachment: string | undefined;
  readonly blackhole: boolean;
  readonly decider: Decider;
}

export interface NatInfo {
  readonly id: string;
  readonly connectivity: 'public' | 'private';
  readonly vpc: string;
  /** Undefined for a regional NAT gateway, which serves every AZ of its VPC. */
  readonly iface: Iface | undefined;
  readonly eip: number | undefined;
  readonly eipText: string | undefined;
}

const LINUX: PortRange = { lo: 32768, hi: 61000 };
const WINDOWS: PortRange = { lo: 49152, hi: 65535 };
/** ELB, NAT gateways, Lambda and clients we know nothing about (NACL-EPHEM). */
export const WIDE_EPHEMERAL: PortRange = { lo: 1024, hi: 65535 };

/** Stand-in public addresses for resources whose public IP the design does not give (198.18.0.0/15). */
const PUBLIC_STAND_IN_BASE = parseIpv4('198.18.0.1')!;

export interface SimContext {
  readonly index: DesignIndex;
  readonly vpcs: ReadonlyMap<string, VpcInfo>;
  readonly subnets: ReadonlyMap<string, SubnetInfo>;
  readonly routeTables: ReadonlyMap<string, CompiledRouteTable>;
  /** Internet gateway → its gateway route table (edge association, ingress routing). */
  readonly edgeTables: ReadonlyMap<string, CompiledRouteTable>;
  readonly securityGroups: ReadonlyMap<string, CompiledSecurityGroup>;
  readonly peerings: ReadonlyMap<string, PeeringInfo>;
  /** `vpc|tgw` → attachment. */
  readonly attachmentByVpcTgw: ReadonlyMap<string, AttachmentInfo>;
  readonly attachments: ReadonlyMap<string, AttachmentInfo>;
  readonly tgwTables: ReadonlyMap<string, readonly TgwRoute[]>;
  readonly tgwReferencing: ReadonlyMap<string, boolean>;
  readonly nats: ReadonlyMap<string, NatInfo>;
  readonly ifaces: ReadonlyMap<string, readonly Iface[]>;
  /** Private address → interfaces, per VPC (VPCs may overlap). */
  readonly byPrivateIp: ReadonlyMap<string, ReadonlyMap<number, Iface>>;
  /** Public address (EIP, public IPv4, NAT EIP) → interface. */
  readonly byPublicIp: ReadonlyMap<number, Iface>;
  /** Target groups a resource joins through its own `targetGroups` field. */
  readonly joinedTargetGroups: ReadonlyMap<string, readonly string[]>;
  /** Stand-in address of "a host on the internet", one the design does not use (TEST-NET-1). */
  readonly internetAddress: number;
  /** Stand-in address of an API gateway's public endpoint. */
  readonly apiGatewayAddress: number;
  /** On-premises networks and the VPNs that reach them. */
  readonly hybrid: HybridInfo;
}

const cache = new WeakMap<Design, SimContext>();

export function simContext(design: Design): SimContext {
  let context = cache.get(design);
  if (!context) {
    context = buildContext(design);
    cache.set(design, context);
  }
  return context;
}

function ephemeralOf(resource: Resource): PortRange {
  switch (resource.kind) {
    case 'instance':
    case 'auto-scaling-group':
      return resource.operatingSystem === 'windows' ? WINDOWS : LINUX;
    case 'ecs-service':
    case 'eks-cluster':
    case 'beanstalk-environment':
      return LINUX;
    default:
      return WIDE_EPHEMERAL;
  }
}

function buildContext(design: Design): SimContext {
  const index = indexDesign(design);
  const routeTables = new Map<string, CompiledRouteTable>();
  const securityGroups = new Map<string, CompiledSecurityGroup>();
  const nacls = new Map<string, CompiledNacl>();
  const prefixLists = new Map<string, Range[]>();
  for (const list of index.ofKind('prefix-list')) {
    prefixLists.set(list.id, list.cidrs.map((c) => ipv4Range(c)).filter((r): r is Range => r !== undefined));
  }
  const managed = managedRoutes(index);
  const edgeTables = new Map<string, CompiledRouteTable>();
  for (const table of index.ofKind('route-table')) {
    const compiled = compileRouteTable(table, index, prefixLists, managed.get(table.id));
    routeTables.set(table.id, compiled);
    if (table.edgeAssociation && !edgeTables.has(table.edgeAssociation)) edgeTables.set(table.edgeAssociation, compiled);
  }
  // Before the subnets take their tables: a virtual private gateway propagates into them.
  const hybrid = buildHybrid(index, routeTables);
  for (const group of index.ofKind('security-group')) securityGroups.set(group.id, compileSecurityGroup(group, prefixLists));
  for (const acl of index.ofKind('network-acl')) nacls.set(acl.id, compileNacl(acl));

  const vpcs = new Map<string, VpcInfo>();
  for (const vpc of index.ofKind('vpc')) {
    vpcs.set(vpc.id, {
      id: vpc.id,
      region: vpc.region,
      cidrs: vpc.cidrs.map((c) => ipv4Range(c)).filter((r): r is Range => r !== undefined),
      subnets: [],
      mainTable: index.mainRouteTable(vpc.id)?.id,
      internetGateway: undefined,
      blockPublicAccess: vpc.blockPublicAccess ?? 'off',
    });
  }
  for (const igw of index.ofKind('internet-gateway')) {
    const vpc = igw.parent ? vpcs.get(igw.parent) : undefined;
    if (vpc && !vpc.internetGateway) vpc.internetGateway = igw.id;
  }
  const subnets = new Map<string, SubnetInfo>();
  for (const subnet of index.ofKind('subnet')) {
    const vpc = subnet.parent ? vpcs.get(subnet.parent) : undefined;
    const range = ipv4Range(subnet.cidr);
    if (!vpc || !range) continue;
    const table = index.routeTableOf(subnet.id);
    const acl = index.networkAclOf(subnet.id);
    const info: SubnetInfo = {
      id: subnet.id,
      vpc,
      range,
      az: subnet.availabilityZone,
      azKey: subnet.availabilityZoneId ?? subnet.availabilityZone,
      routeTable: table ? routeTables.get(table.id) : undefined,
      nacl: acl ? nacls.get(acl.id) : undefined,
    };
    subnets.set(subnet.id, info);
    vpc.subnets.push(info);
  }

  const peerings = new Map<string, PeeringInfo>();
  for (const peering of index.ofKind('vpc-peering')) {
    const a = vpcs.get(peering.requesterVpc);
    const b = vpcs.get(peering.accepterVpc);
    peerings.set(peering.id, {
      id: peering.id,
      a: peering.requesterVpc,
      b: peering.accepterVpc,
      active: peering.status === 'active',
      sameRegion: a !== undefined && b !== undefined && a.region === b.region,
    });
  }

  const tgwReferencing = new Map<string, boolean>();
  const tgwTables = new Map<string, TgwRoute[]>();
  for (const tgw of index.ofKind('transit-gateway')) {
    tgwReferencing.set(tgw.id, tgw.securityGroupReferencing === true);
    for (const table of tgw.routeTables) {
      const routes: TgwRoute[] = [];
      for (const route of table.routes) {
        const range = ipv4Range(route.destination);
        if (!range) continue;
        const blackhole = route.blackhole === true || !route.attachment;
        const attachment = blackhole ? undefined : route.attachment;
        routes.push({ range, priority: 0, attachment: route.attachment, blackhole, decider: { kind: 'tgw-route', table: table.id, destination: range.text, attachment } });
      }
      tgwTables.set(table.id, routes);
    }
  }
  const attachments = new Map<string, AttachmentInfo>();
  const attachmentByVpcTgw = new Map<string, AttachmentInfo>();
  for (const attachment of index.ofKind('tgw-attachment')) {
    const info: AttachmentInfo = {
      id: attachment.id,
      tgw: attachment.transitGateway,
      vpc: attachment.vpc,
      subnets: attachment.subnets.map((id) => subnets.get(id)).filter((s): s is SubnetInfo => s !== undefined),
      routeTable: attachment.routeTable,
      applianceMode: attachment.applianceMode === true,
      sgReferencing: attachment.securityGroupReferencing !== false,
    };
    attachments.set(info.id, info);
    attachmentByVpcTgw.set(`${info.vpc}|${info.tgw}`, info);
    // Propagation: the VPC's CIDRs enter each table it propagates to (TGW-RT).
    const vpc = vpcs.get(info.vpc);
    for (const tableId of attachment.propagations ?? []) {
      const routes = tgwTables.get(tableId);
      if (!routes || !vpc) continue;
      for (const range of vpc.cidrs) {
        // TGW-OVERLAP: an identical CIDR is not propagated a second time; the first stays.
        if (routes.some((r) => r.priority === 1 && r.range.first === range.first && r.range.last === range.last)) continue;
        routes.push({ range, priority: 1, attachment: info.id, blackhole: false, decider: { kind: 'tgw-route', table: tableId, destination: range.text, attachment: info.id } });
      }
    }
  }
  // A Direct Connect gateway's attachment propagates what on-premises advertises (TGW-PRIO: after VPC routes, before VPN ones).
  for (const dxgw of hybrid.dx.values()) {
    for (const association of dxgw.associations) {
      if (!association.onTgw) continue;
      for (const tableId of association.propagations) {
        const routes = tgwTables.get(tableId);
        if (!routes) continue;
        for (const network of hybrid.networks.values()) {
          if (!network.via.includes(dxgw.id)) continue;
          routes.push({ range: network.range, priority: 2, attachment: dxgw.id, blackhole: false, decider: { kind: 'tgw-route', table: tableId, destination: network.range.text, attachment: dxgw.id } });
        }
      }
    }
  }
  // A BGP VPN on a transit gateway propagates the networks behind its device (TGW-PRIO: below VPC routes).
  for (const vpn of hybrid.vpns.values()) {
    if (!vpn.onTgw || vpn.staticOnly || vpn.tunnelsUp.length === 0) continue;
    for (const tableId of vpn.propagations) {
      const routes = tgwTables.get(tableId);
      if (!routes) continue;
      for (const network of hybrid.networks.values()) {
        if (!network.via.includes(vpn.customerGateway)) continue;
        routes.push({ range: network.range, priority: 3, attachment: vpn.id, blackhole: false, decider: { kind: 'tgw-route', table: tableId, destination: network.range.text, attachment: vpn.id } });
      }
    }
  }
  for (const routes of tgwTables.values()) {
    routes.sort((x, y) => y.range.prefix - x.range.prefix || x.priority - y.priority);
  }

  const { ifaces, byPrivateIp, byPublicIp } = buildInterfaces(design, index, subnets, securityGroups);

  const nats = new Map<string, NatInfo>();
  for (const nat of index.ofKind('nat-gateway')) {
    const iface = ifaces.get(nat.id)?.[0];
    const vpc = index.vpcOf(nat.id)?.id ?? '';
    nats.set(nat.id, {
      id: nat.id,
      connectivity: nat.connectivity,
      vpc,
      iface,
      eip: iface?.publicIp,
      eipText: iface?.publicText,
    });
  }

  const joinedTargetGroups = new Map<string, string[]>();
  for (const resource of design.resources) {
    if ('targetGroups' in resource && resource.targetGroups) {
      for (const group of resource.targetGroups) {
        const list = joinedTargetGroups.get(group);
        if (list) list.push(resource.id);
        else joinedTargetGroups.set(group, [resource.id]);
      }
    }
  }

  const externals = index.ofKind('external').map((e) => ipv4Range(e.cidr)).filter((r): r is Range => r !== undefined);
  let free = parseIpv4('192.0.2.100')!;
  const unused = () => {
    while (byPublicIp.has(free) || inAny(externals, free)) free++;
    return free++;
  };
  const internetAddress = unused();
  const apiGatewayAddress = unused();

  return {
    internetAddress,
    apiGatewayAddress,
    index,
    vpcs,
    subnets,
    routeTables,
    edgeTables,
    securityGroups,
    peerings,
    attachmentByVpcTgw,
    attachments,
    tgwTables,
    tgwReferencing,
    nats,
    ifaces,
    byPrivateIp,
    byPublicIp,
    joinedTargetGroups,
    hybrid,
  };
}

/** The routes gateway endpoints add to their associated tables: the service's prefix list → the endpoint. */
function managedRoutes(index: DesignIndex): Map<string, ManagedRoute[]> {
  const byTable = new Map<string, ManagedRoute[]>();
  for (const endpoint of index.ofKind('vpc-endpoint')) {
    if (endpoint.endpointType !== 'gateway' || !endpoint.prefixListCidrs?.length) continue;
    const route: ManagedRoute = {
      prefixList: endpoint.prefixListId ?? `the ${endpoint.service} prefix list`,
      ranges: endpoint.prefixListCidrs.map((c) => ipv4Range(c)).filter((r): r is Range => r !== undefined),
      target: endpoint.id,
    };
    for (const table of endpoint.routeTables ?? []) {
      const list = byTable.get(table);
      if (list) list.push(route);
      else byTable.set(table, [route]);
    }
  }
  return byTable;
}

function effectiveGroups(resource: Resource, index: DesignIndex, vpcId: string): string[] {
  const holds = kindInfo(resource.kind).securityGroups;
  if (!holds) return [];
  const own = ownSecurityGroups(resource);
  if (own?.length || !holds.vpcDefault) return [...(own ?? [])];
  const group = index.defaultSecurityGroup(vpcId);
  return group ? [group.id] : [];
}

function wantsPublicIp(resource: Resource, subnetPublicOnLaunch: boolean): boolean {
  switch (resource.kind) {
    case 'instance':
      return resource.elasticIp !== undefined || (resource.publicIp ?? subnetPublicOnLaunch);
    case 'auto-scaling-group':
      return resource.publicIp ?? subnetPublicOnLaunch;
    case 'ecs-service':
      return resource.assignPublicIp === true;
    case 'eks-cluster':
      return resource.compute !== 'fargate' && subnetPublicOnLaunch;
    case 'nat-gateway':
      return resource.connectivity === 'public' && (resource.elasticIps?.length ?? 0) > 0;
    default:
      return isBalancer(resource) && resource.scheme === 'internet-facing';
  }
}

function buildInterfaces(
  design: Design,
  index: DesignIndex,
  subnets: ReadonlyMap<string, SubnetInfo>,
  securityGroups: ReadonlyMap<string, CompiledSecurityGroup>,
) {
  const ifaces = new Map<string, Iface[]>();
  const byPrivateIp = new Map<string, Map<number, Iface>>();
  const byPublicIp = new Map<number, Iface>();
  const taken = new Set<number>();
  const nextHost = new Map<string, number>();
  const explicitPublic = new Set<number>();

  const eipAddress = (id: string | undefined): number | undefined => {
    const eip = index.getOf(id, 'elastic-ip');
    return eip?.address ? parseIpv4(eip.address) : undefined;
  };

  // Explicit addresses first, so derived ones step around them.
  for (const resource of design.resources) {
    for (const ip of [
      'privateIp' in resource ? resource.privateIp : undefined,
      ...('subnetMappings' in resource ? (resource.subnetMappings ?? []).map((m) => m.privateIp) : []),
    ]) {
      const value = ip ? parseIpv4(ip) : undefined;
      if (value !== undefined) taken.add(value);
    }
    if (resource.kind === 'elastic-ip' && resource.address) {
      const value = parseIpv4(resource.address);
      if (value !== undefined) explicitPublic.add(value);
    }
  }
  let nextPublic = PUBLIC_STAND_IN_BASE;
  const derivePublic = () => {
    while (explicitPublic.has(nextPublic)) nextPublic++;
    return nextPublic++;
  };
  const deriveIp = (subnet: SubnetInfo): number | undefined => {
    // AWS reserves the first four addresses and the last one (CIDR-RSV).
    let host = nextHost.get(subnet.id) ?? 4;
    while (subnet.range.first + host < subnet.range.last && taken.has(subnet.range.first + host)) host++;
    if (subnet.range.first + host >= subnet.range.last) return undefined;
    nextHost.set(subnet.id, host + 1);
    const ip = subnet.range.first + host;
    taken.add(ip);
    return ip;
  };

  for (const resource of design.resources) {
    if (!hasInterfaces(resource)) continue;
    const single = kindInfo(resource.kind).interfaces === 'one';
    const list: Iface[] = [];
    for (const subnetResource of index.subnetsOf(resource)) {
      const subnet = subnets.get(subnetResource.id);
      if (!subnet) continue;
      let ip: number | undefined;
      let explicit = false;
      if ('privateIp' in resource && resource.privateIp && list.length === 0) {
        ip = parseIpv4(resource.privateIp);
        explicit = ip !== undefined && inAny([subnet.range], ip);
        if (!explicit) ip = undefined;
      }
      if ('subnetMappings' in resource) {
        const mapped = resource.subnetMappings?.find((m) => m.subnet === subnet.id)?.privateIp;
        const value = mapped ? parseIpv4(mapped) : undefined;
        if (value !== undefined) {
          ip = value;
          explicit = true;
        }
      }
      ip ??= deriveIp(subnet);
      if (ip === undefined) continue;
      let publicIp: number | undefined;
      let derivedPublic = false;
      if (wantsPublicIp(resource, subnetResource.mapPublicIpOnLaunch === true)) {
        if (resource.kind === 'instance') publicIp = eipAddress(resource.elasticIp);
        if ('subnetMappings' in resource) publicIp = eipAddress(resource.subnetMappings?.find((m) => m.subnet === subnet.id)?.elasticIp);
        if (resource.kind === 'nat-gateway') publicIp = eipAddress(resource.elasticIps?.[0]);
        if (publicIp === undefined) {
          publicIp = derivePublic();
          derivedPublic = true;
        }
      }
      const groups = effectiveGroups(resource, index, subnet.vpc.id).filter((g) => securityGroups.has(g));
      const ipText = formatIpv4(ip);
      const iface: Iface = {
        resource,
        subnet,
        ip,
        ipText,
        derivedIp: !explicit,
        groups,
        publicIp,
        publicText: publicIp === undefined ? undefined : formatIpv4(publicIp),
        derivedPublic,
        ephemeral: ephemeralOf(resource),
        fact: { owner: resource.id, subnet: subnet.id, az: subnet.az, ip: ipText },
      };
      list.push(iface);
      let perVpc = byPrivateIp.get(subnet.vpc.id);
      if (!perVpc) byPrivateIp.set(subnet.vpc.id, (perVpc = new Map()));
      if (!perVpc.has(ip)) perVpc.set(ip, iface);
      if (publicIp !== undefined && !byPublicIp.has(publicIp)) byPublicIp.set(publicIp, iface);
      // A zonal NAT gateway has one interface.
      if (single) break;
    }
    if (list.length > 0) ifaces.set(resource.id, list);
  }
  return { ifaces, byPrivateIp, byPublicIp };
}
