/**
 * Field schemas shared by several resource kinds: CIDRs, ports, rules, routes, listeners.
 * Every string is bounded so a hostile file cannot blow up memory or the UI.
 */
import { z } from 'zod';
import { looksLikeAddress, parseAddress, type AddressExpectation } from '../net/address.ts';
import { ref } from './reference-meta.ts';

export const MAX_NAME = 255;
export const MAX_TEXT = 4096;

export const Id = z
  .string()
  .min(1, 'an id cannot be empty')
  .max(128, 'an id is at most 128 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'an id uses letters, digits, dot, dash, underscore and colon');

/**
 * Characters that make a name print or read as something else: NUL and the C0 controls
 * (tab and line breaks stay: every export escapes them), and bidirectional overrides.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text (`a name`, `a tag value`...) cannot be used, or undefined. */
function textProblem(value: string, noun: string): string | undefined {
  const bidi = BIDI.exec(value);
  if (bidi) return `${noun} may not hold a bidirectional override (${codePoint(bidi[0])}): it makes the ${noun.replace(/^an? /, '')} read differently from what it holds`;
  const control = CONTROL.exec(value);
  if (control) return `${noun} may not hold a control character (${codePoint(control[0])}${control[0] === '\u0000' ? ', NUL' : ''} at position ${control.index + 1})`;
  return undefined;
}

/** Why a name cannot be used, or undefined. */
export const nameProblem = (value: string): string | undefined => textProblem(value, 'a name');

/** Refuses what would make the text print or read as something else, naming the character. */
const readable = (noun: string) => (value: string, ctx: z.RefinementCtx) => {
  const problem = textProblem(value, noun);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

export const Name = z.string().max(MAX_NAME, `a name is at most ${MAX_NAME} characters`).superRefine(readable('a name'));
/** Descriptions and notes: the same characters refused as in names, since they print beside them. */
export const Text = z.string().max(MAX_TEXT, `a text is at most ${MAX_TEXT} characters`).superRefine(readable('a text'));

/** A zod field that goes through the one address parser; its reason becomes the issue. */
function addressField(expect: AddressExpectation) {
  return z
    .string()
    .max(64)
    .superRefine((value, ctx) => {
      const result = parseAddress(value, expect);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.reason });
    });
}

export const Cidr = addressField({ form: 'cidr' });
export const Ipv4Cidr = addressField({ form: 'cidr', version: 4 });
export const Ipv6Cidr = addressField({ form: 'cidr', version: 6 });
export const IpAddress = addressField({ form: 'address' });

/**
 * A free-text field that names a resource or holds an IP address (a target-group target):
 * anything written like an address must parse as one, so `check` refuses what the
 * Terraform export could not write.
 */
export const IdOrAddress = z
  .string()
  .min(1)
  .max(128)
  .superRefine((value, ctx) => {
    if (!looksLikeAddress(value)) return;
    const result = parseAddress(value, { form: 'address' });
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.reason });
  });

export const Port = z.number().int().min(0).max(65535);
export const Region = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region looks like ap-northeast-2');
export const AvailabilityZone = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/, 'an availability zone looks like ap-northeast-2a');

export const Tags = z.record(z.string().max(128), z.string().max(256).superRefine(readable('a tag value'))).superRefine((tags, ctx) => {
  // Checked here, not in the key schema, so the message does not carry the key it refuses.
  Object.keys(tags).forEach((key, n) => {
    const problem = textProblem(key, 'a tag key');
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem} (tag ${n + 1})` });
  });
});

export const Protocol = z.enum(['tcp', 'udp', 'icmp', 'all']);
export type Protocol = z.infer<typeof Protocol>;

/** Where a security group rule points: a CIDR, another security group, or a prefix list. */
export const RulePeer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cidr'), cidr: Cidr }),
  z.object({ kind: z.literal('security-group'), securityGroup: ref(Id, ['security-group']) }),
  z.object({ kind: z.literal('prefix-list'), prefixList: ref(Id, ['prefix-list']) }),
]);
export type RulePeer = z.infer<typeof RulePeer>;

/** A security group rule; `peer` is the source for ingress and the destination for egress. */
export const SecurityGroupRule = z.object({
  protocol: Protocol,
  fromPort: Port,
  toPort: Port,
  peer: RulePeer,
  description: Text.optional(),
});
export type SecurityGroupRule = z.infer<typeof SecurityGroupRule>;

/** A network ACL entry: evaluated lowest number first, first match wins. */
export const NetworkAclEntry = z.object({
  ruleNumber: z.number().int().min(1).max(32766),
  protocol: Protocol,
  fromPort: Port,
  toPort: Port,
  cidr: Cidr,
  action: z.enum(['allow', 'deny']),
});
export type NetworkAclEntry = z.infer<typeof NetworkAclEntry>;

/**
 * A route. `target` is `local` or the id of what the route sends to: internet gateway,
 * egress-only gateway, NAT gateway, peering, transit gateway, endpoint or instance.
 * A target id that no longer exists makes the route a blackhole (RT-BLACKHOLE).
 */
export const Route = z
  .object({
    destination: Cidr.optional(),
    prefixList: ref(Id, ['prefix-list']).optional(),
    // A vanished target is a blackhole route (RT-BLACKHOLE), not a broken file.
    target: ref(z.string().min(1).max(128), 'route-target', { weak: true, except: ['local'] }),
    /**
     * A Network Firewall target: the Availability Zone of the firewall endpoint the route sends
     * to (AWS names that endpoint's vpce id). Absent: the endpoint in the AZ of the subnet routed.
     */
    endpointAz: AvailabilityZone.optional(),
    origin: z.enum(['static', 'propagated']).optional(),
  })
  .refine(
    (route) => (route.destination === undefined) !== (route.prefixList === undefined),
    'a route has either a destination CIDR or a prefix list',
  );
export type Route = z.infer<typeof Route>;

export const LoadBalancerProtocol = z.enum(['TCP', 'TLS', 'UDP', 'TCP_UDP', 'HTTP', 'HTTPS']);
export type LoadBalancerProtocol = z.infer<typeof LoadBalancerProtocol>;

/** A load balancer listener forwarding to a target group. */
export const Listener = z.object({
  protocol: LoadBalancerProtocol,
  port: Port,
  targetGroup: ref(Id, ['target-group']).optional(),
});
export type Listener = z.infer<typeof Listener>;

/** A connection a resource opens on its own, e.g. a proxy to its upstream. */
export const Upstream = z.object({
  target: ref(IdOrAddress, 'upstream', { weak: true }),
  protocol: Protocol.default('tcp'),
  port: Port,
});
export type Upstream = z.infer<typeof Upstream>;
