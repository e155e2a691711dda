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
