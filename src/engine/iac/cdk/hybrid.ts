/** Hybrid connectivity: virtual private gateways, Site-to-Site VPNs, Direct Connect gateways and transit gateway peerings. */
import type { ResourceOf } from '../../model/resources.ts';
import { tagResource, vpcRef } from './common.ts';
import type { ExportContext, Handle } from './context.ts';
import { once, type CdkKinds } from './kind.ts';
import { code } from './literal.ts';
import { COMMENTS } from './writer.ts';
import { gatewayAttachments } from './network.ts';

export function emitVirtualPrivateGateway(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const vgw = resource as ResourceOf<'virtual-private-gateway'>;
  const vpc = ctx.index.vpcOf(vgw.id);
  if (!vpc) return;
  stack.construct(varName, 'ec2.CfnVPNGateway', constructId, { type: 'ipsec.1', amazonSideAsn: vgw.amazonSideAsn });
  tagResource(stack, varName, vgw);
  const attachment = stack.vars.take(`${varName}Attachment`);
  stack.construct(attachment, 'ec2.CfnVPCGatewayAttachment', stack.ids.take(`${constructId}Attachment`), {
    vpcId: vpcRef(ctx, stack, vpc.id),
    vpnGatewayId: code(`${varName}.ref`),
  });
  // Routes through the gateway wait for its attachment, as they do for an internet gateway's.
  let map = gatewayAttachments.get(ctx);
  if (!map) gatewayAttachments.set(ctx, (map = new Map()));
  map.set(vgw.id, { stack, varName: attachment });
}

/** Propagation into the VPC's route tables, once the tables exist. */
export function emitRoutePropagation(ctx: ExportContext, { resource, env, varName, constructId }: Handle): void {
  const vgw = resource as ResourceOf<'virtual-private-gateway'>;
  const tables = (vgw.routePropagation ?? []).filter((id) => ctx.handle(id));
  const attachment = gatewayAttachments.get(ctx)?.get(vgw.id);
  if (tables.length === 0 || !attachment) return;
  const part = ctx.current(env);
  const propagation = part.vars.take(`${varName}Propagation`);
  part.construct(propagation, 'ec2.CfnVPNGatewayRoutePropagation', part.ids.take(`${constructId}Propagation`), {
    vpnGatewayId: ctx.ref(part, vgw.id, 'ref', `virtual private gateway ${vgw.name}`),
    routeTableIds: tables.map((id) => ctx.ref(part, id, 'ref', `route table ${ctx.index.get(id)?.name ?? id}`)),
  });
  // The gateway propagates only once it is attached to the VPC.
  if (attachment.stack === part) part.statement(`${propagation}.addDependency(${attachment.varName});`);
}

export function emitVpnConnection(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const vpn = resource as ResourceOf<'vpn-connection'>;
  const gateway = ctx.index.get(vpn.gateway);
  if (!gateway || !ctx.handle(gateway.id) || !ctx.handle(vpn.customerGateway)) return;
  const onTgw = gateway.kind === 'transit-gateway';
  const gatewayRef = ctx.ref(stack, gateway.id, 'ref', `${gateway.kind} ${gateway.name}`);
  const tunnels = vpn.tunnels.map((tunnel) => ({ tunnelInsideCidr: tunnel.insideCidr }));
  stack.construct(varName, 'ec2.CfnVPNConnection', constructId, {
    customerGatewayId: ctx.ref(stack, vpn.customerGateway, 'ref', `customer gateway ${ctx.index.get(vpn.customerGateway)?.name}`),
    type: 'ipsec.1',
    staticRoutesOnly: vpn.staticRoutesOnly,
    vpnGatewayId: onTgw ? undefined : gatewayRef,
    transitGatewayId: onTgw ? gatewayRef : undefined,
    vpnTunnelOptionsSpecifications: tunnels.some((t) => t.tunnelInsideCidr) ? tunnels : undefined,
  });
  tagResource(stack, varName, vpn);
  if (onTgw) {
    // CloudFormation returns no transit gateway attachment id for a VPN, so its associations,
    // propagations and static routes cannot be written here.
    if (vpn.routeTable || (vpn.propagations ?? []).length > 0) {
      stack.statement(COMMENTS.vpnAttachment);
    }
    return;
  }
  for (const cidr of vpn.staticRoutes ?? []) {
    stack.add('ec2.CfnVPNConnectionRoute', `${constructId}Route${cidr.replace(/[^0-9]/g, '-')}`, { destinationCidrBlock: cidr, vpnConnectionId: code(`${varName}.ref`) });
  }
}

/** A Direct Connect gateway's name as AWS takes it: letters, digits, spaces and `-_,/`, up to 100. */
function dxGatewayName(text: string): string {
  return text.replace(/[^\w \-,/]+/g, ' ').replace(/ {2,}/g, ' ').trim().slice(0, 100) || 'direct-connect-gateway';
}

export function emitDxGateway(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const dxgw = resource as ResourceOf<'dx-gateway'>;
  stack.construct(varName, 'directconnect.CfnDirectConnectGateway', constructId, { directConnectGatewayName: dxGatewayName(dxgw.name || dxgw.id), amazonSideAsn: String(dxgw.amazonSideAsn) });
  let onTgw = false;
  for (const association of dxgw.associations) {
    const gateway = ctx.index.get(association.gateway);
    if (!gateway || !ctx.handle(gateway.id)) continue;
    onTgw ||= gateway.kind === 'transit-gateway';
    stack.add('directconnect.CfnDirectConnectGatewayAssociation', `${constructId}To${ctx.handle(gateway.id)!.constructId}`, {
      directConnectGatewayId: code(`${varName}.attrDirectConnectGatewayId`),
      associatedGatewayId: ctx.ref(stack, gateway.id, 'ref', `${gateway.kind} ${gateway.name}`),
      allowedPrefixesToDirectConnectGateway: association.allowedPrefixes,
    });
  }
  if (onTgw) stack.statement(COMMENTS.dxAttachment);
}

export function emitTgwPeering(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const peering = resource as ResourceOf<'tgw-peering'>;
  const requester = ctx.index.getOf(peering.requester, 'transit-gateway');
  const accepter = ctx.index.getOf(peering.accepter, 'transit-gateway');
  if (!requester || !accepter || !ctx.handle(requester.id) || !ctx.handle(accepter.id)) return;
  stack.construct(varName, 'ec2.CfnTransitGatewayPeeringAttachment', constructId, {
    transitGatewayId: ctx.ref(stack, requester.id, 'ref', `transit gateway ${requester.name}`),
    peerTransitGatewayId: ctx.ref(stack, accepter.id, 'ref', `transit gateway ${accepter.name}`),
    peerRegion: stack.regionOf(accepter.region),
    peerAccountId: ctx.accountNumber(stack, ctx.index.ownerOf(accepter.id) ?? ''),
  });
  tagResource(stack, varName, peering);
  stack.statement(COMMENTS.peeringAccept);
}

export const HYBRID_CDK = {
  'virtual-private-gateway': {
    prefix: 'vgw',
    emits: [
      { stage: 'gateways', emit: emitVirtualPrivateGateway },
      { stage: 'routes', emit: emitRoutePropagation, rules: true },
    ],
  },
  'vpn-connection': { prefix: 'vpn', emits: once('attachments', emitVpnConnection) },
  'dx-gateway': { prefix: 'dxgw', emits: once('attachments', emitDxGateway) },
  'tgw-peering': { prefix: 'tgwPeering', emits: once('attachments', emitTgwPeering) },
} satisfies CdkKinds;
