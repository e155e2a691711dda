/** Route tables (catalogue section 3). */
import { ROUTE_TARGETS, type DesignIndex, type Resource, type RouteTableResource } from '../model/index.ts';
import { cidrBlock, contains, overlaps } from '../net/cidr.ts';
import { eachVpc, netFacts, VPC_UG } from './net-facts.ts';
import { removeRoutesTo } from './network-fixes.ts';
import { finding, named, type Finding, type QuickFix, type Rule } from './types.ts';

const RT_DOC = `${VPC_UG}VPC_Route_Tables.html`;

const where = (index: DesignIndex, table: RouteTableResource) => `route table ${named(table)} of ${named(index.get(table.parent))}`;
const routeText = (route: { destination?: string; prefixList?: string }) => route.destination ?? `prefix list ${route.prefixList}`;

export const rtAssoc: Rule = {
  id: 'RT-ASSOC',
  severity: 'info',
  summary: 'Each subnet uses exactly one route table: its own, or implicitly the main one.',
  docUrl: RT_DOC,
  dependsOn: ['subnet', 'route-table', 'vpc', 'internet-gateway'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, vpc) {
    const findings: Finding[] = [];
    for (const subnet of netFacts(index).subnetsOf(vpc.id)) {
      const explicit = subnet.routeTable ? index.getOf(subnet.routeTable, 'route-table') : undefined;
      if (explicit && explicit.parent !== subnet.parent) {
        findings.push(
          finding(this, 'info', [subnet.id, explicit.id], `Subnet ${named(subnet)} is associated with route table ${named(explicit)} of another VPC, ${named(index.get(explicit.parent))}; AWS only associates a subnet with a table of its own VPC, so it would use ${named(index.get(subnet.parent))}'s main table.`, { suffix: 'other-vpc' }),
        );
        continue;
      }
      if (explicit) continue;
      const main = subnet.parent ? index.mainRouteTable(subnet.parent) : undefined;
      if (!main) {
        findings.push(finding(this, 'info', [subnet.id], `Subnet ${named(subnet)} has no route table of its own and its VPC has no main route table.`));
      } else if (main.routes.some((route) => index.getOf(route.target, 'internet-gateway')?.parent === vpc.id)) {
        findings.push(
          finding(this, 'info', [subnet.id, main.id], `Subnet ${named(subnet)} has no route table of its own, so it uses the main table ${named(main)}, which routes to an internet gateway: it is public, and so is every new subnet. Give private subnets their own table.`),
        );
      }
    }
    return findings;
  },
};

/**
 * A network interface as a route target: an instance's, a Gateway Load Balancer endpoint's, or a
 * Network Firewall endpoint (a vpce of that type). Only these may take a route more specific
 * than local or serve a gateway route table.
 */
const isInterfaceTarget = (target: Resource | undefined) =>
  target?.kind === 'instance' ||
  target?.kind === 'network-firewall' ||
  target?.kind === 'gwlb-endpoint' ||
  (target?.kind === 'vpc-endpoint' && target.endpointType === 'gateway-load-balancer');

