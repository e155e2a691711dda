/** VPCs, subnets, gateways, route tables and routes, network ACLs, prefix lists, EIPs, NAT. */
import { firewallEndpointId } from './firewall.ts';
import type { NetworkAclEntry } from '../../model/fields.ts';
import type { ResourceOf } from '../../model/resources.ts';
import type { ExportContext, Handle, Placed } from './context.ts';
import { acceptFindings, NAG_REASONS } from './nag.ts';
import { isIpv6, PROTOCOL_NUMBER, tagResource, vpcRef } from './common.ts';
import { code, type Value } from './literal.ts';
import { once, type CdkKinds } from './kind.ts';
import type { StackWriter } from './writer.ts';

export function emitPrefixList(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const list = resource as ResourceOf<'prefix-list'>;
  const family = list.cidrs.some(isIpv6) ? 'IPv6' : 'IPv4';
  const entries = list.cidrs.filter((cidr) => isIpv6(cidr) === (family === 'IPv6'));
  stack.construct(varName, 'ec2.CfnPrefixList', constructId, {
    prefixListName: `${awsSafe(list.name || list.id)}`,
    addressFamily: family,
    maxEntries: Math.max(list.maxEntries ?? 0, entries.length, 1),
    entries: entries.map((cidr) => ({ cidr })),
  });
  tagResource(stack, varName, list);
}

/** Prefix list names may not start with com.amazonaws and stay under 255 characters. */
function awsSafe(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9 ._:/()#,@[\]+=&;{}!$*-]/g, '-').slice(0, 200);
  return /^com\.amazonaws/i.test(cleaned) || cleaned === '' ? `pl-${cleaned}` : cleaned;
}

/** VPC extras subnets must wait for: secondary CIDR blocks. */
export const vpcBlocks = new WeakMap<ExportContext, Map<string, Placed[]>>();

export function emitVpc(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const vpc = resource as ResourceOf<'vpc'>;
  stack.construct(varName, 'ec2.CfnVPC', constructId, {
    cidrBlock: vpc.cidrs[0],
    enableDnsSupport: vpc.enableDnsSupport,
    enableDnsHostnames: vpc.enableDnsHostnames,
  });
  tagResource(stack, varName, vpc);
  acceptFindings(stack, varName, 'AwsSolutions-VPC7');
  const blocks: Placed[] = [];
  vpc.cidrs.slice(1).forEach((cidrBlock, n) => {
    const block = stack.vars.take(`${varName}Cidr${n + 2}`);
    stack.construct(block, 'ec2.CfnVPCCidrBlock', stack.ids.take(`${constructId}Cidr${n + 2}`), { vpcId: code(`${varName}.ref`), cidrBlock });
    blocks.push({ stack, varName: block });
  });
  if ((vpc.ipv6Cidrs ?? []).length > 0) {
    // Amazon assigns the IPv6 block; CloudFormation cannot ask for a given one outside an IPAM or BYOIP pool.
    const block = stack.vars.take(`${varName}Ipv6`);
    stack.construct(block, 'ec2.CfnVPCCidrBlock', stack.ids.take(`${constructId}Ipv6`), {
      vpcId: code(`${varName}.ref`),
      amazonProvidedIpv6CidrBlock: true,
    });
    blocks.push({ stack, varName: block });
  }
  let map = vpcBlocks.get(ctx);
  if (!map) vpcBlocks.set(ctx, (map = new Map()));
  map.set(vpc.id, blocks);
  if (vpc.blockPublicAccess && vpc.blockPublicAccess !== 'off') {
    stack.add('ec2.CfnVPCBlockPublicAccessOptions', `${constructId}BlockPublicAccess`, {
      internetGatewayBlockMode: vpc.blockPublicAccess === 'bidirectional' ? 'block-bidirectional' : 'block-ingress',
    });
  }
}

export function emitSubnet(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const subnet = resource as ResourceOf<'subnet'>;
  const vpc = ctx.index.vpcOf(subnet.id)!;
  stack.construct(varName, 'ec2.CfnSubnet', constructId, {
    vpcId: vpcRef(ctx, stack, vpc.id),
    cidrBlock: subnet.cidr,
    availabilityZone: subnet.availabilityZone,
    ipv6CidrBlock: subnet.ipv6Cidr,
    mapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch,
  });
  tagResource(stack, varName, subnet);
  stack.acknowledge('CloudFormation-Validate::W3010', 'The design places each subnet in a chosen Availability Zone.');
  // A subnet in a secondary block waits for it; in a later stack, the stack order does that.
  for (const block of vpcBlocks.get(ctx)?.get(vpc.id) ?? []) {
    if (block.stack === stack) stack.statement(`${varName}.node.addDependency(${block.varName});`);
  }
}

