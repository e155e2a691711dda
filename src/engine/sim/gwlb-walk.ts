/**
 * Through a Gateway Load Balancer endpoint: the endpoint sends the packet to its load
 * balancer's node in the endpoint's AZ, which picks one appliance of the target group for the
 * flow (5-tuple stickiness, GENEVE on 6081) and keeps it for every packet of the flow, the
 * reply included. The appliance inspects (assumed to pass) and the packet comes back out of
 * the endpoint, into its subnet, whose route table is used from there. A reply that reaches
 * another endpoint, or bypasses the one the request took, meets an appliance that never saw
 * the flow and is dropped (GWLB-ASYMMETRIC).
 */
import { GENEVE_PORT, type ResourceOf } from '../model/resources.ts';
import type { SubnetInfo } from './context.ts';
import { formatIpv4 } from './ipv4.ts';
import type { Arrival, LegPath, Packet, Walker } from './walk.ts';

/** A stable pick among `n` appliances for a flow, the same for its reply. */
function flowHash(pkt: Packet, n: number): number {
  let h = 2166136261;
  for (const value of [Math.min(pkt.src, pkt.dst), Math.max(pkt.src, pkt.dst), pkt.protocol.length, pkt.lo]) {
    h = Math.imul(h ^ (value >>> 0), 16777619) >>> 0;
  }
  return h % n;
}

/** The appliances a node in `az` may send to: its own AZ's, or every AZ's with cross-zone load balancing. */
function appliances(walker: Walker, gwlb: ResourceOf<'gateway-load-balancer'>, group: ResourceOf<'target-group'>, az: string): string[] {
  return group.targets
    .map((t) => t.target)
    .filter((id) => {
      const iface = walker.ctx.ifaces.get(id)?.[0];
      return iface !== undefined && (gwlb.crossZone === true || iface.subnet.az === az);
    });
}

export function throughGwlbEndpoint(walker: Walker, from: SubnetInfo | undefined, id: string, pkt: Packet, path: LegPath): SubnetInfo | Arrival {
  const ctx = walker.ctx;
  const endpoint = ctx.index.getOf(id, 'gwlb-endpoint')!;
  const subnet = ctx.subnets.get(endpoint.parent ?? '');
  if (!subnet) return walker.drop('BLACKHOLE', id, 'endpoint', id, undefined, id, `${id} is in no subnet`);
  if (from && subnet.vpc !== from.vpc) return walker.drop('BLACKHOLE', id, 'endpoint', id, undefined, id, `${id} is not in ${from.vpc.id}`);
  if (subnet !== from) {
    const inbound = walker.nacl(subnet, 'in', pkt);
    if (inbound) return inbound;
  }
  const gwlb = ctx.index.getOf(endpoint.gatewayLoadBalancer, 'gateway-load-balancer');
  if (!gwlb) return walker.drop('BLACKHOLE', id, 'endpoint', id, undefined, id, `${id} names no Gateway Load Balancer that exists`);
  if (walker.reply) {
    const seen = path.gwlbFlows.get(id);
    if (seen === undefined) {
      const other = [...path.gwlbFlows.keys()];
      const why = other.length ? `the request went through ${other.join(', ')}` : 'the request never went through it';
      return walker.drop('ASYMMETRIC', id, 'endpoint', id, undefined, id, `the reply reaches ${id} in ${subnet.az}, but ${why}: ${gwlb.id} has no flow for it there, and an appliance that never saw the request drops the reply (GWLB-ASYMMETRIC)`);
    }
    walker.replyMiddleboxes.push(id);
    if (walker.on) {
      walker.hop(id, 'endpoint', 'forward', id, undefined, id, `the reply comes back through ${id}, the endpoint the request took`);
      walker.hop(gwlb.id, 'target', 'forward', gwlb.id, { kind: 'target', group: gwlb.targetGroup, target: seen, port: GENEVE_PORT }, `${seen} (flow)`, `${gwlb.id}'s flow table sends the reply to ${seen}, the appliance that saw the request (flow stickiness), and back out of ${id} into ${subnet.id}`, ctx.ifaces.get(seen)?.[0]?.fact);
    }
    return subnet;
  }
  const group = ctx.index.getOf(gwlb.targetGroup, 'target-group');
  if (!group) return walker.drop('NO_TARGET', gwlb.id, 'target', gwlb.id, { kind: 'target', group: undefined, target: undefined, port: GENEVE_PORT }, 'no target group', `${gwlb.id} forwards to no target group: nothing inspects the flow and it is dropped`);
  if (group.protocol !== 'GENEVE' || group.port !== GENEVE_PORT) {
    return walker.drop('NO_TARGET', gwlb.id, 'target', gwlb.id, { kind: 'target', group: group.id, target: undefined, port: group.port }, `${group.id}: ${group.protocol} ${group.port}`, `${group.id} is ${group.protocol} on ${group.port}; a Gateway Load Balancer sends to its appliances in GENEVE on ${GENEVE_PORT} only (GWLB-GENEVE)`);
  }
  const gwlbAzs = ctx.index.subnetsOf(gwlb).map((s) => s.availabilityZone);
  if (!gwlbAzs.includes(subnet.az)) {
    return walker.drop('NO_TARGET', gwlb.id, 'target', gwlb.id, { kind: 'target', group: group.id, target: undefined, port: GENEVE_PORT }, `${gwlb.id} in ${subnet.az}`, `${gwlb.id} has no node in ${subnet.az}, where ${id} is (its subnets are in ${[...new Set(gwlbAzs)].join(', ') || 'no AZ'}): its endpoint service is not offered there (GWLB-AZ)`);
  }
  const candidates = appliances(walker, gwlb, group, subnet.az);
  if (candidates.length === 0) {
    return walker.drop('NO_TARGET', gwlb.id, 'target', gwlb.id, { kind: 'target', group: group.id, target: undefined, port: GENEVE_PORT }, `${group.id}: no appliance`, `${group.id} has no appliance in ${subnet.az}${gwlb.crossZone ? '' : ' and cross-zone load balancing is off'}: the flow is dropped`);
  }
  const appliance = candidates[flowHash(pkt, candidates.length)]!;
  path.gwlbFlows.set(id, appliance);
  path.middleboxes.push(id);
  if (walker.on) {
    walker.hop(id, 'endpoint', 'forward', id, undefined, id, `${id} (${subnet.az}) sends ${formatIpv4(pkt.src)} → ${formatIpv4(pkt.dst)} to ${gwlb.id}`);
    walker.hop(
      gwlb.id,
      'target',
      'forward',
      gwlb.id,
      { kind: 'target', group: group.id, target: appliance, port: GENEVE_PORT },
      `${group.id} → ${appliance} (GENEVE ${GENEVE_PORT})`,
      `${gwlb.id} sends the flow to appliance ${appliance} in GENEVE on ${GENEVE_PORT} and keeps every packet of it, the reply included, on that appliance (5-tuple stickiness); it inspects (assumed to pass) and the packet leaves ${id} into ${subnet.id}`,
      ctx.ifaces.get(appliance)?.[0]?.fact,
    );
  }
  return subnet;
}
