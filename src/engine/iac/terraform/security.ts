/** Security groups (one rule resource per rule) and network ACLs: security.tf. */
import type { NetworkAclEntry, ResourceOf, SecurityGroupRule } from '../../model/index.ts';
import { sanitizeRuleDescription } from '../../model/ec2-text.ts';
import type { TfContext } from './context.ts';
import { block, list, raw, type Attrs, type Block } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';

const isIpv6 = (cidr: string) => cidr.includes(':');

/** EC2 refuses some characters in rule descriptions (a typographic apostrophe, for one). */
function ruleDescription(rule: SecurityGroupRule): string | undefined {
  if (rule.description === undefined) return undefined;
  return sanitizeRuleDescription(rule.description) || undefined;
}

/** The peer of a rule as the rule resource's arguments; undefined when the peer is gone. */
function rulePeer(ctx: TfContext, rule: SecurityGroupRule): Attrs | undefined {
  const peer = rule.peer;
  if (peer.kind === 'cidr') return isIpv6(peer.cidr) ? { cidr_ipv6: peer.cidr } : { cidr_ipv4: peer.cidr };
  if (peer.kind === 'prefix-list') {
    const ref = ctx.ref(peer.prefixList);
    return ref ? { prefix_list_id: ref } : undefined;
  }
  const ref = ctx.ref(peer.securityGroup);
  return ref ? { referenced_security_group_id: ref } : undefined;
}

function protocolAttrs(rule: SecurityGroupRule): Attrs {
  const v6 = rule.peer.kind === 'cidr' && isIpv6(rule.peer.cidr);
  switch (rule.protocol) {
    case 'all':
      return { ip_protocol: '-1' };
    case 'icmp':
      return v6 ? { ip_protocol: 'icmpv6' } : { ip_protocol: 'icmp', from_port: -1, to_port: -1 };
    default:
      return { ip_protocol: rule.protocol, from_port: rule.fromPort, to_port: rule.toPort };
  }
}

/** The default group is adopted with inline rules: AWS already holds its defaults. */
function inlineRule(ctx: TfContext, group: ResourceOf<'security-group'>, direction: 'ingress' | 'egress', rule: SecurityGroupRule): Block | undefined {
  const ports =
    rule.protocol === 'all'
      ? { protocol: '-1', from_port: 0, to_port: 0 }
      : rule.protocol === 'icmp'
        ? { protocol: rule.peer.kind === 'cidr' && isIpv6(rule.peer.cidr) ? '58' : 'icmp', from_port: -1, to_port: -1 }
        : { protocol: rule.protocol, from_port: rule.fromPort, to_port: rule.toPort };
  const peer = rule.peer;
  let target: Attrs | undefined;
  if (peer.kind === 'cidr') target = isIpv6(peer.cidr) ? { ipv6_cidr_blocks: [peer.cidr] } : { cidr_blocks: [peer.cidr] };
  else if (peer.kind === 'prefix-list') {
    const ref = ctx.ref(peer.prefixList);
    target = ref ? { prefix_list_ids: [ref] } : undefined;
  } else if (peer.securityGroup === group.id) target = { self: true };
  else {
    const ref = ctx.ref(peer.securityGroup);
    target = ref ? { security_groups: [ref] } : undefined;
  }
  if (!target) return undefined;
  return block(direction, [], { description: ruleDescription(rule), ...ports, ...target });
}

export function mapSecurityGroup(ctx: TfContext, group: ResourceOf<'security-group'>): void {
  const vpc = ctx.index.vpcOf(group.id);
  if (group.default) {
    const rules = [
      ...group.ingress.map((rule) => inlineRule(ctx, group, 'ingress', rule)),
      ...group.egress.map((rule) => inlineRule(ctx, group, 'egress', rule)),
    ].filter((rule): rule is Block => rule !== undefined);
    ctx.emitPrimary('security', group, { vpc_id: vpc ? ctx.ref(vpc.id) : undefined }, rules);
    return;
  }
  ctx.emitPrimary('security', group, {
    name: group.name || group.id,
    description: group.description || 'Managed by Terraform',
    vpc_id: vpc ? ctx.ref(vpc.id) : undefined,
  });
  for (const direction of ['ingress', 'egress'] as const) {
    const type = `aws_vpc_security_group_${direction}_rule`;
    group[direction].forEach((rule, i) => {
      const peer = rulePeer(ctx, rule);
      if (!peer) return;
      ctx.emit(
        'security',
        type,
        ctx.derived(type, group.id, `${direction}_${i + 1}`),
        { security_group_id: ctx.ref(group.id), description: ruleDescription(rule), ...protocolAttrs(rule), ...peer },
        [],
        { from: group },
      );
    });
  }
}

