/**
 * Security groups and network ACLs with their rules: inline blocks and separate rule resources
 * alike. A refreshed state repeats the separate rules inside the group or ACL, so each rule is
 * kept once. A VPC whose default network ACL Terraform does not manage gets the implicit one
 * (`<vpc address>#default_network_acl`), allowing everything as AWS creates it.
 */
import type { NetworkAclEntry, Protocol, ResourceOf, SecurityGroupRule } from '../../../model/index.ts';
import { list, nameOf, num, str, tagsOf, type TfContext } from './context.ts';
import type { TfResource } from './read.ts';

type Acl = ResourceOf<'network-acl'>;
type Group = ResourceOf<'security-group'>;

const PROTOCOLS: Record<string, Protocol> = { '-1': 'all', all: 'all', tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp' };

const protocolOf = (value: unknown): Protocol | undefined => PROTOCOLS[String(value ?? '').toLowerCase()];

/** AWS writes "all ports" as 0..0 or -1 with protocol all or ICMP: the model's 0..65535. */
function ports(protocol: Protocol, from: unknown, to: unknown): { fromPort: number; toPort: number } {
  const a = num(from);
  const b = num(to);
  if (protocol === 'all' || a === undefined || b === undefined || a < 0 || b < 0) return { fromPort: 0, toPort: 65535 };
  if (protocol === 'icmp') return { fromPort: Math.min(a, 65535), toPort: Math.min(Math.max(a, b), 65535) };
  return { fromPort: a, toPort: b };
}

const ALLOW_ALL = (cidr: string, ruleNumber: number): NetworkAclEntry => ({ ruleNumber, protocol: 'all', fromPort: 0, toPort: 65535, cidr, action: 'allow' });

function aclEntry(values: Record<string, unknown>): NetworkAclEntry | undefined {
  const protocol = protocolOf(values.protocol);
  const ruleNumber = num(values.rule_number) ?? num(values.rule_no);
  const cidr = str(values.cidr_block) ?? str(values.ipv6_cidr_block);
  const action = str(values.rule_action) ?? str(values.action);
  if (!protocol || ruleNumber === undefined || ruleNumber < 1 || ruleNumber > 32766 || !cidr || (action !== 'allow' && action !== 'deny')) return undefined;
  return { ruleNumber, protocol, ...ports(protocol, values.from_port, values.to_port), cidr, action };
}

function addEntry(entries: NetworkAclEntry[], entry: NetworkAclEntry): void {
  if (!entries.some((e) => e.ruleNumber === entry.ruleNumber && e.cidr.includes(':') === entry.cidr.includes(':'))) entries.push(entry);
  entries.sort((a, b) => a.ruleNumber - b.ruleNumber);
}

export function mapNetworkAcls(ctx: TfContext, acls: readonly TfResource[], defaults: readonly TfResource[], rules: readonly TfResource[], associations: readonly TfResource[]): void {
  const defaultOf = new Map<string, Acl>();
  const make = (resource: TfResource, vpc: string | undefined, isDefault: boolean) => {
    if (!vpc) {
      ctx.out.note({ address: resource.address, type: resource.type, level: 'skipped', message: 'its VPC is not in the input' });
      return;
    }
    const acl = ctx.out.add<Acl>(resource.address, { kind: 'network-acl', name: nameOf(resource), parent: vpc, ...(isDefault ? { default: true } : {}), inbound: [], outbound: [], ...(tagsOf(resource) ? { tags: tagsOf(resource) } : {}) });
    let dropped = 0;
    for (const [field, entries] of [['ingress', acl.inbound], ['egress', acl.outbound]] as const) {
      for (const block of list(resource.values[field])) {
        const entry = block !== null && typeof block === 'object' ? aclEntry(block as Record<string, unknown>) : undefined;
        if (entry) addEntry(entries, entry);
        else dropped++;
      }
    }
    if (dropped > 0) ctx.out.note({ address: resource.address, type: resource.type, level: 'partial', message: `${dropped} rule${dropped === 1 ? '' : 's'} left out: protocol, CIDR or action not known` });
    if (isDefault) defaultOf.set(vpc, acl);
    else {
      for (const subnetId of ctx.many(resource, 'subnet_ids', ['aws_subnet'], 'the subnets')) {
        const subnet = ctx.out.get(subnetId, 'subnet');
        if (subnet) subnet.networkAcl = acl.id;
      }
    }
  };
  for (const acl of defaults) make(acl, ctx.one(acl, 'default_network_acl_id', ['aws_vpc'], 'the VPC') ?? ctx.one(acl, 'vpc_id', ['aws_vpc'], 'the VPC'), true);
  for (const acl of acls) make(acl, ctx.one(acl, 'vpc_id', ['aws_vpc'], 'the VPC'), false);
  for (const vpc of ctx.out.resources.filter((r) => r.kind === 'vpc')) {
    if (defaultOf.has(vpc.id)) continue;
    const ipv6 = (vpc.ipv6Cidrs?.length ?? 0) > 0;
    const entries = () => [ALLOW_ALL('0.0.0.0/0', 100), ...(ipv6 ? [ALLOW_ALL('::/0', 101)] : [])];
    const acl = ctx.out.add<Acl>(`${vpc.source!.address}#default_network_acl`, { kind: 'network-acl', name: `${vpc.name} default`, parent: vpc.id, default: true, inbound: entries(), outbound: entries() });
    defaultOf.set(vpc.id, acl);
  }
  for (const rule of rules) {
    const acl = ctx.out.get(ctx.one(rule, 'network_acl_id', ['aws_network_acl', 'aws_default_network_acl'], 'the network ACL'), 'network-acl');
    const entry = aclEntry(rule.values as Record<string, unknown>);
    if (!acl || !entry) {
      ctx.out.note({ address: rule.address, type: rule.type, level: 'skipped', message: acl ? 'its protocol, CIDR or action is not known' : 'its network ACL is not in the input' });
      continue;
    }
    addEntry(rule.values.egress === true ? acl.outbound : acl.inbound, entry);
  }
  for (const association of associations) {
    const acl = ctx.one(association, 'network_acl_id', ['aws_network_acl'], 'the network ACL');
    const subnet = ctx.out.get(ctx.one(association, 'subnet_id', ['aws_subnet'], 'the subnet'), 'subnet');
    if (acl && subnet) subnet.networkAcl = acl;
    else ctx.out.note({ address: association.address, type: association.type, level: 'skipped', message: 'its network ACL or subnet is not in the input' });
  }
}

/** One model rule per peer (a CIDR, a group, a prefix list), as AWS counts them. */
function groupRules(ctx: TfContext, values: Record<string, unknown>, self: string): SecurityGroupRule[] {
  const protocol = protocolOf(values.protocol ?? values.ip_protocol);
  if (!protocol) return [];
  const range = ports(protocol, values.from_port, values.to_port);
  const description = str(values.description);
  const base = { protocol, ...range, ...(description ? { description: description.slice(0, 4096) } : {}) };
  const rules: SecurityGroupRule[] = [];
  for (const cidr of [...list(values.cidr_blocks), ...list(values.ipv6_cidr_blocks), values.cidr_ipv4, values.cidr_ipv6]) {
    if (typeof cidr === 'string' && cidr) rules.push({ ...base, peer: { kind: 'cidr', cidr } });
  }
  for (const id of [...list(values.security_groups), values.source_security_group_id, values.referenced_security_group_id]) {
    const group = ctx.out.existing(ctx.resolver.addressOfId(id));
    if (group) rules.push({ ...base, peer: { kind: 'security-group', securityGroup: group } });
  }
  if (values.self === true) rules.push({ ...base, peer: { kind: 'security-group', securityGroup: self } });
  return rules;
}

const sameRule = (a: SecurityGroupRule, b: SecurityGroupRule) => a.protocol === b.protocol && a.fromPort === b.fromPort && a.toPort === b.toPort && JSON.stringify(a.peer) === JSON.stringify(b.peer);
const addRules = (rules: SecurityGroupRule[], more: readonly SecurityGroupRule[]) => {
  for (const rule of more) if (!rules.some((r) => sameRule(r, rule))) rules.push(rule);
};

export function mapSecurityGroups(ctx: TfContext, groups: readonly TfResource[], defaults: readonly TfResource[], rules: readonly TfResource[], ingressRules: readonly TfResource[], egressRules: readonly TfResource[]): void {
  const made: [TfResource, Group][] = [];
  for (const [resource, isDefault] of [...defaults.map((d) => [d, true] as const), ...groups.map((g) => [g, false] as const)]) {
    const vpc = ctx.one(resource, 'vpc_id', ['aws_vpc'], 'the VPC');
    if (!vpc) {
      ctx.out.note({ address: resource.address, type: resource.type, level: 'skipped', message: 'its VPC is not in the input' });
      continue;
    }
    const group = ctx.out.add<Group>(resource.address, { kind: 'security-group', name: str(resource.values.name) ?? nameOf(resource), parent: vpc, ...(isDefault ? { default: true } : {}), ingress: [], egress: [], ...(tagsOf(resource) ? { tags: tagsOf(resource) } : {}) });
    made.push([resource, group]);
  }
  // Inline blocks after every group exists, so a rule naming another group finds it.
  for (const [resource, group] of made) {
    for (const [field, into] of [['ingress', group.ingress], ['egress', group.egress]] as const) {
      for (const block of list(resource.values[field])) if (block !== null && typeof block === 'object') addRules(into, groupRules(ctx, block as Record<string, unknown>, group.id));
    }
  }
  const attach = (rule: TfResource, egress: boolean) => {
    const group = ctx.out.get(ctx.one(rule, 'security_group_id', ['aws_security_group', 'aws_default_security_group'], 'the security group'), 'security-group');
    const values = rule.values as Record<string, unknown>;
    // A peer group unknown until apply counts only when the configuration sets one (AWS computes the attribute on every rule).
    // A rule holds CIDRs or a peer group, never both.
    const hasCidrs = list(values.cidr_blocks).length > 0 || list(values.ipv6_cidr_blocks).length > 0 || str(values.cidr_ipv4) !== undefined || str(values.cidr_ipv6) !== undefined;
    const peerAttr = hasCidrs ? undefined : ['source_security_group_id', 'referenced_security_group_id'].find((attr) => str(values[attr]) || (rule.unknown.has(attr) && rule.config?.expressions?.[attr] !== undefined));
    const sourceGroup = group && peerAttr ? ctx.one(rule, peerAttr, ['aws_security_group', 'aws_default_security_group'], 'the peer group') : undefined;
    const found = group ? groupRules(ctx, values, group.id) : [];
    if (group && sourceGroup && !found.some((r) => r.peer.kind === 'security-group')) {
      const protocol = protocolOf(values.protocol ?? values.ip_protocol);
      if (protocol) found.push({ protocol, ...ports(protocol, values.from_port, values.to_port), peer: { kind: 'security-group', securityGroup: sourceGroup } });
    }
    if (!group || found.length === 0) {
      ctx.out.note({ address: rule.address, type: rule.type, level: 'skipped', message: group ? 'its peer (a CIDR, a group in the input) is not known' : 'its security group is not in the input' });
      return;
    }
    addRules(egress ? group.egress : group.ingress, found);
  };
  for (const rule of rules) attach(rule, rule.values.type === 'egress');
  for (const rule of ingressRules) attach(rule, false);
  for (const rule of egressRules) attach(rule, true);
}
