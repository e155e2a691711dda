import { describe, expect, it } from 'vitest';
import { reasonText } from './reasons.ts';
import { PARTNER, allow, group, oneVpc, path, run, show, staticIps } from './testing.ts';

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

describe('a target calling its own Network Load Balancer (NLB-HAIRPIN)', () => {
  /** Internal NLB in main with web-1 (a) and web-2 (c) registered; `client` in a is not a target. */
  function ownNlb(group_: { targetType?: 'instance' | 'ip'; preserveClientIp?: boolean; targets?: string[] } = {}) {
    const { targetType = 'instance', preserveClientIp, targets = ['web-1', 'web-2'] } = group_;
    const b = oneVpc()
      .add('instance', 'web-1', { parent: 'a', securityGroups: ['sg-web'] })
      .add('instance', 'web-2', { parent: 'c', securityGroups: ['sg-web'] })
      .add('instance', 'client', { parent: 'a' })
      .add('target-group', 'tg-web', {
        parent: 'main',
        targetType,
        protocol: 'TCP',
        port: 80,
        targets: targets.map((target) => ({ target })),
        ...(preserveClientIp === undefined ? {} : { preserveClientIp }),
      })
      .add('nlb', 'nlb', { parent: 'a', subnets: ['c'], scheme: 'internal', crossZone: true, listeners: [{ protocol: 'TCP', port: 80, targetGroup: 'tg-web' }] });
    return group(b, 'sg-web', 'main', [allow('10.0.0.0/16', 80)]).build();
  }

  it('times out when an instance target with client IP preservation is picked, the trace picking the sender', () => {
    const result = run(ownNlb(), 'web-2', 'nlb', 80);
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'NLB_HAIRPIN', at: 'tg-web' });
    const drop = result.forward.at(-1)!;
    expect(drop).toMatchObject({ step: 'target', decision: 'drop', box: 'nlb', decided: { kind: 'target', group: 'tg-web', target: 'web-2', port: 80 } });
    expect(drop.note).toContain('times out (hairpin)');
    expect(drop.note).toContain('Connections the NLB sends to web-1 succeed, so about 1 in 2 times out');
    expect(path(result)).toContain('listener nlb allow');
    expect(reasonText('NLB_HAIRPIN')).toContain('times out when it is picked');
  });

  it('times out always when the sender is the only target', () => {
    const result = run(ownNlb({ targets: ['web-1'] }), 'web-1', 'nlb', 80);
    expect(result.verdict).toEqual({ reachable: false, reason: 'NLB_HAIRPIN', at: 'tg-web' });
    expect(result.forward.at(-1)?.note).not.toContain('succeed');
  });

  it('works with IP targets, with client IP preservation off, and for a client that is not a target', () => {
    for (const d of [ownNlb({ targetType: 'ip', targets: ['10.0.1.4', '10.0.2.4'] }), ownNlb({ preserveClientIp: false })]) {
      const result = run(d, 'web-1', 'nlb', 80);
      expect(result.verdict, show(result)).toEqual({ reachable: true });
    }
    expect(run(ownNlb(), 'client', 'nlb', 80).verdict).toEqual({ reachable: true });
  });
});
