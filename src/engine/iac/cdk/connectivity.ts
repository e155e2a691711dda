/** Peering, transit gateways and their route tables, VPC endpoints, RAM shares. */
import { LARGEST_BGP_ASN, type ResourceOf } from '../../model/resources.ts';
import type { ExportContext, Handle, Placed } from './context.ts';
import { once, type CdkKinds } from './kind.ts';
import type { StackWriter } from './writer.ts';
import { securityGroupRefs, subnetRefs, tagResource, vpcRef } from './common.ts';
import { code, type Code, pascal, str, type Value } from './literal.ts';

export function emitPeering(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const peering = resource as ResourceOf<'vpc-peering'>;
  const requester = ctx.index.getOf(peering.requesterVpc, 'vpc');
  const accepter = ctx.index.getOf(peering.accepterVpc, 'vpc');
  if (!requester || !accepter) return;
  const accepterOwner = ctx.index.ownerOf(accepter.id) ?? '';
  const crossAccount = accepterOwner !== (ctx.index.ownerOf(requester.id) ?? '');
  const role = crossAccount ? accepterRole(ctx, peering, requester.id, accepter.id, varName, constructId) : undefined;
  stack.construct(varName, 'ec2.CfnVPCPeeringConnection', constructId, {
    vpcId: vpcRef(ctx, stack, requester.id),
    peerVpcId: vpcRef(ctx, stack, accepter.id),
    peerOwnerId: crossAccount ? ctx.accountNumber(stack, accepterOwner) : undefined,
    peerRegion: accepter.region !== requester.region ? stack.regionOf(accepter.region) : undefined,
    // The accepter account's role that lets this stack accept the request on its behalf.
    peerRoleArn: role
      ? ctx.refVar(stack, role, 'attrArn', `peer-role\u0000${peering.id}`, `${constructId}PeerRoleArn`, `role that accepts peering ${peering.name || peering.id}`)
      : undefined,
  });
  tagResource(stack, varName, peering);
}

/**
 * The role in the accepter's account that the requester's stack assumes to accept the
 * peering: written with the accepter VPC's stack, so it exists before the request is made.
 */
function accepterRole(ctx: ExportContext, peering: ResourceOf<'vpc-peering'>, requesterVpc: string, accepterVpc: string, varName: string, constructId: string): Placed | undefined {
  const env = ctx.environmentOf(accepterVpc);
  if (!env) return undefined;
  const part = ctx.current(env);
  const roleVar = part.vars.take(`${varName}AccepterRole`);
  const vpc = ctx.ref(part, accepterVpc, 'ref', `VPC ${ctx.index.get(accepterVpc)?.name ?? accepterVpc}`);
  const requesterOwner = ctx.index.ownerOf(requesterVpc) ?? '';
  const requesterAccount = ctx.accountNumber(part, requesterOwner);
  const requesterName = ctx.index.get(requesterOwner)?.name || requesterOwner || 'of the requester';
  part.use('Stack');
  part.construct(roleVar, 'iam.CfnRole', part.ids.take(`${constructId}AccepterRole`), {
    // IAM descriptions take Latin-1 only.
    description: `Accepts peering ${peering.name || peering.id} requested from account ${requesterName}`
      .replace(/[^\t\n\r\x20-\x7E\xA1-\xFF]+/g, ' ')
      .slice(0, 1000),
    assumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: requesterAccount }, Action: 'sts:AssumeRole' }],
    },
    policies: [
      {
        policyName: 'accept-peering',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'ec2:AcceptVpcPeeringConnection',
              Resource: code('this.formatArn({ service: "ec2", resource: "vpc-peering-connection", resourceName: "*" })'),
              Condition: { StringEquals: { 'ec2:AccepterVpc': code(`this.formatArn({ service: "ec2", resource: "vpc", resourceName: ${vpc.text} })`) } },
            },
            { Effect: 'Allow', Action: 'ec2:AcceptVpcPeeringConnection', Resource: code(`this.formatArn({ service: "ec2", resource: "vpc", resourceName: ${vpc.text} })`) },
          ],
        },
      },
    ],
  });
  part.acknowledgeOn(
    roleVar,
    // The ARN as cdk-nag reads it: with the stack's account and region once the app's context names them.
    code(`${str('AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:')} + this.region + ":" + ${env.accountNumber ? 'this.account' : str('<AWS::AccountId>')} + ${str(':vpc-peering-connection/*]')}`),
    'The peering connection has no id until it is requested; the condition limits the role to connections into this VPC.',
  );
  return { stack: part, varName: roleVar };
}

/** Transit gateway route table variables, by `${tgw}\0${table}`. */
const tgwTables = new WeakMap<ExportContext, Map<string, Placed>>();