/** Internet gateway attachments, by gateway id: routes through a gateway wait for it. */
export const gatewayAttachments = new WeakMap<ExportContext, Map<string, Placed>>();

export function emitInternetGateway(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const vpc = ctx.index.vpcOf(resource.id)!;
  stack.construct(varName, 'ec2.CfnInternetGateway', constructId, {});
  tagResource(stack, varName, resource);
  const attachment = stack.vars.take(`${varName}Attachment`);
  stack.construct(attachment, 'ec2.CfnVPCGatewayAttachment', stack.ids.take(`${constructId}Attachment`), {
    vpcId: vpcRef(ctx, stack, vpc.id),
    internetGatewayId: code(`${varName}.ref`),
  });
  let map = gatewayAttachments.get(ctx);
  if (!map) gatewayAttachments.set(ctx, (map = new Map()));
  map.set(resource.id, { stack, varName: attachment });
}

export function emitEgressOnlyGateway(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const vpc = ctx.index.vpcOf(resource.id)!;
  stack.construct(varName, 'ec2.CfnEgressOnlyInternetGateway', constructId, { vpcId: vpcRef(ctx, stack, vpc.id) });
}

export function emitElasticIp(_ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  stack.construct(varName, 'ec2.CfnEIP', constructId, { domain: 'vpc' });
  tagResource(stack, varName, resource);
}

export function emitNatGateway(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const nat = resource as ResourceOf<'nat-gateway'>;
  const vpc = ctx.index.vpcOf(nat.id)!;
  const eips = (nat.elasticIps ?? []).filter((id) => ctx.index.getOf(id, 'elastic-ip'));
  const allocation = (id: string) => ctx.ref(stack, id, 'attrAllocationId', `allocation id of Elastic IP ${ctx.index.get(id)?.name ?? id}`);
  const regional = nat.availabilityMode === 'regional';
  let primary: Value;
  if (nat.connectivity === 'public' && !regional) {
    if (eips[0]) primary = allocation(eips[0]);
    else {
      // A public zonal NAT gateway cannot exist without an Elastic IP: give it its own.
      const eip = stack.vars.take(`${varName}Eip`);
      stack.construct(eip, 'ec2.CfnEIP', stack.ids.take(`${constructId}Eip`), { domain: 'vpc' });
      primary = code(`${eip}.attrAllocationId`);
    }
  }
  const subnet = ctx.index.subnetOf(nat.id);
  stack.construct(varName, 'ec2.CfnNatGateway', constructId, {
    connectivityType: nat.connectivity,
    availabilityMode: nat.availabilityMode,
    subnetId: regional || !subnet ? undefined : ctx.ref(stack, subnet.id, 'ref', `subnet ${subnet.name}`),
    vpcId: regional ? vpcRef(ctx, stack, vpc.id) : undefined,
    allocationId: primary,
    secondaryAllocationIds: nat.connectivity === 'public' && !regional && eips.length > 1 ? eips.slice(1).map(allocation) : undefined,
    privateIpAddress: nat.privateIp,
  });
  tagResource(stack, varName, nat);
}

export function emitRouteTable(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const vpc = ctx.index.vpcOf(resource.id)!;
  stack.construct(varName, 'ec2.CfnRouteTable', constructId, { vpcId: vpcRef(ctx, stack, vpc.id) });
  tagResource(stack, varName, resource);
}

