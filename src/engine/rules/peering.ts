/** VPC peering (catalogue section 2). */
import type { DesignIndex, ResourceOf, VpcResource } from '../model/index.ts';
import { cidrBlock, contains, overlaps, type CidrBlock } from '../net/cidr.ts';
import { addPeeringRoutes, proposeFreeBlock, readdressVpc } from './network-fixes.ts';
import { coversPublicSpace, eachVpc, IntervalIndex, netFacts, PEERING_GUIDE, peerOf } from './net-facts.ts';
import { finding, named, type Finding, type QuickFix, type Rule } from './types.ts';

type Peering = ResourceOf<'vpc-peering'>;

const vpcsOf = (index: DesignIndex, peering: Peering) =>
  [index.getOf(peering.requesterVpc, 'vpc'), index.getOf(peering.accepterVpc, 'vpc')] as const;

function readdressFix(index: DesignIndex, vpc: VpcResource, cidr: string): QuickFix | undefined {
  const proposed = proposeFreeBlock(index.design, cidr);
  if (!proposed) return undefined;
  return {
    id: `readdress-${vpc.id}`,
    title: `Re-address ${named(vpc)} from ${cidr} to ${proposed}`,
    description: `Moves ${named(vpc)}'s block ${cidr} to the free block ${proposed}, with its subnets and every route that named the old block. Instances already running would need new addresses.`,
    apply: (design) => {
      const fresh = proposeFreeBlock(design, cidr);
      return fresh ? readdressVpc(design, vpc.id, cidr, fresh) : { ok: false, reason: 'No free block of that size is left.' };
    },
  };
}

export const peerOverlap: Rule = {
  id: 'PEER-OVERLAP',
  severity: 'error',
  summary: 'Peered VPCs may not have overlapping IPv4 or IPv6 blocks; one peering per VPC pair.',
  docUrl: `${PEERING_GUIDE}vpc-peering-basics.html`,
  dependsOn: ['vpc', 'vpc-peering'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    const seenPairs = new Map<string, Peering>();
    for (const peering of index.ofKind('vpc-peering')) {
      const [a, b] = vpcsOf(index, peering);
      if (!a || !b) continue;
      if (a.id === b.id) {
        findings.push(finding(this, 'error', [peering.id, a.id], `Peering ${named(peering)} connects ${named(a)} to itself; a VPC cannot be peered with itself.`));
        continue;
      }
      const pair = [a.id, b.id].sort().join('|');
      const earlier = seenPairs.get(pair);
      if (earlier) {
        findings.push(
          finding(this, 'error', [peering.id, earlier.id], `${named(a)} and ${named(b)} are already peered by ${named(earlier)}; AWS allows one peering connection per VPC pair.`, { suffix: 'duplicate' }),
        );
        continue;
      }
      seenPairs.set(pair, peering);
      const clashes: [CidrBlock, CidrBlock][] = [];
      for (const x of facts.blocksOf(a)) for (const y of facts.blocksOf(b)) if (overlaps(x, y)) clashes.push([x, y]);
      if (clashes.length === 0) continue;
      const [x, y] = clashes[0]!;
      const fix = readdressFix(index, b, y.text);
      findings.push(
        finding(
          this,
          'error',
          [peering.id, a.id, b.id],
          `AWS refuses peering ${named(peering)}: ${named(a)} (${x.text}) and ${named(b)} (${y.text}) overlap. Any overlapping block, primary or secondary, IPv4 or IPv6, blocks the peering, even if only the other blocks would be used.`,
          { fixes: fix ? [fix] : [] },
        ),
      );
    }
    return findings;
  },
};

export const peerRoutes: Rule = {
  id: 'PEER-ROUTES',
  severity: 'warning',
  summary: 'Both sides of an active peering need routes for the other side (its CIDR or a subset) to the peering.',
  docUrl: `${PEERING_GUIDE}vpc-peering-routing.html`,
  dependsOn: ['vpc', 'vpc-peering', 'route-table', 'subnet'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    const routed = (from: VpcResource, to: VpcResource, peering: Peering) => {
      const blocks = facts.blocksOf(to);
      return facts.routeTablesOf(from.id).some((table) =>
        table.routes.some((route) => {
          if (route.target !== peering.id) return false;
          const destination = cidrBlock(route.destination);
          return !!destination && blocks.some((block) => overlaps(block, destination));
        }),
      );
    };
    for (const peering of index.ofKind('vpc-peering')) {
      if (peering.status !== 'active') continue;
      const [a, b] = vpcsOf(index, peering);
      if (!a || !b || a.id === b.id) continue;
      const missing = [routed(a, b, peering) ? undefined : [a, b], routed(b, a, peering) ? undefined : [b, a]].filter(
        (side): side is [VpcResource, VpcResource] => side !== undefined,
      );
      if (missing.length === 0) continue;
      const fix: QuickFix = {
        id: 'add-peering-routes',
        title: 'Add the routes on both sides',
        description: `Adds routes for each VPC's blocks → ${named(peering)} to the route tables the other VPC's subnets use.`,
        apply: (design) => addPeeringRoutes(design, peering.id),
      };
      const message =
        missing.length === 2
          ? `Peering ${named(peering)} has no routes on either side: neither ${named(a)} nor ${named(b)} sends anything to it, so no traffic crosses it.`
          : `Peering ${named(peering)} is routed one way only: ${named(missing[0]![0])} has no route for ${named(missing[0]![1])} (${missing[0]![1].cidrs.join(', ')}) to the peering, so replies never come back.`;
      findings.push(finding(this, 'warning', [peering.id, ...missing.map(([from]) => from.id)], message, { fixes: [fix] }));
    }
    return findings;
  },
};

