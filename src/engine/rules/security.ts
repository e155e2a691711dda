/** Security groups and network ACLs (catalogue section 6). */
import { SECURITY_GROUP_HOLDER_KINDS, isBalancer, isPublicEndpoint, kindList, ownSecurityGroups, updateResource, type DesignIndex, type NetworkAclEntry, type NetworkAclResource, type Resource, type ResourceKind, type SecurityGroupResource, type SubnetResource } from '../model/index.ts';
import { isValidRuleDescription, refusedDescriptionCharacters, RULE_DESCRIPTION_MAX, sanitizeRuleDescription } from '../model/ec2-text.ts';
import { cidrBlock, contains, overlaps, type CidrBlock } from '../net/cidr.ts';
import { defaultRouteTarget, DOCS, list } from './service-helpers.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

/** VPC pairs joined by a peering or by one transit gateway: their own rules (PEER-SG-REF, TGW-SGREF) judge references across them. */
function joinedVpcs(index: DesignIndex): Set<string> {
  const joined = new Set<string>();
  for (const peering of index.ofKind('vpc-peering')) {
    joined.add(`${peering.requesterVpc}|${peering.accepterVpc}`);
    joined.add(`${peering.accepterVpc}|${peering.requesterVpc}`);
  }
  const byTgw = new Map<string, Set<string>>();
  for (const attachment of index.ofKind('tgw-attachment')) {
    byTgw.set(attachment.transitGateway, (byTgw.get(attachment.transitGateway) ?? new Set()).add(attachment.vpc));
  }
  for (const vpcs of byTgw.values()) for (const a of vpcs) for (const b of vpcs) if (a !== b) joined.add(`${a}|${b}`);
  return joined;
}

const GROUP_USERS = SECURITY_GROUP_HOLDER_KINDS;

export const securityGroupReferences: Rule = {
  id: 'SG-REF',
  severity: 'error',
  summary: 'A rule references a group of the same VPC, a peered VPC or a VPC behind the same transit gateway; resources use groups of their own VPC.',
  docUrl: DOCS.SG,
  dependsOn: ['security-group', 'vpc-peering', 'tgw-attachment', GROUP_USERS, 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    let joined: Set<string> | undefined;
    for (const group of index.ofKind('security-group')) {
      const vpc = group.parent;
      for (const direction of ['ingress', 'egress'] as const) {
        group[direction].forEach((rule, i) => {
          if (rule.peer.kind !== 'security-group') return;
          const referenced = index.getOf(rule.peer.securityGroup, 'security-group');
          if (!referenced || referenced.parent === vpc || !vpc || !referenced.parent) return;
          joined ??= joinedVpcs(index);
          if (joined.has(`${vpc}|${referenced.parent}`)) return;
          const otherVpc = index.getOf(referenced.parent, 'vpc');
          const cidrs = otherVpc?.cidrs ?? [];
          findings.push(
            finding(this, 'error', [group.id, referenced.id], `Group ${named(group)} (VPC ${named(index.get(vpc))}) has an ${direction} rule that references group ${named(referenced)} of VPC ${named(otherVpc)}, which is neither peered with it nor behind the same transit gateway. Such a reference matches nothing; AWS refuses it. Use ${named(otherVpc)}'s CIDRs instead.`, {
              suffix: 'rule',
              fixes: cidrs.length
                ? [{
                    id: 'use-cidrs',
                    title: `Reference ${list(cidrs)} instead`,
                    apply: (design) => {
                      const current = design.resources.find((r): r is SecurityGroupResource => r.id === group.id && r.kind === 'security-group');
                      if (!current) return { ok: false, reason: `There is no group "${group.id}".` };
                      const rules = current[direction].flatMap((r, j) => (j === i ? cidrs.map((cidr) => ({ ...r, peer: { kind: 'cidr' as const, cidr } })) : [r]));
                      return updateResource(design, group.id, { [direction]: rules });
                    },
                  }]
                : [],
            }),
          );
        });
      }
    }
    // A resource's network interfaces take groups of their own VPC only.
    for (const kind of GROUP_USERS) {
      for (const resource of index.ofKind(kind as ResourceKind) as readonly Resource[]) {
        const ids = ownSecurityGroups(resource);
        if (!ids?.length) continue;
        const vpc = index.vpcOf(resource.id);
        if (!vpc) continue;
        const foreign = ids.map((id) => index.getOf(id, 'security-group')).filter((g): g is SecurityGroupResource => !!g && !!g.parent && g.parent !== vpc.id);
        if (foreign.length === 0) continue;
        findings.push(finding(this, 'error', [resource.id, ...foreign.map((g) => g.id)], `${named(resource)} is in VPC ${named(vpc)} but uses security group ${list(foreign.map(named))} of another VPC. A network interface can only use groups of its own VPC.`, { suffix: 'attachment' }));
      }
    }
    return findings;
  },
};

