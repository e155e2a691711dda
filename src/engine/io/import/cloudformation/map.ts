/** One mapper per CloudFormation type, run in phases so that what a resource names is already in the design. */
import type { NetworkAclEntry, Protocol, Resource, ResourceOf, Route, SecurityGroupRule } from '../../../model/index.ts';
import type { ImportNote } from '../types.ts';
import { AzToken, ResourceRef, Unknown } from './intrinsics.ts';
import type { Template, TemplateResource } from './template.ts';

export interface MapContext {
  readonly file: string;
  readonly template: Template;
  readonly account: string;
  readonly byId: Map<string, Resource>;
  readonly typeOf: ReadonlyMap<string, string>;
  readonly resources: Resource[];
  readonly notes: ImportNote[];
  azIndexUsed: boolean;
  add(resource: Resource): void;
  note(level: ImportNote['level'], resource: TemplateResource, message: string): void;
}

type Mapper = { readonly phase: number; readonly map: (ctx: MapContext, resource: TemplateResource) => void };

export const PHASES = [1, 2, 3, 4, 5] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ResourceRef) && !(value instanceof Unknown);

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}

function tagsOf(properties: Readonly<Record<string, unknown>>): { name?: string; tags?: Record<string, string> } {
  if (!Array.isArray(properties.Tags)) return {};
  let name: string | undefined;
  const tags: Record<string, string> = {};
  for (const tag of properties.Tags) {
    if (!isRecord(tag)) continue;
    const key = text(tag.Key);
    const value = text(tag.Value);
    if (key === undefined || value === undefined) continue;
    if (key === 'Name') name = value;
    else tags[key] = value;
  }
  return { ...(name !== undefined ? { name } : {}), ...(Object.keys(tags).length ? { tags } : {}) };
}

const base = (ctx: MapContext, resource: TemplateResource) => {
  const { name, tags } = tagsOf(resource.properties);
  return { id: resource.logicalId, name: (name ?? resource.logicalId).slice(0, 255), ...(tags ? { tags } : {}), source: { file: ctx.file, address: resource.logicalId } };
};

/** The logical id a property refers to, when it is one of this template's resources of these types now in the design. */
function target(ctx: MapContext, value: unknown, types: readonly string[]): string | undefined {
  if (!(value instanceof ResourceRef)) return undefined;
  const type = ctx.typeOf.get(value.logicalId);
  if (!type || !types.includes(type) || !ctx.byId.has(value.logicalId)) return undefined;
  return value.logicalId;
}

/** Why a reference did not resolve, for the note. */
function why(ctx: MapContext, value: unknown, what: string): string {
  if (value === undefined) return `it names no ${what}`;
  if (value instanceof ResourceRef) {
    return ctx.byId.has(value.logicalId) ? `${value.logicalId} is not a ${what}` : `its ${what} ${value.logicalId} is not in the design`;
  }
  if (value instanceof Unknown) return `its ${what} is not known before deploy (${value.why})`;
  return `its ${what} ${JSON.stringify(value).slice(0, 80)} is outside this template`;
}

function get<K extends Resource['kind']>(ctx: MapContext, id: string, kind: K): ResourceOf<K> {
  const resource = ctx.byId.get(id);
  if (resource?.kind !== kind) throw new Error(`${id} is not a ${kind}`);
  return resource as ResourceOf<K>;
}

/** Replaces a resource by id with a changed copy (resources are plain data). */
function update<K extends Resource['kind']>(ctx: MapContext, id: string, kind: K, change: (resource: ResourceOf<K>) => ResourceOf<K>): void {
  const next = change(get(ctx, id, kind));
  ctx.byId.set(id, next);
  const at = ctx.resources.findIndex((resource) => resource.id === id);
  ctx.resources[at] = next;
}

