/** Helpers every emitter shares: names as tags, security group references, protocols. */
import type { Resource } from '../../model/resources.ts';
import type { Protocol } from '../../model/fields.ts';
import type { ExportContext, Handle } from './context.ts';
import type { Code } from './literal.ts';
import type { StackWriter } from './writer.ts';

/** The design's name and tags as AWS tags, so the console shows what the architect drew. */
export function tagResource(stack: StackWriter, varName: string, resource: Resource): void {
  stack.tag(varName, 'Name', tagText(resource.name, 256) || resource.id);
  for (const [key, value] of Object.entries(resource.tags ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const safeKey = tagText(key, 128);
    if (safeKey && safeKey !== 'Name' && !/^aws:/i.test(safeKey)) stack.tag(varName, safeKey, tagText(value, 256));
  }
}

/** Tag text as AWS accepts it everywhere: letters, digits, spaces and `_ . : / = + - @`. */
export function tagText(text: string, max: number): string {
  return text
    .replace(/[^\p{L}\p{N} _.:/=+\-@]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, max);
}

/** Text AWS accepts in security group and rule descriptions. */
export function sgText(text: string): string {
  return text.replace(/[^a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]/g, ' ').slice(0, 255);
}

/** A security group id; a VPC's default group is the one AWS made with the VPC. */
export function securityGroupRef(ctx: ExportContext, from: StackWriter, id: string): Code {
  const group = ctx.index.getOf(id, 'security-group');
  const vpc = ctx.index.vpcOf(id);
  if (group?.default && vpc) return ctx.ref(from, vpc.id, 'attrDefaultSecurityGroup', `default security group of VPC ${vpc.name}`);
  return ctx.ref(from, id, 'attrGroupId', `security group ${group?.name ?? id}`);
}

export function securityGroupRefs(ctx: ExportContext, from: StackWriter, ids: readonly string[] | undefined): Code[] | undefined {
  const existing = (ids ?? []).filter((id) => ctx.index.getOf(id, 'security-group'));
  return existing.length > 0 ? existing.map((id) => securityGroupRef(ctx, from, id)) : undefined;
}

export function subnetRefs(ctx: ExportContext, from: StackWriter, resource: Resource): Code[] {
  return ctx.index.subnetsOf(resource).map((subnet) => ctx.ref(from, subnet.id, 'ref', `subnet ${subnet.name}`));
}

export function vpcRef(ctx: ExportContext, from: StackWriter, vpcId: string): Code {
  return ctx.ref(from, vpcId, 'ref', `VPC ${ctx.index.get(vpcId)?.name ?? vpcId}`);
}

export function isIpv6(cidr: string): boolean {
  return cidr.includes(':');
}

/** Security group rule protocol and ports as CloudFormation spells them. */
export function sgProtocol(protocol: Protocol, fromPort: number, toPort: number, ipv6: boolean) {
  if (protocol === 'all') return { ipProtocol: '-1' };
  if (protocol === 'icmp') {
    const whole = fromPort === 0 && toPort === 65535;
    return { ipProtocol: ipv6 ? 'icmpv6' : 'icmp', fromPort: whole ? -1 : fromPort, toPort: whole ? -1 : toPort };
  }
  return { ipProtocol: protocol, fromPort, toPort };
}

export const PROTOCOL_NUMBER: Readonly<Record<Protocol, number>> = { all: -1, tcp: 6, udp: 17, icmp: 1 };

export type Emit = (ctx: ExportContext, handle: Handle) => void;
