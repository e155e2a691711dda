/**
 * AWS quotas from the catalogue, as warnings: most can be raised on request, so the design
 * is not wrong, but the account needs an increase before it can be built.
 */
import { SECURITY_GROUP_HOLDER_KINDS, ownSecurityGroups, type Resource, type VpcResource } from '../model/index.ts';
import { eachVpc, netFacts, TGW_GUIDE, VPC_UG } from './net-facts.ts';
import { finding, named, type Finding, type Rule, type RuleContext } from './types.ts';

const QUOTA_DOC = `${VPC_UG}amazon-vpc-limits.html`;

export const QUOTAS = {
  elasticIpsPerRegion: 5,
  subnetsPerVpc: 200,
  staticRoutesPerTable: 50,
  propagatedRoutesPerTable: 100,
  rulesPerSecurityGroup: 60,
  securityGroupsPerInterface: 5,
  naclRulesPerDirection: 20,
  activePeeringsPerVpc: 50,
  transitGatewaysPerVpc: 5,
  participantsPerSharedVpc: 100,
} as const;

const quota = (id: string, summary: string, dependsOn: Rule['dependsOn'], docUrl: string, check: Rule['check']): Rule => ({
  id,
  severity: 'warning',
  summary,
  docUrl,
  dependsOn,
  check,
});

/** A quota counted per VPC, re-checked only in the VPCs an edit touches. */
const vpcQuota = (
  id: string,
  summary: string,
  dependsOn: Rule['dependsOn'],
  docUrl: string,
  checkVpc: (context: RuleContext, vpc: VpcResource) => Finding[],
): Rule => ({
  id,
  severity: 'warning',
  summary,
  docUrl,
  dependsOn,
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc,
});

export const quotaEip: Rule = quota('QUOTA-EIP', `More than ${QUOTAS.elasticIpsPerRegion} Elastic IPs per account and Region.`, ['elastic-ip', 'account'], QUOTA_DOC, ({ index }) => {
  const facts = netFacts(index);
  const counts = new Map<string, Resource[]>();
  for (const eip of index.ofKind('elastic-ip')) {
    const key = `${index.ownerOf(eip.id) ?? ''}|${eip.region ?? ''}`;
    const list = counts.get(key);
    if (list) list.push(eip);
    else counts.set(key, [eip]);
  }
  return [...counts].flatMap(([key, eips]) => {
    if (eips.length <= QUOTAS.elasticIpsPerRegion) return [];
    const [account, region] = key.split('|');
    return [finding(quotaEip, 'warning', [eips[0]!.id], `${facts.accountLabel(account)} has ${eips.length} Elastic IPs${region ? ` in ${region}` : ''}; the default quota is ${QUOTAS.elasticIpsPerRegion} per Region. Request an increase before deploying.`)];
  });
});

export const quotaSubnets: Rule = vpcQuota('QUOTA-SUBNETS', `More than ${QUOTAS.subnetsPerVpc} subnets in a VPC.`, ['subnet', 'vpc'], QUOTA_DOC, ({ index }, current) => {
  const facts = netFacts(index);
  return [current].flatMap((vpc) => {
    const n = facts.subnetsOf(vpc.id).length;
    return n > QUOTAS.subnetsPerVpc ? [finding(quotaSubnets, 'warning', [vpc.id], `${named(vpc)} has ${n} subnets; the quota is ${QUOTAS.subnetsPerVpc} per VPC.`)] : [];
  });
});

export const quotaRoutes: Rule = vpcQuota('QUOTA-ROUTES', `More than ${QUOTAS.staticRoutesPerTable} static or ${QUOTAS.propagatedRoutesPerTable} propagated routes in a route table.`, ['route-table'], QUOTA_DOC, ({ index }, vpc) =>
  netFacts(index).routeTablesOf(vpc.id).flatMap((table) => {
    const propagated = table.routes.filter((r) => r.origin === 'propagated').length;
    const statics = table.routes.filter((r) => r.origin !== 'propagated' && r.target !== 'local').length;
    const findings: Finding[] = [];
    if (statics > QUOTAS.staticRoutesPerTable) findings.push(finding(quotaRoutes, 'warning', [table.id], `Route table ${named(table)} has ${statics} static routes; the default quota is ${QUOTAS.staticRoutesPerTable} (it can be raised to 1,000, at some cost to network performance).`));
    if (propagated > QUOTAS.propagatedRoutesPerTable) findings.push(finding(quotaRoutes, 'warning', [table.id], `Route table ${named(table)} has ${propagated} propagated routes; the quota is ${QUOTAS.propagatedRoutesPerTable}.`));
    return findings;
  }),
);

export const quotaSgRules: Rule = vpcQuota('QUOTA-SG-RULES', `More than ${QUOTAS.rulesPerSecurityGroup} inbound or outbound rules in a security group.`, ['security-group'], QUOTA_DOC, ({ index }, vpc) =>
  netFacts(index).ofKindIn(vpc.id, 'security-group').flatMap((group) =>
    (['ingress', 'egress'] as const).flatMap((direction) =>
      group[direction].length > QUOTAS.rulesPerSecurityGroup
        ? [finding(quotaSgRules, 'warning', [group.id], `Security group ${named(group)} has ${group[direction].length} ${direction === 'ingress' ? 'inbound' : 'outbound'} rules; the default quota is ${QUOTAS.rulesPerSecurityGroup} per direction.`)]
        : [],
    ),
  ),
);