const PROTOCOLS: Record<string, Protocol> = { '-1': 'all', all: 'all', tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp' };

function cidrText(value: unknown): string | undefined {
  const cidr = text(value);
  return cidr && /^[0-9a-fA-F.:]+\/\d+$/.test(cidr) ? cidr : undefined;
}

function vpcOf(ctx: MapContext, resource: TemplateResource, property = 'VpcId'): string | undefined {
  const id = target(ctx, resource.properties[property], ['AWS::EC2::VPC']);
  if (!id) ctx.note('skipped', resource, `${property}: ${why(ctx, resource.properties[property], 'VPC')}`);
  return id;
}

function sgRules(ctx: MapContext, resource: TemplateResource, rules: unknown, direction: 'ingress' | 'egress', path: string): SecurityGroupRule[] {
  if (!Array.isArray(rules)) return [];
  const out: SecurityGroupRule[] = [];
  rules.forEach((rule, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(rule)) return;
    const rulesOut = sgRule(ctx, resource, rule, direction, at);
    out.push(...rulesOut);
  });
  return out;
}

function sgRule(ctx: MapContext, resource: TemplateResource, rule: Record<string, unknown>, direction: 'ingress' | 'egress', at: string): SecurityGroupRule[] {
  const protocol = PROTOCOLS[String(text(rule.IpProtocol) ?? '').toLowerCase()];
  if (!protocol) {
    ctx.note('partial', resource, `${at}: protocol ${String(text(rule.IpProtocol))} is not one the design models (tcp, udp, icmp, all); the rule is left out`);
    return [];
  }
  const from = Number(text(rule.FromPort) ?? 0);
  const to = Number(text(rule.ToPort) ?? 65535);
  const ports = protocol === 'all' || from < 0 || to < 0 ? { fromPort: 0, toPort: 65535 } : { fromPort: from, toPort: to };
  const description = text(rule.Description);
  const peerKey = direction === 'ingress' ? 'Source' : 'Destination';
  let peer: SecurityGroupRule['peer'] | undefined;
  const cidr = cidrText(rule.CidrIp) ?? cidrText(rule.CidrIpv6);
  if (cidr) peer = { kind: 'cidr', cidr };
  const group = target(ctx, rule[`${peerKey}SecurityGroupId`], ['AWS::EC2::SecurityGroup']);
  if (group) peer = { kind: 'security-group', securityGroup: group };
  const list = target(ctx, rule[`${peerKey}PrefixListId`], ['AWS::EC2::PrefixList']);
  if (list) peer = { kind: 'prefix-list', prefixList: list };
  if (!peer) {
    ctx.note('partial', resource, `${at}: its peer (CidrIp, CidrIpv6, ${peerKey}SecurityGroupId or ${peerKey}PrefixListId) is not known in this template; the rule is left out`);
    return [];
  }
  if (!Number.isInteger(ports.fromPort) || !Number.isInteger(ports.toPort) || ports.fromPort > 65535 || ports.toPort > 65535) {
    ctx.note('partial', resource, `${at}: ports ${ports.fromPort}-${ports.toPort} are not whole port numbers; the rule is left out`);
    return [];
  }
  return [{ protocol, ...ports, peer, ...(description ? { description: description.slice(0, 4096) } : {}) }];
}

const ALLOW_ALL_EGRESS: SecurityGroupRule = { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } };

const ROUTE_TARGETS: readonly [string, readonly string[]][] = [
  ['GatewayId', ['AWS::EC2::InternetGateway']],
  ['NatGatewayId', ['AWS::EC2::NatGateway']],
  ['TransitGatewayId', ['AWS::EC2::TransitGateway']],
  ['VpcPeeringConnectionId', ['AWS::EC2::VPCPeeringConnection']],
  ['EgressOnlyInternetGatewayId', ['AWS::EC2::EgressOnlyInternetGateway']],
  ['VpcEndpointId', ['AWS::EC2::VPCEndpoint']],
  ['InstanceId', ['AWS::EC2::Instance']],
];
const ROUTE_TARGET_KEYS = [...ROUTE_TARGETS.map(([key]) => key), 'NetworkInterfaceId', 'CarrierGatewayId', 'LocalGatewayId', 'CoreNetworkArn'];

