import { describe, expect, it } from 'vitest';
import type { DesignBuilder } from '../testing/builder.ts';
import { AZ_A, AZ_C, allow, allowGroup, group, path, run, show } from './testing.ts';
import { design } from '../testing/builder.ts';

const PARTNER = '203.0.113.0/24';

interface Options {
  proxyIngress?: Parameters<typeof group>[3];
  nlbGroups?: string[];
  nlbIngress?: Parameters<typeof group>[3];
  targetType?: 'instance' | 'ip';
  listenerPort?: number;
}

/** Seed scenario 2: partner → internet-facing NLB (EIP per AZ) → nginx proxies → internal ALB → app. */
export function staticIps({ proxyIngress = [allow(PARTNER, 443)], nlbGroups, nlbIngress = [], targetType = 'instance', listenerPort = 443 }: Options = {}): DesignBuilder {
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

describe('Network Load Balancer', () => {
  it('partner → NLB:443 → proxy → ALB:80 → app is reachable, the proxy seeing the partner (NLB-CIP)', () => {
    const result = run(staticIps().build(), 'partner', 'nlb', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const steps = path(result);
    const order = ['listener nlb allow', 'target tg-proxy forward', 'sg-ingress sg-proxy allow', 'proxy proxy-1 forward', 'listener alb allow', 'sg-ingress sg-app allow'];
    const positions = order.map((step) => steps.indexOf(step));
    expect(positions.every((p) => p >= 0), steps.join('\n')).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(result.forward.find((h) => h.step === 'target')?.note).toContain("client's address 203.0.113.10");
    expect(result.forward.find((h) => h.step === 'igw')?.note).toContain('52.78.0.10');
    expect(path(result, 'reply')).toContain('reply-load-balancer nlb forward');
  });

  it('without the partner CIDR in the proxy group it is blocked at the proxy, though the NLB listener accepts (NLB-SG)', () => {
    const result = run(staticIps({ proxyIngress: [allow('10.20.0.0/16', 443)] }).build(), 'partner', 'nlb', 443);
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-proxy' });
    expect(path(result)).toContain('listener nlb allow');
    expect(result.forward.find((h) => h.step === 'listener')?.note).toContain('filters nothing');
  });

  it('with ip targets over TCP the proxy sees the NLB, so the VPC CIDR suffices', () => {
    const result = run(staticIps({ targetType: 'ip', proxyIngress: [allow('10.20.0.0/16', 443)] }).build(), 'partner', 'nlb', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'target')?.note).toContain('no client IP preservation');
  });

  it('an NLB with security groups filters at the NLB', () => {
    const denied = run(staticIps({ nlbGroups: ['sg-nlb'], nlbIngress: [allow('198.51.100.0/24', 443)] }).build(), 'partner', 'nlb', 443);
    expect(denied.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-nlb' });
    const allowed = run(staticIps({ nlbGroups: ['sg-nlb'], nlbIngress: [allow(PARTNER, 443)] }).build(), 'partner', 'nlb', 443);
    expect(allowed.verdict).toEqual({ reachable: true });
  });

  it('reports a missing listener', () => {
    const result = run(staticIps().build(), 'partner', 'nlb', 8443);
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'nlb' });
    expect(result.forward.at(-1)?.matched).toBe('listeners: TCP:443');
  });

  it('NLB → target group of type alb → ALB (no proxy fleet)', () => {
    const d = staticIps()
      .add('target-group', 'tg-alb', { parent: 'vpc', targetType: 'alb', protocol: 'TCP', port: 80, targets: [{ target: 'alb' }] })
      .update('nlb', { listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'tg-alb' }] })
      .update('sg-alb', { ingress: [allow('10.20.0.0/16', 80)] })
      .build();
    const result = run(d, 'partner', 'nlb', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toContain('listener alb allow');
  });

  it('the app reaches the partner from the NAT gateway\'s Elastic IP', () => {
    const result = run(staticIps().build(), 'app-1', 'partner', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'nat')?.note).toContain('becomes 52.78.0.20');
  });
});

describe('Application Load Balancer', () => {
  it('listens on HTTP/HTTPS only and its group filters', () => {
    const d = staticIps().build();
    expect(run(d, 'proxy-1', 'alb', 80).verdict).toEqual({ reachable: true });
    const open = staticIps().update('sg-alb', { ingress: [allow('10.20.0.0/16')] }).build();
    expect(run(open, 'proxy-1', 'alb', 80, 'udp').verdict).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'alb' });
    expect(run(open, 'proxy-1', 'alb', 8080).verdict).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'alb' });
    expect(run(d, 'app-1', 'alb', 80).verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-alb' });
  });

  it('the target sees the ALB as the source', () => {
    const result = run(staticIps().build(), 'proxy-1', 'alb', 80);
    expect(result.forward.find((h) => h.step === 'target')?.note).toContain("the target sees alb's address");
  });
});

describe('addresses', () => {
  it("tracing to an NLB's Elastic IP goes through that AZ's node and the listener", () => {
    const result = run(staticIps().build(), 'partner', '52.78.0.11', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'igw')?.note).toContain('52.78.0.11 becomes 10.20.1.');
    // Cross-zone is off: that node serves the proxy in its own AZ.
    expect(result.forward.find((h) => h.step === 'target')?.matched).toContain('proxy-2');
  });

  it('with cross-zone off and no target in the AZ of the node, nothing answers', () => {
    const d = staticIps().update('tg-proxy', { targets: [{ target: 'proxy-1' }] }).build();
    expect(run(d, 'partner', '52.78.0.11', 443).verdict).toEqual({ reachable: false, reason: 'NO_TARGET', at: 'nlb' });
    const crossZone = staticIps().update('tg-proxy', { targets: [{ target: 'proxy-1' }] }).update('nlb', { crossZone: true }).build();
    expect(run(crossZone, 'partner', '52.78.0.11', 443).verdict).toEqual({ reachable: true });
  });
});
