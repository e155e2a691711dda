/**
 * A subnet as the source or destination of a flow, for designs (often imported) that have
 * routes but no workloads yet: it stands for an interface in that subnet whose security group
 * allows everything, so the trace answers what routes and network ACLs allow. A subnet is
 * named by id, by name (when unique) or by the input address it was imported from.
 */
import type { Design, Resource, SubnetResource } from '../model/index.ts';
import { FlowError } from './types.ts';
import type { Flow } from './types.ts';

/** The id of the interface a subnet end stands for; the hops name it. */
export const subnetProbeId = (subnetId: string) => `${subnetId}:interface`;

interface Lookup {
  readonly ids: ReadonlyMap<string, Resource>;
  readonly subnets: readonly SubnetResource[];
}

// Once per design: a matrix traces a million pairs of one design, and most ends are not subnets.
const LOOKUPS = new WeakMap<Design, Lookup>();
function lookup(design: Design): Lookup {
  let found = LOOKUPS.get(design);
  if (!found) {
    found = { ids: new Map(design.resources.map((r) => [r.id, r])), subnets: design.resources.filter((r): r is SubnetResource => r.kind === 'subnet') };
    LOOKUPS.set(design, found);
  }
  return found;
}

/** The subnet a flow end names, when it names one (and not another resource). */
export function subnetOfEnd(design: Design, end: string): SubnetResource | undefined {
  const { ids, subnets } = lookup(design);
  const byId = ids.get(end);
  if (byId) return byId.kind === 'subnet' ? byId : undefined;
  const matches = subnets.filter((r) => r.source?.address === end || r.name === end);
  const bySource = matches.filter((s) => s.source?.address === end);
  if (bySource.length === 1) return bySource[0];
  if (matches.length > 1) throw new FlowError(`more than one subnet is named "${end}" (${matches.map((s) => s.id).join(', ')}): give its id`);
  return matches[0];
}

/** The design and flow with each subnet end replaced by an interface there that its security group lets do anything. */
export function withSubnetEnds(design: Design, flow: Flow): { design: Design; flow: Flow } {
  const from = subnetOfEnd(design, flow.from);
  const to = /^[\d.]+$/.test(flow.to) || flow.to === 'internet' ? undefined : subnetOfEnd(design, flow.to);
  if (!from && !to) return { design, flow };
  const added: Resource[] = [];
  const probe = (subnet: SubnetResource) => {
    const id = subnetProbeId(subnet.id);
    if (added.some((r) => r.id === id)) return id;
    const group = `${subnet.id}:allow-all`;
    const all = { protocol: 'all' as const, fromPort: 0, toPort: 65535 };
    added.push(
      { id: group, kind: 'security-group', name: `allows all (${subnet.name || subnet.id})`, parent: subnet.parent!, ingress: [{ ...all, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }], egress: [{ ...all, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }] },
      { id, kind: 'instance', name: `an interface in ${subnet.name || subnet.id}`, parent: subnet.id, role: 'app', securityGroups: [group] },
    );
    return id;
  };
  const next: Flow = {
    ...flow,
    ...(from ? { from: probe(from), fromSubnet: undefined } : {}),
    ...(to ? { to: probe(to) } : {}),
  };
  return { design: { ...design, resources: [...design.resources, ...added] }, flow: next };
}