export const MAPPERS: Record<string, Mapper> = {
  'AWS::EC2::VPC': {
    phase: 1,
    map(ctx, resource) {
      const cidr = cidrText(resource.properties.CidrBlock);
      if (!cidr) {
        ctx.note('skipped', resource, `CidrBlock: ${resource.properties.CidrBlock instanceof Unknown ? (resource.properties.CidrBlock as Unknown).why : 'no IPv4 CIDR block'} (an IPAM pool's block is known at deploy time), so the design cannot hold the VPC`);
        return;
      }
      ctx.add({
        ...base(ctx, resource),
        kind: 'vpc',
        parent: ctx.account,
        region: ctx.template.ctx.region,
        cidrs: [cidr],
        enableDnsSupport: bool(resource.properties.EnableDnsSupport) ?? true,
        enableDnsHostnames: bool(resource.properties.EnableDnsHostnames) ?? false,
      });
    },
  },
  'AWS::EC2::VPCCidrBlock': {
    phase: 2,
    map(ctx, resource) {
      const vpc = vpcOf(ctx, resource);
      if (!vpc) return;
      const cidr = cidrText(resource.properties.CidrBlock);
      const ipv6 = cidrText(resource.properties.Ipv6CidrBlock);
      if (cidr) update(ctx, vpc, 'vpc', (v) => ({ ...v, cidrs: [...v.cidrs, cidr] }));
      else if (ipv6) update(ctx, vpc, 'vpc', (v) => ({ ...v, ipv6Cidrs: [...(v.ipv6Cidrs ?? []), ipv6] }));
      else ctx.note('skipped', resource, 'its block (Amazon-provided IPv6 or an IPAM pool) is known at deploy time');
    },
  },
  'AWS::EC2::InternetGateway': {
    phase: 2,
    map: (ctx, resource) => ctx.add({ ...base(ctx, resource), kind: 'internet-gateway' }),
  },
  'AWS::EC2::EgressOnlyInternetGateway': {
    phase: 2,
    map(ctx, resource) {
      const vpc = vpcOf(ctx, resource);
      if (vpc) ctx.add({ ...base(ctx, resource), kind: 'egress-only-internet-gateway', parent: vpc });
    },
  },
  'AWS::EC2::EIP': {
    phase: 2,
    map: (ctx, resource) => ctx.add({ ...base(ctx, resource), kind: 'elastic-ip', parent: ctx.account, region: ctx.template.ctx.region }),
  },
  'AWS::EC2::PrefixList': {
    phase: 2,
    map(ctx, resource) {
      const entries = Array.isArray(resource.properties.Entries) ? resource.properties.Entries : [];
      const cidrs = entries.map((entry) => (isRecord(entry) ? cidrText(entry.Cidr) : undefined)).filter((cidr): cidr is string => cidr !== undefined);
      const maxEntries = Number(text(resource.properties.MaxEntries));
      const name = text(resource.properties.PrefixListName);
      ctx.add({ ...base(ctx, resource), ...(name ? { name } : {}), kind: 'prefix-list', parent: ctx.account, cidrs, ...(Number.isInteger(maxEntries) && maxEntries > 0 ? { maxEntries } : {}) });
    },
  },
  'AWS::EC2::TransitGateway': {
    phase: 2,
    map(ctx, resource) {
      const p = resource.properties;
      const asn = Number(text(p.AmazonSideAsn));
      const defaults = text(p.DefaultRouteTableAssociation) !== 'disable' || text(p.DefaultRouteTablePropagation) !== 'disable';
      ctx.add({
        ...base(ctx, resource),
        kind: 'transit-gateway',
        parent: ctx.account,
        region: ctx.template.ctx.region,
        ...(Number.isInteger(asn) && asn > 0 ? { amazonSideAsn: asn } : {}),
        routeTables: defaults ? [{ id: `${resource.logicalId}.default-rtb`, name: 'default', routes: [] }] : [],
      });
    },
  },
  'AWS::EC2::Subnet': {
    phase: 3,
    map(ctx, resource) {
      const vpc = vpcOf(ctx, resource);
      if (!vpc) return;
      const p = resource.properties;
      const cidr = cidrText(p.CidrBlock);
      if (!cidr) {
        ctx.note('skipped', resource, 'CidrBlock: the subnet has no IPv4 CIDR known before deploy (IPv6-only and IPAM subnets are not modelled)');
        return;
      }
      let az: string;
      if (p.AvailabilityZone instanceof AzToken) {
        az = ctx.template.ctx.azName(p.AvailabilityZone.index);
        ctx.azIndexUsed = true;
      } else if (typeof p.AvailabilityZone === 'string' && /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(p.AvailabilityZone)) {
        az = p.AvailabilityZone;
      } else {
        az = ctx.template.ctx.azName(0);
        ctx.note('inferred', resource, `AvailabilityZone: not given or not known before deploy; the design places the subnet in ${az}`);
      }
      const ipv6 = cidrText(p.Ipv6CidrBlock);
      const publicIp = bool(p.MapPublicIpOnLaunch);
      ctx.add({ ...base(ctx, resource), kind: 'subnet', parent: vpc, cidr, availabilityZone: az, ...(ipv6 ? { ipv6Cidr: ipv6 } : {}), ...(publicIp !== undefined ? { mapPublicIpOnLaunch: publicIp } : {}) });
    },
  },
  'AWS::EC2::RouteTable': {
    phase: 3,
    map(ctx, resource) {
      const vpc = vpcOf(ctx, resource);
      if (vpc) ctx.add({ ...base(ctx, resource), kind: 'route-table', parent: vpc, routes: [] });
    },
  },
  'AWS::EC2::NetworkAcl': {
    phase: 3,
    map(ctx, resource) {
      const vpc = vpcOf(ctx, resource);
      if (vpc) ctx.add({ ...base(ctx, resource), kind: 'network-acl', parent: vpc, inbound: [], outbound: [] });
    },
  },
  'AWS::EC2::SecurityGroup': {
    phase: 3,
    map(ctx, resource) {
      const vpc = vpcOf(ctx, resource);
      if (!vpc) return;
      const p = resource.properties;
      const name = text(p.GroupName);
      const description = text(p.GroupDescription);
      // Added first with no rules, so rules naming another group of the template (or itself) resolve below.
      ctx.add({ ...base(ctx, resource), ...(name && !tagsOf(p).name ? { name } : {}), ...(description ? { description } : {}), kind: 'security-group', parent: vpc, ingress: [], egress: [] });
    },
  },
  'AWS::EC2::VPCGatewayAttachment': {
    phase: 3,
    map(ctx, resource) {
      const vpc = vpcOf(ctx, resource);
      if (!vpc) return;
      const igw = target(ctx, resource.properties.InternetGatewayId, ['AWS::EC2::InternetGateway']);
      if (igw) update(ctx, igw, 'internet-gateway', (gateway) => ({ ...gateway, parent: vpc }));
      else if (resource.properties.VpnGatewayId !== undefined) ctx.note('skipped', resource, 'virtual private gateways are not part of what the design models');
      else ctx.note('skipped', resource, `InternetGatewayId: ${why(ctx, resource.properties.InternetGatewayId, 'internet gateway')}`);
    },
  },
  'AWS::EC2::TransitGatewayRouteTable': {
    phase: 3,
    map(ctx, resource) {
      const tgw = target(ctx, resource.properties.TransitGatewayId, ['AWS::EC2::TransitGateway']);
      if (!tgw) return ctx.note('skipped', resource, `TransitGatewayId: ${why(ctx, resource.properties.TransitGatewayId, 'transit gateway')}`);
      const name = tagsOf(resource.properties).name ?? resource.logicalId;
      update(ctx, tgw, 'transit-gateway', (gateway) => ({ ...gateway, routeTables: [...gateway.routeTables, { id: resource.logicalId, name, routes: [] }] }));
    },
  },
  'AWS::EC2::NatGateway': {
    phase: 4,
    map(ctx, resource) {
      const p = resource.properties;
      const subnet = target(ctx, p.SubnetId, ['AWS::EC2::Subnet']);
      if (!subnet) return ctx.note('skipped', resource, `SubnetId: ${why(ctx, p.SubnetId, 'subnet')}`);
      const eip = target(ctx, p.AllocationId, ['AWS::EC2::EIP']);
      const connectivity = text(p.ConnectivityType) === 'private' ? 'private' : 'public';
      if (connectivity === 'public' && !eip) ctx.note('partial', resource, `AllocationId: ${why(ctx, p.AllocationId, 'Elastic IP')}`);
      ctx.add({ ...base(ctx, resource), kind: 'nat-gateway', parent: subnet, connectivity, elasticIps: eip ? [eip] : [] });
    },
  },
  'AWS::EC2::SubnetRouteTableAssociation': {
    phase: 4,
    map(ctx, resource) {
      const subnet = target(ctx, resource.properties.SubnetId, ['AWS::EC2::Subnet']);
      const table = target(ctx, resource.properties.RouteTableId, ['AWS::EC2::RouteTable']);
      if (!subnet || !table) return ctx.note('skipped', resource, !subnet ? `SubnetId: ${why(ctx, resource.properties.SubnetId, 'subnet')}` : `RouteTableId: ${why(ctx, resource.properties.RouteTableId, 'route table')}`);
      update(ctx, subnet, 'subnet', (s) => ({ ...s, routeTable: table }));
    },
  },
  'AWS::EC2::SubnetNetworkAclAssociation': {
    phase: 4,
    map(ctx, resource) {
      const subnet = target(ctx, resource.properties.SubnetId, ['AWS::EC2::Subnet']);
      const acl = target(ctx, resource.properties.NetworkAclId, ['AWS::EC2::NetworkAcl']);
      if (!subnet || !acl) return ctx.note('skipped', resource, !subnet ? `SubnetId: ${why(ctx, resource.properties.SubnetId, 'subnet')}` : `NetworkAclId: ${why(ctx, resource.properties.NetworkAclId, 'network ACL')}`);
      update(ctx, subnet, 'subnet', (s) => ({ ...s, networkAcl: acl }));
    },
  },
  'AWS::EC2::NetworkAclEntry': {
    phase: 4,
    map(ctx, resource) {
      const p = resource.properties;
      const acl = target(ctx, p.NetworkAclId, ['AWS::EC2::NetworkAcl']);
      if (!acl) return ctx.note('skipped', resource, `NetworkAclId: ${why(ctx, p.NetworkAclId, 'network ACL')}`);
      const protocol = PROTOCOLS[String(text(p.Protocol) ?? '')];
      const cidr = cidrText(p.CidrBlock) ?? cidrText(p.Ipv6CidrBlock);
      const ruleNumber = Number(text(p.RuleNumber));
      const action = text(p.RuleAction);
      if (!protocol || !cidr || !Number.isInteger(ruleNumber) || ruleNumber < 1 || ruleNumber > 32766 || (action !== 'allow' && action !== 'deny')) {
        return ctx.note('skipped', resource, `Protocol, CidrBlock, RuleNumber or RuleAction is not one the design models (protocol ${String(text(p.Protocol))}, rule ${String(text(p.RuleNumber))})`);
      }
      const range = isRecord(p.PortRange) ? p.PortRange : {};
      const from = Number(text(range.From) ?? 0);
      const to = Number(text(range.To) ?? 65535);
      const ports = protocol === 'all' || protocol === 'icmp' || !Number.isInteger(from) || !Number.isInteger(to) ? { fromPort: 0, toPort: 65535 } : { fromPort: from, toPort: to };
      const entry: NetworkAclEntry = { ruleNumber, protocol, ...ports, cidr, action };
      const egress = bool(p.Egress) ?? false;
      update(ctx, acl, 'network-acl', (a) => (egress ? { ...a, outbound: [...a.outbound, entry] } : { ...a, inbound: [...a.inbound, entry] }));
    },
  },
  'AWS::EC2::SecurityGroupIngress': { phase: 4, map: (ctx, resource) => standaloneRule(ctx, resource, 'ingress') },
  'AWS::EC2::SecurityGroupEgress': { phase: 4, map: (ctx, resource) => standaloneRule(ctx, resource, 'egress') },
  'AWS::EC2::VPCPeeringConnection': {
    phase: 4,
    map(ctx, resource) {
      const requester = vpcOf(ctx, resource);
      if (!requester) return;
      const accepter = target(ctx, resource.properties.PeerVpcId, ['AWS::EC2::VPC']);
      if (!accepter) return ctx.note('skipped', resource, `PeerVpcId: ${why(ctx, resource.properties.PeerVpcId, 'VPC')}`);
      ctx.add({ ...base(ctx, resource), kind: 'vpc-peering', requesterVpc: requester, accepterVpc: accepter, status: 'active' });
    },
  },
  'AWS::EC2::TransitGatewayAttachment': { phase: 4, map: (ctx, resource) => attachment(ctx, resource) },
  'AWS::EC2::TransitGatewayVpcAttachment': { phase: 4, map: (ctx, resource) => attachment(ctx, resource) },
  'AWS::EC2::VPCEndpoint': {
    phase: 4,
    map(ctx, resource) {
      const vpc = vpcOf(ctx, resource);
      if (!vpc) return;
      const p = resource.properties;
      const service = text(p.ServiceName);
      if (!service) return ctx.note('skipped', resource, 'ServiceName: not known before deploy');
      const type = (text(p.VpcEndpointType) ?? 'Gateway').toLowerCase();
      const endpointType = type === 'interface' ? 'interface' : type === 'gatewayloadbalancer' ? 'gateway-load-balancer' : 'gateway';
      const ids = (value: unknown, types: readonly string[]) => (Array.isArray(value) ? value.map((item) => target(ctx, item, types)).filter((id): id is string => id !== undefined) : []);
      const subnets = ids(p.SubnetIds, ['AWS::EC2::Subnet']);
      const routeTables = ids(p.RouteTableIds, ['AWS::EC2::RouteTable']);
      const securityGroups = ids(p.SecurityGroupIds, ['AWS::EC2::SecurityGroup']);
      const privateDns = bool(p.PrivateDnsEnabled);
      ctx.add({
        ...base(ctx, resource),
        kind: 'vpc-endpoint',
        parent: vpc,
        endpointType,
        service,
        ...(endpointType === 'gateway' ? { routeTables } : { subnets, securityGroups }),
        ...(privateDns !== undefined ? { privateDns } : {}),
      });
    },
  },
  'AWS::EC2::Instance': {
    phase: 4,
    map(ctx, resource) {
      const p = resource.properties;
      const subnet = target(ctx, p.SubnetId, ['AWS::EC2::Subnet']);
      if (!subnet) return ctx.note('skipped', resource, `SubnetId: ${why(ctx, p.SubnetId, 'subnet')}`);
      const groups = Array.isArray(p.SecurityGroupIds) ? p.SecurityGroupIds.map((item) => target(ctx, item, ['AWS::EC2::SecurityGroup'])).filter((id): id is string => id !== undefined) : [];
      const instanceType = text(p.InstanceType);
      const privateIp = text(p.PrivateIpAddress);
      const check = bool(p.SourceDestCheck);
      ctx.add({ ...base(ctx, resource), kind: 'instance', parent: subnet, role: 'app', securityGroups: groups, ...(instanceType ? { instanceType } : {}), ...(privateIp ? { privateIp } : {}), ...(check !== undefined ? { sourceDestCheck: check } : {}) });
    },
  },
  'AWS::EC2::Route': { phase: 5, map: (ctx, resource) => route(ctx, resource) },
  'AWS::EC2::TransitGatewayRoute': {
    phase: 5,
    map(ctx, resource) {
      const p = resource.properties;
      const found = tgwTable(ctx, p.TransitGatewayRouteTableId);
      const destination = cidrText(p.DestinationCidrBlock);
      if (!found || !destination) return ctx.note('skipped', resource, !found ? `TransitGatewayRouteTableId: ${why(ctx, p.TransitGatewayRouteTableId, 'transit gateway route table')}` : 'DestinationCidrBlock: not a CIDR known before deploy');
      const blackhole = bool(p.Blackhole) ?? false;
      const attachmentId = target(ctx, p.TransitGatewayAttachmentId, ['AWS::EC2::TransitGatewayAttachment', 'AWS::EC2::TransitGatewayVpcAttachment']);
      if (!blackhole && !attachmentId) return ctx.note('skipped', resource, `TransitGatewayAttachmentId: ${why(ctx, p.TransitGatewayAttachmentId, 'transit gateway attachment')}`);
      update(ctx, found.tgw, 'transit-gateway', (tgw) => ({
        ...tgw,
        routeTables: tgw.routeTables.map((table) => (table.id === found.table ? { ...table, routes: [...table.routes, blackhole ? { destination, blackhole: true } : { destination, attachment: attachmentId! }] } : table)),
      }));
    },
  },
  'AWS::EC2::TransitGatewayRouteTableAssociation': { phase: 5, map: (ctx, resource) => tgwLink(ctx, resource, 'association') },
  'AWS::EC2::TransitGatewayRouteTablePropagation': { phase: 5, map: (ctx, resource) => tgwLink(ctx, resource, 'propagation') },
};