const beyondCache = new WeakMap<DesignIndex, ReturnType<typeof classifyRoutesBeyondPeer>>();
function routesBeyondPeer(index: DesignIndex) {
  let hit = beyondCache.get(index);
  if (!hit) beyondCache.set(index, (hit = classifyRoutesBeyondPeer(index, index.ofKind('route-table'))));
  return hit;
}

const blocksCache = new WeakMap<DesignIndex, IntervalIndex<VpcResource>>();
function vpcBlockIndex(index: DesignIndex): IntervalIndex<VpcResource> {
  let hit = blocksCache.get(index);
  if (!hit) {
    const facts = netFacts(index);
    hit = new IntervalIndex(index.ofKind('vpc').flatMap((vpc) => facts.blocksOf(vpc).filter((b) => b.version === 4).map((block) => ({ block, item: vpc }))));
    blocksCache.set(index, hit);
  }
  return hit;
}

/** Classifies routes that send traffic to a peering for destinations beyond the peer VPC. */
function classifyRoutesBeyondPeer(index: DesignIndex, tables: readonly ResourceOf<'route-table'>[]) {
  const facts = netFacts(index);
  const vpcBlocks = vpcBlockIndex(index);
  const edge: BeyondPeer[] = [];
  const transit: (BeyondPeer & { beyond: VpcResource[] })[] = [];
  for (const table of tables) {
    const own = table.parent;
    for (const route of table.routes) {
      const target = index.get(route.target);
      if (target?.kind !== 'vpc-peering' || !own) continue;
      if (target.requesterVpc !== own && target.accepterVpc !== own) continue;
      const peer = index.getOf(peerOf(target, own), 'vpc');
      const destination = cidrBlock(route.destination);
      if (!peer || !destination) continue;
      const peerBlocks = facts.blocksOf(peer);
      if (peerBlocks.some((block) => contains(block, destination))) continue;
      if (coversPublicSpace(destination)) {
        edge.push({ table, route, peering: target, peer, destination });
        continue;
      }
      const moreSpecific = (block: CidrBlock) =>
        table.routes.some((other) => {
          const d = cidrBlock(other.destination);
          return !!d && d.prefix > destination.prefix && contains(d, block);
        });
      const beyond = vpcBlocks
        .overlapping(destination)
        .filter((vpc) => vpc.id !== own && vpc.id !== peer.id)
        .filter((vpc) => facts.blocksOf(vpc).some((block) => overlaps(block, destination) && !moreSpecific(block)));
      const unique = [...new Map(beyond.map((vpc) => [vpc.id, vpc])).values()];
      if (unique.length > 0) transit.push({ table, route, peering: target, peer, destination, beyond: unique });
      else edge.push({ table, route, peering: target, peer, destination });
    }
  }
  return { edge, transit };
}

interface BeyondPeer {
  table: ResourceOf<'route-table'>;
  route: { destination?: string };
  peering: Peering;
  peer: VpcResource;
  destination: CidrBlock;
}

export const peerNoTransit: Rule = {
  id: 'PEER-NO-TRANSIT',
  severity: 'warning',
  summary: 'A route sends traffic for another VPC through a peer: peering is not transitive.',
  docUrl: `${PEERING_GUIDE}vpc-peering-basics.html`,
  dependsOn: ['vpc', 'vpc-peering', 'route-table'],
  check(context) {
    return eachVpc(this, context);
  },
  // Reads this VPC's tables, and peerings and VPC blocks, which are never VPC-local.
  checkVpc({ index }, current) {
    return classifyRoutesBeyondPeer(index, netFacts(index).routeTablesOf(current.id)).transit.map(({ table, route, peering, peer, beyond }) => {
      const vpc = index.getOf(table.parent, 'vpc');
      return finding(
        this,
        'warning',
        [table.id, peering.id, ...beyond.map((v) => v.id)],
        `Route table ${named(table)} of ${named(vpc)} sends ${route.destination} to peering ${named(peering)}, but that range is ${beyond.map(named).join(', ')}, not ${named(peer)}. Peering is not transitive: ${named(peer)} will not forward the traffic. Peer directly or use a transit gateway.`,
      );
    });
  },
};

