/**
 * Derived lookups over a design, computed once per document version. Documents are
 * immutable, so the document object itself is the version key.
 */
import type { Design } from './design.ts';
import { referencesOf } from './references.ts';
import type {
  NetworkAclResource,
  Resource,
  ResourceKind,
  ResourceOf,
  RouteTableResource,
  SecurityGroupResource,
  SubnetResource,
  VpcResource,
} from './resources.ts';

export interface DesignIndex {
  readonly design: Design;
  readonly byId: ReadonlyMap<string, Resource>;
  readonly children: ReadonlyMap<string | undefined, readonly Resource[]>;
  ofKind<K extends ResourceKind>(kind: K): readonly ResourceOf<K>[];
  get(id: string | undefined): Resource | undefined;
  getOf<K extends ResourceKind>(id: string | undefined, kind: K): ResourceOf<K> | undefined;
  /** The VPC a resource is in (itself for a VPC). */
  vpcOf(id: string): VpcResource | undefined;
  /** The subnet a resource is drawn in (itself for a subnet). */
  subnetOf(id: string): SubnetResource | undefined;
  /** The account that owns the resource: its `account` field, else its container's owner. */
  ownerOf(id: string): string | undefined;
  /** The account that owns the VPC the resource is in. */
  vpcOwnerOf(id: string): string | undefined;
  /** Every subnet a multi-subnet resource uses: the one it is drawn in, then `subnets`. */
  subnetsOf(resource: Resource): readonly SubnetResource[];
  mainRouteTable(vpcId: string): RouteTableResource | undefined;
  /** The explicit route table of a subnet, or the VPC's main one (RT-ASSOC). */
  routeTableOf(subnetId: string): RouteTableResource | undefined;
  defaultNetworkAcl(vpcId: string): NetworkAclResource | undefined;
  networkAclOf(subnetId: string): NetworkAclResource | undefined;
  defaultSecurityGroup(vpcId: string): SecurityGroupResource | undefined;
  /** Subnets whose effective route table is this one. */
  subnetsUsingRouteTable(routeTableId: string): readonly SubnetResource[];
  /** Resources that hold `id` anywhere in their references. */
  referrers(id: string): readonly Resource[];
  /** Ids of everything inside a container, depth first. */
  descendants(id: string): readonly Resource[];
}

const cache = new WeakMap<Design, DesignIndex>();

export function indexDesign(design: Design): DesignIndex {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = buildIndex(design);
  cache.set(design, index);
  return index;
}

