/**
 * `trace(design, flow)`: the packet's path hop by hop, the reply's path, and the verdict.
 * Deterministic: the same design and flow always give the same hops.
 */
import type { Design } from '../model/design.ts';
import { simContext } from './context.ts';
import { resolveDestination, resolveSender, sourceSubnets as subnetsOfSource } from './endpoints.ts';
import { isIpv6, traceIpv6 } from './ipv6.ts';
import { Recorder } from './recorder.ts';
import { withSubnetEnds } from './subnet-ends.ts';
import { Tracer } from './services.ts';
import { FlowError, type Flow, type TraceResult } from './types.ts';

const PROTOCOLS = new Set(['tcp', 'udp', 'icmp', 'all']);

/** Why a flow cannot be traced (unknown ids, bad port...), or undefined when it can. */
/** A DNS host name as HTTP Host and TLS SNI carry it: labels of up to 63 letters, digits and hyphens, 253 characters in all. */
const HOST_NAME = /^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?$/;

export function checkFlow(design: Design, flow: Flow): string | undefined {
  try {
    validate(design, flow);
    return undefined;
  } catch (error) {
    if (error instanceof FlowError) return error.message;
    throw error;
  }
}

function validate(original: Design, asked: Flow) {
  // A subnet end is an interface there whose security group allows everything (subnet-ends.ts).
  const { design, flow } = withSubnetEnds(original, asked);
  if (!PROTOCOLS.has(flow.protocol)) throw new FlowError(`unknown protocol "${flow.protocol}": use tcp, udp, icmp or all`);
  if (!Number.isInteger(flow.port) || flow.port < 0 || flow.port > 65535) throw new FlowError(`port ${flow.port} is not a port number (0-65535)`);
  if (flow.host && !HOST_NAME.test(flow.host)) {
    throw new FlowError(`host "${flow.host.slice(0, 80)}" is not a host name: letters, digits and hyphens in labels joined by dots, as an HTTP Host or TLS SNI names a server`);
  }
  const ctx = simContext(design);
  const sender = resolveSender(ctx, flow.from, flow.fromSubnet || undefined);
  if (isIpv6(flow.to)) {
    if (!sender.iface) throw new FlowError(`an IPv6 flow starts at an interface in a subnet, not at ${flow.from}`);
    return { ctx, sender, destination: undefined };
  }
  const destination = resolveDestination(ctx, flow.to, sender);
  if (flow.from === flow.to) throw new FlowError(`${asked.from} is both the source and the destination`);
  return { ctx, sender, destination };
}

/** The subnets a flow from `from` can start in (`Flow.fromSubnet`), one per interface, in order. */
export function sourceSubnets(design: Design, from: string): readonly string[] {
  return subnetsOfSource(simContext(design), from);
}

/**
 * Traces a flow. Throws FlowError when the flow names nothing traceable; use `checkFlow`
 * first to get the message without an exception.
 */
export function trace(design: Design, flow: Flow, options: { hops?: boolean } = {}): TraceResult {
  const { ctx, sender, destination } = validate(design, flow);
  const recordHops = options.hops ?? true;
  const forward = new Recorder(recordHops);
  const reply = new Recorder(recordHops);
  const tracer = new Tracer({ ctx, forward, reply, protocol: flow.protocol, host: flow.host || undefined });
  const outcome = destination
    ? tracer.reach(sender, destination, flow.port, 0)
    : traceIpv6(ctx, forward, reply, sender.iface!, flow.to, flow.protocol, flow.port);
  return {
    flow,
    forward: forward.hops,
    reply: reply.hops,
    verdict: outcome.ok ? { reachable: true } : { reachable: false, reason: outcome.reason, at: outcome.at },
  };
}