export const rtLocal: Rule = {
  id: 'RT-LOCAL',
  severity: 'error',
  summary: 'Every table holds a local route per VPC block; routes more specific than local only for a whole subnet to a NAT gateway, ENI, GWLB endpoint or firewall endpoint.',
  docUrl: RT_DOC,
  dependsOn: ['vpc', 'route-table', 'subnet', 'nat-gateway', 'instance', 'vpc-endpoint', 'network-firewall', 'gwlb-endpoint'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, vpc) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const table of netFacts(index).routeTablesOf(vpc.id)) {
      const locals = new Set(table.routes.filter((r) => r.target === 'local').map((r) => r.destination));
      const missing = vpc.cidrs.filter((cidr) => !locals.has(cidr));
      if (missing.length > 0) {
        findings.push(finding(this, 'error', [table.id], `${where(index, table)} has no local route for ${missing.join(', ')}; AWS adds one for every VPC block and it cannot be removed.`));
      }
      const ownBlocks = facts.blocksOf(vpc);
      for (const route of table.routes) {
        if (route.target === 'local') {
          if (route.destination && !vpc.cidrs.includes(route.destination) && !(vpc.ipv6Cidrs ?? []).includes(route.destination)) {
            findings.push(finding(this, 'error', [table.id], `${where(index, table)} has a local route for ${route.destination}, which is not a block of ${named(vpc)}.`));
          }
          continue;
        }
        if (table.edgeAssociation) continue;
        const destination = cidrBlock(route.destination);
        const inside = destination && ownBlocks.find((block) => contains(block, destination));
        if (!destination || !inside) continue;
        // Only targets inside this VPC count (others are RT-TARGET's).
        const found = index.get(route.target);
        const target = found && index.vpcOf(found.id)?.id === vpc.id ? found : undefined;
        const middlebox = target?.kind === 'nat-gateway' || isInterfaceTarget(target);
        const wholeSubnet =
          destination.prefix === inside.prefix || facts.subnetsOf(vpc.id).some((s) => s.cidr === destination.text || s.ipv6Cidr === destination.text);
        if (middlebox && wholeSubnet) continue;
        findings.push(
          finding(
            this,
            'error',
            [table.id],
            `${where(index, table)} routes ${destination.text} (inside ${named(vpc)}'s ${inside.text}) to ${named(target) === '`(missing)`' ? route.target : named(target)}. A route more specific than the local route must cover a whole subnet and point to a NAT gateway, a network interface or a Gateway Load Balancer endpoint.`,
          ),
        );
      }
    }
    return findings;
  },
};

export const rtPrio: Rule = {
  id: 'RT-PRIO',
  severity: 'warning',
  summary: 'The same prefix routed twice in one table: static beats prefix list beats propagated; overlapping prefix lists pick at random.',
  docUrl: RT_DOC,
  dependsOn: ['route-table', 'prefix-list'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, vpc) {
    const findings: Finding[] = [];
    for (const table of netFacts(index).routeTablesOf(vpc.id)) {
      const byDestination = new Map<string, typeof table.routes>();
      const fromLists = new Map<string, string[]>();
      for (const route of table.routes) {
        if (route.target === 'local') continue;
        if (route.destination) {
          const list = byDestination.get(route.destination) ?? [];
          list.push(route);
          byDestination.set(route.destination, list);
        } else if (route.prefixList) {
          for (const cidr of index.getOf(route.prefixList, 'prefix-list')?.cidrs ?? []) {
            fromLists.set(cidr, [...(fromLists.get(cidr) ?? []), route.prefixList]);
          }
        }
      }
      for (const [destination, routes] of byDestination) {
        const lists = fromLists.get(destination) ?? [];
        if (routes.length < 2 && lists.length === 0) continue;
        const statics = routes.filter((r) => r.origin !== 'propagated');
        const detail =
          statics.length > 1
            ? `it is routed ${statics.length} times as a static route (to ${statics.map((r) => r.target).join(', ')}); only one can exist`
            : lists.length > 0
              ? `a static route and prefix list ${lists.join(', ')} both cover it; the static route wins`
              : 'a static and a propagated route both cover it; the static route wins';
        findings.push(finding(this, 'warning', [table.id], `In ${where(index, table)}, ${destination}: ${detail}.`));
      }
      for (const [cidr, lists] of fromLists) {
        if (byDestination.has(cidr) || new Set(lists).size < 2) continue;
        findings.push(
          finding(this, 'warning', [table.id], `In ${where(index, table)}, ${cidr} is in prefix lists ${[...new Set(lists)].join(' and ')}; AWS picks one of their routes at random and keeps it.`),
        );
      }
    }
    return findings;
  },
};

// Runs on every change: any resource appearing under a route's target id changes the verdict.
export const rtBlackhole: Rule = {
  id: 'RT-BLACKHOLE',
  severity: 'warning',
  summary: 'A route to a deleted target or to a peering that is not active is a blackhole.',
  docUrl: RT_DOC,
  check({ index }) {
    const findings: Finding[] = [];
    for (const table of index.ofKind('route-table')) {
      for (const route of table.routes) {
        if (route.target === 'local') continue;
        const target = index.get(route.target);
        if (!target) {
          const fix: QuickFix = {
            id: 'remove-route',
            title: `Remove the route to ${route.target}`,
            apply: (design) => removeRoutesTo(design, table.id, route.target),
          };
          findings.push(finding(this, 'warning', [table.id], `In ${where(index, table)}, the route for ${routeText(route)} points to ${route.target}, which does not exist: it is a blackhole and drops the traffic.`, { fixes: [fix] }));
        } else if (target.kind === 'vpc-peering' && target.status !== 'active') {
          findings.push(
            finding(this, 'warning', [table.id, target.id], `In ${where(index, table)}, the route for ${routeText(route)} points to peering ${named(target)}, which is still pending acceptance: until it is accepted the route is a blackhole.`),
          );
        }
      }
    }
    return findings;
  },
};