function aclProtocol(entry: NetworkAclEntry): { protocol: string; icmp: boolean } {
  if (entry.protocol === 'all') return { protocol: '-1', icmp: false };
  if (entry.protocol === 'icmp') return { protocol: isIpv6(entry.cidr) ? '58' : 'icmp', icmp: true };
  return { protocol: entry.protocol, icmp: false };
}

function aclCidr(entry: NetworkAclEntry): Attrs {
  return isIpv6(entry.cidr) ? { ipv6_cidr_block: entry.cidr } : { cidr_block: entry.cidr };
}

export function mapNetworkAcl(ctx: TfContext, acl: ResourceOf<'network-acl'>): void {
  const vpc = ctx.index.vpcOf(acl.id);
  if (!vpc) return;
  if (acl.default) {
    // The default ACL holds exactly the rules written inline; omitted ones are removed.
    const inline = (direction: 'ingress' | 'egress', entry: NetworkAclEntry) => {
      const { protocol, icmp } = aclProtocol(entry);
      return block(direction, [], {
        rule_no: entry.ruleNumber,
        action: entry.action,
        protocol,
        from_port: protocol === '-1' || icmp ? 0 : entry.fromPort,
        to_port: protocol === '-1' || icmp ? 0 : entry.toPort,
        icmp_type: icmp ? -1 : undefined,
        icmp_code: icmp ? -1 : undefined,
        ...aclCidr(entry),
      });
    };
    // Subnets join the default ACL by not naming another; Terraform must not fight over them.
    ctx.emitPrimary('security', acl, { default_network_acl_id: ctx.ref(vpc.id, 'default_network_acl_id') }, [
      ...acl.inbound.map((entry) => inline('ingress', entry)),
      ...acl.outbound.map((entry) => inline('egress', entry)),
      block('lifecycle', [], { ignore_changes: list([raw('subnet_ids')]) }),
    ]);
    return;
  }
  ctx.emitPrimary('security', acl, { vpc_id: ctx.ref(vpc.id) });
  for (const [egress, entries] of [[false, acl.inbound], [true, acl.outbound]] as const) {
    entries.forEach((entry, i) => {
      const { protocol, icmp } = aclProtocol(entry);
      const direction = egress ? 'out' : 'in';
      ctx.emit(
        'security',
        'aws_network_acl_rule',
        ctx.derived('aws_network_acl_rule', acl.id, `${direction}:${i}`, `${direction}_${entry.ruleNumber}`),
        {
          network_acl_id: ctx.ref(acl.id),
          rule_number: entry.ruleNumber,
          egress,
          protocol,
          rule_action: entry.action,
          ...aclCidr(entry),
          from_port: protocol === '-1' || icmp ? undefined : entry.fromPort,
          to_port: protocol === '-1' || icmp ? undefined : entry.toPort,
          icmp_type: icmp ? -1 : undefined,
          icmp_code: icmp ? -1 : undefined,
        },
        [],
        { from: acl },
      );
    });
  }
  for (const subnet of ctx.subnetsUsingAcl(acl.id)) {
    if (!ctx.address(subnet)) continue;
    ctx.emit(
      'security',
      'aws_network_acl_association',
      ctx.derived('aws_network_acl_association', subnet, ''),
      { network_acl_id: ctx.ref(acl.id), subnet_id: ctx.ref(subnet) },
      [],
      { from: acl },
    );
  }
}

export const SECURITY_TERRAFORM = {
  'security-group': { type: (group) => (group.default ? 'aws_default_security_group' : 'aws_security_group'), emit: mapSecurityGroup },
  'network-acl': { type: (acl) => (acl.default ? 'aws_default_network_acl' : 'aws_network_acl'), emit: mapNetworkAcl },
} satisfies TerraformKinds;
