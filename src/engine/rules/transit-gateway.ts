/** Transit Gateway (catalogue section 5). */
import {
  kindList,
  transitGatewaysAttaching,
  updateResource,
  type DesignIndex,
  type Resource,
  type ResourceOf,
} from '../model/index.ts';
import { cidrBlock, contains } from '../net/cidr.ts';
import { eachVpc, IntervalIndex, netFacts, peerOf, TGW_GUIDE } from './net-facts.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

type Attachment = ResourceOf<'tgw-attachment'>;

const ATTACH_DOC = `${TGW_GUIDE}tgw-vpc-attachments.html`;
const tableName = (tgw: ResourceOf<'transit-gateway'> | undefined, id: string | undefined) =>
  `\`${tgw?.routeTables.find((t) => t.id === id)?.name ?? id}\``;

export const tgwAz: Rule = {
  id: 'TGW-AZ',
  severity: 'error',
  summary:
    'An attachment uses one subnet per AZ of its VPC; an AZ without one cannot reach the transit gateway.',
  docUrl: ATTACH_DOC,
  dependsOn: ['tgw-attachment', 'subnet', 'vpc', 'route-table', 'transit-gateway'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const attachment of facts.attachmentsOf(current.id)) {
      const vpc = current;
      const subnets = attachment.subnets
        .map((id) => index.getOf(id, 'subnet'))
        .filter((s) => s !== undefined);
      if (subnets.length === 0) {
        findings.push(
          finding(
            this,
            'error',
            [attachment.id],
            `Attachment ${named(attachment)} of ${named(vpc)} has no subnets; it needs one subnet in each AZ that should reach the transit gateway.`,
          ),
        );
        continue;
      }
      const foreign = subnets.filter((s) => s.parent !== vpc.id);
      if (foreign.length > 0) {
        findings.push(
          finding(
            this,
            'error',
            [attachment.id, ...foreign.map((s) => s.id)],
            `Attachment ${named(attachment)} of ${named(vpc)} uses ${foreign.map(named).join(', ')}, which belong to another VPC.`,
          ),
        );
      }
      const byAz = new Map<string, typeof subnets>();
      for (const subnet of subnets)
        byAz.set(subnet.availabilityZone, [...(byAz.get(subnet.availabilityZone) ?? []), subnet]);
      for (const [az, list] of byAz) {
        if (list.length > 1)
          findings.push(
            finding(
              this,
              'error',
              [attachment.id, ...list.map((s) => s.id)],
              `Attachment ${named(attachment)} uses ${list.map(named).join(' and ')}, both in ${az}; AWS takes one subnet per AZ.`,
            ),
          );
      }
      for (const subnet of facts.subnetsOf(vpc.id)) {
        if (byAz.has(subnet.availabilityZone)) continue;
        const table = index.routeTableOf(subnet.id);
        if (
          table?.parent !== vpc.id ||
          !table.routes.some((route) => route.target === attachment.transitGateway)
        )
          continue;
        findings.push(
          finding(
            this,
            'warning',
            [subnet.id, attachment.id],
            `Subnet ${named(subnet)} routes to transit gateway ${named(index.get(attachment.transitGateway))}, but attachment ${named(attachment)} has no subnet in ${subnet.availabilityZone}: traffic from that AZ cannot reach the transit gateway. Add an attachment subnet there.`,
            { suffix: 'missing-az' },
          ),
        );
      }
    }
    return findings;
  },
};

