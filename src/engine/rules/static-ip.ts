/** Fixed addresses for partners that allowlist IPs (catalogue section 12). */
import { addResource, indexDesign, updateResource, type DesignIndex, type Resource, type ResourceOf } from '../model/index.ts';
import { chain, freshId, type Step } from './fixes/chain.ts';
import { defaultRouteTarget, DOCS, list } from './service-helpers.ts';
import { finding, named, type Finding, type QuickFix, type Rule } from './types.ts';

type External = ResourceOf<'external'>;

/** Partners that allowlist fixed IPs. */
const staticPartners = (index: DesignIndex) => index.ofKind('external').filter((e) => e.needsStaticIps);

/** Gives every subnet of an NLB an Elastic IP mapping. */
function eipPerSubnet(index: DesignIndex, nlb: ResourceOf<'nlb'>): QuickFix | undefined {
  const owner = index.ownerOf(nlb.id);
  const subnets = index.subnetsOf(nlb);
  if (!owner) return undefined;
  return {
    id: 'eip-per-subnet',
    title: 'Give the NLB an Elastic IP in each subnet',
    description: 'Subnet mappings are fixed when the NLB is created: AWS replaces the NLB to change them.',
    apply(design) {
      const taken = new Set(indexDesign(design).byId.keys());
      const mappings = new Map((nlb.subnetMappings ?? []).map((m) => [m.subnet, m]));
      const steps: Step[] = [];
      for (const subnet of subnets) {
        const mapping = mappings.get(subnet.id);
        if (mapping?.elasticIp) continue;
        const id = freshId(taken, `${nlb.id}-eip-${subnet.availabilityZone.slice(-1)}`);
        steps.push((d) => addResource(d, { id, kind: 'elastic-ip', name: `${nlb.name || nlb.id} ${subnet.availabilityZone}`, parent: owner } as Resource));
        mappings.set(subnet.id, { ...(mapping ?? { subnet: subnet.id }), elasticIp: id });
      }
      steps.push((d) => updateResource(d, nlb.id, { subnetMappings: subnets.map((s) => mappings.get(s.id) ?? { subnet: s.id }) }));
      return chain(design, steps);
    },
  };
}

export const staticNlb: Rule = {
  id: 'STATIC-NLB',
  severity: 'info',
  summary: 'Fixed inbound IPs: an internet-facing NLB with an Elastic IP per AZ (NLB→ALB for L7).',
  docUrl: DOCS.NLB,
  dependsOn: ['external', 'nlb', 'subnet', 'elastic-ip'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const partner of staticPartners(index)) {
      for (const id of partner.connectsTo ?? []) {
        const nlb = index.getOf(id, 'nlb');
        if (!nlb || nlb.scheme !== 'internet-facing') continue;
        const withEip = new Set((nlb.subnetMappings ?? []).filter((m) => m.elasticIp).map((m) => m.subnet));
        const missing = index.subnetsOf(nlb).filter((s) => !withEip.has(s.id));
        if (missing.length === 0) continue;
        const fix = eipPerSubnet(index, nlb);
        findings.push(finding(this, 'info', [nlb.id, partner.id, ...missing.map((s) => s.id)], `${named(partner)} allowlists fixed IPs and connects to NLB ${named(nlb)}, which has no Elastic IP in ${list(missing.map(named))}. Give each subnet an Elastic IP when creating the NLB, so the addresses you hand out stay yours even if the NLB is rebuilt.`, { fixes: fix ? [fix] : [] }));
      }
    }
    return findings;
  },
};

/** Workloads that open connections to a partner which allowlists fixed IPs. */
function callersOf(index: DesignIndex, partner: External): Resource[] {
  return [...index.ofKind('instance'), ...index.ofKind('auto-scaling-group')].filter((r) => r.upstream?.target === partner.id);
}

