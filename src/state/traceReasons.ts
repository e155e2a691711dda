/** Each reason a flow is blocked, in the architect's words. Exhaustive: a new code fails to compile here. */
import type { Reason } from '../engine/sim/index.ts';

export const REASON_TEXT: Readonly<Record<Reason, string>> = {
  NO_ROUTE: 'no route to the destination',
  BLACKHOLE: 'the route is a blackhole (its target is missing or not active)',
  SG_DENY: 'a security group does not allow it',
  NACL_DENY: 'a network ACL denies it',
  PEERING_TRANSIT: 'a peering connection does not carry transit traffic',
  PEERING_EDGE: "a peering connection cannot use the peer's gateway (no edge-to-edge routing)",
  NO_PUBLIC_IP: 'routed to an internet gateway without a public IPv4 address',
  NAT_PRIVATE_IGW: 'a private NAT gateway is routed to an internet gateway',
  BLOCK_PUBLIC_ACCESS: 'VPC Block Public Access stops the internet path',
  NO_LISTENER: 'no listener for this protocol and port',
  NO_TARGET: 'no target to forward to',
  TGW_NO_AZ: "the transit gateway attachment has no subnet in the packet's Availability Zone",
  SOURCE_DEST_CHECK: 'the routed-through instance still checks source and destination',
  ROUTING_LOOP: 'the routes form a loop',
  WRONG_DESTINATION: 'the packet arrives at another interface than the one asked for',
  REPLY_NACL_DENY: 'a network ACL denies the reply',
  REPLY_NO_ROUTE: 'the reply has no route back',
  REPLY_BLACKHOLE: 'the reply meets a blackhole route',
  ASYMMETRIC: 'the reply comes back another way than the request went',
  NOT_MODELLED: 'the path uses something the simulator does not model',
};

/** Words for a reason code; an unknown code is shown as it is. */
export function reasonText(reason: string): string {
  return (REASON_TEXT as Record<string, string>)[reason] ?? reason;
}
