/** Shared VPCs through RAM (catalogue section 1). RabbitMQ in a shared VPC is MQ-SHARED, in the Amazon MQ family. */
import { BALANCER_KINDS, balancersOf, kindList, ownSecurityGroups, SECURITY_GROUP_HOLDER_KINDS, type DesignIndex } from '../model/index.ts';
import { cidrBlock, contains } from '../net/cidr.ts';
import { eachVpc, netFacts, VPC_UG } from './net-facts.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

const SHARING_DOC = `${VPC_UG}vpc-sharing.html`;

const shareCache = new WeakMap<DesignIndex, Map<string, Set<string>>>();
/** Resource id (subnet, security group...) → the accounts it is shared with through RAM. */
export function sharedWith(index: DesignIndex): Map<string, Set<string>> {
  let map = shareCache.get(index);
  if (map) return map;
  map = new Map();
  for (const share of index.ofKind('ram-share')) {
    for (const resource of share.resources) {
      const set = map.get(resource) ?? new Set<string>();
      for (const principal of share.principals) set.add(principal);
      map.set(resource, set);
    }
  }
  for (const group of index.ofKind('security-group')) {
    if (!group.sharedWith?.length) continue;
    const set = map.get(group.id) ?? new Set<string>();
    for (const account of group.sharedWith) set.add(account);
    map.set(group.id, set);
  }
  shareCache.set(index, map);
  return map;
}

export const shrOrg: Rule = {
  id: 'SHR-ORG',
  severity: 'error',
  summary: 'Subnets are shared only inside one Organization with RAM sharing turned on; default-VPC subnets cannot be shared.',
  docUrl: SHARING_DOC,
  dependsOn: ['ram-share', 'account', 'subnet', 'vpc'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const share of index.ofKind('ram-share')) {
      const subnets = share.resources.map((id) => index.getOf(id, 'subnet')).filter((s) => s !== undefined);
      if (subnets.length === 0) continue;
      const ownerId = index.ownerOf(subnets[0]!.id);
      const owner = index.getOf(ownerId, 'account');
      if (owner?.ramOrganizationSharing === false) {
        findings.push(finding(this, 'error', [share.id, owner.id], `${facts.accountLabel(owner.id)} shares subnets in ${named(share)}, but RAM sharing with the Organization is turned off for it; subnets can only be shared inside the Organization with that setting on.`));
      }
      if (share.allowExternalPrincipals) {
        findings.push(finding(this, 'error', [share.id], `Share ${named(share)} allows principals outside the Organization; subnets can only be shared inside it.`));
      }
      for (const principal of share.principals.map((id) => index.getOf(id, 'account')).filter((a) => a !== undefined)) {
        if (owner?.organization && principal.organization && owner.organization !== principal.organization) {
          findings.push(
            finding(this, 'error', [share.id, principal.id], `${named(share)} shares subnets of ${facts.accountLabel(owner.id)} (Organization ${owner.organization}) with ${facts.accountLabel(principal.id)} (Organization ${principal.organization}); subnets can only be shared inside one Organization.`),
          );
        }
      }
      for (const subnet of subnets) {
        const vpc = index.getOf(subnet.parent, 'vpc');
        if (vpc?.isDefault) findings.push(finding(this, 'error', [share.id, subnet.id], `${named(subnet)} is in the default VPC ${named(vpc)}; subnets of a default VPC cannot be shared.`));
      }
    }
    return findings;
  },
};

const OWNER_ONLY = kindList((info) => info.sharedSubnet === 'owner-only');
const PARTICIPANT_KINDS = kindList((info) => info.sharedSubnet === 'participant');

export const shrOwner: Rule = {
  id: 'SHR-OWNER',
  severity: 'error',
  summary: 'Only the VPC owner creates subnets, route tables, NACLs, gateways and peerings; participants launch only into subnets shared with them.',
  docUrl: SHARING_DOC,
  dependsOn: ['account', 'vpc', 'ram-share', 'vpc-peering', OWNER_ONLY, PARTICIPANT_KINDS],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const shares = sharedWith(index);
    const findings: Finding[] = [];
    // A peering is checked with its requester's VPC.
    const requested = facts.peeringsOf(current.id).filter((p) => p.requesterVpc === current.id);
    for (const resource of [...facts.resourcesIn(current.id), ...requested]) {
      if (OWNER_ONLY.has(resource.kind) && resource.account) {
        const vpcOwner = index.vpcOwnerOf(resource.id);
        if (vpcOwner && vpcOwner !== resource.account) {
          findings.push(
            finding(this, 'error', [resource.id], `${named(resource)} is marked as owned by ${facts.accountLabel(resource.account)}, but ${named(index.vpcOf(resource.id))} belongs to ${facts.accountLabel(vpcOwner)}; only the VPC owner creates or changes it.`),
          );
        }
      } else if (resource.kind === 'vpc-peering' && resource.account) {
        const owners = [index.ownerOf(resource.requesterVpc), index.ownerOf(resource.accepterVpc)];
        if (!owners.includes(resource.account)) {
          findings.push(finding(this, 'error', [resource.id], `Peering ${named(resource)} is marked as owned by ${facts.accountLabel(resource.account)}, which owns neither VPC; only a VPC owner creates peerings.`));
        }
      } else if (PARTICIPANT_KINDS.has(resource.kind) && resource.account) {
        const owner = index.ownerOf(resource.id);
        const subnetIds = new Set([resource.parent, ...('subnets' in resource ? (resource.subnets ?? []) : [])]);
        for (const id of subnetIds) {
          const subnet = index.getOf(id, 'subnet');
          if (!subnet || subnet.parent !== current.id) continue;
          const subnetOwner = index.ownerOf(subnet.id);
          if (!owner || !subnetOwner || owner === subnetOwner || shares.get(subnet.id)?.has(owner)) continue;
          findings.push(
            finding(this, 'error', [resource.id, subnet.id], `${named(resource)} of ${facts.accountLabel(owner)} is in ${named(subnet)}, which belongs to ${facts.accountLabel(subnetOwner)} and is not shared with ${facts.accountLabel(owner)}. Share the subnet through RAM, or move ${named(resource)}.`, { suffix: 'not-shared' }),
          );
        }
      }
    }
    return findings;
  },
};