/** Return-port ranges the catalogue gives (NACL-EPHEM). */
const EPHEMERAL = {
  elb: { from: 1024, to: 65535, who: 'load balancers, NAT gateways and Lambda' },
  linux: { from: 32768, to: 61000, who: 'Linux clients' },
  windows: { from: 49152, to: 65535, who: 'Windows clients' },
} as const;
type Range = (typeof EPHEMERAL)[keyof typeof EPHEMERAL];

const sortedEntries = new WeakMap<readonly NetworkAclEntry[], NetworkAclEntry[]>();
function inOrder(entries: readonly NetworkAclEntry[]): NetworkAclEntry[] {
  let sorted = sortedEntries.get(entries);
  if (!sorted) {
    sorted = [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber);
    sortedEntries.set(entries, sorted);
  }
  return sorted;
}

/**
 * First match wins. Lenient where a rule covers only part of the peer: a partial allow counts
 * as allowed and a partial deny is passed over, so only traffic that surely dies is reported.
 */
function decide(entries: readonly NetworkAclEntry[], port: number, peer: CidrBlock): NetworkAclEntry | 'implicit-deny' | 'allow' {
  for (const entry of inOrder(entries)) {
    if (entry.protocol !== 'all' && (entry.protocol !== 'tcp' || port < entry.fromPort || port > entry.toPort)) continue;
    const block = cidrBlock(entry.cidr);
    if (!block || !overlaps(block, peer)) continue;
    if (entry.action === 'allow') return 'allow';
    if (contains(block, peer)) return entry;
  }
  return 'implicit-deny';
}

function blocks(entries: readonly NetworkAclEntry[], range: Range, peer: CidrBlock) {
  for (const port of [range.from, Math.round((range.from + range.to) / 2), range.to]) {
    const verdict = decide(entries, port, peer);
    if (verdict !== 'allow') return { port, by: verdict };
  }
  return undefined;
}

const SERVERS = kindList((info) => info.nacl?.serves === true);
const CLIENTS = kindList((info) => info.nacl?.calls === true);

interface Need {
  direction: 'inbound' | 'outbound';
  range: Range;
  peer: string;
  because: Resource;
}

