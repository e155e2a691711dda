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
  /**
   * The subnet the source sends from, by id or name, when it has interfaces in several
   * (an Auto Scaling group, a service, a cluster's nodes, a load balancer): the AZ follows.
   * Absent: its first interface.
   */
  readonly fromSubnet?: string | undefined;
  /** The HTTP Host or TLS SNI the connection names, for a firewall's domain lists. Absent: none. */
  readonly host?: string | undefined;
}

/** What a hop evaluated. Reply hops carry the same names prefixed with `reply-`. */
export type ForwardStep =
  | 'sg-egress'
  | 'nacl-out'
  | 'route'
  | 'peering'
  | 'tgw-attachment'
  | 'tgw-route'
  | 'vgw'
  | 'vpn'
  | 'dx'
  | 'tgw-peering'
  | 'nat'
  | 'igw'
  | 'middlebox'
  | 'endpoint'
  | 'firewall'
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

/** A network interface a hop concerns: whose it is, and where. */
export interface HopInterface {
  /** The resource that owns the interface (an instance, a load balancer node, a NAT gateway...). */
  readonly owner: string;
  readonly subnet: string;
  readonly az: string;
  readonly ip: string;
}

/**
 * What decided a hop, by identifiers. Routes and rules have no ids of their own in a design,
 * so they are named as AWS names them: a route by its table and destination, a security
 * group rule by its group, direction and position, a NACL entry by its rule number, a
 * listener by its load balancer, protocol and port. An undefined entry means none matched.
 */
export type Decider =
  /** `destination` is the route's CIDR or prefix list id; both undefined when no route covers the address. */
  | { readonly kind: 'route'; readonly table: string; readonly destination: string | undefined; readonly target: string | undefined }
  | { readonly kind: 'tgw-route'; readonly table: string; readonly destination: string | undefined; readonly attachment: string | undefined }
  /**
   * `rule` is 1-based, in the group's list for that direction; undefined when no rule of the
   * interface's groups allows it, or when the default group's implicit IPv6 egress does.
   */
  | { readonly kind: 'sg-rule'; readonly group: string; readonly direction: 'ingress' | 'egress'; readonly rule: number | undefined }
  /** `ruleNumber` undefined: the implicit deny (`*`). */
  | { readonly kind: 'nacl-entry'; readonly acl: string; readonly direction: 'inbound' | 'outbound'; readonly ruleNumber: number | undefined }
  /** `protocol` undefined: the resource has no listener for the flow's protocol and port. */
  | { readonly kind: 'listener'; readonly resource: string; readonly protocol: string | undefined; readonly port: number }
  /** `group` is the target group, or the environment/Service that owns the load balancer; `target` undefined: none to forward to. */
  | { readonly kind: 'target'; readonly group: string | undefined; readonly target: string | undefined; readonly port: number | undefined }
  /** A Network Firewall rule: `group` by name and `rule` 1-based in its list; both undefined for the engine's default action. */
  | { readonly kind: 'firewall-rule'; readonly firewall: string; readonly engine: 'stateless' | 'stateful'; readonly group: string | undefined; readonly rule: number | undefined };

/** One evaluation on the path. */
export interface Hop {
  /** The resource that decided (a route table, NACL, security group, gateway, listener...). */
  readonly resourceId: string;
  readonly step: Step;
  readonly decision: Decision;
  /**
   * The resource whose box on the canvas shows this hop: a route table's or NACL's subnet,
   * a security group's interface owner, the load balancer of a listener or target hop; an
   * edge resource (peering, attachment) for what happens on the edge; `internet` off the design.
   */
  readonly box: string;
  /** The interface the hop happened at, when one did (security groups, deliveries, load balancer nodes). */
  readonly iface?: HopInterface | undefined;
  /** The route, rule, entry, listener or target that decided, as identifiers. */
  readonly decided?: Decider | undefined;
  /** The route, rule or listener that decided, in words; `no match` when nothing did. For people only. */
  readonly matched: string;
  /** Why, in the architect's terms, with the addresses involved. For people only. */
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
  /** A packet that entered a transit gateway by a peering would leave by another peering (TGW-PEERING-TRANSIT). */
  | 'TGW_PEERING_TRANSIT'
  /** A packet that entered by a peering would use the peer's IGW, NAT or endpoint (PEER-NO-EDGE). */
  | 'PEERING_EDGE'
  /** Routed to an internet gateway without a public IPv4 address (IGW). */
  | 'NO_PUBLIC_IP'
  /** A private NAT gateway's traffic routed to an internet gateway (NAT-PRIVATE). */
  | 'NAT_PRIVATE_IGW'
  /** A connection opened to a NAT gateway itself: it only translates connections its VPC opens (NAT-MISC). */
  | 'NAT_NO_INBOUND'
  /** VPC Block Public Access stops the internet path (BPA). */
  | 'BLOCK_PUBLIC_ACCESS'
  | 'NO_LISTENER'
  | 'NO_TARGET'
  /** A target calls its own NLB and is picked: with client IP preservation the connection times out (NLB-HAIRPIN). */
  | 'NLB_HAIRPIN'
  /** The transit gateway attachment has no subnet in the packet's AZ (TGW-AZ). */
  | 'TGW_NO_AZ'
  /** A Network Firewall's policy drops the packet (the hop names the rule). */
  | 'FIREWALL_DROP'
  /** A route sends to a Network Firewall endpoint in an AZ where the firewall has none (NFW-AZ). */
  | 'FIREWALL_NO_ENDPOINT'
  /** A gateway endpoint used by traffic from outside its VPC, or for a service of another Region (GWE-REGION). */
  | 'GATEWAY_ENDPOINT_SCOPE'
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
  'TGW_PEERING_TRANSIT',
  'PEERING_EDGE',
  'NO_PUBLIC_IP',
  'NAT_PRIVATE_IGW',
  'NAT_NO_INBOUND',
  'BLOCK_PUBLIC_ACCESS',
  'NO_LISTENER',
  'NO_TARGET',
  'NLB_HAIRPIN',
  'TGW_NO_AZ',
  'GATEWAY_ENDPOINT_SCOPE',
  'FIREWALL_DROP',
  'FIREWALL_NO_ENDPOINT',
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
