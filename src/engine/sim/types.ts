/**
 * The public vocabulary of the packet simulator: a flow, the hops of its path, the verdict.
 * See shared semantics in the simulation docs: a hop is one thing that was evaluated.
 */
import type { Protocol } from '../model/fields.ts';

export type { Protocol };

/** A question: can `from` reach `to` on this protocol and destination port? */
export interface Flow {
  /** A resource id with a network interface, or an external endpoint. */
  readonly from: string;
  /** A resource id (listener resources take `port`), an IPv4 address, or `internet`. */
  readonly to: string;
  readonly protocol: Protocol;
  readonly port: number;
}

/** What a hop evaluated. Reply hops carry the same names prefixed with `reply-`. */
export type ForwardStep =
  | 'sg-egress'
  | 'nacl-out'
  | 'route'
  | 'peering'
  | 'tgw-attachment'
  | 'tgw-route'
  | 'nat'
  | 'igw'
  | 'middlebox'
  | 'endpoint'
  | 'vpc-link'
  | 'api-gateway'
  | 'listener'
  | 'target'
  | 'nacl-in'
  | 'sg-ingress'
  | 'proxy'
  | 'deliver'
  | 'load-balancer';
export type Step = ForwardStep | `reply-${ForwardStep}`;

export type Decision = 'allow' | 'forward' | 'translate' | 'drop';

/** One evaluation on the path. */
export interface Hop {
  /** The resource that decided (a route table, NACL, security group, gateway, listener...). */
  readonly resourceId: string;
  readonly step: Step;
  readonly decision: Decision;
  /** The route, rule or listener that decided, in words; `no match` when nothing did. */
  readonly matched: string;
  /** Why, in the architect's terms, with the addresses involved. */
  readonly note: string;
}

/** Why a flow is blocked. Codes are stable: the CLI, the UI and tests rely on them. */
export type Reason =
  /** No route for the destination, or no subnet/path holds it. */
  | 'NO_ROUTE'
  /** The route's target does not exist, or points at a pending peering (RT-BLACKHOLE). */
  | 'BLACKHOLE'
  | 'SG_DENY'
  | 'NACL_DENY'
  /** A packet that entered by a peering would leave by another peering or the TGW (PEER-NO-TRANSIT). */
  | 'PEERING_TRANSIT'
  /** A packet that entered by a peering would use the peer's IGW, NAT or endpoint (PEER-NO-EDGE). */
  | 'PEERING_EDGE'
  /** Routed to an internet gateway without a public IPv4 address (IGW). */
  | 'NO_PUBLIC_IP'
  /** A private NAT gateway's traffic routed to an internet gateway (NAT-PRIVATE). */
  | 'NAT_PRIVATE_IGW'
  /** VPC Block Public Access stops the internet path (BPA). */
  | 'BLOCK_PUBLIC_ACCESS'
  | 'NO_LISTENER'
  | 'NO_TARGET'
  /** The transit gateway attachment has no subnet in the packet's AZ (TGW-AZ). */
  | 'TGW_NO_AZ'
  /** A route points at an instance that still checks source/destination. */
  | 'SOURCE_DEST_CHECK'
  | 'ROUTING_LOOP'
  /** The packet arrives, but at another interface than the one asked for. */
  | 'WRONG_DESTINATION'
  | 'REPLY_NACL_DENY'
  | 'REPLY_NO_ROUTE'
  | 'REPLY_BLACKHOLE'
  /** The reply comes back another way than the request went (other NAT, appliance, AZ or gateway). */
  | 'ASYMMETRIC'
  /** The path uses something the simulator does not model; said in the last hop. */
  | 'NOT_MODELLED';

export const REASONS: readonly Reason[] = [
  'NO_ROUTE',
  'BLACKHOLE',
  'SG_DENY',
  'NACL_DENY',
  'PEERING_TRANSIT',
  'PEERING_EDGE',
  'NO_PUBLIC_IP',
  'NAT_PRIVATE_IGW',
  'BLOCK_PUBLIC_ACCESS',
  'NO_LISTENER',
  'NO_TARGET',
  'TGW_NO_AZ',
  'SOURCE_DEST_CHECK',
  'ROUTING_LOOP',
  'WRONG_DESTINATION',
  'REPLY_NACL_DENY',
  'REPLY_NO_ROUTE',
  'REPLY_BLACKHOLE',
  'ASYMMETRIC',
  'NOT_MODELLED',
];

export interface Verdict {
  readonly reachable: boolean;
  readonly reason?: Reason;
  /** The resource that dropped the packet. */
  readonly at?: string;
}

export interface TraceResult {
  readonly flow: Flow;
  /** Request hops in order, through every load balancer, proxy and gateway. */
  readonly forward: readonly Hop[];
  /** Reply hops in order, from the destination back to the source. */
  readonly reply: readonly Hop[];
  readonly verdict: Verdict;
}

/** A flow that cannot be traced: unknown ids, a bad port, a resource without an interface. */
export class FlowError extends Error {
  override readonly name = 'FlowError';
}
