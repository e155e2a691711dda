/**
 * Intents: flows a design promises, each with the verdict it must keep ("the partner reaches
 * the NLB on 443", "nothing on the internet reaches the database"). The INTENT rule traces
 * each one; an intent whose ends are gone is reported, not refused, so an edit never makes a
 * design unloadable.
 */
import { z } from 'zod';
import { Id, IdOrAddress, Port, Protocol, Text } from './fields.ts';

/** An HTTP Host or TLS SNI name, as DNS writes it. */
const HostName = z
  .string()
  .max(253, 'a host name is at most 253 characters')
  .regex(/^(?=.{1,253}$)(\*\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/, 'a host name is labels of letters, digits and dashes joined by dots');

export const IntentExpectation = z.enum(['reachable', 'blocked']);
export type IntentExpectation = z.infer<typeof IntentExpectation>;

export const Intent = z.object({
  id: Id,
  /** What to call it in findings; absent: the flow written out. */
  name: Text.optional(),
  /** A resource id with a network interface, or an external network. */
  from: Id,
  /** A resource id, an IP address, or `internet`. */
  to: IdOrAddress,
  protocol: Protocol,
  port: Port,
  fromSubnet: Id.optional(),
  host: HostName.optional(),
  expect: IntentExpectation,
});
export type Intent = z.infer<typeof Intent>;

export const MAX_INTENTS = 1000;

export const Intents = z
  .array(Intent)
  .max(MAX_INTENTS, `at most ${MAX_INTENTS} intents`)
  .superRefine((intents, ctx) => {
    const seen = new Set<string>();
    intents.forEach((intent, i) => {
      if (seen.has(intent.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the intent id "${intent.id}" is used more than once` });
      seen.add(intent.id);
    });
  });

/** `partner → nlb tcp/443`, the way findings and lists write an intent's flow. */
export function intentFlowText(intent: Pick<Intent, 'from' | 'to' | 'protocol' | 'port'>, nameOf: (id: string) => string = (id) => id): string {
  const portText = intent.protocol === 'icmp' || intent.protocol === 'all' ? intent.protocol : `${intent.protocol}/${intent.port}`;
  return `${nameOf(intent.from)} → ${nameOf(intent.to)} ${portText}`;
}

type FlowOf = Pick<Intent, 'from' | 'to' | 'protocol' | 'port' | 'fromSubnet' | 'host'>;
const sameFlow = (a: FlowOf, b: FlowOf) =>
  a.from === b.from && a.to === b.to && a.protocol === b.protocol && a.port === b.port && (a.fromSubnet || '') === (b.fromSubnet || '') && (a.host || '') === (b.host || '');

/** The design's intent for this flow, if one is pinned. */
export function intentFor(design: { readonly intents?: readonly Intent[] | undefined }, flow: FlowOf): Intent | undefined {
  return design.intents?.find((intent) => sameFlow(intent, flow));
}

/** The design with this flow pinned as an intent expecting `expect`; one for the same flow is replaced. */
export function pinIntent<D extends { readonly intents?: Intent[] | undefined }>(design: D, flow: FlowOf, expect: IntentExpectation): D {
  const taken = new Set((design.intents ?? []).map((i) => i.id));
  let n = (design.intents?.length ?? 0) + 1;
  while (taken.has(`intent-${n}`)) n++;
  const existing = intentFor(design, flow);
  const intent: Intent = {
    id: existing?.id ?? `intent-${n}`,
    ...(existing?.name ? { name: existing.name } : {}),
    from: flow.from,
    to: flow.to,
    protocol: flow.protocol,
    port: flow.port,
    ...(flow.fromSubnet ? { fromSubnet: flow.fromSubnet } : {}),
    ...(flow.host ? { host: flow.host } : {}),
    expect,
  };
  const intents = design.intents ?? [];
  return { ...design, intents: existing ? intents.map((i) => (i === existing ? intent : i)) : [...intents, intent] };
}

export function removeIntent<D extends { readonly intents?: Intent[] | undefined }>(design: D, id: string): D {
  return { ...design, intents: (design.intents ?? []).filter((i) => i.id !== id) };
}
