/**
 * Pure operations on a design: each takes a document and returns a new one, or says why not.
 * The store records them for undo; nothing here mutates its input.
 */
import type { Design, LayoutBox } from './design.ts';
import { defaultFields, uniqueId, vpcDefaults } from './defaults.ts';
import { fittingFields } from './fitting.ts';
import { indexDesign } from './indexes.ts';
import { article, canBePlacedIn, isBalancer, kindInfo, whereItMayGo, type Connection, type ConnectionMeaning } from './kinds.ts';
import { referencesOf } from './references.ts';
import type { Listener } from './fields.ts';
import { resourceSchemaOf, Resource as ResourceSchema, type Resource, type ResourceKind } from './resources.ts';

export type OpResult = { ok: true; design: Design; ids: string[] } | { ok: false; reason: string };

const refuse = (reason: string): OpResult => ({ ok: false, reason });
const withArticle = (noun: string) => `${article(noun)} ${noun}`;
const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function placementError(design: Design, kind: ResourceKind, parentId: string | undefined): string | undefined {
  const parent = parentId ? indexDesign(design).get(parentId) : undefined;
  if (parentId && !parent) return `There is no container "${parentId}".`;
  if (canBePlacedIn(kind, parent?.kind)) return undefined;
  const where = parent ? `in ${kindInfo(parent.kind).label.toLowerCase()} "${parent.name}"` : 'on the canvas itself';
  return `${kindInfo(kind).label} cannot go ${where}: it may go ${whereItMayGo(kind)}.`;
}