export function emitTransitGateway(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const tgw = resource as ResourceOf<'transit-gateway'>;
  const explicitTables = tgw.routeTables.length > 0;
  const owner = ctx.index.ownerOf(tgw.id);
  const shared = ctx.index
    .ofKind('tgw-attachment')
    .some((attachment) => attachment.transitGateway === tgw.id && ctx.index.ownerOf(attachment.id) !== owner);
  stack.construct(varName, 'ec2.CfnTransitGateway', constructId, {
    amazonSideAsn: tgw.amazonSideAsn,
    securityGroupReferencingSupport: tgw.securityGroupReferencing === undefined ? undefined : tgw.securityGroupReferencing ? 'enable' : 'disable',
    // The design's route tables decide association and propagation, not the default table.
    defaultRouteTableAssociation: explicitTables ? 'disable' : 'enable',
    defaultRouteTablePropagation: explicitTables ? 'disable' : 'enable',
    autoAcceptSharedAttachments: shared ? 'enable' : 'disable',
  });
  tagResource(stack, varName, tgw);
  let tables = tgwTables.get(ctx);
  if (!tables) tgwTables.set(ctx, (tables = new Map()));
  for (const table of tgw.routeTables) {
    const tableVar = stack.vars.take(`${varName}Table${pascal(table.name) || pascal(table.id)}`);
    stack.construct(tableVar, 'ec2.CfnTransitGatewayRouteTable', stack.ids.take(`${constructId}Table${pascal(table.name) || pascal(table.id)}`), {
      transitGatewayId: code(`${varName}.ref`),
    });
    stack.tag(tableVar, 'Name', table.name || table.id);
    tables.set(`${tgw.id}\u0000${table.id}`, { stack, varName: tableVar });
  }
}

export function emitCustomerGateway(_ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const cgw = resource as ResourceOf<'customer-gateway'>;
  const extended = cgw.bgpAsn > LARGEST_BGP_ASN;
  stack.construct(varName, 'ec2.CfnCustomerGateway', constructId, {
    type: cgw.type,
    bgpAsn: extended ? undefined : cgw.bgpAsn,
    bgpAsnExtended: extended ? cgw.bgpAsn : undefined,
    ipAddress: cgw.ipAddress,
    certificateArn: cgw.certificateArn,
    deviceName: cgw.deviceName,
  });
  tagResource(stack, varName, cgw);
}

export function emitAttachment(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const attachment = resource as ResourceOf<'tgw-attachment'>;
  if (!ctx.handle(attachment.transitGateway) || !ctx.index.getOf(attachment.vpc, 'vpc')) return;
  const options: Record<string, Value> = {};
  if (attachment.applianceMode !== undefined) options.ApplianceModeSupport = attachment.applianceMode ? 'enable' : 'disable';
  if (attachment.securityGroupReferencing !== undefined) {
    options.SecurityGroupReferencingSupport = attachment.securityGroupReferencing ? 'enable' : 'disable';
  }
  stack.construct(varName, 'ec2.CfnTransitGatewayVpcAttachment', constructId, {
    transitGatewayId: ctx.ref(stack, attachment.transitGateway, 'ref', `transit gateway ${ctx.index.get(attachment.transitGateway)?.name}`),
    vpcId: vpcRef(ctx, stack, attachment.vpc),
    subnetIds: attachment.subnets.filter((id) => ctx.handle(id)).map((id) => ctx.ref(stack, id, 'ref', `subnet ${ctx.index.get(id)?.name}`)),
    options: Object.keys(options).length > 0 ? options : undefined,
  });
  tagResource(stack, varName, attachment);
}

/**
 * Associations, propagations and static routes live with the transit gateway's owner.
 * Each goes to the owner's current part: a hub with many attachments fills several.
 */
export function emitTransitGatewayRouting(ctx: ExportContext, { resource, env, constructId }: Handle): void {
  const tgw = resource as ResourceOf<'transit-gateway'>;
  const tables = tgwTables.get(ctx);
  const placedTable = (id: string | undefined) => (id === undefined ? undefined : tables?.get(`${tgw.id}\u0000${id}`));
  const tableRef = (part: StackWriter, id: string): Code => {
    const table = tgw.routeTables.find((candidate) => candidate.id === id)!;
    const placed = placedTable(id)!;
    return ctx.refVar(part, placed, 'ref', `${tgw.id}\u0000table\u0000${id}`, `${placed.varName}Ref`, `transit gateway route table ${table.name}`);
  };
  const attached = (id: string | undefined) => Boolean(id && ctx.handle(id) && ctx.index.getOf(id, 'tgw-attachment')?.transitGateway === tgw.id);
  const attachmentRef = (part: StackWriter, id: string): Code => ctx.ref(part, id, 'ref', `transit gateway attachment ${ctx.index.get(id)?.name}`);
  for (const attachment of ctx.index.ofKind('tgw-attachment')) {
    if (attachment.transitGateway !== tgw.id || !attached(attachment.id)) continue;
    const label = ctx.handle(attachment.id)?.constructId ?? 'Attachment';
    if (placedTable(attachment.routeTable)) {
      const part = ctx.current(env);
      part.add('ec2.CfnTransitGatewayRouteTableAssociation', `${constructId}Association${label}`, {
        transitGatewayAttachmentId: attachmentRef(part, attachment.id),
        transitGatewayRouteTableId: tableRef(part, attachment.routeTable!),
      });
    }
    for (const propagation of attachment.propagations ?? []) {
      if (!placedTable(propagation)) continue;
      const part = ctx.current(env);
      part.add('ec2.CfnTransitGatewayRouteTablePropagation', `${constructId}Propagation${label}${pascal(propagation)}`, {
        transitGatewayAttachmentId: attachmentRef(part, attachment.id),
        transitGatewayRouteTableId: tableRef(part, propagation),
      });
    }
  }
  for (const table of tgw.routeTables) {
    if (!placedTable(table.id)) continue;
    for (const route of table.routes) {
      if (!route.blackhole && !attached(route.attachment)) continue;
      const part = ctx.current(env);
      part.add('ec2.CfnTransitGatewayRoute', `${constructId}Table${pascal(table.id)}To${route.destination.replace(/[^0-9A-Fa-f]/g, '-')}`, {
        transitGatewayRouteTableId: tableRef(part, table.id),
        destinationCidrBlock: route.destination,
        ...(route.blackhole ? { blackhole: true } : { transitGatewayAttachmentId: attachmentRef(part, route.attachment!) }),
      });
    }
  }
}

