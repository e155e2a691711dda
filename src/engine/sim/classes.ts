/**
 * Endpoint classes for the reachability matrix: endpoints that every route, NACL, security
 * group and service in the design treats alike, so one traced pair answers for the pairs of
 * their classes. Two endpoints share a class when they have
 * - the same settings (everything but id, name, description, tags, their own address and the
 *   subnet they stand in),
 * - interfaces, in the same order, in subnets alike: the same VPC, AZ, route table, NACL and
 *   subnet settings (public addresses on launch...), with the same security groups,
 * - addresses inside the same blocks the design writes anywhere but a subnet's own CIDR (a /32
 *   in a security group rule, a route, an IP target, a partner's allow-list),
 * - the same resources referring to them (a target group: a target calling its own NLB is a
 *   hairpin).
 * External networks are each their own class. Whether the two ends share a subnet is not a
 * property of either end (a NACL filters only between subnets), so the matrix keys its
 * answers by the pair's classes and that relation (`relation` below).
 */
import type { Resource } from '../model/resources.ts';
import type { Iface, SimContext } from './context.ts';
import { ipv4Range, type Range } from './ipv4.ts';

/**
 * Fields that name, describe or size a resource without changing how packets treat it (the
 * simulator never reads an instance type); its address is compared through `Blocks`.
 */
const IDENTITY_FIELDS = new Set(['id', 'name', 'description', 'tags', 'source', 'privateIp', 'instanceType', 'nodeInstanceType']);
/** A subnet's fields that say which subnet it is rather than how it treats packets. */
const SUBNET_IDENTITY_FIELDS = new Set([...IDENTITY_FIELDS, 'cidr', 'ipv6Cidr']);

const IPV4_IN_TEXT = /\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?/g;

/** Every IPv4 block or address the design writes (an address as its /32), but resources' own addresses and subnets' own CIDRs. */
function blocksInDesign(resources: readonly Resource[]): Range[] {
  const seen = new Map<string, Range>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length < 7) return;
      for (const match of value.matchAll(IPV4_IN_TEXT)) {
        const text = match[0].includes('/') ? match[0] : `${match[0]}/32`;
        if (seen.has(text)) continue;
        const range = ipv4Range(text);
        if (range && range.prefix > 0) seen.set(text, range);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) visit(item);
    }
  };
  // A resource's own address and its subnet's CIDR say which one it is, not who may reach it.
  for (const resource of resources) {
    const own = resource.kind === 'subnet' ? SUBNET_IDENTITY_FIELDS : IDENTITY_FIELDS;
    for (const [key, value] of Object.entries(resource)) if (!own.has(key)) visit(value);
  }
  return [...seen.values()];
}

function settingsOf(resource: Resource, skip: ReadonlySet<string>, subnetParent: boolean): string {
  const entries = Object.entries(resource).filter(([key]) => !skip.has(key) && !(subnetParent && key === 'parent'));
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

/** Which of the design's blocks hold an interface's private and public addresses. */
class Blocks {
  private readonly all: readonly Range[];
  constructor(resources: readonly Resource[]) {
    this.all = blocksInDesign(resources);
  }
  of(iface: Iface): string {
    const holding = (ip: number | undefined) => (ip === undefined ? '' : this.all.flatMap((block, i) => (block.first <= ip && ip <= block.last ? [i] : [])).join(','));
    return `${holding(iface.ip)}|${holding(iface.publicIp)}`;
  }
}

export interface EndpointClasses {
  /** The class of each endpoint as a flow's source, by position. */
  readonly sourceClass: readonly number[];
  readonly sourceCount: number;
  /**
   * Its class as a destination: what refers to an endpoint matters only when it sends (a target
   * calling its own load balancer), so destinations are told apart by the rest alone.
   */
  readonly destinationClass: readonly number[];
  readonly destinationCount: number;
  /** How the two ends' subnets relate, as a small number: the same for pairs that NACLs and routes treat alike. */
  relation(from: number, to: number): number;
}

export function endpointClasses(ctx: SimContext, endpoints: readonly string[]): EndpointClasses {
  const blocks = new Blocks(ctx.index.design.resources);
  const subnetSettings = new Map<string, string>();
  const subnetKey = (iface: Iface): string => {
    let settings = subnetSettings.get(iface.subnet.id);
    if (settings === undefined) {
      const subnet = ctx.index.get(iface.subnet.id);
      settings = subnet ? settingsOf(subnet, SUBNET_IDENTITY_FIELDS, false) : '';
      subnetSettings.set(iface.subnet.id, settings);
    }
    const { subnet } = iface;
    return `${subnet.vpc.id}|${subnet.azKey}|${subnet.routeTable?.id ?? ''}|${subnet.nacl?.id ?? ''}|${settings}|${iface.groups.join(',')}|${blocks.of(iface)}`;
  };
  const sourceKeys = new Map<string, number>();
  const destinationKeys = new Map<string, number>();
  const numbered = (keys: Map<string, number>, key: string): number => {
    let at = keys.get(key);
    if (at === undefined) {
      at = keys.size;
      keys.set(key, at);
    }
    return at;
  };
  const sourceClass: number[] = [];
  const destinationClass: number[] = [];
  const subnetsOf: (readonly string[])[] = [];
  const subnetNumber = new Map<string, number>();
  /** The one subnet of a one-interface end as a number, -1 for none, -2 for several. */
  const single: number[] = [];
  endpoints.forEach((id) => {
    const resource = ctx.index.get(id);
    const ifaces = ctx.ifaces.get(id) ?? [];
    subnetsOf.push(ifaces.map((iface) => iface.subnet.id));
    if (ifaces.length === 1) {
      const subnet = ifaces[0]!.subnet.id;
      if (!subnetNumber.has(subnet)) subnetNumber.set(subnet, subnetNumber.size);
      single.push(subnetNumber.get(subnet)!);
    } else single.push(ifaces.length === 0 ? -1 : -2);
    if (!resource || resource.kind === 'external' || ifaces.length === 0) {
      sourceClass.push(numbered(sourceKeys, `#${id}`));
      destinationClass.push(numbered(destinationKeys, `#${id}`));
      return;
    }
    const alike = `${settingsOf(resource, IDENTITY_FIELDS, ifaces.some((iface) => iface.subnet.id === resource.parent))}\n${ifaces.map(subnetKey).join(';')}`;
    destinationClass.push(numbered(destinationKeys, alike));
    sourceClass.push(numbered(sourceKeys, `${alike}\n${ctx.index.referrers(id).map((r) => r.id).sort().join(',')}`));
  });
  const relations = new Map<string, number>();
  return {
    sourceClass,
    sourceCount: sourceKeys.size,
    destinationClass,
    destinationCount: destinationKeys.size,
    relation(from, to) {
      const x = single[from]!;
      const y = single[to]!;
      if (x !== -2 && y !== -2) return x >= 0 && x === y ? 1 : 0;
      const a = subnetsOf[from]!;
      const b = subnetsOf[to]!;
      const shape = a.map((subnet) => b.indexOf(subnet)).join(',');
      let code = relations.get(shape);
      if (code === undefined) {
        code = relations.size + 2;
        relations.set(shape, code);
      }
      return code;
    },
  };
}
