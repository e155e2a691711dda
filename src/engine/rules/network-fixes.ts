/**
 * Quick fixes of the network rule families. Each builds the whole remedy from the design it
 * is given (never from what the rule saw), so it stays correct after other edits.
 */
import {
  indexDesign,
  updateResource,
  addResource,
  uniqueId,
  type Design,
  type OpResult,
  type Route,
  type RouteTableResource,
} from '../model/index.ts';
import { cidrBlock, freeBlock, ipv4ToString, parseIp, type CidrBlock } from '../net/cidr.ts';
import { netFacts } from './net-facts.ts';

type Step = (design: Design) => OpResult;

/** Applies steps in order as one result (one undo step); the first refusal wins. */
export function chain(design: Design, steps: readonly Step[]): OpResult {
  let current = design;
  const ids = new Set<string>();
  for (const step of steps) {
    const result = step(current);
    if (!result.ok) return result;
    current = result.design;
    for (const id of result.ids) ids.add(id);
  }
  return { ok: true, design: current, ids: [...ids] };
}

/** Route tables a VPC's subnets use; the main one when it has no subnets. */
export function effectiveTables(design: Design, vpcId: string): RouteTableResource[] {
  const index = indexDesign(design);
  const tables = new Map<string, RouteTableResource>();
  for (const subnet of netFacts(index).subnetsOf(vpcId)) {
    const table = index.routeTableOf(subnet.id);
    if (table) tables.set(table.id, table);
  }
  const main = index.mainRouteTable(vpcId);
  if (tables.size === 0 && main) tables.set(main.id, main);
  return [...tables.values()];
}

/** Adds `destination → target` to a table unless that destination is already routed. */
function addRoute(tableId: string, destination: string, target: string): Step {
  return (design) => {
    const table = indexDesign(design).getOf(tableId, 'route-table');
    if (!table) return { ok: false, reason: `The route table ${tableId} is gone.` };
    if (table.routes.some((route) => route.destination === destination)) return { ok: true, design, ids: [] };
    return updateResource(design, tableId, { routes: [...table.routes, { destination, target }] });
  };
}

/** PEER-ROUTES: each side's subnets get routes for the other side's IPv4 blocks. */
export function addPeeringRoutes(design: Design, peeringId: string): OpResult {
  const index = indexDesign(design);
  const peering = index.getOf(peeringId, 'vpc-peering');
  if (!peering) return { ok: false, reason: 'The peering connection is gone.' };
  const steps: Step[] = [];
  for (const [from, to] of [
    [peering.requesterVpc, peering.accepterVpc],
    [peering.accepterVpc, peering.requesterVpc],
  ] as const) {
    const peer = index.getOf(to, 'vpc');
    if (!peer) return { ok: false, reason: 'A peered VPC is gone.' };
    for (const table of effectiveTables(design, from)) {
      for (const cidr of peer.cidrs) steps.push(addRoute(table.id, cidr, peeringId));
    }
  }
  return chain(design, steps);
}

/** The RFC 1918 range a block sits in, to search for a free block of the same family. */
function homeRange(block: CidrBlock): string {
  for (const range of ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10']) {
    const outer = cidrBlock(range)!;
    if (outer.first <= block.first && block.last <= outer.last) return range;
  }
  return '10.0.0.0/8';
}

/** A block of the same size as `cidr` that overlaps no VPC in the design. */
export function proposeFreeBlock(design: Design, cidr: string): string | undefined {
  const block = cidrBlock(cidr);
  if (!block || block.version !== 4) return undefined;
  const index = indexDesign(design);
  const facts = netFacts(index);
  const taken = index.ofKind('vpc').flatMap((vpc) => facts.blocksOf(vpc));
  return freeBlock(homeRange(block), block.prefix, taken) ?? freeBlock('10.0.0.0/8', block.prefix, taken);
}

function shift(text: string, from: CidrBlock, to: CidrBlock): string {
  const block = cidrBlock(text);
  if (!block || block.first < from.first || block.last > from.last) return text;
  return `${ipv4ToString(to.first + (block.first - from.first))}/${block.prefix}`;
}

function shiftIp(text: string | undefined, from: CidrBlock, to: CidrBlock): string | undefined {
  const ip = text === undefined ? undefined : parseIp(text);
  if (!ip || ip.version !== 4 || ip.first < from.first || ip.first > from.last) return text;
  return ipv4ToString(to.first + (ip.first - from.first));
}

/**
 * Moves a VPC block to a new block of the same size: the VPC, its subnets, addresses fixed in
 * them, and every route that named the old block.
 */