const ENDPOINT_TYPE = { interface: 'Interface', gateway: 'Gateway', 'gateway-load-balancer': 'GatewayLoadBalancer' } as const;

export function emitEndpoint(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const endpoint = resource as ResourceOf<'vpc-endpoint'>;
  const vpc = ctx.index.vpcOf(endpoint.id)!;
  const isGateway = endpoint.endpointType === 'gateway';
  stack.construct(varName, 'ec2.CfnVPCEndpoint', constructId, {
    vpcId: vpcRef(ctx, stack, vpc.id),
    serviceName: endpoint.service,
    vpcEndpointType: ENDPOINT_TYPE[endpoint.endpointType],
    subnetIds: isGateway ? undefined : subnetRefs(ctx, stack, endpoint),
    securityGroupIds: endpoint.endpointType === 'interface' ? securityGroupRefs(ctx, stack, endpoint.securityGroups) : undefined,
    routeTableIds: isGateway
      ? (endpoint.routeTables ?? []).filter((id) => ctx.handle(id)).map((id) => ctx.ref(stack, id, 'ref', `route table ${ctx.index.get(id)?.name}`))
      : undefined,
    privateDnsEnabled: endpoint.endpointType === 'interface' ? endpoint.privateDns : undefined,
  });
  tagResource(stack, varName, endpoint);
}

const ARN_RESOURCE = { subnet: 'subnet', 'transit-gateway': 'transit-gateway', 'security-group': 'security-group', 'prefix-list': 'prefix-list' } as const;

export function emitRamShare(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const share = resource as ResourceOf<'ram-share'>;
  const arns: Code[] = [];
  for (const id of share.resources) {
    const shared = ctx.index.get(id);
    if (!shared || !(shared.kind in ARN_RESOURCE) || !ctx.handle(id)) continue;
    const kind = shared.kind as keyof typeof ARN_RESOURCE;
    const ref =
      kind === 'security-group'
        ? (securityGroupRefs(ctx, stack, [id]) ?? [])[0]!
        : ctx.ref(stack, id, kind === 'prefix-list' ? 'attrPrefixListId' : 'ref', `${kind} ${shared.name}`);
    stack.use('Stack');
    arns.push(code(`this.formatArn({ service: "ec2", resource: "${ARN_RESOURCE[kind]}", resourceName: ${ref.text} })`));
  }
  const principals = share.principals.filter((id) => ctx.index.getOf(id, 'account')).map((id) => ctx.accountNumber(stack, id));
  stack.construct(varName, 'ram.CfnResourceShare', constructId, {
    name: share.name || share.id,
    resourceArns: arns,
    principals,
    allowExternalPrincipals: share.allowExternalPrincipals,
  });
  tagResource(stack, varName, share);
}

export const CONNECTIVITY_CDK = {
  'vpc-peering': { prefix: 'peering', emits: once('peerings', emitPeering) },
  'transit-gateway': {
    prefix: 'tgw',
    emits: [
      { stage: 'transit gateways', emit: emitTransitGateway },
      { stage: 'transit gateway routing', emit: emitTransitGatewayRouting, rules: true },
    ],
    constructs: (tgw, rules) => (rules ? 1 : 1 + tgw.routeTables.length),
  },
  'tgw-attachment': { prefix: 'tgwAttachment', emits: once('attachments', emitAttachment) },
  'customer-gateway': { prefix: 'customerGateway', emits: once('transit gateways', emitCustomerGateway) },
  'vpc-endpoint': { prefix: 'endpoint', emits: once('endpoints', emitEndpoint) },
  'ram-share': { prefix: 'share', emits: once('shares', emitRamShare) },
} satisfies CdkKinds;