/** Routes, edge associations and subnet associations, once every route target exists. */
export function emitRoutes(ctx: ExportContext, { resource, env, varName, constructId }: Handle): void {
  const table = resource as ResourceOf<'route-table'>;
  const vpc = ctx.index.vpcOf(table.id);
  // Each route goes to the environment's current part: a large table may fill several.
  const tableId = (part: StackWriter) => ctx.ref(part, table.id, 'ref', `route table ${table.name}`);
  table.routes.forEach((route) => {
    if (route.target === 'local' || route.origin === 'propagated') return;
    const target = ctx.index.get(route.target);
    const targetHandle = ctx.handle(route.target);
    if (!target || !targetHandle) return; // a blackhole (RT-BLACKHOLE): CloudFormation cannot create one
    const what = `${target.kind} ${target.name}`;
    const stack = ctx.current(env);
    const ref = ctx.ref(stack, target.id, 'ref', what);
    const targetProp: Record<string, Value> = {};
    switch (target.kind) {
      case 'internet-gateway':
        targetProp.gatewayId = ref;
        break;
      case 'egress-only-internet-gateway':
        targetProp.egressOnlyInternetGatewayId = ref;
        break;
      case 'nat-gateway':
        targetProp.natGatewayId = ref;
        break;
      case 'vpc-peering':
        targetProp.vpcPeeringConnectionId = ref;
        break;
      case 'transit-gateway':
        targetProp.transitGatewayId = ref;
        break;
      case 'virtual-private-gateway':
        targetProp.gatewayId = ref;
        break;
      case 'vpc-endpoint':
      case 'gwlb-endpoint':
        targetProp.vpcEndpointId = ref;
        break;
      case 'instance':
        targetProp.instanceId = ref;
        break;
      case 'network-firewall': {
        const endpoint = firewallEndpointId(ctx, stack, target, table, route);
        if (!endpoint) return;
        targetProp.vpcEndpointId = endpoint;
        break;
      }
      default:
        return;
    }
    const destination: Record<string, Value> = route.prefixList
      ? { destinationPrefixListId: ctx.ref(stack, route.prefixList, 'attrPrefixListId', `prefix list ${ctx.index.get(route.prefixList)?.name ?? route.prefixList}`) }
      : isIpv6(route.destination!)
        ? { destinationIpv6CidrBlock: route.destination }
        : { destinationCidrBlock: route.destination };
    const routeVar = stack.vars.take(`${varName}Route`);
    const wanted = `${constructId}To${route.destination ? route.destination.replace(/[^0-9A-Fa-f]/g, '-') : route.prefixList}`;
    stack.construct(routeVar, 'ec2.CfnRoute', stack.ids.take(wanted), { routeTableId: tableId(stack), ...destination, ...targetProp });
    // CloudFormation refuses a route through a gateway or attachment that is not there yet.
    // In a later stack, the stack order does it.
    const dependency: Placed | undefined =
      target.kind === 'internet-gateway' || target.kind === 'virtual-private-gateway'
        ? gatewayAttachments.get(ctx)?.get(target.id)
        : target.kind === 'transit-gateway' && vpc
          ? ctx.index
              .ofKind('tgw-attachment')
              .map((attachment) => (attachment.vpc === vpc.id && attachment.transitGateway === target.id ? ctx.handle(attachment.id) : undefined))
              .find((handle) => handle?.stack === stack)
          : undefined;
    if (dependency?.stack === stack) stack.statement(`${routeVar}.node.addDependency(${dependency.varName});`);
  });
  if (table.edgeAssociation && ctx.handle(table.edgeAssociation)) {
    const stack = ctx.current(env);
    stack.add('ec2.CfnGatewayRouteTableAssociation', `${constructId}EdgeAssociation`, {
      routeTableId: tableId(stack),
      gatewayId: ctx.ref(stack, table.edgeAssociation, 'ref', 'internet gateway'),
    });
  }
  for (const subnet of ctx.index.subnetsUsingRouteTable(table.id)) {
    const stack = ctx.current(env);
    stack.add('ec2.CfnSubnetRouteTableAssociation', `${constructId}${ctx.handle(subnet.id)?.constructId ?? 'Subnet'}`, {
      subnetId: ctx.ref(stack, subnet.id, 'ref', `subnet ${subnet.name}`),
      routeTableId: tableId(stack),
    });
  }
}

const ALLOW_ALL = (entry: NetworkAclEntry) =>
  entry.ruleNumber === 100 && entry.protocol === 'all' && entry.cidr === '0.0.0.0/0' && entry.action === 'allow';

/** A default NACL that still allows everything is what AWS creates: nothing to export. */
export function isUntouchedDefaultAcl(acl: ResourceOf<'network-acl'>): boolean {
  return Boolean(acl.default) && acl.inbound.length === 1 && acl.outbound.length === 1 && ALLOW_ALL(acl.inbound[0]!) && ALLOW_ALL(acl.outbound[0]!);
}