function standaloneRule(ctx: MapContext, resource: TemplateResource, direction: 'ingress' | 'egress'): void {
  const group = target(ctx, resource.properties.GroupId, ['AWS::EC2::SecurityGroup']);
  if (!group) return ctx.note('skipped', resource, `GroupId: ${why(ctx, resource.properties.GroupId, 'security group')}`);
  const rules = sgRule(ctx, resource, resource.properties, direction, resource.logicalId);
  update(ctx, group, 'security-group', (sg) => ({ ...sg, [direction]: [...sg[direction], ...rules] }));
}

/** Security groups' inline rules, once every group exists; a group without SecurityGroupEgress keeps EC2's allow-all egress. */
export function inlineRules(ctx: MapContext): void {
  for (const resource of ctx.template.resources) {
    if (resource.type !== 'AWS::EC2::SecurityGroup' || !ctx.byId.has(resource.logicalId)) continue;
    const p = resource.properties;
    const ingress = sgRules(ctx, resource, p.SecurityGroupIngress, 'ingress', 'SecurityGroupIngress');
    const egress = p.SecurityGroupEgress === undefined ? [ALLOW_ALL_EGRESS] : sgRules(ctx, resource, p.SecurityGroupEgress, 'egress', 'SecurityGroupEgress');
    update(ctx, resource.logicalId, 'security-group', (sg) => ({ ...sg, ingress: [...ingress, ...sg.ingress], egress: [...egress, ...sg.egress] }));
  }
}

