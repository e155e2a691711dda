/** Direct Connect gateways: what their associations advertise to on-premises, and what AWS refuses. */
import type { DesignIndex, ResourceOf } from '../model/index.ts';
import { cidrBlock, contains, type CidrBlock } from '../net/cidr.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

const ALLOWED_DOC = 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/allowed-to-prefixes.html';
const QUOTAS_DOC = 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html';
const TGW_DOC = 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-transit-gateways.html';

/**
 * Prefixes per transit gateway advertised from AWS to on-premises on a transit virtual interface,
 * not adjustable (QUOTAS_DOC): 200 since AWS raised it from 20 in April 2023
 * (https://aws.amazon.com/blogs/networking-and-content-delivery/hybrid-cloud-architectures-using-aws-direct-connect-gateway/).
 */
export const TGW_ALLOWED_PREFIXES = 200;

type Association = ResourceOf<'dx-gateway'>['associations'][number];

const blocks = (cidrs: readonly string[] | undefined): CidrBlock[] => (cidrs ?? []).map((c) => cidrBlock(c)).filter((b): b is CidrBlock => b !== undefined);

/** The VPCs whose blocks on-premises should reach through a transit gateway association: attached VPCs the association's table routes to. */
function vpcsBehind(index: DesignIndex, tgw: ResourceOf<'transit-gateway'>, association: Association): ResourceOf<'vpc'>[] {
  const attachments = index.ofKind('tgw-attachment').filter((a) => a.transitGateway === tgw.id);
  const table = tgw.routeTables.find((t) => t.id === association.routeTable);
  // A hub table holds a route per VPC: read it once, not once per attachment.
  const routedTo = new Set(table?.routes.map((r) => r.attachment));
  const routed = (attachment: ResourceOf<'tgw-attachment'>) => !table || routedTo.has(attachment.id) || (attachment.propagations ?? []).includes(table.id);
  return attachments.filter(routed).map((a) => index.getOf(a.vpc, 'vpc')).filter((v): v is ResourceOf<'vpc'> => v !== undefined);
}

export const dxPrefixes: Rule = {
  id: 'DX-PREFIXES',
  severity: 'error',
  summary: "A Direct Connect gateway's allowed prefixes: at most 200 per transit gateway association, and covering the VPC blocks on-premises should reach.",
  docUrl: ALLOWED_DOC,
  dependsOn: ['dx-gateway', 'transit-gateway', 'tgw-attachment', 'virtual-private-gateway', 'vpc'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const dxgw of index.ofKind('dx-gateway')) {
      for (const association of dxgw.associations) {
        const gateway = index.get(association.gateway);
        const allowed = blocks(association.allowedPrefixes);
        const covered = (cidr: string) => {
          const block = cidrBlock(cidr);
          return block !== undefined && allowed.some((a) => contains(a, block));
        };
        if (gateway?.kind === 'transit-gateway') {
          const count = association.allowedPrefixes?.length ?? 0;
          if (count > TGW_ALLOWED_PREFIXES) {
            findings.push(finding(this, 'error', [dxgw.id, gateway.id], `${named(dxgw)}'s association with ${named(gateway)} allows ${count} prefixes; AWS advertises at most ${TGW_ALLOWED_PREFIXES} per transit gateway from AWS to on-premises on a transit virtual interface, and the quota cannot be raised. Summarise them into fewer, wider blocks.`, { suffix: 'quota', docUrl: QUOTAS_DOC }));
          }
          if (count === 0) {
            findings.push(finding(this, 'warning', [dxgw.id, gateway.id], `${named(dxgw)}'s association with ${named(gateway)} allows no prefixes: over a transit gateway association only the allowed prefixes are advertised to on-premises, so on-premises has no route to anything behind ${named(gateway)}.`, { suffix: 'uncovered' }));
            continue;
          }
          for (const vpc of vpcsBehind(index, gateway, association)) {
            const missing = vpc.cidrs.filter((cidr) => !covered(cidr));
            if (missing.length === 0) continue;
            findings.push(finding(this, 'warning', [dxgw.id, vpc.id], `${named(vpc)} (${missing.join(', ')}) is attached to ${named(gateway)}, but no allowed prefix of ${named(dxgw)}'s association covers it: on-premises learns no route to it over Direct Connect. Add a prefix that holds it.`, { suffix: 'uncovered' }));
          }
        } else if (gateway?.kind === 'virtual-private-gateway' && allowed.length > 0) {
          const vpc = index.vpcOf(gateway.id);
          const missing = (vpc?.cidrs ?? []).filter((cidr) => !covered(cidr));
          if (vpc && missing.length > 0) {
            findings.push(finding(this, 'warning', [dxgw.id, vpc.id], `${named(dxgw)}'s association with ${named(gateway)} allows ${association.allowedPrefixes!.join(', ')}, none the same as or wider than ${named(vpc)}'s ${missing.join(', ')}: AWS advertises nothing for it to on-premises. Allow the VPC's block or a wider one.`, { suffix: 'uncovered' }));
          }
        }
      }
    }
    return findings;
  },
};

export const dxAssociation: Rule = {
  id: 'DX-ASSOCIATION',
  severity: 'error',
  summary: 'A Direct Connect gateway is associated with transit gateways or with virtual private gateways, not both.',
  docUrl: TGW_DOC,
  dependsOn: ['dx-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const dxgw of index.ofKind('dx-gateway')) {
      const kinds = dxgw.associations.map((a) => index.get(a.gateway)?.kind);
      if (kinds.includes('transit-gateway') && kinds.includes('virtual-private-gateway')) {
        findings.push(finding(this, 'error', [dxgw.id], `${named(dxgw)} is associated with both a transit gateway and a virtual private gateway: AWS refuses to associate a Direct Connect gateway with a transit gateway while it is associated with a virtual private gateway. Use two Direct Connect gateways.`));
      }
    }
    return findings;
  },
};

export const directConnectRules: readonly Rule[] = [dxPrefixes, dxAssociation];