export const peerNoEdge: Rule = {
  id: 'PEER-NO-EDGE',
  severity: 'warning',
  summary: "A route sends internet or on-premises traffic to a peering: the peer's IGW, NAT, VPN and DX cannot be used across it.",
  docUrl: `${PEERING_GUIDE}vpc-peering-basics.html`,
  dependsOn: ['vpc', 'vpc-peering', 'route-table', 'nat-gateway', 'internet-gateway'],
  check({ index }) {
    const facts = netFacts(index);
    return routesBeyondPeer(index).edge.map(({ table, route, peering, peer }) => {
      const vpc = index.getOf(table.parent, 'vpc');
      const gateways = [
        ...facts.internetGatewaysOf(peer.id),
        ...index.ofKind('nat-gateway').filter((nat) => index.vpcOf(nat.id)?.id === peer.id),
      ];
      const through = gateways.length > 0 ? ` (${gateways.map(named).join(', ')})` : '';
      return finding(
        this,
        'warning',
        [table.id, peering.id],
        `Route table ${named(table)} of ${named(vpc)} sends ${route.destination} to peering ${named(peering)}. ${named(peer)}'s internet gateway, NAT gateway, VPN and Direct Connect${through} cannot be used across a peering, so this traffic is dropped. Give ${named(vpc)} its own egress, or use a transit gateway for central egress.`,
      );
    });
  },
};

export const peerUrpf: Rule = {
  id: 'PEER-URPF',
  severity: 'warning',
  summary: 'A VPC peered with two VPCs whose blocks overlap: longest prefix decides, replies are routed by destination only.',
  docUrl: `${PEERING_GUIDE}peering-configurations-partial-access.html`,
  dependsOn: ['vpc', 'vpc-peering'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const vpc of index.ofKind('vpc')) {
      const peerings = facts.peeringsOf(vpc.id);
      if (peerings.length < 2) continue;
      const entries = peerings.flatMap((p) => {
        const peer = index.getOf(peerOf(p, vpc.id), 'vpc');
        return peer && peer.id !== vpc.id ? facts.blocksOf(peer).map((block) => ({ block, item: peer })) : [];
      });
      const seen = new Set<string>();
      for (const [x, y, bx, by] of new IntervalIndex(entries).overlappingPairs()) {
        if (x.id === y.id) continue;
        const key = [x.id, y.id].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(
          finding(this, 'warning', [vpc.id, x.id, y.id], `${named(vpc)} is peered with ${named(x)} (${bx.text}) and ${named(y)} (${by.text}), which overlap. The longest prefix in ${named(vpc)}'s route tables picks one of them, and replies are routed by destination only (no unicast reverse-path check), so traffic for the other may go the wrong way.`),
        );
      }
    }
    return findings;
  },
};

export const peerSgRef: Rule = {
  id: 'PEER-SG-REF',
  severity: 'error',
  summary: 'A security group rule references a group in a peer VPC across an inter-Region or inactive peering.',
  docUrl: `${PEERING_GUIDE}vpc-peering-security-groups.html`,
  dependsOn: ['vpc', 'vpc-peering', 'security-group'],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const group of index.ofKind('security-group')) {
      const vpc = index.vpcOf(group.id);
      if (!vpc) continue;
      for (const rule of [...group.ingress, ...group.egress]) {
        if (rule.peer.kind !== 'security-group') continue;
        const other = index.getOf(rule.peer.securityGroup, 'security-group');
        const otherVpc = other ? index.vpcOf(other.id) : undefined;
        if (!other || !otherVpc || otherVpc.id === vpc.id) continue;
        const peering = facts.peeringsOf(vpc.id).find((p) => peerOf(p, vpc.id) === otherVpc.id);
        if (!peering) continue;
        const why =
          otherVpc.region !== vpc.region
            ? `the peering is inter-Region (${vpc.region} ↔ ${otherVpc.region}); use ${otherVpc.cidrs.join(', ')} instead`
            : peering.status !== 'active'
              ? `peering ${named(peering)} is not active yet`
              : undefined;
        if (!why) continue;
        findings.push(
          finding(this, 'error', [group.id, other.id, peering.id], `Security group ${named(group)} references ${named(other)} in peer VPC ${named(otherVpc)}, but ${why}. The reference matches nothing.`),
        );
      }
    }
    return findings;
  },
};

export const peerXRegion: Rule = {
  id: 'PEER-XREGION',
  severity: 'info',
  summary: 'Inter-Region peering: MTU 1500, and DNS resolution across it must be turned on.',
  docUrl: `${PEERING_GUIDE}vpc-peering-basics.html`,
  dependsOn: ['vpc', 'vpc-peering'],
  check({ index }) {
    return index.ofKind('vpc-peering').flatMap((peering) => {
      const [a, b] = vpcsOf(index, peering);
      if (!a || !b || a.region === b.region) return [];
      const dns = peering.allowRemoteVpcDnsResolution ? '' : ' Turn on DNS resolution for the peering so public DNS names resolve to private addresses.';
      return [
        finding(this, 'info', [peering.id], `Peering ${named(peering)} is inter-Region (${named(a)} in ${a.region}, ${named(b)} in ${b.region}): packets are limited to an MTU of 1500 bytes.${dns}`),
      ];
    });
  },
};

export const peeringRules: readonly Rule[] = [peerOverlap, peerRoutes, peerNoTransit, peerNoEdge, peerUrpf, peerSgRef, peerXRegion];