function buildIndex(design: Design): DesignIndex {
  const byId = new Map<string, Resource>();
  const children = new Map<string | undefined, Resource[]>();
  const byKind = new Map<ResourceKind, Resource[]>();
  for (const resource of design.resources) {
    byId.set(resource.id, resource);
    const siblings = children.get(resource.parent);
    if (siblings) siblings.push(resource);
    else children.set(resource.parent, [resource]);
    const sameKind = byKind.get(resource.kind);
    if (sameKind) sameKind.push(resource);
    else byKind.set(resource.kind, [resource]);
  }

  const memo = <T>(compute: (id: string) => T) => {
    const values = new Map<string, T>();
    return (id: string): T => {
      if (values.has(id)) return values.get(id) as T;
      const value = compute(id);
      values.set(id, value);
      return value;
    };
  };

  const ancestorOfKind = <K extends ResourceKind>(kind: K) =>
    memo((id: string): ResourceOf<K> | undefined => {
      let current = byId.get(id);
      for (let hops = 0; current && hops < 64; hops++) {
        if (current.kind === kind) return current as ResourceOf<K>;
        current = current.parent ? byId.get(current.parent) : undefined;
      }
      return undefined;
    });

  const vpcOfContainer = ancestorOfKind('vpc');
  const subnetOf = ancestorOfKind('subnet');
  const accountOf = ancestorOfKind('account');

  const vpcOf = memo((id: string): VpcResource | undefined => {
    const direct = vpcOfContainer(id);
    if (direct) return direct;
    const resource = byId.get(id);
    if (resource?.kind === 'tgw-attachment') return vpcOfContainer(resource.vpc);
    if (resource && 'subnets' in resource && resource.subnets?.[0]) return vpcOfContainer(resource.subnets[0]);
    if (resource?.kind === 'vpc-peering') return vpcOfContainer(resource.requesterVpc);
    return undefined;
  });

  const ownerOf = memo((id: string): string | undefined => {
    const resource = byId.get(id);
    if (!resource) return undefined;
    if (resource.kind === 'account') return resource.id;
    if (resource.account) return resource.account;
    if (resource.parent) return ownerOf(resource.parent);
    if (resource.kind === 'vpc-peering') return ownerOf(resource.requesterVpc);
    if (resource.kind === 'tgw-attachment') return ownerOf(resource.vpc);
    if (resource.kind === 'vpn-connection') return ownerOf(resource.customerGateway);
    if (resource.kind === 'tgw-peering') return ownerOf(resource.requester);
    if (resource.kind === 'ram-share') return ownerOf(resource.resources[0] ?? '');
    return accountOf(id)?.id;
  });

  const vpcOwnerOf = (id: string) => {
    const vpc = vpcOf(id);
    return vpc ? ownerOf(vpc.id) : undefined;
  };

  const childrenOfKind = <K extends ResourceKind>(parent: string, kind: K) =>
    (children.get(parent) ?? []).filter((child): child is ResourceOf<K> => child.kind === kind);

  const mainRouteTable = memo((vpcId: string) => {
    const tables = childrenOfKind(vpcId, 'route-table');
    return tables.find((table) => table.main) ?? undefined;
  });
  const defaultNetworkAcl = memo((vpcId: string) =>
    childrenOfKind(vpcId, 'network-acl').find((acl) => acl.default),
  );
  const defaultSecurityGroup = memo((vpcId: string) =>
    childrenOfKind(vpcId, 'security-group').find((group) => group.default),
  );

  const routeTableOf = memo((subnetId: string): RouteTableResource | undefined => {
    const subnet = byId.get(subnetId);
    if (subnet?.kind !== 'subnet') return undefined;
    const explicit = subnet.routeTable ? byId.get(subnet.routeTable) : undefined;
    if (explicit?.kind === 'route-table') return explicit;
    return subnet.parent ? mainRouteTable(subnet.parent) : undefined;
  });
  const networkAclOf = memo((subnetId: string): NetworkAclResource | undefined => {
    const subnet = byId.get(subnetId);
    if (subnet?.kind !== 'subnet') return undefined;
    const explicit = subnet.networkAcl ? byId.get(subnet.networkAcl) : undefined;
    if (explicit?.kind === 'network-acl') return explicit;
    return subnet.parent ? defaultNetworkAcl(subnet.parent) : undefined;
  });

  let usingRouteTable: Map<string, SubnetResource[]> | undefined;
  const subnetsUsingRouteTable = (routeTableId: string) => {
    if (!usingRouteTable) {
      usingRouteTable = new Map();
      for (const subnet of (byKind.get('subnet') ?? []) as SubnetResource[]) {
        const table = routeTableOf(subnet.id);
        if (!table) continue;
        const list = usingRouteTable.get(table.id);
        if (list) list.push(subnet);
        else usingRouteTable.set(table.id, [subnet]);
      }
    }
    return usingRouteTable.get(routeTableId) ?? [];
  };

  let referrerMap: Map<string, Resource[]> | undefined;
  const referrers = (id: string) => {
    if (!referrerMap) {
      referrerMap = new Map();
      for (const resource of design.resources) {
        for (const reference of referencesOfCached(resource)) {
          const list = referrerMap.get(reference.id);
          if (!list) referrerMap.set(reference.id, [resource]);
          else if (list[list.length - 1] !== resource) list.push(resource);
        }
      }
    }
    return referrerMap.get(id) ?? [];
  };

  const subnetsOf = (resource: Resource): SubnetResource[] => {
    const result: SubnetResource[] = [];
    const add = (id: string | undefined) => {
      const subnet = id ? byId.get(id) : undefined;
      if (subnet?.kind === 'subnet' && !result.includes(subnet)) result.push(subnet);
    };
    if (resource.kind === 'eks-cluster' || resource.kind === 'subnet') add(resource.id);
    if (resource.kind === 'k8s-service' || resource.kind === 'k8s-ingress') {
      const cluster = resource.parent ? byId.get(resource.parent) : undefined;
      return cluster ? subnetsOf(cluster) : [];
    }
    add(resource.parent);
    if ('subnets' in resource) for (const id of resource.subnets ?? []) add(id);
    if ('subnetMappings' in resource) for (const mapping of resource.subnetMappings ?? []) add(mapping.subnet);
    return result.filter((subnet) => subnet.kind === 'subnet');
  };

  const descendants = (id: string): Resource[] => {
    const result: Resource[] = [];
    const stack = [...(children.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      result.push(next);
      stack.push(...(children.get(next.id) ?? []));
    }
    return result;
  };

  return {
    design,
    byId,
    children,
    ofKind: <K extends ResourceKind>(kind: K) => (byKind.get(kind) ?? []) as ResourceOf<K>[],
    get: (id) => (id === undefined ? undefined : byId.get(id)),
    getOf: <K extends ResourceKind>(id: string | undefined, kind: K) => {
      const resource = id === undefined ? undefined : byId.get(id);
      return resource?.kind === kind ? (resource as ResourceOf<K>) : undefined;
    },
    vpcOf,
    subnetOf,
    ownerOf,
    vpcOwnerOf,
    subnetsOf,
    mainRouteTable,
    routeTableOf,
    defaultNetworkAcl,
    networkAclOf,
    defaultSecurityGroup,
    subnetsUsingRouteTable,
    referrers,
    descendants,
  };
}

const referenceCache = new WeakMap<Resource, ReturnType<typeof referencesOf>>();
function referencesOfCached(resource: Resource) {
  let refs = referenceCache.get(resource);
  if (!refs) {
    refs = referencesOf(resource);
    referenceCache.set(resource, refs);
  }
  return refs;
}