export const quotaSgPerEni: Rule = quota('QUOTA-SG-PER-ENI', `More than ${QUOTAS.securityGroupsPerInterface} security groups on one network interface.`, [SECURITY_GROUP_HOLDER_KINDS], QUOTA_DOC, ({ index }) =>
  index.design.resources.flatMap((resource) => {
    const groups = ownSecurityGroups(resource);
    if (!groups || groups.length <= QUOTAS.securityGroupsPerInterface) return [];
    return [finding(quotaSgPerEni, 'warning', [resource.id], `${named(resource)} uses ${groups.length} security groups; the default quota is ${QUOTAS.securityGroupsPerInterface} per network interface (up to 16).`)];
  }),
);

export const quotaNaclRules: Rule = vpcQuota('QUOTA-NACL-RULES', `More than ${QUOTAS.naclRulesPerDirection} rules per direction in a network ACL.`, ['network-acl'], QUOTA_DOC, ({ index }, vpc) =>
  netFacts(index).ofKindIn(vpc.id, 'network-acl').flatMap((acl) =>
    (['inbound', 'outbound'] as const).flatMap((direction) =>
      acl[direction].length > QUOTAS.naclRulesPerDirection
        ? [finding(quotaNaclRules, 'warning', [acl.id], `Network ACL ${named(acl)} has ${acl[direction].length} ${direction} rules; the default quota is ${QUOTAS.naclRulesPerDirection} per direction (up to 40).`)]
        : [],
    ),
  ),
);

export const quotaPeerings: Rule = quota('QUOTA-PEERINGS', `More than ${QUOTAS.activePeeringsPerVpc} active peerings on one VPC.`, ['vpc-peering', 'vpc'], `${VPC_UG}amazon-vpc-limits.html`, ({ index }) => {
  const facts = netFacts(index);
  return index.ofKind('vpc').flatMap((vpc) => {
    const n = facts.peeringsOf(vpc.id).filter((p) => p.status === 'active').length;
    return n > QUOTAS.activePeeringsPerVpc ? [finding(quotaPeerings, 'warning', [vpc.id], `${named(vpc)} has ${n} active peering connections; the default quota is ${QUOTAS.activePeeringsPerVpc} (up to 125). Consider a transit gateway.`)] : [];
  });
});

export const quotaTgwPerVpc: Rule = quota('QUOTA-TGW-PER-VPC', `A VPC attached to more than ${QUOTAS.transitGatewaysPerVpc} transit gateways.`, ['tgw-attachment', 'vpc'], `${TGW_GUIDE}transit-gateway-quotas.html`, ({ index }) => {
  const facts = netFacts(index);
  return index.ofKind('vpc').flatMap((vpc) => {
    const n = new Set(facts.attachmentsOf(vpc.id).map((a) => a.transitGateway)).size;
    return n > QUOTAS.transitGatewaysPerVpc ? [finding(quotaTgwPerVpc, 'warning', [vpc.id], `${named(vpc)} is attached to ${n} transit gateways; the quota is ${QUOTAS.transitGatewaysPerVpc} per VPC.`)] : [];
  });
});

// A hard limit rather than an adjustable quota, so it is an error: AWS refuses the second attachment.
export const quotaTgwAttach: Rule = {
  id: 'QUOTA-TGW-ATTACH',
  severity: 'error',
  summary: 'One attachment per VPC per transit gateway.',
  docUrl: `${TGW_GUIDE}transit-gateway-quotas.html`,
  dependsOn: ['tgw-attachment', 'vpc', 'transit-gateway'],
  check({ index }) {
    const seen = new Map<string, string>();
    const findings: Finding[] = [];
    for (const attachment of index.ofKind('tgw-attachment')) {
      const key = `${attachment.vpc}|${attachment.transitGateway}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, attachment.id);
        continue;
      }
      findings.push(finding(this, 'error', [attachment.id, first], `${named(index.get(attachment.vpc))} is attached to ${named(index.get(attachment.transitGateway))} twice (${named(index.get(first))} and ${named(attachment)}); AWS allows one attachment per VPC per transit gateway.`));
    }
    return findings;
  },
};

export const quotaParticipants: Rule = quota('QUOTA-PARTICIPANTS', `More than ${QUOTAS.participantsPerSharedVpc} participant accounts in one shared VPC.`, ['ram-share', 'subnet', 'vpc', 'account'], QUOTA_DOC, ({ index }) => {
  const participants = new Map<string, Set<string>>();
  for (const share of index.ofKind('ram-share')) {
    for (const id of share.resources) {
      const vpc = index.getOf(id, 'subnet') ? index.vpcOf(id) : undefined;
      if (!vpc) continue;
      const set = participants.get(vpc.id) ?? new Set<string>();
      for (const principal of share.principals) set.add(principal);
      participants.set(vpc.id, set);
    }
  }
  return [...participants].flatMap(([vpcId, set]) =>
    set.size > QUOTAS.participantsPerSharedVpc
      ? [finding(quotaParticipants, 'warning', [vpcId], `${named(index.get(vpcId))} is shared with ${set.size} accounts; the quota is ${QUOTAS.participantsPerSharedVpc} participants per shared VPC.`)]
      : [],
  );
});

export const quotaRules: readonly Rule[] = [
  quotaEip,
  quotaSubnets,
  quotaRoutes,
  quotaSgRules,
  quotaSgPerEni,
  quotaNaclRules,
  quotaPeerings,
  quotaTgwPerVpc,
  quotaTgwAttach,
  quotaParticipants,
];
