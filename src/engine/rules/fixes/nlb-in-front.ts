/**
 * ALB-IP's remedy: an internet-facing NLB with an Elastic IP per AZ in front of the ALB
 * (target group of type alb), and the partner pointed at the NLB.
 */
import { addResource, indexDesign, updateResource, type DesignIndex, type Resource, type ResourceOf, type SubnetResource } from '../../model/index.ts';
import { isPublicSubnet } from '../service-helpers.ts';
import type { QuickFix } from '../types.ts';
import { chain, freshId, type Step } from './chain.ts';

/** One subnet per AZ where an internet-facing NLB can live: the ALB's own when it faces the internet, else the VPC's public subnets. */
function frontSubnets(index: DesignIndex, alb: ResourceOf<'alb'>): SubnetResource[] {
  const vpc = index.vpcOf(alb.id);
  const candidates =
    alb.scheme === 'internet-facing'
      ? index.subnetsOf(alb)
      : (index.children.get(vpc?.id) ?? []).filter((r): r is SubnetResource => r.kind === 'subnet' && isPublicSubnet(index, r.id));
  const perZone = new Map<string, SubnetResource>();
  for (const subnet of candidates) if (!perZone.has(subnet.availabilityZone)) perZone.set(subnet.availabilityZone, subnet);
  return [...perZone.values()];
}

export function albStaticIpFix(index: DesignIndex, external: ResourceOf<'external'>, alb: ResourceOf<'alb'>): QuickFix | undefined {
  const vpc = index.vpcOf(alb.id);
  const owner = index.ownerOf(alb.id);
  const subnets = frontSubnets(index, alb);
  if (!vpc || !owner || subnets.length === 0) return undefined;
  const port = alb.listeners[0]?.port ?? 443;
  return {
    id: 'nlb-in-front',
    title: `Put an NLB with Elastic IPs in front of ${alb.name || alb.id}`,
    description: `Creates an internet-facing NLB in ${subnets.length} subnet${subnets.length === 1 ? '' : 's'} with one Elastic IP each, a TCP ${port} listener forwarding to a target group of type alb (the ALB), and a security group that admits the partner. The partner allowlists the Elastic IPs. The ALB's security group must allow the NLB.`,
    apply(design) {
      const current = indexDesign(design);
      const taken = new Set(current.byId.keys());
      const fresh = (wanted: string) => freshId(taken, wanted);
      const participant = alb.account ? { account: alb.account } : {};
      const eips = subnets.map((s) => fresh(`${alb.id}-eip-${s.availabilityZone.slice(-1)}`));
      const nlbId = fresh(`${alb.id}-nlb`);
      // The group is named for whom it admits, so a drop it decides never reads as the NLB's.
      const groupId = fresh(`${alb.id}-partner-sg`);
      const tgId = fresh(`${nlbId}-tg`);
      const steps: Step[] = [
        ...eips.map((id, i): Step => (d) => addResource(d, { id, kind: 'elastic-ip', name: `${alb.name || alb.id} ${subnets[i]!.availabilityZone}`, parent: owner })),
        (d) =>
          addResource(d, {
            id: groupId,
            kind: 'security-group',
            name: `${external.name || external.id} access`,
            parent: vpc.id,
            ...participant,
            ingress: [{ protocol: 'tcp', fromPort: port, toPort: port, peer: { kind: 'cidr', cidr: external.cidr ?? '0.0.0.0/0' }, description: `from ${external.name}` }],
            egress: vpc.cidrs.map((cidr) => ({ protocol: 'tcp' as const, fromPort: port, toPort: port, peer: { kind: 'cidr' as const, cidr } })),
          }),
        (d) => addResource(d, { id: tgId, kind: 'target-group', name: `${alb.name || alb.id}`, parent: vpc.id, ...participant, targetType: 'alb', protocol: 'TCP', port, targets: [{ target: alb.id }] }),
        (d) =>
          addResource(d, {
            id: nlbId,
            kind: 'nlb',
            name: `${alb.name || alb.id}-static`,
            parent: subnets[0]!.id,
            ...participant,
            scheme: 'internet-facing',
            subnets: subnets.map((s) => s.id),
            subnetMappings: subnets.map((s, i) => ({ subnet: s.id, elasticIp: eips[i]! })),
            securityGroups: [groupId],
            listeners: [{ protocol: 'TCP', port, targetGroup: tgId }],
          } as Resource),
        (d) => {
          const partner = indexDesign(d).getOf(external.id, 'external');
          const connectsTo = (partner?.connectsTo ?? []).map((id) => (id === alb.id ? nlbId : id));
          return updateResource(d, external.id, { connectsTo: [...new Set(connectsTo)] });
        },
      ];
      return chain(design, steps);
    },
  };
}
