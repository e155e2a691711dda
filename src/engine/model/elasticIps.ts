/**
 * An Elastic IP allocated for what needs one: a public NAT gateway takes it, an instance is
 * given it, an NLB gets one in each subnet that has none (its subnet mappings). Allocated in
 * the owning account, in the VPC's Region.
 */
import type { Design } from './design.ts';
import { uniqueId } from './defaults.ts';
import { indexDesign } from './indexes.ts';
import { addResource, updateResource, type OpResult } from './operations.ts';
import type { Resource } from './resources.ts';

/** Whether `resource` is something an Elastic IP is given to. */
export function takesElasticIp(resource: Resource | undefined): boolean {
  return resource?.kind === 'nat-gateway' || resource?.kind === 'instance' || resource?.kind === 'nlb';
}

/** Allocates Elastic IPs for `holderId` and hands them over; the ids of the new addresses first. */
export function giveElasticIp(design: Design, holderId: string): OpResult {
  const index = indexDesign(design);
  const holder = index.get(holderId);
  const account = holder ? index.ownerOf(holder.id) : undefined;
  if (!holder || !takesElasticIp(holder)) return { ok: false, reason: 'Select a NAT gateway, an instance or a Network Load Balancer to give an Elastic IP to.' };
  if (!account) return { ok: false, reason: `${holder.name} is in no account to allocate an Elastic IP in.` };
  const region = index.vpcOf(holder.id)?.region;
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
  const done = (patch: Record<string, unknown>): OpResult => {
    const updated = updateResource(current, holder.id, patch);
    return updated.ok ? { ...updated, ids: [...allocated, holder.id] } : updated;
  };
  switch (holder.kind) {
    case 'nat-gateway': {
      if (holder.connectivity === 'private') return { ok: false, reason: `${holder.name} is a private NAT gateway: it takes no Elastic IP.` };
      const id = allocate(`${holder.name} address`);
      return id ? done({ elasticIps: [...(holder.elasticIps ?? []), id] }) : { ok: false, reason: 'No Elastic IP could be allocated.' };
    }
    case 'instance': {
      if (holder.elasticIp) return { ok: false, reason: `${holder.name} already has an Elastic IP.` };
      const id = allocate(`${holder.name} address`);
      return id ? done({ elasticIp: id }) : { ok: false, reason: 'No Elastic IP could be allocated.' };
    }
    case 'nlb': {
      const mappings = new Map((holder.subnetMappings ?? []).map((m) => [m.subnet, m]));
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
    default:
      return { ok: false, reason: 'Select a NAT gateway, an instance or a Network Load Balancer to give an Elastic IP to.' };
  }
}