export const tgwRt: Rule = {
  id: 'TGW-RT',
  severity: 'error',
  summary:
    'Each attachment is associated with one route table of its transit gateway; VPC route tables need routes to the transit gateway they are attached to.',
  docUrl: `${TGW_GUIDE}how-transit-gateways-work.html`,
  dependsOn: ['tgw-attachment', 'transit-gateway', 'route-table', 'vpc'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const attachment of index.ofKind('tgw-attachment')) {
      const tgw = index.getOf(attachment.transitGateway, 'transit-gateway');
      if (!tgw) continue;
      const known = new Set(tgw.routeTables.map((t) => t.id));
      if (attachment.routeTable === undefined) {
        findings.push(
          finding(
            this,
            'warning',
            [attachment.id],
            `Attachment ${named(attachment)} is not associated with any route table of ${named(tgw)}: traffic arriving from it is not routed.`,
            { suffix: 'association' },
          ),
        );
      } else if (!known.has(attachment.routeTable)) {
        findings.push(
          finding(
            this,
            'error',
            [attachment.id],
            `Attachment ${named(attachment)} is associated with route table ${attachment.routeTable}, which ${named(tgw)} does not have.`,
          ),
        );
      }
      const unknown = (attachment.propagations ?? []).filter((id) => !known.has(id));
      if (unknown.length > 0)
        findings.push(
          finding(
            this,
            'error',
            [attachment.id],
            `Attachment ${named(attachment)} propagates into ${unknown.join(', ')}, which ${named(tgw)} does not have.`,
          ),
        );
      const vpcTables = facts.routeTablesOf(attachment.vpc);
      if (
        vpcTables.length > 0 &&
        !vpcTables.some((table) => table.routes.some((route) => route.target === tgw.id))
      ) {
        findings.push(
          finding(
            this,
            'warning',
            [attachment.id, attachment.vpc],
            `${named(index.get(attachment.vpc))} is attached to ${named(tgw)} but none of its route tables sends anything to it; subnets need routes to the transit gateway.`,
            { suffix: 'no-routes' },
          ),
        );
      }
    }
    for (const tgw of index.ofKind('transit-gateway')) {
      for (const table of tgw.routeTables) {
        for (const route of table.routes) {
          const attachment = index.get(route.attachment);
          if (route.attachment && !transitGatewaysAttaching(attachment).includes(tgw.id)) {
            findings.push(
              finding(
                this,
                'error',
                [tgw.id],
                `Route ${route.destination} in ${named(tgw)}'s table \`${table.name}\` points to ${attachment ? named(attachment) : route.attachment}, which is not an attachment of ${named(tgw)}.`,
              ),
            );
          }
        }
      }
    }
    for (const table of index.ofKind('route-table')) {
      for (const route of table.routes) {
        const tgw = index.getOf(route.target, 'transit-gateway');
        if (!tgw || !table.parent) continue;
        if (!facts.attachmentsOf(table.parent).some((a) => a.transitGateway === tgw.id)) {
          findings.push(
            finding(
              this,
              'error',
              [table.id, tgw.id],
              `Route table ${named(table)} sends ${route.destination ?? route.prefixList} to ${named(tgw)}, but ${named(index.get(table.parent))} is not attached to it.`,
            ),
          );
        }
      }
    }
    return findings;
  },
};

export const tgwOverlap: Rule = {
  id: 'TGW-OVERLAP',
  severity: 'error',
  summary:
    'VPCs propagating identical or overlapping CIDRs into one transit gateway route table: only the first is routed.',
  docUrl: ATTACH_DOC,
  dependsOn: ['tgw-attachment', 'transit-gateway', 'vpc'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    const byTable = new Map<
      string,
      { block: NonNullable<ReturnType<typeof cidrBlock>>; item: Attachment }[]
    >();
    for (const attachment of index.ofKind('tgw-attachment')) {
      const vpc = index.getOf(attachment.vpc, 'vpc');
      if (!vpc) continue;
      for (const table of new Set(attachment.propagations ?? [])) {
        const key = `${attachment.transitGateway}|${table}`;
        const list = byTable.get(key) ?? [];
        for (const block of facts.blocksOf(vpc)) list.push({ block, item: attachment });
        byTable.set(key, list);
      }
    }
    for (const [key, entries] of byTable) {
      const [tgwId, tableId] = key.split('|');
      const tgw = index.getOf(tgwId, 'transit-gateway');
      const table = tgw?.routeTables.find((t) => t.id === tableId);
      // Attachments in design order: the first propagation of an identical block stays (as the simulator keeps it).
      for (const [kept, lost, x, y] of new IntervalIndex(entries).overlappingPairs()) {
        if (kept.id === lost.id) continue;
        const keptVpc = index.get(kept.vpc);
        const lostVpc = index.get(lost.vpc);
        const both = `${named(keptVpc)} (${x.text}) and ${named(lostVpc)} (${y.text}) both propagate into ${named(tgw)}'s route table ${tableName(tgw, tableId)}`;
        if (x.first !== y.first || x.last !== y.last) {
          findings.push(
            finding(
              this,
              'warning',
              [kept.id, lost.id],
              `${both}; the ranges overlap and the transit gateway cannot route both. Re-address one VPC, or use static routes to non-overlapping secondary blocks.`,
            ),
          );
          continue;
        }
        // AWS keeps one identical propagated route silently; static routes may still reach both VPCs.
        const staticTo = (attachment: Attachment) =>
          table?.routes.filter((r) => r.attachment === attachment.id && !r.blackhole).map((r) => r.destination) ?? [];
        const keptStatic = staticTo(kept);
        const lostStatic = staticTo(lost);
        const lostRoute = `the second identical CIDR is not propagated: ${named(lostVpc)} lost its propagated route for ${y.text}, which leads to ${named(keptVpc)} only`;
        if (keptStatic.length > 0 && lostStatic.length > 0) {
          findings.push(
            finding(
              this,
              'warning',
              [lost.id, kept.id],
              `${both}; ${lostRoute}. Static routes in the table still reach both VPCs (${keptStatic.join(', ')} to ${named(keptVpc)}, ${lostStatic.join(', ')} to ${named(lostVpc)}), so only ${y.text} itself is ambiguous.`,
              { suffix: 'static' },
            ),
          );
          continue;
        }
        findings.push(
          finding(
            this,
            'error',
            [lost.id, kept.id],
            `${both}; ${lostRoute}, so ${named(lostVpc)} is unreachable through this table. Re-address one VPC, or add static routes to non-overlapping blocks of both VPCs.`,
          ),
        );
      }
    }
    return findings;
  },
};

