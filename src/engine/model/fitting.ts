/**
 * Defaults read from the design a resource joins, so a new one starts valid where it goes:
 * a subnet takes the next free block of its VPC and the VPC's least-used AZ, a VPC the next
 * free /16, a load balancer a subnet in each other AZ (and the internet, from a public
 * subnet), and an address offered for a target is one nothing in the subnet uses.
 */
import { cidrBlock, freeBlock, ipv4ToString, parseIp, type CidrBlock } from '../net/cidr.ts';
import type { Design } from './design.ts';
import { indexDesign } from './indexes.ts';
import { balancersOf, hasInterfaces, kindInfo } from './kinds.ts';
import type { ResourceKind, SubnetResource, VpcResource } from './resources.ts';

/** The smallest subnet AWS allows (CIDR-SIZE). */
const SMALLEST_SUBNET = 28;
/** A subnet is a /24 unless its VPC is too small to hold several. */
const USUAL_SUBNET = 24;

/** The block a new subnet of `vpc` takes: a /24, or a quarter of a small VPC, never overlapping `taken`. */
export function nextSubnetBlock(vpc: VpcResource, taken: readonly CidrBlock[]): string | undefined {
  for (const text of vpc.cidrs) {
    const outer = cidrBlock(text);
    if (!outer || outer.version !== 4) continue;
    const wanted = Math.min(SMALLEST_SUBNET, Math.max(USUAL_SUBNET, outer.prefix + 2));
    for (let prefix = wanted; prefix <= SMALLEST_SUBNET; prefix++) {
      const block = freeBlock(text, prefix, taken);
      if (block) return block;
    }
  }
  return undefined;
}

/**
 * The AZ a new subnet of `vpc` goes in: the least used of the AZs its subnets already use,
 * made up to two with the Region's first AZs, so subnets alternate a, b, a, b.
 */
export function nextZone(vpc: VpcResource, subnets: readonly SubnetResource[]): string {
  const used = new Map<string, number>();
  for (const subnet of subnets) used.set(subnet.availabilityZone, (used.get(subnet.availabilityZone) ?? 0) + 1);
  for (const letter of 'abc') {
    if (used.size >= 2) break;
    const zone = `${vpc.region}${letter}`;
    if (!used.has(zone)) used.set(zone, 0);
  }
  return [...used].sort(([a, m], [b, n]) => m - n || a.localeCompare(b))[0]![0];
}

/** Fields that make a new resource of `kind` fit in `parentId` (a free CIDR, the next AZ). */
export function fittingFields(design: Design, kind: ResourceKind, parentId: string | undefined): Record<string, unknown> {
  const index = indexDesign(design);
  if (kind === 'subnet') {
    const vpc = index.getOf(parentId, 'vpc');
    if (!vpc) return {};
    const siblings = (index.children.get(vpc.id) ?? []).filter((c): c is SubnetResource => c.kind === 'subnet');
    const cidr = nextSubnetBlock(vpc, siblings.flatMap((s) => cidrBlock(s.cidr) ?? []));
    return { ...(cidr ? { cidr } : {}), availabilityZone: nextZone(vpc, siblings) };
  }
  if (kindInfo(kind).balancer && parentId) return balancerFields(design, parentId);
  if (kind === 'vpc') {
    const taken = index.ofKind('vpc').flatMap((v) => v.cidrs.flatMap((c) => cidrBlock(c) ?? []));
    const cidr = freeBlock('10.0.0.0/8', 16, taken);
    const region = index.ofKind('vpc').find((v) => index.ownerOf(v.id) === parentId)?.region;
    return { ...(cidr ? { cidrs: [cidr] } : {}), ...(region ? { region } : {}) };
  }
  return {};
}

/** Whether a subnet's route table sends 0.0.0.0/0 to an internet gateway. */
function isPublic(design: Design, subnetId: string): boolean {
  const index = indexDesign(design);
  return (index.routeTableOf(subnetId)?.routes ?? []).some((r) => r.destination === '0.0.0.0/0' && index.get(r.target)?.kind === 'internet-gateway');
}

/**
 * A load balancer drawn in a subnet spans the VPC's other AZs too, in subnets of the same
 * kind (public or private), as AWS asks for two AZs; in a public subnet it faces the internet.
 */
function balancerFields(design: Design, subnetId: string): Record<string, unknown> {
  const index = indexDesign(design);
  const subnet = index.getOf(subnetId, 'subnet');
  const vpc = subnet ? index.vpcOf(subnet.id) : undefined;
  if (!subnet || !vpc) return {};
  const facing = isPublic(design, subnet.id);
  const zones = new Map<string, string>();
  for (const other of index.children.get(vpc.id) ?? []) {
    if (other.kind !== 'subnet' || other.availabilityZone === subnet.availabilityZone || zones.has(other.availabilityZone)) continue;
    if (isPublic(design, other.id) === facing) zones.set(other.availabilityZone, other.id);
  }
  return { ...(facing ? { scheme: 'internet-facing' } : {}), ...(zones.size > 0 ? { subnets: [...zones.values()] } : {}) };
}

/** How far into a subnet offered addresses start, past the ones interfaces take first. */
const OFFER_FROM = 10;

/**
 * An address in `subnetId` that no interface, target or mapping of the design uses, for a
 * form to offer. The simulator gives interfaces the subnet's addresses from the fifth on, so
 * offers start past those.
 */
export function freeAddress(design: Design, subnetId: string): string | undefined {
  const index = indexDesign(design);
  const subnet = index.getOf(subnetId, 'subnet');
  const block = cidrBlock(subnet?.cidr);
  if (!subnet || !block || block.version !== 4) return undefined;
  const taken = new Set<bigint>();
  const take = (text: string | undefined) => {
    const ip = text ? parseIp(text) : undefined;
    if (ip?.version === 4) taken.add(ip.first);
  };
  let interfaces = 0;
  for (const resource of design.resources) {
    if ('privateIp' in resource) take(resource.privateIp);
    if ('subnetMappings' in resource) for (const mapping of resource.subnetMappings ?? []) take(mapping.privateIp);
    if (resource.kind === 'target-group') for (const target of resource.targets) take(target.target);
    if (hasInterfaces(resource) && index.subnetsOf(resource).some((s) => s.id === subnetId)) interfaces++;
  }
  // AWS reserves the first four addresses and the last one (CIDR-RSV).
  for (let host = BigInt(Math.max(OFFER_FROM, 4 + interfaces)); block.first + host < block.last; host++) {
    if (!taken.has(block.first + host)) return ipv4ToString(block.first + host);
  }
  return undefined;
}

/**
 * A free address for a new IP target of a target group: in the first subnet of a load
 * balancer forwarding to it, else in the group's VPC's first subnet.
 */
export function freeTargetAddress(design: Design, groupId: string): string | undefined {
  const index = indexDesign(design);
  const group = index.getOf(groupId, 'target-group');
  if (!group) return undefined;
  const balancer = balancersOf(index).find((lb) => lb.listeners.some((l) => l.targetGroup === group.id));
  const subnet =
    (balancer ? index.subnetsOf(balancer)[0] : undefined) ??
    (index.children.get(group.parent ?? '') ?? []).find((c) => c.kind === 'subnet');
  return subnet ? freeAddress(design, subnet.id) : undefined;
}