function attachment(ctx: MapContext, resource: TemplateResource): void {
  const p = resource.properties;
  const tgw = target(ctx, p.TransitGatewayId, ['AWS::EC2::TransitGateway']);
  if (!tgw) return ctx.note('skipped', resource, `TransitGatewayId: ${why(ctx, p.TransitGatewayId, 'transit gateway')}`);
  const vpc = vpcOf(ctx, resource);
  if (!vpc) return;
  const subnets = Array.isArray(p.SubnetIds) ? p.SubnetIds.map((item) => target(ctx, item, ['AWS::EC2::Subnet'])).filter((id): id is string => id !== undefined) : [];
  const gateway = get(ctx, tgw, 'transit-gateway');
  const defaultTable = gateway.routeTables.find((table) => table.id === `${tgw}.default-rtb`);
  const tgwProps = ctx.template.resources.find((r) => r.logicalId === tgw)?.properties ?? {};
  const options = isRecord(p.Options) ? p.Options : {};
  ctx.add({
    ...base(ctx, resource),
    kind: 'tgw-attachment',
    transitGateway: tgw,
    vpc,
    subnets,
    ...(text(options.ApplianceModeSupport) === 'enable' ? { applianceMode: true } : {}),
    ...(defaultTable && text(tgwProps.DefaultRouteTableAssociation) !== 'disable' ? { routeTable: defaultTable.id } : {}),
    propagations: defaultTable && text(tgwProps.DefaultRouteTablePropagation) !== 'disable' ? [defaultTable.id] : [],
  });
}