const isAppliance = (r: Resource) =>
  (r.kind === 'instance' && (r.role === 'appliance' || r.sourceDestCheck === false)) ||
  (r.kind === 'vpc-endpoint' && r.endpointType === 'gateway-load-balancer') ||
  r.kind === 'gwlb-endpoint' ||
  r.kind === 'network-firewall';

export const tgwAppliance: Rule = {
  id: 'TGW-APPLIANCE',
  severity: 'warning',
  summary:
    'An inspection VPC attachment needs appliance mode, or flows come back through another AZ and stateful appliances drop them.',
  docUrl: `${TGW_GUIDE}transit-gateway-appliance-scenario.html`,
  dependsOn: ['tgw-attachment', 'instance', 'vpc-endpoint', 'network-firewall', 'gwlb-endpoint', 'subnet', 'vpc'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const attachments = facts.attachmentsOf(current.id);
    if (attachments.every((a) => a.applianceMode)) return [];
    const appliances = [
      ...facts.ofKindIn(current.id, 'instance'),
      ...facts.ofKindIn(current.id, 'vpc-endpoint'),
      ...facts.ofKindIn(current.id, 'network-firewall'),
    ].filter(isAppliance);
    return attachments.flatMap((attachment) => {
      if (attachment.applianceMode) return [];
      if (appliances.length === 0) return [];
      return [
        finding(
          this,
          'warning',
          [attachment.id, ...appliances.map((a) => a.id)],
          `${named(index.get(attachment.vpc))} holds appliances (${appliances.map(named).join(', ')}) but attachment ${named(attachment)} has appliance mode off: the transit gateway keeps each flow in the AZ it came from, so the two directions can reach different appliances and a stateful one drops the reply. Turn on appliance mode.`,
          {
            fixes: [
              {
                id: 'appliance-mode',
                title: `Turn on appliance mode for ${named(attachment)}`,
                apply: (design) => updateResource(design, attachment.id, { applianceMode: true }),
              },
            ],
          },
        ),
      ];
    });
  },
};

function connectedByTgw(
  index: DesignIndex,
  a: string,
  b: string,
): [Attachment, Attachment] | undefined {
  const facts = netFacts(index);
  for (const x of facts.attachmentsOf(a)) {
    const y = facts.attachmentsOf(b).find((att) => att.transitGateway === x.transitGateway);
    if (y) return [x, y];
  }
  return undefined;
}

