/**
 * A trace in words: each reason code as a sentence, the verdict's headline, and each hop's
 * parts. The Trace panel, the matrix tooltips and `lzs trace` all print these, so the app
 * and the CLI say the same thing about the same flow.
 */
import type { DesignIndex } from '../model/indexes.ts';
import type { TracePath } from './path.ts';
import type { Hop, Reason, TraceResult } from './types.ts';

/** Exhaustive: a new code fails to compile here. */
export const REASON_TEXT: Readonly<Record<Reason, string>> = {
  NO_ROUTE: 'no route to the destination',
  BLACKHOLE: 'the route is a blackhole (its target is missing or not active)',
  SG_DENY: 'a security group does not allow it',
  NACL_DENY: 'a network ACL denies it',
  PEERING_TRANSIT: 'a peering connection does not carry transit traffic',
  TGW_PEERING_TRANSIT: 'a transit gateway does not route from one peering to another',
  PEERING_EDGE: "a peering connection cannot use the peer's gateway (no edge-to-edge routing)",
  NO_PUBLIC_IP: 'routed to an internet gateway without a public IPv4 address',
  NAT_PRIVATE_IGW: 'a private NAT gateway is routed to an internet gateway',
  NAT_NO_INBOUND: 'a NAT gateway accepts no inbound connections',
  BLOCK_PUBLIC_ACCESS: 'VPC Block Public Access stops the internet path',
  NO_LISTENER: 'no listener for this protocol and port',
  NO_TARGET: 'no target to forward to',
  NLB_HAIRPIN: 'a target calling its own Network Load Balancer times out when it is picked (client IP preservation)',
  TGW_NO_AZ: "the transit gateway attachment has no subnet in the packet's Availability Zone",
  FIREWALL_DROP: "the firewall's policy drops it",
  FIREWALL_NO_ENDPOINT: 'the firewall has no endpoint in that Availability Zone',
  GATEWAY_ENDPOINT_SCOPE: 'a gateway endpoint serves only its own VPC, in its own Region',
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

export type NameOf = (id: string) => string;

/** A resource as people read it: its name, with the id when the name differs. */
export function namer(index: DesignIndex): NameOf {
  return (id) => {
    const resource = index.get(id);
    return resource ? `${resource.name || id}${resource.name && resource.name !== id ? ` (${id})` : ''}` : id;
  };
}

export interface VerdictWords {
  readonly reachable: boolean;
  /** `✓ Reachable`, `✗ Blocked`, `✗ Blocked on the way back`. */
  readonly title: string;
  /** `tcp/443 from A to B`. */
  readonly flow: string;
  /** What happened: the reason in words when blocked. */
  readonly detail: string;
  readonly reason?: Reason;
  /** `Dropped by <resource>`, and the box it shows at when that is another resource. */
  readonly droppedBy?: string;
}

/** The verdict in words. `path` places the drop; without it the box is not named. */
export function verdictWords(result: TraceResult, nameOf: NameOf, path?: Pick<TracePath, 'dropNode' | 'dropEdge'>): VerdictWords {
  const { verdict, flow } = result;
  const what = `${flow.protocol}/${flow.port} from ${nameOf(flow.from)}${flow.fromSubnet ? ` in ${nameOf(flow.fromSubnet)}` : ''} to ${nameOf(flow.to)}`;
  if (verdict.reachable) return { reachable: true, title: '✓ Reachable', flow: what, detail: 'the request arrives and the reply gets back.' };
  const inReply = result.reply.some((h) => h.decision === 'drop');
  const where = path?.dropEdge ?? path?.dropNode;
  const by = verdict.at === undefined ? undefined : `Dropped by ${nameOf(verdict.at)}${where !== undefined && where !== verdict.at ? ` at ${nameOf(where)}` : ''}`;
  return {
    reachable: false,
    title: `✗ Blocked${inReply ? ' on the way back' : ''}`,
    flow: what,
    detail: verdict.reason ? reasonText(verdict.reason) : 'dropped',
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    ...(by ? { droppedBy: by } : {}),
  };
}

/** The verdict as one line: the Trace panel's headline, as `lzs trace` prints it. */
export function verdictSentence(words: VerdictWords): string {
  if (words.reachable) return `${words.title}: ${words.flow}: ${words.detail}`;
  return `${words.title}: ${words.flow}: ${words.detail}${words.reason ? ` (${words.reason})` : ''}.${words.droppedBy ? ` ${words.droppedBy}.` : ''}`;
}

export interface HopWords {
  /** What was evaluated, without the `reply-` prefix (the list it is in says so). */
  readonly step: string;
  readonly decision: string;
  readonly resource: string;
  readonly matched: string;
  readonly note: string;
}

export function hopWords(hop: Hop, nameOf: NameOf): HopWords {
  return { step: hop.step.replace(/^reply-/, ''), decision: hop.decision, resource: nameOf(hop.resourceId), matched: hop.matched, note: hop.note };
}