function validate(resource: unknown): { ok: true; resource: Resource } | { ok: false; reason: string } {
  const kind = (resource as { kind?: unknown } | null)?.kind;
  const parsed = ((typeof kind === 'string' ? resourceSchemaOf(kind) : undefined) ?? ResourceSchema).safeParse(resource);
  if (parsed.success) return { ok: true, resource: parsed.data as Resource };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}` };
}

/** Builds a new resource of a kind with AWS-like defaults (not yet added). */
export function newResource(
  design: Design,
  kind: ResourceKind,
  init: { parent?: string; name?: string; id?: string; [field: string]: unknown } = {},
): Resource {
  const id = init.id ?? uniqueId(design, kind);
  const { parent, name, ...rest } = init;
  return {
    id,
    kind,
    name: name ?? kindInfo(kind).label,
    ...(parent !== undefined ? { parent } : {}),
    ...defaultFields(kind),
    ...rest,
  } as Resource;
}

/**
 * The container a new resource of `kind` goes in when `selectedId` is selected: the selected
 * box itself, or its nearest ancestor that may hold the kind (a subnet selected, a new subnet
 * goes in its VPC).
 */
export function containerFor(design: Design, kind: ResourceKind, selectedId: string | undefined): Resource | undefined {
  const index = indexDesign(design);
  let candidate = index.get(selectedId);
  while (candidate && !canBePlacedIn(kind, candidate.kind)) candidate = index.get(candidate.parent);
  return candidate;
}

/**
 * A new resource as a gesture adds it: the kind's defaults, then what fits where it goes (a
 * free block, the next AZ: fitting.ts), then `init`.
 */
export function newFittedResource(
  design: Design,
  kind: ResourceKind,
  init: { parent?: string; name?: string; id?: string; [field: string]: unknown } = {},
): Resource {
  return newResource(design, kind, { ...fittingFields(design, kind, init.parent), ...init });
}

/** Adds a resource (and, for a VPC, its main route table, default NACL and default group). */
export function addResource(design: Design, candidate: Resource, box?: LayoutBox): OpResult {
  const checked = validate(candidate);
  if (!checked.ok) return refuse(checked.reason);
  const resource = checked.resource;
  const index = indexDesign(design);
  if (index.byId.has(resource.id)) return refuse(`The id "${resource.id}" is already used.`);
  const placement = placementError(design, resource.kind, resource.parent);
  if (placement) return refuse(placement);
  const taken = new Set(index.byId.keys());
  taken.add(resource.id);
  const extra = resource.kind === 'vpc' ? vpcDefaults(resource, taken) : [];
  return {
    ok: true,
    design: {
      ...design,
      resources: [...design.resources, resource, ...extra],
      layout: box ? { ...design.layout, [resource.id]: box } : design.layout,
    },
    ids: [resource.id, ...extra.map((r) => r.id)],
  };
}

/** Replaces fields of a resource; `id` and `kind` cannot change. A VPC's local routes follow its CIDRs. */
export function updateResource(design: Design, id: string, patch: Record<string, unknown>): OpResult {
  const index = indexDesign(design);
  const current = index.get(id);
  if (!current) return refuse(`There is no resource "${id}".`);
  const { id: _id, kind: _kind, parent: _parent, ...allowed } = patch;
  const merged: Record<string, unknown> = { ...current, ...allowed };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const checked = validate(merged);
  if (!checked.ok) return refuse(checked.reason);
  const updated = checked.resource;
  let resources = design.resources.map((r) => (r.id === id ? updated : r));
  if (updated.kind === 'vpc' && current.kind === 'vpc' && updated.cidrs.join() !== current.cidrs.join()) {
    resources = syncLocalRoutes(resources, updated.id, current.cidrs, updated.cidrs);
  }
  return { ok: true, design: { ...design, resources }, ids: [id] };
}

function syncLocalRoutes(resources: Resource[], vpcId: string, before: string[], after: string[]): Resource[] {
  return resources.map((r) => {
    if (r.kind !== 'route-table' || r.parent !== vpcId) return r;
    const kept = r.routes.filter((route) => !(route.target === 'local' && route.destination && before.includes(route.destination) && !after.includes(route.destination)));
    const have = new Set(kept.filter((route) => route.target === 'local').map((route) => route.destination));
    const added = after.filter((cidr) => !have.has(cidr)).map((destination) => ({ destination, target: 'local' }));
    return { ...r, routes: [...added, ...kept] };
  });
}

export function renameResource(design: Design, id: string, name: string): OpResult {
  return updateResource(design, id, { name });
}

/** Moves a resource into a new container (or to the top level), keeping its contents with it. */
export function moveResource(design: Design, id: string, newParent: string | undefined, box?: LayoutBox): OpResult {
  const index = indexDesign(design);
  const resource = index.get(id);
  if (!resource) return refuse(`There is no resource "${id}".`);
  const placement = placementError(design, resource.kind, newParent);
  if (placement) return refuse(placement);
  if (newParent && (newParent === id || index.descendants(id).some((d) => d.id === newParent))) {
    return refuse(`${resource.name} cannot be moved inside itself.`);
  }
  const oldParent = resource.parent;
  let moved: Resource = { ...resource } as Resource;
  if (newParent === undefined) delete (moved as { parent?: string }).parent;
  else moved = { ...moved, parent: newParent } as Resource;
  // A multi-subnet resource drawn in another subnet swaps that subnet in its list.
  if ('subnets' in moved && moved.subnets && oldParent && newParent) {
    const subnets = moved.subnets.map((s) => (s === oldParent ? newParent : s));
    moved = { ...moved, subnets: [...new Set(subnets)] } as Resource;
  }
  return {
    ok: true,
    design: {
      ...design,
      resources: design.resources.map((r) => (r.id === id ? moved : r)),
      layout: box ? { ...design.layout, [id]: box } : design.layout,
    },
    ids: [id],
  };
}

export function setLayout(design: Design, boxes: Record<string, LayoutBox>): Design {
  return { ...design, layout: { ...design.layout, ...boxes } };
}

/** Kinds that cannot exist once a resource they point at is gone. */
function requiredReferences(resource: Resource): string[] {
  switch (resource.kind) {
    case 'vpc-peering':
      return [resource.requesterVpc, resource.accepterVpc];
    case 'tgw-attachment':
      return [resource.transitGateway, resource.vpc];
    default:
      return [];
  }
}

/** Removes a reference at a JSON path: a list entry is spliced out, a field is dropped. */
function stripReference(resource: Resource, path: string): Resource {
  const copy = structuredClone(resource) as unknown as Record<string, unknown>;
  let segments = path.split('.');
  // A security group rule that names a removed group goes away with it.
  const peerAt = segments.indexOf('peer');
  if (peerAt > 0) segments = segments.slice(0, peerAt);
  let holder: unknown = copy;
  for (const segment of segments.slice(0, -1)) holder = (holder as Record<string, unknown>)[segment];
  const last = segments.at(-1)!;
  if (Array.isArray(holder)) holder.splice(Number(last), 1);
  else if (holder && typeof holder === 'object') delete (holder as Record<string, unknown>)[last];
  return copy as unknown as Resource;
}

/** Deletes resources with everything inside them and everything that cannot live without them. */
export function removeResources(design: Design, ids: readonly string[]): OpResult {
  const index = indexDesign(design);
  const doomed = new Set<string>();
  const queue = ids.filter((id) => index.byId.has(id));
  if (queue.length === 0) return refuse('Nothing to delete.');
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (doomed.has(id)) continue;
    doomed.add(id);
    for (const child of index.children.get(id) ?? []) queue.push(child.id);
    for (const referrer of index.referrers(id)) {
      if (requiredReferences(referrer).includes(id)) queue.push(referrer.id);
    }
  }
  const resources: Resource[] = [];
  for (const resource of design.resources) {
    if (doomed.has(resource.id)) continue;
    const broken = referencesOf(resource)
      .filter((ref) => !ref.weak && doomed.has(ref.id))
      .map((ref) => ref.path)
      // Strip from the end so earlier list indexes stay valid.
      .sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
    let next = resource;
    for (const path of broken) next = stripReference(next, path);
    if (next.kind === 'ram-share' && next.resources.length === 0) continue;
    resources.push(next);
  }
  const layout = Object.fromEntries(Object.entries(design.layout).filter(([id]) => !doomed.has(id)));
  return { ok: true, design: { ...design, resources, layout }, ids: [...doomed] };
}

const ALL_MEANINGS = 'Edges mean: VPC–VPC peering, VPC–transit gateway attachment, transit or virtual private gateway–customer gateway (Site-to-Site VPN), transit gateway–transit gateway (peering), Direct Connect gateway–transit or virtual private gateway (association), load balancer–target, API gateway–load balancer (VPC link), subnet–account (RAM share), subnet–internet or NAT gateway (its default route).';

/** Whether `connection`, declared by `from`, may end at a resource of kind `to`. */
function reaches(connection: Connection, from: ResourceKind, to: ResourceKind): boolean {
  if (typeof connection.to !== 'string') return connection.to.includes(to);
  const info = kindInfo(to);
  if (connection.to !== 'target') return info.roles.includes(connection.to);
  const balancer = kindInfo(from).balancer;
  return balancer !== undefined && info.target?.byController !== true && (info.target?.registeredBy.includes(balancer) ?? false);
}

/** What drawing an edge from `source` to `target` would mean, or why AWS cannot have it. */
export function connectionMeaning(
  design: Design,
  sourceId: string,
  targetId: string,
): { ok: true; meaning: ConnectionMeaning } | { ok: false; reason: string } {
  const index = indexDesign(design);
  const source = index.get(sourceId);
  const target = index.get(targetId);
  if (!source || !target) return { ok: false, reason: 'Both ends must exist.' };
  if (source.id === target.id) return { ok: false, reason: 'A resource cannot connect to itself.' };
  const declared = kindInfo(source.kind).connections;
  const connection =
    declared.find((c) => reaches(c, source.kind, target.kind)) ??
    kindInfo(target.kind).connections.find((c) => c.eitherWay === true && reaches(c, target.kind, source.kind));
  if (connection?.meaning === 'vpc-peering') {
    const existing = index
      .ofKind('vpc-peering')
      .find((p) => new Set([p.requesterVpc, p.accepterVpc, source.id, target.id]).size === 2);
    if (existing) return { ok: false, reason: `These VPCs are already peered (${existing.name}); AWS allows one peering per VPC pair.` };
  }
  if (connection) return { ok: true, meaning: connection.meaning };
  const label = kindInfo(source.kind).label;
  if (declared.some((c) => c.meaning === 'target-registration') && target.kind !== source.kind) {
    return { ok: false, reason: `${capitalized(article(label))} ${label} cannot register ${withArticle(kindInfo(target.kind).label.toLowerCase())} as a target.` };
  }
  return {
    ok: false,
    reason: `AWS has no connection from ${withArticle(label.toLowerCase())} to ${withArticle(kindInfo(target.kind).label.toLowerCase())}. ${ALL_MEANINGS}`,
  };
}

/** Draws an edge: creates the peering, attachment, registration, VPC link or share it means. */
export function connect(design: Design, sourceId: string, targetId: string): OpResult {
  const meaning = connectionMeaning(design, sourceId, targetId);
  if (!meaning.ok) return refuse(meaning.reason);
  const index = indexDesign(design);
  const source = index.get(sourceId)!;
  const target = index.get(targetId)!;
  const taken = new Set(index.byId.keys());
  const add = (resource: Resource) => addResource(design, resource);
  switch (meaning.meaning) {
    case 'vpc-peering':
      return add({
        id: uniqueId(taken, 'vpc-peering'),
        kind: 'vpc-peering',
        name: `${source.name} ↔ ${target.name}`,
        requesterVpc: source.id,
        accepterVpc: target.id,
        status: 'active',
      });
    case 'tgw-attachment': {
      const vpc = source.kind === 'vpc' ? source : target;
      const tgw = source.kind === 'transit-gateway' ? source : target;
      if (tgw.kind !== 'transit-gateway') return refuse('A transit gateway is needed.');
      if (index.ofKind('tgw-attachment').some((a) => a.vpc === vpc.id && a.transitGateway === tgw.id)) {
        return refuse(`${vpc.name} is already attached to ${tgw.name}; AWS allows one attachment per VPC per transit gateway.`);
      }
      // One subnet per AZ, the first of each AZ (TGW-AZ).
      const perAz = new Map<string, string>();
      for (const subnet of index.children.get(vpc.id) ?? []) {
        if (subnet.kind === 'subnet' && !perAz.has(subnet.availabilityZone)) perAz.set(subnet.availabilityZone, subnet.id);
      }
      const firstTable = tgw.routeTables[0]?.id;
      return add({
        id: uniqueId(taken, 'tgw-attachment'),
        kind: 'tgw-attachment',
        name: `${vpc.name} → ${tgw.name}`,
        transitGateway: tgw.id,
        vpc: vpc.id,
        subnets: [...perAz.values()],
        ...(firstTable ? { routeTable: firstTable, propagations: [firstTable] } : { propagations: [] }),
      });
    }
    case 'vpn-connection': {
      const cgw = source.kind === 'customer-gateway' ? source : target;
      const gateway = cgw === source ? target : source;
      if (index.ofKind('vpn-connection').some((v) => v.customerGateway === cgw.id && v.gateway === gateway.id)) {
        return refuse(`${gateway.name} already has a VPN to ${cgw.name}; draw a second one only for another device.`);
      }
      // Two tunnels, both up, with BGP: what AWS creates by default (VPN-TUNNELS).
      return add({
        id: uniqueId(taken, 'vpn-connection'),
        kind: 'vpn-connection',
        name: `${gateway.name} ↔ ${cgw.name}`,
        customerGateway: cgw.id,
        gateway: gateway.id,
        staticRoutesOnly: false,
        tunnels: [{ status: 'up' }, { status: 'up' }],
        ...(gateway.kind === 'transit-gateway' && gateway.routeTables[0] ? { routeTable: gateway.routeTables[0].id, propagations: [gateway.routeTables[0].id] } : {}),
      });
    }
    case 'tgw-peering': {
      if (source.kind !== 'transit-gateway' || target.kind !== 'transit-gateway') return refuse('Two transit gateways are needed.');
      if (index.ofKind('tgw-peering').some((p) => new Set([p.requester, p.accepter, source.id, target.id]).size === 2)) {
        return refuse(`${source.name} and ${target.name} are already peered; AWS allows one peering attachment between two transit gateways.`);
      }
      // Static routes only: the ends are associated with their first tables, and nothing propagates (TGW-PEERING-STATIC).
      return add({
        id: uniqueId(taken, 'tgw-peering'),
        kind: 'tgw-peering',
        name: `${source.name} ↔ ${target.name}`,
        requester: source.id,
        accepter: target.id,
        ...(source.routeTables[0] ? { requesterRouteTable: source.routeTables[0].id } : {}),
        ...(target.routeTables[0] ? { accepterRouteTable: target.routeTables[0].id } : {}),
        propagations: [],
      });
    }
    case 'dx-association': {
      if (source.kind !== 'dx-gateway') return refuse('A Direct Connect gateway is needed.');
      if (source.associations.some((a) => a.gateway === target.id)) return refuse(`${source.name} is already associated with ${target.name}.`);
      const firstTable = target.kind === 'transit-gateway' ? target.routeTables[0]?.id : undefined;
      return updateResource(design, source.id, {
        associations: [...source.associations, { gateway: target.id, ...(firstTable ? { routeTable: firstTable, propagations: [firstTable] } : {}) }],
      });
    }
    case 'ram-share': {
      const subnet = source.kind === 'subnet' ? source : target;
      const account = source.kind === 'account' ? source : target;
      const owner = index.ownerOf(subnet.id);
      if (owner === account.id) return refuse(`${account.name} already owns ${subnet.name}; share it with another account.`);
      const existing = index
        .ofKind('ram-share')
        .find((share) => index.ownerOf(share.resources[0] ?? '') === owner && share.principals.includes(account.id));
      if (existing) {
        if (existing.resources.includes(subnet.id)) return refuse(`${subnet.name} is already shared with ${account.name}.`);
        return updateResource(design, existing.id, { resources: [...existing.resources, subnet.id] });
      }
      return add({
        id: uniqueId(taken, 'ram-share'),
        kind: 'ram-share',
        name: `${subnet.name} → ${account.name}`,
        resources: [subnet.id],
        principals: [account.id],
      });
    }
    case 'target-registration':
      return register(design, source, target);
    case 'vpc-link': {
      if (source.kind !== 'api-gateway') return refuse('An API gateway is needed.');
      const version = kindInfo(target.kind).balancer === 'application' || source.apiType === 'http' ? 'v2' : 'v1';
      const linkId = uniqueId(taken, 'vpc-link');
      const owner = index.ownerOf(source.id);
      const withLink = addResource(design, {
        id: linkId,
        kind: 'vpc-link',
        name: `${source.name} → ${target.name}`,
        ...(owner ? { parent: owner } : {}),
        version,
        targets: [target.id],
        ...(version === 'v2' ? { subnets: index.subnetsOf(target).map((s) => s.id), securityGroups: [] } : {}),
      } as Resource);
      if (!withLink.ok) return withLink;
      const port = 'listeners' in target ? target.listeners[0]?.port : undefined;
      const updated = updateResource(withLink.design, source.id, {
        integrations: [...source.integrations, { path: '/{proxy+}', method: 'ANY', vpcLink: linkId, target: target.id, ...(port ? { port } : {}) }],
      });
      return updated.ok ? { ...updated, ids: [linkId, source.id] } : updated;
    }
    case 'default-route':
      return routeByDefault(design, source.kind === 'subnet' ? source.id : target.id, source.kind === 'subnet' ? target.id : source.id);
    case 'upstream': {
      if (source.kind === 'external') {
        return updateResource(design, source.id, { connectsTo: [...new Set([...(source.connectsTo ?? []), target.id])] });
      }
      const port = 'listeners' in target ? (target.listeners[0]?.port ?? 80) : 80;
      const upstream = updateResource(design, source.id, { upstream: { target: target.id, protocol: 'tcp', port } });
      // A load balancer the proxy forwards to listens where it sends, as AWS's console starts one (HTTP or TCP on 80).
      if (!upstream.ok || !isBalancer(target) || target.listeners.length > 0) return upstream;
      const protocol = kindInfo(target.kind).balancer === 'application' ? 'HTTP' : 'TCP';
      const listening = updateResource(upstream.design, target.id, { listeners: [{ protocol, port }] });
      return listening.ok ? { ...listening, ids: [source.id, target.id] } : listening;
    }
    default: {
      const exhaustive: never = meaning.meaning;
      return refuse(String(exhaustive));
    }
  }
}

/** The port a target answers on: an ALB its first listener's (NLB-TG), a workload its own. */
function portOf(target: Resource): number | undefined {
  if (isBalancer(target)) return target.listeners[0]?.port;
  return 'port' in target && typeof target.port === 'number' ? target.port : undefined;
}

/**
 * A load balancer registers a target behind a listener. The first listener whose group has
 * the target's type takes it into that group; otherwise a group is made on the listener's
 * port (or the target's, for a new listener), so ports follow what is connected.
 */
function register(design: Design, source: Resource, target: Resource): OpResult {
  const targetType = kindInfo(target.kind).target?.type;
  if (!isBalancer(source) || !targetType) return refuse('A load balancer and a target are needed.');
  const index = indexDesign(design);
  const vpc = index.vpcOf(source.id);
  if (!vpc) return refuse(`${source.name} is not in a VPC.`);
  const groupOf = (listener: Listener) => index.getOf(listener.targetGroup, 'target-group');
  const joining = source.listeners.map(groupOf).find((group) => group?.targetType === targetType);
  if (joining) {
    if (joining.targets.some((t) => t.target === target.id)) {
      return refuse(`${target.name} is already a target of ${joining.name} behind ${source.name}.`);
    }
    const joined = updateResource(design, joining.id, { targets: [...joining.targets, { target: target.id }] });
    return joined.ok ? { ...joined, ids: [joining.id, source.id] } : joined;
  }
  const protocol = kindInfo(source.kind).balancer === 'application' ? 'HTTP' : 'TCP';
  const free = source.listeners.find((l) => !groupOf(l));
  const listenerPort = free?.port ?? portOf(target) ?? 80;
  if (!free && source.listeners.some((l) => l.port === listenerPort)) {
    return refuse(`Every listener of ${source.name} already forwards to a target group of another target type; add a listener for ${target.name} first.`);
  }
  // A target group of type `alb` forwards to the ALB's listener port (NLB-TG).
  const port = (isBalancer(target) ? portOf(target) : undefined) ?? listenerPort;
  const tgId = uniqueId(design, 'target-group');
  const withGroup = addResource(design, {
    id: tgId,
    kind: 'target-group',
    name: target.name,
    parent: vpc.id,
    targetType,
    protocol,
    port,
    targets: [{ target: target.id }],
  });
  if (!withGroup.ok) return withGroup;
  const listeners: Listener[] = free
    ? source.listeners.map((l) => (l === free ? { ...l, targetGroup: tgId } : l))
    : [...source.listeners, { protocol, port: listenerPort, targetGroup: tgId }];
  const updated = updateResource(withGroup.design, source.id, { listeners });
  return updated.ok ? { ...updated, ids: [tgId, source.id] } : updated;
}

/**
 * Sends a subnet's 0.0.0.0/0 to a gateway of its VPC: it is associated with the VPC's route
 * table that already does (one public table for the internet gateway, one per NAT gateway),
 * or with a new one holding the VPC's local routes and that default route.
 */
function routeByDefault(design: Design, subnetId: string, gatewayId: string): OpResult {
  const index = indexDesign(design);
  const subnet = index.getOf(subnetId, 'subnet');
  const gateway = index.get(gatewayId);
  const vpc = subnet ? index.vpcOf(subnet.id) : undefined;
  if (!subnet || !gateway || !vpc) return refuse('A subnet and a gateway of its VPC are needed.');
  if (index.vpcOf(gateway.id)?.id !== vpc.id) return refuse(`${gateway.name} is not in ${subnet.name}'s VPC ${vpc.name}; a subnet routes only to gateways of its own VPC.`);
  const defaultTo = (table: Resource | undefined) =>
    table?.kind === 'route-table' && table.routes.some((r) => r.destination === '0.0.0.0/0' && r.target === gateway.id);
  if (defaultTo(index.routeTableOf(subnet.id))) return refuse(`${subnet.name} already sends 0.0.0.0/0 to ${gateway.name}.`);
  const existing = (index.children.get(vpc.id) ?? []).find((r) => r.kind === 'route-table' && !r.main && defaultTo(r));
  let current = design;
  let tableId = existing?.id;
  if (!tableId) {
    tableId = uniqueId(design, 'route-table');
    const added = addResource(design, {
      id: tableId,
      kind: 'route-table',
      name: gateway.kind === 'internet-gateway' ? `${vpc.name} public` : `${vpc.name} private ${subnet.availabilityZone.slice(-1)}`,
      parent: vpc.id,
      routes: [...vpc.cidrs.map((destination) => ({ destination, target: 'local' })), { destination: '0.0.0.0/0', target: gateway.id }],
    });
    if (!added.ok) return added;
    current = added.design;
  }
  const associated = updateResource(current, subnet.id, { routeTable: tableId });
  return associated.ok ? { ...associated, ids: [tableId, subnet.id] } : associated;
}