export const tgwSgRef: Rule = {
  id: 'TGW-SGREF',
  severity: 'error',
  summary:
    'Security group references across a transit gateway: inbound rules only, same Region, turned on for the transit gateway and both attachments.',
  docUrl:
    'https://aws.amazon.com/blogs/networking-and-content-delivery/introducing-security-group-referencing-for-aws-transit-gateway/',
  dependsOn: ['security-group', 'vpc', 'vpc-peering', 'tgw-attachment', 'transit-gateway'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const group of index.ofKind('security-group')) {
      const vpc = index.vpcOf(group.id);
      if (!vpc) continue;
      for (const direction of ['ingress', 'egress'] as const) {
        for (const rule of group[direction]) {
          if (rule.peer.kind !== 'security-group') continue;
          const other = index.getOf(rule.peer.securityGroup, 'security-group');
          const otherVpc = other ? index.vpcOf(other.id) : undefined;
          if (!other || !otherVpc || otherVpc.id === vpc.id) continue;
          if (facts.peeringsOf(vpc.id).some((p) => peerOf(p, vpc.id) === otherVpc.id)) continue;
          const pair = connectedByTgw(index, vpc.id, otherVpc.id);
          if (!pair) continue;
          const tgw = index.getOf(pair[0].transitGateway, 'transit-gateway');
          const why =
            direction === 'egress'
              ? 'references across a transit gateway work in inbound rules only'
              : otherVpc.region !== vpc.region
                ? 'the VPCs are in different Regions'
                : !tgw?.securityGroupReferencing ||
                    !pair[0].securityGroupReferencing ||
                    !pair[1].securityGroupReferencing
                  ? `security group referencing must be turned on for ${named(tgw)} and both attachments`
                  : undefined;
          if (!why) continue;
          findings.push(
            finding(
              this,
              'error',
              [group.id, other.id],
              `${direction === 'egress' ? 'Outbound' : 'Inbound'} rule of ${named(group)} (${named(vpc)}) references ${named(other)} in ${named(otherVpc)} through transit gateway ${named(tgw)}, but ${why}; the rule matches nothing. Use ${otherVpc.cidrs.join(', ')} instead.`,
            ),
          );
        }
      }
    }
    return findings;
  },
};

/** Whatever has a network interface in a subnet. */
const COMPUTE = kindList((info) => info.interfaces !== 'none');

export const tgwNacl: Rule = {
  id: 'TGW-NACL',
  severity: 'warning',
  summary:
    'Workloads in a transit gateway attachment subnet skip NACL checks on traffic from the transit gateway; use dedicated /28 subnets.',
  docUrl: `${TGW_GUIDE}tgw-nacls.html`,
  dependsOn: ['tgw-attachment', 'subnet', COMPUTE],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const attachments = facts.attachmentsOf(current.id);
    const users = new Map<string, Resource[]>();
    for (const attachment of attachments) for (const id of attachment.subnets) users.set(id, []);
    if (users.size === 0) return [];
    for (const resource of facts.resourcesIn(current.id)) {
      if (!COMPUTE.has(resource.kind)) continue;
      const ids = new Set([
        resource.parent,
        ...('subnets' in resource ? (resource.subnets ?? []) : []),
      ]);
      for (const id of ids) if (id !== undefined) users.get(id)?.push(resource);
    }
    return attachments.flatMap((attachment) =>
      attachment.subnets.flatMap((subnetId) => {
        const workloads = users.get(subnetId) ?? [];
        if (workloads.length === 0) return [];
        const subnet = index.get(subnetId);
        return [
          finding(
            this,
            'warning',
            [subnetId, attachment.id, ...workloads.map((w) => w.id)],
            `${named(subnet)} holds attachment ${named(attachment)} and also ${workloads.map(named).join(', ')}: traffic from the transit gateway to them skips the subnet's network ACL. Use a dedicated small (/28) subnet per AZ for the attachment.`,
          ),
        ];
      }),
    );
  },
};