/** Product id: a route target AWS refuses outright (wrong kind, or in another VPC). */
export const rtTarget: Rule = {
  id: 'RT-TARGET',
  severity: 'error',
  summary: 'A route target must be a gateway, endpoint, interface or peering of the same VPC.',
  docUrl: RT_DOC,
  check({ index }) {
    const findings: Finding[] = [];
    for (const table of index.ofKind('route-table')) {
      for (const route of table.routes) {
        const target = route.target === 'local' ? undefined : index.get(route.target);
        if (!target) continue;
        let problem: string | undefined;
        if (!ROUTE_TARGETS.has(target.kind)) problem = `${named(target)} is not something a route can point to`;
        else if (target.kind === 'vpc-peering') {
          if (target.requesterVpc !== table.parent && target.accepterVpc !== table.parent) problem = `peering ${named(target)} does not connect ${named(index.get(table.parent))}`;
        } else if (target.kind !== 'transit-gateway' && index.vpcOf(target.id) && index.vpcOf(target.id)?.id !== table.parent) {
          problem = `${named(target)} is in another VPC, ${named(index.vpcOf(target.id))}; AWS routes only to targets in the table's own VPC`;
        }
        if (problem) findings.push(finding(this, 'error', [table.id, target.id], `In ${where(index, table)}, the route for ${routeText(route)} is refused: ${problem}.`));
      }
    }
    return findings;
  },
};

const RESERVED = ['169.254.168.0/22', 'fd00:ec2::/32'].map((text) => cidrBlock(text)!);

export const rtReserved: Rule = {
  id: 'RT-RESERVED',
  severity: 'error',
  summary: 'No routes to 169.254.168.0/22 or fd00:ec2::/32 (reserved for AWS services).',
  docUrl: RT_DOC,
  dependsOn: ['route-table', 'vpc'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, vpc) {
    return netFacts(index).routeTablesOf(vpc.id).flatMap((table) =>
      table.routes.flatMap((route) => {
        const text = route.destination;
        // Only blocks starting like the reserved ones (or /0-/15 supernets that cannot be inside them) need parsing.
        if (!text || !(text.startsWith('169.254.') || text.toLowerCase().startsWith('fd00:ec2'))) return [];
        const destination = cidrBlock(text);
        const reserved = destination && RESERVED.find((block) => contains(block, destination));
        return reserved
          ? [finding(this, 'error', [table.id], `In ${where(index, table)}, ${destination.text} is inside ${reserved.text}, which AWS reserves for its own services: it cannot be a route destination.`)]
          : [];
      }),
    );
  },
};

