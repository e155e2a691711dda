/**
 * An Elastic IP allocated for what needs one, as its kind's entry says it holds them: a
 * public NAT gateway takes it into its list, an instance is given it, an NLB gets one in each
 * subnet that has none (its subnet mappings). Allocated in the owning account, in the VPC's
 * Region.
 */
import type { Design } from './design.ts';
import { uniqueId } from './defaults.ts';
import { indexDesign } from './indexes.ts';
import { article, kindInfo, kindsWhere } from './kinds.ts';
import { addResource, updateResource, type OpResult } from './operations.ts';
import type { Resource } from './resources.ts';

/** The fields of the three ways of holding Elastic IPs, as the schemas name them. */
interface ElasticIpFields {
  readonly elasticIps?: readonly string[];
  readonly elasticIp?: string;
  readonly subnetMappings?: readonly { readonly subnet: string; readonly elasticIp?: string }[];
}

/** Whether `resource` is something an Elastic IP is given to. */
export function takesElasticIp(resource: Resource | undefined): boolean {
  return resource !== undefined && kindInfo(resource.kind).elasticIp !== undefined;
}

function whatTakesOne(): string {
  const nouns = kindsWhere((info) => info.elasticIp !== undefined).map((kind) => {
    const label = kindInfo(kind).label;
    return `${article(label)} ${label}`;
  });
  const list = nouns.length > 1 ? `${nouns.slice(0, -1).join(', ')} or ${nouns.at(-1)}` : (nouns[0] ?? 'a resource');
  return `Select ${list} to give an Elastic IP to.`;
}

/** Allocates Elastic IPs for `holderId` and hands them over; the ids of the new addresses first. */
export function giveElasticIp(design: Design, holderId: string): OpResult {
  const index = indexDesign(design);
  const holder = index.get(holderId);
  const info = holder ? kindInfo(holder.kind) : undefined;
  if (!holder || !info?.elasticIp) return { ok: false, reason: whatTakesOne() };
  const account = index.ownerOf(holder.id);
  if (!account) return { ok: false, reason: `${holder.name} is in no account to allocate an Elastic IP in.` };
  const refused = info.refusesElasticIp?.(holder);
  if (refused) return { ok: false, reason: refused };
  const region = index.vpcOf(holder.id)?.region;
  const fields = holder as Resource & ElasticIpFields;
  let current = design;
  const allocated: string[] = [];
  const allocate = (name: string): string | undefined => {
    const id = uniqueId(current, 'elastic-ip');
    const added = addResource(current, { id, kind: 'elastic-ip', name, parent: account, ...(region ? { region } : {}) });
    if (!added.ok) return undefined;
    current = added.design;
    allocated.push(id);
    return id;
  };
  const done = (patch: ElasticIpFields): OpResult => {
    const updated = updateResource(current, holder.id, patch as Record<string, unknown>);
    return updated.ok ? { ...updated, ids: [...allocated, holder.id] } : updated;
  };
  const none: OpResult = { ok: false, reason: 'No Elastic IP could be allocated.' };
  switch (info.elasticIp) {
    case 'list': {
      const id = allocate(`${holder.name} address`);
      return id ? done({ elasticIps: [...(fields.elasticIps ?? []), id] }) : none;
    }
    case 'one': {
      if (fields.elasticIp) return { ok: false, reason: `${holder.name} already has an Elastic IP.` };
      const id = allocate(`${holder.name} address`);
      return id ? done({ elasticIp: id }) : none;
    }
    case 'per-subnet': {
      const mappings = new Map((fields.subnetMappings ?? []).map((m) => [m.subnet, m]));
      const subnets = index.subnetsOf(holder);
      if (subnets.every((s) => mappings.get(s.id)?.elasticIp)) return { ok: false, reason: `${holder.name} already has an Elastic IP in each of its subnets.` };
      for (const subnet of subnets) {
        const mapping = mappings.get(subnet.id);
        if (mapping?.elasticIp) continue;
        const id = allocate(`${holder.name} ${subnet.availabilityZone}`);
        if (id) mappings.set(subnet.id, { ...(mapping ?? { subnet: subnet.id }), elasticIp: id });
      }
      return done({ subnetMappings: subnets.map((s) => mappings.get(s.id) ?? { subnet: s.id }) });
    }
  }
}
