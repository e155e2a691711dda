/**
 * Security groups. Rules are separate resources (CfnSecurityGroupIngress/Egress) so groups
 * that reference each other never form a cycle; a group whose egress is not "all to
 * anywhere" first loses the allow-all rule AWS adds, the way the L2 construct does it.
 */
import type { SecurityGroupRule } from '../../model/fields.ts';
import type { ResourceOf } from '../../model/resources.ts';
import type { ExportContext, Handle } from './context.ts';
import { acceptFindings } from './nag.ts';
import { isIpv6, securityGroupRef, sgProtocol, sgText, tagResource, vpcRef } from './common.ts';
import type { CdkKinds } from './kind.ts';
import type { Code } from './literal.ts';
import type { StackWriter } from './writer.ts';

const isAllToAnywhere = (rule: SecurityGroupRule) =>
  rule.protocol === 'all' && rule.peer.kind === 'cidr' && rule.peer.cidr === '0.0.0.0/0';

/** The rules AWS gives every new group (egress) and a default group (ingress from itself). */
function isAwsDefault(group: ResourceOf<'security-group'>, rule: SecurityGroupRule, direction: 'ingress' | 'egress'): boolean {
  if (direction === 'egress') return isAllToAnywhere(rule);
  return Boolean(group.default) && rule.protocol === 'all' && rule.peer.kind === 'security-group' && rule.peer.securityGroup === group.id;
}

export function emitSecurityGroup(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const group = resource as ResourceOf<'security-group'>;
  if (group.default) return; // the VPC's own default group; its extra rules come with the rules
  const vpc = ctx.index.vpcOf(group.id)!;
  const keepsDefaultEgress = group.egress.length === 1 && isAllToAnywhere(group.egress[0]!);
  stack.construct(varName, 'ec2.CfnSecurityGroup', constructId, {
    groupDescription: sgText(group.description || `Security group ${group.name || group.id}`).trim() || 'Security group',
    vpcId: vpcRef(ctx, stack, vpc.id),
    // A rule no packet can match replaces the allow-all egress AWS would add.
    securityGroupEgress: keepsDefaultEgress
      ? undefined
      : [{ cidrIp: '255.255.255.255/32', ipProtocol: 'icmp', fromPort: 252, toPort: 86, description: 'Disallow all traffic' }],
  });
  tagResource(stack, varName, group);
}

function peerProps(ctx: ExportContext, stack: StackWriter, rule: SecurityGroupRule, direction: 'ingress' | 'egress') {
  const peer = rule.peer;
  if (peer.kind === 'cidr') return isIpv6(peer.cidr) ? { cidrIpv6: peer.cidr } : { cidrIp: peer.cidr };
  if (peer.kind === 'security-group') {
    const ref: Code = securityGroupRef(ctx, stack, peer.securityGroup);
    return direction === 'ingress' ? { sourceSecurityGroupId: ref } : { destinationSecurityGroupId: ref };
  }
  const list = ctx.ref(stack, peer.prefixList, 'attrPrefixListId', `prefix list ${ctx.index.get(peer.prefixList)?.name ?? peer.prefixList}`);
  return direction === 'ingress' ? { sourcePrefixListId: list } : { destinationPrefixListId: list };
}

export function emitSecurityGroupRules(ctx: ExportContext, { resource, env, constructId }: Handle): void {
  const group = resource as ResourceOf<'security-group'>;
  const keepsDefaultEgress = !group.default && group.egress.length === 1 && isAllToAnywhere(group.egress[0]!);
  for (const direction of ['ingress', 'egress'] as const) {
    group[direction].forEach((rule, n) => {
      if (group.default ? isAwsDefault(group, rule, direction) : direction === 'egress' && keepsDefaultEgress) return;
      if (rule.peer.kind === 'security-group' && !ctx.index.getOf(rule.peer.securityGroup, 'security-group')) return;
      if (rule.peer.kind === 'prefix-list' && !ctx.handle(rule.peer.prefixList)) return;
      const ipv6 = rule.peer.kind === 'cidr' && isIpv6(rule.peer.cidr);
      // Each rule goes to the environment's current part: a large group may fill several.
      const stack = ctx.current(env);
      const open = direction === 'ingress' && rule.peer.kind === 'cidr' && /^(0\.0\.0\.0|::)\/0$/.test(rule.peer.cidr);
      const ruleVar = open ? stack.vars.take(`${constructId[0]!.toLowerCase()}${constructId.slice(1)}Ingress${n + 1}`) : undefined;
      stack.construct(
        ruleVar,
        direction === 'ingress' ? 'ec2.CfnSecurityGroupIngress' : 'ec2.CfnSecurityGroupEgress',
        stack.ids.take(`${constructId}${direction === 'ingress' ? 'Ingress' : 'Egress'}${n + 1}`),
        {
          groupId: securityGroupRef(ctx, stack, group.id),
          ...sgProtocol(rule.protocol, rule.fromPort, rule.toPort, ipv6),
          ...peerProps(ctx, stack, rule, direction),
          description: rule.description ? sgText(rule.description) : undefined,
        },
      );
      if (ruleVar) acceptFindings(stack, ruleVar, 'AwsSolutions-EC23');
    });
  }
}

export const SECURITY_CDK = {
  'security-group': {
    prefix: 'sg',
    emits: [
      { stage: 'security groups', emit: emitSecurityGroup },
      { stage: 'security group rules', emit: emitSecurityGroupRules, rules: true },
    ],
  },
} satisfies CdkKinds;