export const tgwEgress: Rule = {
  id: 'TGW-EGRESS',
  severity: 'warning',
  summary:
    'Centralized egress: spokes send 0.0.0.0/0 to the transit gateway, its route table sends it on to the egress VPC, and the egress VPC routes spoke CIDRs back.',
  docUrl: `${TGW_GUIDE}transit-gateway-nat-igw.html`,
  dependsOn: ['route-table', 'tgw-attachment', 'transit-gateway', 'vpc', 'nat-gateway', 'internet-gateway', 'subnet'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const table of index.ofKind('route-table')) {
      const spoke = index.getOf(table.parent, 'vpc');
      if (!spoke) continue;
      for (const route of table.routes) {
        if (route.destination !== '0.0.0.0/0') continue;
        const tgw = index.getOf(route.target, 'transit-gateway');
        const attachment =
          tgw && facts.attachmentsOf(spoke.id).find((a) => a.transitGateway === tgw.id);
        if (!tgw || !attachment || seen.has(attachment.id)) continue;
        seen.add(attachment.id);
        const tgwTable = tgw.routeTables.find((t) => t.id === attachment.routeTable);
        if (!tgwTable) continue;
        const behind = egressBehind(index, tgw, tgwTable.id);
        // Spokes of a design with no internet edge behind the TGW send 0.0.0.0/0 there only to be inspected.
        if (behind === 'none') continue;
        const egress = behind === 'no-default-route' ? undefined : behind;
        if (!egress) {
          if (!attachedToInternet(index, tgw.id, spoke.id)) continue;
          findings.push(
            finding(
              this,
              'warning',
              [attachment.id, table.id],
              `${named(spoke)} sends 0.0.0.0/0 to ${named(tgw)}, but its route table ${tableName(tgw, tgwTable.id)} has no 0.0.0.0/0 route to an egress VPC: internet traffic is dropped at the transit gateway.`,
            ),
          );
          continue;
        }
        const nats = index
          .ofKind('nat-gateway')
          .filter((n) => index.vpcOf(n.id)?.id === egress.vpc);
        const spokeBlocks = facts.blocksOf(spoke).filter((b) => b.version === 4);
        const natTables = nats
          .map((n) => index.routeTableOf(n.parent ?? ''))
          .filter((t) => t !== undefined);
        const returns =
          natTables.length > 0 &&
          natTables.every((t) =>
            spokeBlocks.every((block) =>
              t.routes.some((r) => {
                const d = cidrBlock(r.destination);
                return r.target === tgw.id && !!d && contains(d, block);
              }),
            ),
          );
        if (nats.length === 0 || !returns) {
          const egressVpc = index.get(egress.vpc);
          const problem =
            nats.length === 0
              ? `${named(egressVpc)} has no NAT gateway`
              : `the NAT gateway subnets of ${named(egressVpc)} have no route for ${spokeBlocks.map((b) => b.text).join(', ')} back to ${named(tgw)}`;
          findings.push(
            finding(
              this,
              'warning',
              [attachment.id, egress.id],
              `${named(spoke)} uses centralized egress through ${named(tgw)} and ${named(egressVpc)}, but ${problem}: replies cannot return.`,
            ),
          );
        }
      }
    }
    return findings;
  },
};

const hasInternetEdge = (index: DesignIndex, vpcId: string) =>
  index.ofKind('nat-gateway').some((n) => index.vpcOf(n.id)?.id === vpcId) ||
  index.ofKind('internet-gateway').some((g) => g.parent === vpcId);

/** Another VPC attached to the transit gateway reaches the internet: the spoke's default route was meant for it. */
function attachedToInternet(index: DesignIndex, tgwId: string, spokeId: string): boolean {
  return index
    .ofKind('tgw-attachment')
    .some((a) => a.transitGateway === tgwId && a.vpc !== spokeId && hasInternetEdge(index, a.vpc));
}

/**
 * The attachment of the egress VPC behind a TGW table's default route, following inspection
 * VPCs that send 0.0.0.0/0 back to the TGW (their attachment's table decides the next hop).
 * `none`: the route ends in a VPC with no NAT or internet gateway, so nothing leaves for the
 * internet (inspection between VPCs only).
 */
function egressBehind(
  index: DesignIndex,
  tgw: ResourceOf<'transit-gateway'>,
  tableId: string,
): Attachment | 'no-default-route' | 'none' {
  const seen = new Set<string>();
  let table: string | undefined = tableId;
  for (let hops = 0; table !== undefined && hops <= tgw.routeTables.length; hops++) {
    const current = tgw.routeTables.find((t) => t.id === table);
    const route = current?.routes.find((r) => r.destination === '0.0.0.0/0' && !r.blackhole);
    const next = index.getOf(route?.attachment, 'tgw-attachment');
    if (!next) return hops === 0 ? 'no-default-route' : 'none';
    if (hasInternetEdge(index, next.vpc)) return next;
    if (seen.has(next.id)) return 'none';
    seen.add(next.id);
    const forwards = index
      .ofKind('route-table')
      .some((t) => t.parent === next.vpc && t.routes.some((r) => r.destination === '0.0.0.0/0' && r.target === tgw.id));
    if (!forwards) return 'none';
    table = next.routeTable;
  }
  return 'none';
}

export const transitGatewayRules: readonly Rule[] = [
  tgwAz,
  tgwRt,
  tgwOverlap,
  tgwAppliance,
  tgwSgRef,
  tgwNacl,
  tgwEgress,
];
