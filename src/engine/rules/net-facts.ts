/**
 * Derived network facts the network rule families share (route tables per VPC, public
 * subnets, peerings per VPC...), computed lazily once per document version.
 */
import type { Design, DesignIndex, Resource, ResourceOf, RouteTableResource, SubnetResource, VpcResource } from '../model/index.ts';
import { cidrBlock, type CidrBlock } from '../net/cidr.ts';
import type { Finding, Rule, RuleContext } from './types.ts';

export const VPC_UG = 'https://docs.aws.amazon.com/vpc/latest/userguide/';
export const PEERING_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/peering/';
export const TGW_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/tgw/';

export interface NetFacts {
  routeTablesOf(vpcId: string): readonly RouteTableResource[];
  internetGatewaysOf(vpcId: string): readonly ResourceOf<'internet-gateway'>[];
  subnetsOf(vpcId: string): readonly SubnetResource[];
  /** A subnet whose effective route table has a route to an internet gateway (RT-PUBLIC). */
  isPublicSubnet(subnetId: string): boolean;
  /** IPv4 and IPv6 blocks of a VPC. */
  blocksOf(vpc: VpcResource): readonly CidrBlock[];
  peeringsOf(vpcId: string): readonly ResourceOf<'vpc-peering'>[];
  attachmentsOf(vpcId: string): readonly ResourceOf<'tgw-attachment'>[];
  /** The account a resource belongs to, for messages: "account `network`". */
  accountLabel(accountId: string | undefined): string;
  /** Everything inside a VPC: its descendants and its transit gateway attachments. */
  resourcesIn(vpcId: string): readonly Resource[];
  ofKindIn<K extends Resource['kind']>(vpcId: string, kind: K): readonly ResourceOf<K>[];
}

const cache = new WeakMap<Design, NetFacts>();

function group<T>(items: readonly T[], key: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of key(item)) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  }
  return map;
}

export function netFacts(index: DesignIndex): NetFacts {
  const hit = cache.get(index.design);
  if (hit) return hit;
  const lazy = <T>(build: () => T) => {
    let value: T | undefined;
    return () => (value ??= build());
  };
  const tables = lazy(() => group(index.ofKind('route-table'), (t) => (t.parent ? [t.parent] : [])));
  const igws = lazy(() => group(index.ofKind('internet-gateway'), (g) => (g.parent ? [g.parent] : [])));
  const subnets = lazy(() => group(index.ofKind('subnet'), (s) => (s.parent ? [s.parent] : [])));
  const peerings = lazy(() =>
    group(index.ofKind('vpc-peering'), (p) => (p.requesterVpc === p.accepterVpc ? [p.requesterVpc] : [p.requesterVpc, p.accepterVpc])),
  );
  const attachments = lazy(() => group(index.ofKind('tgw-attachment'), (a) => [a.vpc]));
  const publicSubnets = new Map<string, boolean>();
  const inside = new Map<string, Map<string, Resource[]>>();
  const byKindIn = (vpcId: string) => {
    let map = inside.get(vpcId);
    if (!map) {
      map = new Map();
      for (const resource of [...index.descendants(vpcId), ...(attachments().get(vpcId) ?? [])]) {
        const list = map.get(resource.kind);
        if (list) list.push(resource);
        else map.set(resource.kind, [resource]);
      }
      inside.set(vpcId, map);
    }
    return map;
  };
  const blocks = new Map<string, CidrBlock[]>();
  const facts: NetFacts = {
    routeTablesOf: (vpcId) => tables().get(vpcId) ?? [],
    internetGatewaysOf: (vpcId) => igws().get(vpcId) ?? [],
    subnetsOf: (vpcId) => subnets().get(vpcId) ?? [],
    isPublicSubnet(subnetId) {
      let value = publicSubnets.get(subnetId);
      if (value === undefined) {
        // Only the subnet's own VPC counts: a table or gateway of another VPC cannot serve it.
        const vpcId = index.get(subnetId)?.parent;
        const table = index.routeTableOf(subnetId);
        value =
          !!table &&
          table.parent === vpcId &&
          table.routes.some((route) => {
            const target = index.get(route.target);
            return target?.kind === 'internet-gateway' && target.parent === vpcId;
          });
        publicSubnets.set(subnetId, value);
      }
      return value;
    },
    blocksOf(vpc) {
      let value = blocks.get(vpc.id);
      if (!value) {
        value = [...vpc.cidrs, ...(vpc.ipv6Cidrs ?? [])].map(cidrBlock).filter((b): b is CidrBlock => b !== undefined);
        blocks.set(vpc.id, value);
      }
      return value;
    },
    peeringsOf: (vpcId) => peerings().get(vpcId) ?? [],
    attachmentsOf: (vpcId) => attachments().get(vpcId) ?? [],
    resourcesIn: (vpcId) => [...byKindIn(vpcId).values()].flat(),
    ofKindIn: <K extends Resource['kind']>(vpcId: string, kind: K) => (byKindIn(vpcId).get(kind) ?? []) as ResourceOf<K>[],
    accountLabel(accountId) {
      const account = index.getOf(accountId, 'account');
      return account ? `account \`${account.name || account.id}\`` : 'an unknown account';
    },
  };
  cache.set(index.design, facts);
  return facts;
}