/** What replies a subnet's NACL must let through, from what lives in the subnet. */
function needsOf(index: DesignIndex, subnet: SubnetResource, residents: readonly Resource[]): Need[] {
  const vpc = index.getOf(subnet.parent, 'vpc');
  const internal = vpc?.cidrs[0];
  const routesOut = defaultRouteTarget(index, subnet.id) !== undefined;
  const needs: Need[] = [];
  const add = (need: Need) => {
    if (!needs.some((n) => n.direction === need.direction && n.peer === need.peer && n.range === need.range)) needs.push(need);
  };
  for (const r of residents) {
    const isLb = isBalancer(r);
    const facesInternet = isPublicEndpoint(r);
    if (SERVERS.has(r.kind)) {
      // Replies to clients leave on the clients' ephemeral ports; load balancers are clients of their targets.
      const range = isLb || facesInternet ? EPHEMERAL.elb : EPHEMERAL.linux;
      if (internal) add({ direction: 'outbound', range, peer: internal, because: r });
      if (facesInternet) add({ direction: 'outbound', range: EPHEMERAL.elb, peer: '0.0.0.0/0', because: r });
    }
    if (CLIENTS.has(r.kind)) {
      const windows = 'operatingSystem' in r && r.operatingSystem === 'windows';
      const range = isLb || r.kind === 'nat-gateway' || r.kind === 'lambda' ? EPHEMERAL.elb : windows ? EPHEMERAL.windows : EPHEMERAL.linux;
      if (isLb && internal) add({ direction: 'inbound', range, peer: internal, because: r });
      if (routesOut || r.kind === 'nat-gateway') add({ direction: 'inbound', range, peer: '0.0.0.0/0', because: r });
    }
  }
  return needs;
}

/** Subnet → what sits in it (drawn there or listed in `subnets`), built once per design. */
function residentsBySubnet(index: DesignIndex): Map<string, Resource[]> {
  const map = new Map<string, Resource[]>();
  const add = (subnetId: string | undefined, resource: Resource) => {
    if (!subnetId) return;
    const list = map.get(subnetId);
    if (!list) map.set(subnetId, [resource]);
    else if (list[list.length - 1] !== resource) list.push(resource);
  };
  for (const kind of RESIDENT_KINDS) {
    for (const resource of index.ofKind(kind) as readonly Resource[]) {
      if (resource.kind === 'vpc-endpoint' && resource.endpointType !== 'interface') continue;
      add(resource.parent, resource);
      if ('subnets' in resource) for (const id of resource.subnets ?? []) if (id !== resource.parent) add(id, resource);
      if ('subnetMappings' in resource) for (const mapping of resource.subnetMappings ?? []) if (mapping.subnet !== resource.parent) add(mapping.subnet, resource);
    }
  }
  return map;
}

const RESIDENT_KINDS = kindList((info) => info.nacl !== undefined);

/** True when the lowest-numbered entry allows everything from everywhere (the default NACL). */
const openCache = new WeakMap<readonly NetworkAclEntry[], boolean>();
function allowsAll(entries: readonly NetworkAclEntry[]): boolean {
  let open = openCache.get(entries);
  if (open === undefined) {
    const first = inOrder(entries)[0];
    open = !!first && first.action === 'allow' && first.protocol === 'all' && first.cidr === '0.0.0.0/0';
    openCache.set(entries, open);
  }
  return open;
}

function freeRuleNumber(acl: NetworkAclResource, direction: 'inbound' | 'outbound', before: number): number | undefined {
  const used = new Set(acl[direction].map((e) => e.ruleNumber));
  for (let n = before - 1; n >= 1; n--) if (!used.has(n)) return n;
  return undefined;
}

