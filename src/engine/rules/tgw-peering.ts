/** Transit gateway peering: static routes only, and no transit from one peering to another. */
import { finding, named, type Finding, type Rule } from './types.ts';

const PEERING_DOC = 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html';

export const tgwPeeringStatic: Rule = {
  id: 'TGW-PEERING-STATIC',
  severity: 'error',
  summary: 'A transit gateway peering carries static routes only: nothing is propagated over it.',
  docUrl: PEERING_DOC,
  dependsOn: ['tgw-peering', 'transit-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const peering of index.ofKind('tgw-peering')) {
      const tables = peering.propagations ?? [];
      if (tables.length === 0) continue;
      const names = tables.map((id) => {
        for (const tgw of [peering.requester, peering.accepter]) {
          const table = index.getOf(tgw, 'transit-gateway')?.routeTables.find((t) => t.id === id);
          if (table) return `\`${table.name || id}\``;
        }
        return id;
      });
      findings.push(
        finding(this, 'error', [peering.id], `Peering ${named(peering)} is set to propagate into ${names.join(', ')}: AWS does not propagate routes over a transit gateway peering attachment, so routes relying on it never appear. Add static routes to the peering in each transit gateway's table.`),
      );
    }
    return findings;
  },
};

export const tgwPeeringTransit: Rule = {
  id: 'TGW-PEERING-TRANSIT',
  severity: 'warning',
  summary: 'Traffic that arrives over one transit gateway peering is not routed on over another.',
  docUrl: PEERING_DOC,
  dependsOn: ['tgw-peering', 'transit-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    const peerings = index.ofKind('tgw-peering');
    const ids = new Set(peerings.map((p) => p.id));
    for (const peering of peerings) {
      for (const [tgwId, tableId] of [
        [peering.requester, peering.requesterRouteTable],
        [peering.accepter, peering.accepterRouteTable],
      ] as const) {
        const tgw = index.getOf(tgwId, 'transit-gateway');
        const table = tgw?.routeTables.find((t) => t.id === tableId);
        for (const route of table?.routes ?? []) {
          if (!route.attachment || route.attachment === peering.id || !ids.has(route.attachment)) continue;
          findings.push(
            finding(this, 'warning', [tgwId, peering.id, route.attachment], `${named(tgw)}'s table \`${table!.name || table!.id}\`, which traffic arriving over ${named(peering)} is looked up in, sends ${route.destination} on over another peering, ${named(index.get(route.attachment))}: a route through two transit gateway peerings does not carry it. Peer the two ends directly.`),
          );
        }
      }
    }
    return findings;
  },
};

export const tgwPeeringRules: readonly Rule[] = [tgwPeeringStatic, tgwPeeringTransit];