export const shrEndpoint: Rule = {
  id: 'SHR-ENDPOINT',
  severity: 'error',
  summary: 'Participants cannot create interface, gateway or GWLB endpoints in a shared VPC.',
  docUrl: 'https://repost.aws/knowledge-center/vpc-interface-endpoint-creation-errors',
  dependsOn: ['vpc-endpoint', 'account', 'vpc', 'subnet'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    return facts.ofKindIn(current.id, 'vpc-endpoint').flatMap((endpoint) => {
      const owner = index.ownerOf(endpoint.id);
      const vpcOwner = index.vpcOwnerOf(endpoint.id);
      if (!owner || !vpcOwner || owner === vpcOwner) return [];
      return [
        finding(this, 'error', [endpoint.id], `${facts.accountLabel(owner)} cannot create endpoint ${named(endpoint)} in ${named(index.vpcOf(endpoint.id))}, which ${facts.accountLabel(vpcOwner)} shares with it ("This operation does not support shared VPCs"). The VPC owner creates the endpoint.`),
      ];
    });
  },
};

export const shrTgwGwlb: Rule = {
  id: 'SHR-TGW-GWLB',
  severity: 'error',
  summary: 'Only the subnet owner attaches a transit gateway to a shared subnet.',
  docUrl: SHARING_DOC,
  dependsOn: ['tgw-attachment', 'account', 'vpc', 'subnet'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    return facts.attachmentsOf(current.id).flatMap((attachment) => {
      const owner = attachment.account;
      const ownSubnets = attachment.subnets.filter((id) => index.get(id)?.parent === current.id);
      const subnetOwners = [index.ownerOf(attachment.vpc), ...ownSubnets.map((id) => index.ownerOf(id))];
      const other = subnetOwners.find((o) => o !== undefined && owner !== undefined && o !== owner);
      if (!owner || !other) return [];
      return [
        finding(this, 'error', [attachment.id], `Attachment ${named(attachment)} is made by ${facts.accountLabel(owner)}, but ${named(index.get(attachment.vpc))} and its subnets belong to ${facts.accountLabel(other)}; only the subnet owner attaches a transit gateway to them.`),
      ];
    });
  },
};

// Every kind a participant may launch holds security groups, as do endpoints and VPC links.
const SG_USERS = SECURITY_GROUP_HOLDER_KINDS;

export const shrSgUse: Rule = {
  id: 'SHR-SG-USE',
  severity: 'error',
  summary: "Accounts use only their own security groups, or ones the VPC owner shares with them (never a default group).",
  docUrl: `${VPC_UG}security-group-sharing.html`,
  dependsOn: ['security-group', 'account', 'vpc', 'ram-share', SG_USERS],
  check({ index }) {
    const facts = netFacts(index);
    const shares = sharedWith(index);
    const findings: Finding[] = [];
    for (const group of index.ofKind('security-group')) {
      const with_ = shares.get(group.id);
      if (!with_?.size) continue;
      const owner = index.ownerOf(group.id);
      const vpcOwner = index.vpcOwnerOf(group.id);
      if (group.default) findings.push(finding(this, 'error', [group.id], `${named(group)} is the default security group of ${named(index.vpcOf(group.id))}; default groups cannot be shared.`, { suffix: 'share' }));
      else if (owner && vpcOwner && owner !== vpcOwner) {
        findings.push(finding(this, 'error', [group.id], `${named(group)} belongs to ${facts.accountLabel(owner)}, a participant; only the owner of both the VPC and the group can share it.`, { suffix: 'share' }));
      }
    }
    for (const resource of index.design.resources) {
      if (!SG_USERS.has(resource.kind)) continue;
      const ids = ownSecurityGroups(resource) ?? [];
      const subnet = index.get(resource.parent);
      const inherits = !resource.account && !subnet?.account;
      let user: string | undefined;
      for (const id of ids) {
        const group = index.getOf(id, 'security-group');
        // Both owners come from the same VPC's account: nothing to check.
        if (group && inherits && !group.account && group.parent === subnet?.parent) continue;
        user ??= index.ownerOf(resource.id);
        const groupOwner = group ? index.ownerOf(group.id) : undefined;
        if (!group || !user || !groupOwner || groupOwner === user) continue;
        const shared = shares.get(group.id)?.has(user) && !group.default && groupOwner === index.vpcOwnerOf(group.id);
        if (shared) continue;
        findings.push(
          finding(this, 'error', [resource.id, group.id], `${named(resource)} of ${facts.accountLabel(user)} uses security group ${named(group)} of ${facts.accountLabel(groupOwner)}${group.default ? ' (the default group)' : ''}. An account can only launch with its own groups or ones the VPC owner shares with it through RAM.`),
        );
      }
    }
    return findings;
  },
};

