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

export const PARTNER = '203.0.113.0/24';

export interface StaticIpsOptions {
  proxyIngress?: Parameters<typeof group>[3];
  nlbGroups?: string[];
  nlbIngress?: Parameters<typeof group>[3];
  targetType?: 'instance' | 'ip';
  listenerPort?: number;
}

/** Seed scenario 2: partner → internet-facing NLB (EIP per AZ) → nginx proxies → internal ALB → app. */
export function staticIps({ proxyIngress = [allow(PARTNER, 443)], nlbGroups, nlbIngress = [], targetType = 'instance', listenerPort = 443 }: StaticIpsOptions = {}): DesignBuilder {
  const b = design()
    .account('prod')
    .vpc('vpc', 'prod', '10.20.0.0/16')
    .subnet('pub-a', 'vpc', '10.20.0.0/24', AZ_A)
    .subnet('pub-c', 'vpc', '10.20.1.0/24', AZ_C)
    .subnet('priv-a', 'vpc', '10.20.10.0/24', AZ_A)
    .subnet('priv-c', 'vpc', '10.20.11.0/24', AZ_C)
    .add('internet-gateway', 'igw', { parent: 'vpc' })
    .add('route-table', 'rt-pub', { parent: 'vpc', routes: [{ destination: '10.20.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
    .update('pub-a', { routeTable: 'rt-pub' })
    .update('pub-c', { routeTable: 'rt-pub' })
    .add('elastic-ip', 'eip-a', { parent: 'prod', address: '52.78.0.10' })
    .add('elastic-ip', 'eip-c', { parent: 'prod', address: '52.78.0.11' })
    .add('elastic-ip', 'eip-nat', { parent: 'prod', address: '52.78.0.20' })
    .add('nat-gateway', 'nat', { parent: 'pub-a', connectivity: 'public', elasticIps: ['eip-nat'] })
    .routes('vpc-rtb-main', { destination: '0.0.0.0/0', target: 'nat' })
    .add('target-group', 'tg-proxy', { parent: 'vpc', targetType, protocol: 'TCP', port: 443, targets: [{ target: 'proxy-1' }, { target: 'proxy-2' }] })
    .add('nlb', 'nlb', {
      parent: 'pub-a',
      scheme: 'internet-facing',
      subnetMappings: [{ subnet: 'pub-a', elasticIp: 'eip-a' }, { subnet: 'pub-c', elasticIp: 'eip-c' }],
      listeners: [{ protocol: 'TCP', port: listenerPort, targetGroup: 'tg-proxy' }],
      ...(nlbGroups ? { securityGroups: nlbGroups } : {}),
    })
    .add('instance', 'proxy-1', { parent: 'priv-a', role: 'proxy', securityGroups: ['sg-proxy'], upstream: { target: 'alb', protocol: 'tcp', port: 80 } })
    .add('instance', 'proxy-2', { parent: 'priv-c', role: 'proxy', securityGroups: ['sg-proxy'], upstream: { target: 'alb', protocol: 'tcp', port: 80 } })
    .add('target-group', 'tg-app', { parent: 'vpc', targetType: 'instance', protocol: 'HTTP', port: 80, targets: [{ target: 'app-1' }] })
    .add('alb', 'alb', { parent: 'priv-a', subnets: ['priv-c'], scheme: 'internal', securityGroups: ['sg-alb'], listeners: [{ protocol: 'HTTP', port: 80, targetGroup: 'tg-app' }] })
    .add('instance', 'app-1', { parent: 'priv-c', securityGroups: ['sg-app'] })
    .add('external', 'partner', { endpointType: 'partner', cidr: PARTNER, needsStaticIps: true });
  group(b, 'sg-proxy', 'vpc', proxyIngress);
  group(b, 'sg-alb', 'vpc', [allowGroup('sg-proxy', 80)]);
  group(b, 'sg-app', 'vpc', [allowGroup('sg-alb', 80)]);
  if (nlbGroups) group(b, nlbGroups[0]!, 'vpc', nlbIngress);
  return b;
}