export function emitNetworkAcl(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const acl = resource as ResourceOf<'network-acl'>;
  if (isUntouchedDefaultAcl(acl)) return;
  const vpc = ctx.index.vpcOf(acl.id)!;
  // A changed default NACL becomes an explicit one: CloudFormation cannot edit the default's entries.
  stack.construct(varName, 'ec2.CfnNetworkAcl', constructId, { vpcId: vpcRef(ctx, stack, vpc.id) });
  tagResource(stack, varName, acl);
  // cdk-nag flags every ACL and entry; all of this stack's are the design's (entries have no variable).
  stack.acknowledge('AwsSolutions-VPC3', NAG_REASONS['AwsSolutions-VPC3']);
  const entries = (list: readonly NetworkAclEntry[], egress: boolean) => {
    for (const entry of list) {
      const whole = entry.fromPort === 0 && entry.toPort === 65535;
      stack.add('ec2.CfnNetworkAclEntry', `${constructId}${egress ? 'Outbound' : 'Inbound'}${entry.ruleNumber}`, {
        networkAclId: code(`${varName}.ref`),
        ruleNumber: entry.ruleNumber,
        protocol: PROTOCOL_NUMBER[entry.protocol],
        ruleAction: entry.action,
        egress,
        ...(isIpv6(entry.cidr) ? { ipv6CidrBlock: entry.cidr } : { cidrBlock: entry.cidr }),
        portRange: entry.protocol === 'tcp' || entry.protocol === 'udp' ? { from: entry.fromPort, to: entry.toPort } : undefined,
        icmp: entry.protocol === 'icmp' ? (whole ? { code: -1, type: -1 } : { type: entry.fromPort, code: entry.toPort }) : undefined,
      });
    }
  };
  entries(acl.inbound, false);
  entries(acl.outbound, true);
  for (const subnet of subnetsUsingAcl(ctx, acl.id)) {
    stack.add('ec2.CfnSubnetNetworkAclAssociation', `${constructId}${ctx.handle(subnet.id)?.constructId ?? 'Subnet'}`, {
      subnetId: ctx.ref(stack, subnet.id, 'ref', `subnet ${subnet.name}`),
      networkAclId: code(`${varName}.ref`),
    });
  }
}

const aclUsers = new WeakMap<ExportContext, Map<string, ResourceOf<'subnet'>[]>>();

/** Subnets whose effective network ACL is this one. */
function subnetsUsingAcl(ctx: ExportContext, aclId: string): readonly ResourceOf<'subnet'>[] {
  let users = aclUsers.get(ctx);
  if (!users) {
    users = new Map();
    for (const subnet of ctx.index.ofKind('subnet')) {
      const acl = ctx.index.networkAclOf(subnet.id);
      if (!acl) continue;
      const list = users.get(acl.id);
      if (list) list.push(subnet);
      else users.set(acl.id, [subnet]);
    }
    aclUsers.set(ctx, users);
  }
  return users.get(aclId) ?? [];
}

export const NETWORK_CDK = {
  'prefix-list': { prefix: 'prefixList', emits: once('prefix lists', emitPrefixList) },
  vpc: { prefix: 'vpc', emits: once('vpcs', emitVpc), constructs: (vpc) => 2 + vpc.cidrs.length },
  'internet-gateway': { prefix: 'igw', emits: once('gateways', emitInternetGateway) },
  'egress-only-internet-gateway': { prefix: 'eigw', emits: once('gateways', emitEgressOnlyGateway) },
  subnet: { prefix: 'subnet', emits: once('subnets', emitSubnet) },
  'route-table': {
    prefix: 'routeTable',
    emits: [
      { stage: 'route tables', emit: emitRouteTable },
      { stage: 'routes', emit: emitRoutes, rules: true },
    ],
  },
  'network-acl': { prefix: 'nacl', emits: once('network acls', emitNetworkAcl), constructs: (acl) => 21 + acl.inbound.length + acl.outbound.length },
  // A fixed address (a partner's allow-list) exists already: taken as its allocation id, never allocated (see ExportContext.ref).
  'elastic-ip': { prefix: 'eip', emits: [{ stage: 'elastic ips', emit: emitElasticIp, only: (_ctx, handle) => handle.existingAddress === undefined }] },
  'nat-gateway': { prefix: 'nat', emits: once('nat gateways', emitNatGateway) },
} satisfies CdkKinds;