function tgwTable(ctx: MapContext, value: unknown): { tgw: string; table: string } | undefined {
  // A transit gateway's default tables are its AssociationDefaultRouteTableId / PropagationDefaultRouteTableId.
  const defaultTable = value instanceof ResourceRef && /^(Association|Propagation)DefaultRouteTableId$/.test(value.attribute ?? '');
  const table = value instanceof ResourceRef ? (defaultTable ? `${value.logicalId}.default-rtb` : value.logicalId) : undefined;
  if (!table) return undefined;
  for (const resource of ctx.resources) {
    if (resource.kind === 'transit-gateway' && resource.routeTables.some((t) => t.id === table)) return { tgw: resource.id, table };
  }
  return undefined;
}

function tgwLink(ctx: MapContext, resource: TemplateResource, link: 'association' | 'propagation'): void {
  const p = resource.properties;
  const found = tgwTable(ctx, p.TransitGatewayRouteTableId);
  const attachmentId = target(ctx, p.TransitGatewayAttachmentId, ['AWS::EC2::TransitGatewayAttachment', 'AWS::EC2::TransitGatewayVpcAttachment']);
  if (!found || !attachmentId) return ctx.note('skipped', resource, !found ? `TransitGatewayRouteTableId: ${why(ctx, p.TransitGatewayRouteTableId, 'transit gateway route table')}` : `TransitGatewayAttachmentId: ${why(ctx, p.TransitGatewayAttachmentId, 'transit gateway attachment')}`);
  update(ctx, attachmentId, 'tgw-attachment', (a) =>
    link === 'association' ? { ...a, routeTable: found.table } : { ...a, propagations: [...(a.propagations ?? []), found.table] },
  );
}