export const naclEphemeral: Rule = {
  id: 'NACL-EPHEM',
  severity: 'warning',
  summary: "A subnet's network ACL lets replies through on the clients' ephemeral ports, both ways.",
  docUrl: DOCS.NACL,
  dependsOn: ['network-acl', 'subnet', 'route-table', 'internet-gateway', 'vpc-peering', 'transit-gateway', SERVERS, CLIENTS],
  check({ index }) {
    const findings: Finding[] = [];
    let residents: Map<string, Resource[]> | undefined;
    // Many subnets share one NACL and peer with their VPC's CIDR: decide each case once.
    const verdicts = new Map<string, ReturnType<typeof blocks> | null>();
    for (const subnet of index.ofKind('subnet')) {
      const acl = index.networkAclOf(subnet.id);
      if (!acl || (allowsAll(acl.inbound) && allowsAll(acl.outbound))) continue;
      residents ??= residentsBySubnet(index);
      const here = residents.get(subnet.id);
      if (!here) continue;
      for (const need of needsOf(index, subnet, here)) {
        const entries = acl[need.direction];
        if (allowsAll(entries)) continue;
        const key = `${acl.id}|${need.direction}|${need.range.from}|${need.peer}`;
        let blocked = verdicts.get(key);
        if (blocked === undefined) {
          const peer = cidrBlock(need.peer);
          blocked = peer ? (blocks(entries, need.range, peer) ?? null) : null;
          verdicts.set(key, blocked);
        }
        if (!blocked) continue;
        const by = blocked.by === 'implicit-deny' ? 'no rule allows it (implicit deny)' : `rule ${blocked.by.ruleNumber} denies it`;
        const toFrom = need.direction === 'outbound' ? 'to' : 'from';
        const what = need.direction === 'outbound' ? `replies from ${named(need.because)} to its clients` : `replies to connections ${named(need.because)} opens`;
        const number = freeRuleNumber(acl, need.direction, blocked.by === 'implicit-deny' ? 32767 : blocked.by.ruleNumber);
        findings.push(
          finding(this, 'warning', [subnet.id, acl.id, need.because.id], `Network ACL ${named(acl)} of subnet ${named(subnet)} blocks ${need.direction} TCP ${need.range.from}–${need.range.to} ${toFrom} ${need.peer} (port ${blocked.port}: ${by}). NACLs are stateless, so ${what} are dropped; ${need.range.who} use these return ports.`, {
            fixes:
              number === undefined
                ? []
                : [{
                    id: 'allow-ephemeral',
                    title: `Allow ${need.direction} TCP ${need.range.from}–${need.range.to} ${toFrom} ${need.peer} (rule ${number})`,
                    apply: (design) => {
                      const current = design.resources.find((r): r is NetworkAclResource => r.id === acl.id && r.kind === 'network-acl');
                      if (!current) return { ok: false, reason: `There is no network ACL "${acl.id}".` };
                      const entry: NetworkAclEntry = { ruleNumber: number, protocol: 'tcp', fromPort: need.range.from, toPort: need.range.to, cidr: need.peer, action: 'allow' };
                      return updateResource(design, acl.id, { [need.direction]: [...current[need.direction], entry] });
                    },
                  }],
          }),
        );
      }
    }
    return findings;
  },
};

export const securityGroupRuleDescriptions: Rule = {
  id: 'SG-DESC',
  severity: 'error',
  summary: 'A rule description uses characters EC2 refuses: it takes a-zA-Z0-9, space and ._-:/()#,@[]+=;{}!$*, at most 255.',
  docUrl: DOCS.SG,
  dependsOn: ['security-group'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const group of index.ofKind('security-group')) {
      for (const direction of ['ingress', 'egress'] as const) {
        group[direction].forEach((rule, i) => {
          const text = rule.description;
          if (text === undefined || isValidRuleDescription(text)) return;
          const refused = refusedDescriptionCharacters(text);
          const clean = sanitizeRuleDescription(text);
          const why = refused.length > 0 ? `has ${refused.map((char) => `"${char}"`).join(', ')}, which EC2 refuses` : `is longer than ${RULE_DESCRIPTION_MAX} characters`;
          findings.push(
            finding(this, 'error', [group.id], `The description of ${direction} rule ${i + 1} of group ${named(group)} ("${text}") ${why}; AWS rejects the rule.`, {
              suffix: 'description',
              fixes: [{
                id: 'plain-description',
                title: clean ? `Write it as "${clean}"` : 'Remove the description',
                apply: (design) => {
                  const current = design.resources.find((r): r is SecurityGroupResource => r.id === group.id && r.kind === 'security-group');
                  if (!current) return { ok: false, reason: `There is no group "${group.id}".` };
                  const rules = current[direction].map((r, j) => (j === i ? { ...r, description: clean || undefined } : r));
                  return updateResource(design, group.id, { [direction]: rules });
                },
              }],
            }),
          );
        });
      }
    }
    return findings;
  },
};

export const securityRules: readonly Rule[] = [securityGroupReferences, naclEphemeral, securityGroupRuleDescriptions];