/** `check` of a rule with `checkVpc`: every VPC's findings, in design order. */
export function eachVpc(rule: Rule, context: RuleContext): Finding[] {
  return context.index.ofKind('vpc').flatMap((vpc) => rule.checkVpc!(context, vpc));
}

/** The other VPC of a peering, seen from `vpcId`. */
export function peerOf(peering: ResourceOf<'vpc-peering'>, vpcId: string): string {
  return peering.requesterVpc === vpcId ? peering.accepterVpc : peering.requesterVpc;
}


export function isResourceOf<K extends Resource['kind']>(resource: Resource | undefined, kind: K): resource is ResourceOf<K> {
  return resource?.kind === kind;
}

const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'].map((t) => cidrBlock(t)!);
const PRIVATE_V6 = ['fc00::/7', 'fe80::/10'].map((t) => cidrBlock(t)!);
const publicSpace = new Map<string, boolean>();

/** Public address space: not RFC1918, not 100.64/10 (shared), not link-local. */
export function coversPublicSpace(block: CidrBlock): boolean {
  let value = publicSpace.get(block.text);
  if (value === undefined) {
    const ranges = block.version === 6 ? PRIVATE_V6 : PRIVATE_V4;
    value = !ranges.some((outer) => outer.first <= block.first && block.last <= outer.last);
    if (publicSpace.size > 10_000) publicSpace.clear();
    publicSpace.set(block.text, value);
  }
  return value;
}

/** Finds the items whose blocks overlap a query block without comparing against all of them. */
export class IntervalIndex<T> {
  private readonly entries: { block: CidrBlock; item: T }[];
  private readonly maxLast: bigint[] = [];

  constructor(entries: readonly { block: CidrBlock; item: T }[]) {
    this.entries = [...entries].sort((a, b) => (a.block.first < b.block.first ? -1 : a.block.first > b.block.first ? 1 : 0));
    let max = -1n;
    for (const entry of this.entries) {
      if (entry.block.last > max) max = entry.block.last;
      this.maxLast.push(max);
    }
  }

  /** Items overlapping `block` (same IP version). */
  overlapping(block: CidrBlock): T[] {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid]!.block.first <= block.last) lo = mid + 1;
      else hi = mid;
    }
    const result: T[] = [];
    for (let i = lo - 1; i >= 0 && this.maxLast[i]! >= block.first; i--) {
      const entry = this.entries[i]!;
      if (entry.block.version === block.version && entry.block.last >= block.first) result.push(entry.item);
    }
    return result;
  }

  /** Pairs of overlapping entries, each pair once, found in one sweep. */
  overlappingPairs(): [T, T, CidrBlock, CidrBlock][] {
    const pairs: [T, T, CidrBlock, CidrBlock][] = [];
    const open: { block: CidrBlock; item: T }[] = [];
    for (const entry of this.entries) {
      for (let i = open.length - 1; i >= 0; i--) if (open[i]!.block.last < entry.block.first) open.splice(i, 1);
      for (const other of open) if (other.block.version === entry.block.version) pairs.push([other.item, entry.item, other.block, entry.block]);
      open.push(entry);
    }
    return pairs;
  }
}