export function readdressVpc(design: Design, vpcId: string, oldCidr: string, newCidr: string): OpResult {
  const index = indexDesign(design);
  const vpc = index.getOf(vpcId, 'vpc');
  const from = cidrBlock(oldCidr);
  const to = cidrBlock(newCidr);
  if (!vpc || !from || !to || from.prefix !== to.prefix) return { ok: false, reason: 'Nothing to re-address.' };
  const steps: Step[] = [(d) => updateResource(d, vpcId, { cidrs: vpc.cidrs.map((c) => (c === oldCidr ? newCidr : c)) })];
  const subnetIds = new Set<string>();
  for (const subnet of netFacts(index).subnetsOf(vpcId)) {
    const moved = shift(subnet.cidr, from, to);
    if (moved === subnet.cidr) continue;
    subnetIds.add(subnet.id);
    steps.push((d) => updateResource(d, subnet.id, { cidr: moved }));
  }
  for (const resource of design.resources) {
    if (resource.kind === 'route-table') {
      const routes: Route[] = resource.routes.map((route) =>
        route.target !== 'local' && route.destination === oldCidr ? { ...route, destination: newCidr } : route,
      );
      if (routes.some((route, i) => route !== resource.routes[i])) steps.push((d) => updateResource(d, resource.id, { routes }));
    } else if ((resource.kind === 'instance' || resource.kind === 'nat-gateway') && resource.privateIp) {
      const moved = shiftIp(resource.privateIp, from, to);
      if (moved !== resource.privateIp) steps.push((d) => updateResource(d, resource.id, { privateIp: moved }));
    } else if ('subnetMappings' in resource && resource.subnetMappings?.some((m) => subnetIds.has(m.subnet) && m.privateIp)) {
      const subnetMappings = resource.subnetMappings.map((m) => (m.privateIp ? { ...m, privateIp: shiftIp(m.privateIp, from, to) } : m));
      steps.push((d) => updateResource(d, resource.id, { subnetMappings }));
    }
  }
  return chain(design, steps);
}

/** Removes the routes of a table that point to a target (RT-BLACKHOLE). */
export function removeRoutesTo(design: Design, tableId: string, target: string): OpResult {
  const table = indexDesign(design).getOf(tableId, 'route-table');
  if (!table) return { ok: false, reason: 'The route table is gone.' };
  return updateResource(design, tableId, { routes: table.routes.filter((route) => route.target !== target) });
}

/** Allocates an Elastic IP in the NAT gateway's account and gives it to the NAT gateway. */
export function allocateNatEip(design: Design, natId: string): OpResult {
  const index = indexDesign(design);
  const nat = index.getOf(natId, 'nat-gateway');
  const account = nat ? index.ownerOf(nat.id) : undefined;
  if (!nat || !account) return { ok: false, reason: 'The NAT gateway or its account is gone.' };
  const id = uniqueId(design, 'elastic-ip');
  const region = index.vpcOf(nat.id)?.region;
  return chain(design, [
    (d) => addResource(d, { id, kind: 'elastic-ip', name: `${nat.name} eip`, parent: account, ...(region ? { region } : {}) }),
    (d) => updateResource(d, nat.id, { elasticIps: [...(nat.elasticIps ?? []), id] }),
  ]);
}

/** Gives a subnet a route table of its own, copying the routes of the one it used. */
export function ownRouteTable(design: Design, subnetId: string): OpResult {
  const index = indexDesign(design);
  const subnet = index.getOf(subnetId, 'subnet');
  if (!subnet?.parent) return { ok: false, reason: 'The subnet is gone.' };
  const current = index.routeTableOf(subnetId);
  if (current && !current.main && index.subnetsUsingRouteTable(current.id).length === 1) return { ok: true, design, ids: [current.id] };
  const vpc = index.getOf(subnet.parent, 'vpc');
  const routes = current?.routes ?? (vpc?.cidrs ?? []).map((destination) => ({ destination, target: 'local' }));
  const id = uniqueId(design, 'route-table');
  return chain(design, [
    (d) => addResource(d, { id, kind: 'route-table', name: `${subnet.name} routes`, parent: subnet.parent, routes }),
    (d) => updateResource(d, subnetId, { routeTable: id }),
  ]);
}

/** Makes a subnet public: its own route table (so no other subnet changes) with 0.0.0.0/0 → the VPC's IGW. */
export function routeSubnetToInternet(design: Design, subnetId: string): OpResult {
  const index = indexDesign(design);
  const subnet = index.getOf(subnetId, 'subnet');
  if (!subnet?.parent) return { ok: false, reason: 'The subnet is gone.' };
  const vpcId = subnet.parent;
  const steps: Step[] = [];
  let igwId = netFacts(index).internetGatewaysOf(vpcId)[0]?.id;
  if (!igwId) {
    const id = uniqueId(design, 'internet-gateway');
    igwId = id;
    steps.push((d) => addResource(d, { id, kind: 'internet-gateway', name: `${index.get(vpcId)?.name ?? vpcId} igw`, parent: vpcId }));
  }
  const target = igwId;
  steps.push((d) => ownRouteTable(d, subnetId));
  steps.push((d) => {
    const table = indexDesign(d).routeTableOf(subnetId);
    if (!table) return { ok: false, reason: 'The subnet has no route table.' };
    const routes = table.routes.filter((route) => route.destination !== '0.0.0.0/0');
    return updateResource(d, table.id, { routes: [...routes, { destination: '0.0.0.0/0', target }] });
  });
  return chain(design, steps);
}