export const staticEgress: Rule = {
  id: 'STATIC-EGRESS',
  severity: 'warning',
  summary: 'Outbound IPs are the NAT gateways\u2019 Elastic IPs, one set per AZ: the partner allowlists all of them.',
  docUrl: DOCS.NAT,
  dependsOn: ['external', 'instance', 'auto-scaling-group', 'nat-gateway', 'route-table', 'subnet', 'elastic-ip', 'internet-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const partner of staticPartners(index)) {
      for (const caller of callersOf(index, partner)) {
        const nats = new Map<string, ResourceOf<'nat-gateway'>>();
        for (const subnet of index.subnetsOf(caller)) {
          const target = defaultRouteTarget(index, subnet.id);
          if (target?.kind === 'nat-gateway') nats.set(target.id, target);
          if (target?.kind === 'internet-gateway' && caller.kind === 'instance' && !caller.elasticIp) {
            findings.push(finding(this, 'warning', [caller.id, partner.id], `Instance ${named(caller)} reaches ${named(partner)} through the internet gateway with ${caller.publicIp ? 'an auto-assigned public IP, which changes when the instance stops' : 'no public address at all'}. Give it an Elastic IP or send its traffic through a NAT gateway with one.`, { suffix: 'public-ip' }));
          }
        }
        if (nats.size === 0) continue;
        const regional = [...nats.values()].filter((n) => n.availabilityMode === 'regional');
        const noEip = [...nats.values()].filter((n) => n.connectivity === 'public' && n.availabilityMode !== 'regional' && (n.elasticIps ?? []).length === 0);
        if (noEip.length > 0) {
          findings.push(finding(this, 'warning', [caller.id, ...noEip.map((n) => n.id)], `${named(caller)} reaches ${named(partner)} through NAT gateway ${list(noEip.map(named))}, which has no Elastic IP drawn, so there is no address to give the partner.`, { suffix: 'no-eip' }));
        }
        if (regional.length > 0) {
          findings.push(finding(this, 'warning', [caller.id, ...regional.map((n) => n.id)], `${named(caller)} reaches ${named(partner)} through regional NAT gateway ${list(regional.map(named))}. Which addresses a regional NAT gateway uses toward the internet is not confirmed; check before handing them to the partner.`, { suffix: 'regional' }));
        }
        if (nats.size > 1) {
          const eips = [...nats.values()].flatMap((n) => n.elasticIps ?? []).map((id) => {
            const eip = index.getOf(id, 'elastic-ip');
            return eip?.address ?? eip?.name ?? id;
          });
          findings.push(finding(this, 'warning', [caller.id, partner.id, ...nats.keys()], `${named(caller)} leaves through ${nats.size} NAT gateways (one per AZ): ${list([...nats.values()].map(named))}. ${named(partner)} must allowlist every one of their Elastic IPs${eips.length ? ` (${list(eips)})` : ''}, or traffic from some AZs is refused.`, { suffix: 'per-az' }));
        }
      }
    }
    return findings;
  },
};

export const staticAsg: Rule = {
  id: 'STATIC-ASG',
  severity: 'warning',
  summary: 'An Elastic IP on an Auto Scaling group instance needs custom automation (lifecycle hook or user data).',
  docUrl: DOCS.ASG_LH,
  dependsOn: ['external', 'auto-scaling-group', 'instance', 'route-table', 'subnet', 'internet-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const partner of staticPartners(index)) {
      const inbound = (partner.connectsTo ?? []).map((id) => index.getOf(id, 'auto-scaling-group')).filter((g) => g !== undefined);
      const outbound = callersOf(index, partner).filter((r): r is ResourceOf<'auto-scaling-group'> => r.kind === 'auto-scaling-group' && index.subnetsOf(r).some((s) => defaultRouteTarget(index, s.id)?.kind === 'internet-gateway'));
      for (const group of new Set([...inbound, ...outbound])) {
        findings.push(finding(this, 'warning', [group.id, partner.id], `${named(partner)} allowlists fixed IPs and talks directly to Auto Scaling group ${named(group)}. Instances the group launches get new addresses; keeping an Elastic IP on them needs a lifecycle hook or user data script, as Auto Scaling has no setting for it. Put an NLB with Elastic IPs (inbound) or a NAT gateway (outbound) in between.`));
      }
    }
    return findings;
  },
};

export const staticIpRules: readonly Rule[] = [staticNlb, staticEgress, staticAsg];