function route(ctx: MapContext, resource: TemplateResource): void {
  const p = resource.properties;
  const table = target(ctx, p.RouteTableId, ['AWS::EC2::RouteTable']);
  if (!table) return ctx.note('skipped', resource, `RouteTableId: ${why(ctx, p.RouteTableId, 'route table')}`);
  const destination = cidrText(p.DestinationCidrBlock) ?? cidrText(p.DestinationIpv6CidrBlock);
  const prefixList = target(ctx, p.DestinationPrefixListId, ['AWS::EC2::PrefixList']);
  if (!destination && !prefixList) return ctx.note('skipped', resource, 'its destination (DestinationCidrBlock, DestinationIpv6CidrBlock or a prefix list of this template) is not known before deploy');
  const key = ROUTE_TARGET_KEYS.find((candidate) => p[candidate] !== undefined);
  const types = ROUTE_TARGETS.find(([candidate]) => candidate === key)?.[1];
  const routeTarget = key && types ? target(ctx, p[key], types) : undefined;
  if (!routeTarget) {
    const gatewayType = key === 'GatewayId' && p.GatewayId instanceof ResourceRef ? ctx.typeOf.get(p.GatewayId.logicalId) : undefined;
    const reason = gatewayType === 'AWS::EC2::VPNGateway' ? 'it sends to a virtual private gateway, which the design does not model' : key ? `${key}: ${why(ctx, p[key], 'route target')}` : 'it names no target';
    return ctx.note('skipped', resource, reason);
  }
  const entry: Route = { ...(destination ? { destination } : { prefixList: prefixList! }), target: routeTarget };
  update(ctx, table, 'route-table', (t) => ({ ...t, routes: [...t.routes, entry] }));
}