export const rtGateway: Rule = {
  id: 'RT-GATEWAY',
  severity: 'error',
  summary: 'A gateway (edge) route table: targets local, ENI or GWLB endpoint only; destinations the VPC or its subnets; no propagation.',
  docUrl: RT_DOC,
  dependsOn: ['route-table', 'internet-gateway', 'vpc', 'subnet', 'instance', 'vpc-endpoint', 'network-firewall', 'gwlb-endpoint'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const subnet of facts.subnetsOf(current.id)) {
      const table = subnet.routeTable ? index.getOf(subnet.routeTable, 'route-table') : undefined;
      if (table?.parent === current.id && table.edgeAssociation) {
        findings.push(finding(this, 'error', [subnet.id, table.id], `Subnet ${named(subnet)} is associated with ${named(table)}, a gateway route table of ${named(index.get(table.edgeAssociation))}; a table with an edge association cannot also serve subnets.`));
      }
    }
    for (const table of facts.routeTablesOf(current.id)) {
      if (!table.edgeAssociation) continue;
      const igw = index.get(table.edgeAssociation);
      const vpc = current;
      if (igw?.kind !== 'internet-gateway' || igw.parent !== vpc.id) {
        findings.push(finding(this, 'error', [table.id], `Gateway route table ${named(table)} is associated with ${named(igw)}, which is not an internet gateway of ${named(vpc)}.`));
      }
      const allowed = new Set([...vpc.cidrs, ...(vpc.ipv6Cidrs ?? []), ...facts.subnetsOf(vpc.id).flatMap((s) => [s.cidr, s.ipv6Cidr ?? ''])]);
      for (const route of table.routes) {
        const found = index.get(route.target);
        // Only targets inside this VPC can serve its gateway table.
        const target = found && index.vpcOf(found.id)?.id === current.id ? found : undefined;
        const targetOk = route.target === 'local' || isInterfaceTarget(target);
        const problems = [
          targetOk ? undefined : `its target ${target ? named(target) : route.target} is not local, a network interface or a Gateway Load Balancer endpoint`,
          route.destination && allowed.has(route.destination) ? undefined : `its destination ${routeText(route)} is neither ${named(vpc)}'s block nor one of its subnets`,
          route.origin === 'propagated' ? 'it is propagated, and gateway route tables take no propagation' : undefined,
        ].filter(Boolean);
        if (problems.length > 0) {
          findings.push(finding(this, 'error', [table.id], `Gateway route table ${named(table)} (edge association with ${named(igw)}): the route for ${routeText(route)} is refused: ${problems.join('; ')}.`));
        }
      }
    }
    return findings;
  },
};

export const rtL2: Rule = {
  id: 'RT-L2',
  severity: 'warning',
  summary: 'A route for a subnet in that same subnet’s table: traffic within a subnet never uses the route table.',
  docUrl: RT_DOC,
  dependsOn: ['route-table', 'subnet', 'vpc'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, vpc) {
    const findings: Finding[] = [];
    for (const subnet of netFacts(index).subnetsOf(vpc.id)) {
      const table = index.routeTableOf(subnet.id);
      const route = table?.parent === vpc.id ? table.routes.find((r) => r.target !== 'local' && r.destination === subnet.cidr) : undefined;
      if (!table || !route) continue;
      findings.push(
        finding(this, 'warning', [subnet.id, table.id], `Route table ${named(table)} sends ${subnet.cidr} to ${route.target}, but ${named(subnet)} uses that table itself: traffic between two interfaces in ${named(subnet)} goes directly and never passes the middlebox. Put the appliance's clients in another subnet.`),
      );
    }
    return findings;
  },
};

export const rtPublic: Rule = {
  id: 'RT-PUBLIC',
  severity: 'info',
  summary: 'A subnet is public only with a route to an internet gateway; names and public-IP settings that say otherwise mislead.',
  docUrl: `${VPC_UG}configure-subnets.html`,
  dependsOn: ['subnet', 'route-table', 'vpc', 'internet-gateway'],
  readsNames: true,
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, vpc) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const subnet of netFacts(index).subnetsOf(vpc.id)) {
      const isPublic = facts.isPublicSubnet(subnet.id);
      const name = subnet.name.toLowerCase();
      if (!isPublic && subnet.mapPublicIpOnLaunch) {
        findings.push(finding(this, 'info', [subnet.id], `Subnet ${named(subnet)} gives instances public IPv4 addresses, but its route table has no route to an internet gateway: it is private and those addresses are unused.`));
      } else if (!isPublic && /\bpublic\b|\bpub\b/.test(name)) {
        findings.push(finding(this, 'info', [subnet.id], `Subnet ${named(subnet)} is named public, but its route table has no route to an internet gateway, so AWS treats it as private.`));
      } else if (isPublic && /\bprivate\b|\bpriv\b/.test(name)) {
        findings.push(finding(this, 'info', [subnet.id], `Subnet ${named(subnet)} is named private, but its route table routes to an internet gateway, so it is public.`));
      }
    }
    return findings;
  },
};

export const routeTableRules: readonly Rule[] = [rtAssoc, rtLocal, rtPrio, rtBlackhole, rtTarget, rtReserved, rtGateway, rtL2, rtPublic];

/** Whether two route destinations overlap (used by other families). */
export function destinationsOverlap(a: string | undefined, b: string | undefined): boolean {
  const x = cidrBlock(a);
  const y = cidrBlock(b);
  return !!x && !!y && overlaps(x, y);
}
