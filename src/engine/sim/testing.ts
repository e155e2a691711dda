/**
 * Small helpers for the simulator's tests: a two-subnet VPC to start from, rule shorthands,
 * and a compact rendering of hops so an assertion reads like the path.
 */
import type { SecurityGroupRule } from '../model/fields.ts';
import type { Design } from '../model/design.ts';
import { design, type DesignBuilder } from '../testing/builder.ts';
import { trace } from './trace.ts';
import type { Protocol, TraceResult } from './types.ts';

export const AZ_A = 'ap-northeast-2a';
export const AZ_C = 'ap-northeast-2c';

export const allow = (cidr: string, fromPort = 0, toPort = fromPort === 0 ? 65535 : fromPort, protocol: Protocol = fromPort === 0 ? 'all' : 'tcp'): SecurityGroupRule => ({
  protocol,
  fromPort,
  toPort,
  peer: { kind: 'cidr', cidr },
});
export const allowGroup = (securityGroup: string, fromPort: number, toPort = fromPort): SecurityGroupRule => ({
  protocol: 'tcp',
  fromPort,
  toPort,
  peer: { kind: 'security-group', securityGroup },
});
export const ALL_OUT = [allow('0.0.0.0/0')];

/** Account `net`, VPC `main` 10.0.0.0/16 with private subnets `a` (10.0.1.0/24) and `c` (10.0.2.0/24). */
export function oneVpc(): DesignBuilder {
  return design()
    .account('net')
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', AZ_A)
    .subnet('c', 'main', '10.0.2.0/24', AZ_C);
}

/** A security group in a VPC. */
export function group(builder: DesignBuilder, id: string, vpc: string, ingress: SecurityGroupRule[], egress: SecurityGroupRule[] = ALL_OUT): DesignBuilder {
  return builder.add('security-group', id, { parent: vpc, ingress, egress });
}

export function run(d: Design, from: string, to: string, port = 443, protocol: Protocol = 'tcp'): TraceResult {
  return trace(d, { from, to, protocol, port });
}

/** `step resource decision` per hop, e.g. `route main-rtb-main forward`. */
export function path(result: TraceResult, which: 'forward' | 'reply' = 'forward'): string[] {
  return result[which].map((hop) => `${hop.step} ${hop.resourceId} ${hop.decision}`);
}

/** For failure messages: the whole trace in lines. */
export function show(result: TraceResult): string {
  const line = (h: TraceResult['forward'][number]) => `${h.step} ${h.resourceId} ${h.decision} | ${h.matched} | ${h.note}`;
  return [JSON.stringify(result.verdict), ...result.forward.map(line), '-- reply', ...result.reply.map(line)].join('\n');
}