export const shrSgRef: Rule = {
  id: 'SHR-SG-REF',
  severity: 'info',
  summary: "A rule may reference another account's security group in the same shared VPC (account/sg-id).",
  docUrl: SHARING_DOC,
  dependsOn: ['security-group', 'account', 'vpc'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const group of index.ofKind('security-group')) {
      const owner = index.ownerOf(group.id);
      for (const rule of [...group.ingress, ...group.egress]) {
        if (rule.peer.kind !== 'security-group') continue;
        const other = index.getOf(rule.peer.securityGroup, 'security-group');
        const otherOwner = other ? index.ownerOf(other.id) : undefined;
        if (!other || otherOwner === owner || index.vpcOf(other.id)?.id !== index.vpcOf(group.id)?.id) continue;
        findings.push(
          finding(this, 'info', [group.id, other.id], `${named(group)} (${facts.accountLabel(owner)}) references ${named(other)} of ${facts.accountLabel(otherOwner)} in the same VPC; in AWS this is written ${index.getOf(otherOwner, 'account')?.accountId ?? '<account>'}/${other.id} and matches that group's members across accounts.`),
        );
      }
    }
    return findings;
  },
};

export const shrAzId: Rule = {
  id: 'SHR-AZID',
  severity: 'warning',
  summary: 'AZ names differ between accounts; shared subnets should be aligned by AZ ID.',
  docUrl: SHARING_DOC,
  dependsOn: ['subnet', 'ram-share', 'security-group', 'account'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const shares = sharedWith(index);
    return netFacts(index).subnetsOf(current.id).flatMap((subnet) => {
      if (!shares.get(subnet.id)?.size || subnet.availabilityZoneId) return [];
      return [
        finding(this, 'warning', [subnet.id], `${named(subnet)} is shared with other accounts but names only its AZ (${subnet.availabilityZone}); the same AZ name can be a different zone in each account. Record its AZ ID (like apne2-az1) so participants place their resources in the same zone.`),
      ];
    });
  },
};

export const shrElb: Rule = {
  id: 'SHR-ELB',
  severity: 'error',
  summary: "A participant's load balancer registers targets only in subnets shared with that participant.",
  docUrl: SHARING_DOC,
  dependsOn: [BALANCER_KINDS, 'target-group', 'ram-share', 'subnet', PARTICIPANT_KINDS],
  check({ index }) {
    const facts = netFacts(index);
    const shares = sharedWith(index);
    const findings: Finding[] = [];
    for (const lb of balancersOf(index)) {
      const owner = index.ownerOf(lb.id);
      const vpcOwner = index.vpcOwnerOf(lb.id);
      if (!owner || !vpcOwner || owner === vpcOwner) continue;
      const vpc = index.vpcOf(lb.id);
      const usable = (subnetId: string) => index.ownerOf(subnetId) === owner || !!shares.get(subnetId)?.has(owner);
      for (const listener of lb.listeners) {
        const group = index.getOf(listener.targetGroup, 'target-group');
        for (const { target } of group?.targets ?? []) {
          const resource = index.get(target);
          const ip = resource ? undefined : cidrBlock(target.includes(':') ? `${target}/128` : `${target}/32`);
          const subnets = resource
            ? index.subnetsOf(resource)
            : ip && vpc
              ? facts.subnetsOf(vpc.id).filter((s) => {
                  const block = cidrBlock(s.cidr);
                  return !!block && contains(block, ip);
                })
              : [];
          const outside = subnets.find((s) => !usable(s.id));
          if (!outside) continue;
          findings.push(
            finding(this, 'error', [lb.id, outside.id, ...(resource ? [resource.id] : [])], `${named(lb)} of ${facts.accountLabel(owner)} registers ${resource ? named(resource) : target} in ${named(outside)}, which is not shared with ${facts.accountLabel(owner)}; a participant's load balancer can only register targets in subnets shared with it.`),
          );
        }
      }
    }
    return findings;
  },
};

export const sharedVpcRules: readonly Rule[] = [shrOrg, shrOwner, shrEndpoint, shrTgwGwlb, shrElb, shrSgUse, shrSgRef, shrAzId];
