import { describe, expect, it } from 'vitest';
import { AZ_A, allow, oneVpc, run, show, staticIps } from './testing.ts';
import type { Hop, TraceResult } from './types.ts';

/** The first hop of a step (and resource, when given). */
function hopOf(result: TraceResult, step: Hop['step'], resourceId?: string, which: 'forward' | 'reply' = 'forward'): Hop {
  const hop = result[which].find((h) => h.step === step && (resourceId === undefined || h.resourceId === resourceId));
  if (!hop) throw new Error(`no ${step} hop${resourceId ? ` at ${resourceId}` : ''}:\n${show(result)}`);
  return hop;
}

describe('a hop names as fields where it happened and what decided', () => {
  const twoSubnets = () =>
    oneVpc()
      .add('instance', 'app', { parent: 'a' })
      .add('instance', 'db', { parent: 'c' })
      .update('main-sg-default', { ingress: [allow('10.0.0.0/16', 5432)] });

  it('a route decision names the route table, the route by its destination and target, at the subnet it leaves', () => {
    const result = run(twoSubnets().build(), 'app', 'db', 5432);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const route = hopOf(result, 'route');
    expect(route).toMatchObject({ resourceId: 'main-rtb-main', box: 'a' });
    expect(route.decided).toEqual({ kind: 'route', table: 'main-rtb-main', destination: '10.0.0.0/16', target: 'local' });
    // The reply's route is looked up in the other subnet.
    expect(hopOf(result, 'reply-route', undefined, 'reply')).toMatchObject({ box: 'c', decided: { kind: 'route', table: 'main-rtb-main', destination: '10.0.0.0/16' } });
  });

  it('a route lookup that finds nothing names the table and no route', () => {
    const d = oneVpc()
      .vpc('b', 'net', '10.1.0.0/16')
      .subnet('b1', 'b', '10.1.1.0/24', AZ_A)
      .add('instance', 'app', { parent: 'a' })
      .add('instance', 'far', { parent: 'b1' })
      .build();
    const result = run(d, 'app', 'far');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'main-rtb-main' });
    const drop = result.forward.at(-1)!;
    expect(drop).toMatchObject({ decision: 'drop', box: 'a', decided: { kind: 'route', table: 'main-rtb-main', destination: undefined, target: undefined } });
  });

  it('a security group drop names the group, that no rule matched, and the interface it guards', () => {
    const result = run(twoSubnets().build(), 'app', 'db', 22);
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'main-sg-default' });
    const drop = hopOf(result, 'sg-ingress');
    expect(drop).toMatchObject({ decision: 'drop', resourceId: 'main-sg-default', box: 'db' });
    expect(drop.decided).toEqual({ kind: 'sg-rule', group: 'main-sg-default', direction: 'ingress', rule: undefined });
    expect(drop.iface).toMatchObject({ owner: 'db', subnet: 'c', az: 'ap-northeast-2c' });
  });

  it('an allowing rule is named by its group, direction and number', () => {
    const d = twoSubnets()
      .add('security-group', 'db-sg', { parent: 'main', ingress: [allow('10.9.0.0/16', 5432), allow('10.0.1.0/24', 5432)], egress: [] })
      .update('db', { securityGroups: ['db-sg'] })
      .build();
    const result = run(d, 'app', 'db', 5432);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(hopOf(result, 'sg-ingress')).toMatchObject({ resourceId: 'db-sg', box: 'db', decided: { kind: 'sg-rule', group: 'db-sg', direction: 'ingress', rule: 2 } });
    expect(hopOf(result, 'sg-egress')).toMatchObject({ box: 'app', iface: { owner: 'app', subnet: 'a' }, decided: { kind: 'sg-rule', direction: 'egress', rule: 1 } });
  });

  it('a network ACL hop names the entry by rule number, or the implicit deny, at its subnet', () => {
    const d = twoSubnets()
      .add('network-acl', 'acl-c', {
        parent: 'main',
        inbound: [{ ruleNumber: 100, protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0', action: 'allow' }],
        outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }],
      })
      .update('c', { networkAcl: 'acl-c' })
      .build();
    const denied = run(d, 'app', 'db', 5432);
    expect(denied.verdict).toEqual({ reachable: false, reason: 'NACL_DENY', at: 'acl-c' });
    expect(hopOf(denied, 'nacl-in')).toMatchObject({ box: 'c', decided: { kind: 'nacl-entry', acl: 'acl-c', direction: 'inbound', ruleNumber: undefined } });
    const ssh = run(d, 'app', 'db', 22);
    expect(hopOf(ssh, 'nacl-in')).toMatchObject({ decision: 'allow', box: 'c', decided: { kind: 'nacl-entry', acl: 'acl-c', direction: 'inbound', ruleNumber: 100 } });
  });

  it('a listener hop names the listener; a target hop names the target group, the target and its port', () => {
    const result = run(staticIps().build(), 'partner', 'nlb', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(hopOf(result, 'listener', 'nlb')).toMatchObject({ box: 'nlb', decided: { kind: 'listener', resource: 'nlb', protocol: 'TCP', port: 443 } });
    expect(hopOf(result, 'listener', 'nlb').iface).toMatchObject({ owner: 'nlb', subnet: 'pub-a' });
    expect(hopOf(result, 'target', 'tg-proxy')).toMatchObject({ box: 'nlb', decided: { kind: 'target', group: 'tg-proxy', target: 'proxy-1', port: 443 } });
    expect(hopOf(result, 'listener', 'alb')).toMatchObject({ box: 'alb', decided: { kind: 'listener', resource: 'alb', protocol: 'HTTP', port: 80 } });
    expect(hopOf(result, 'target', 'tg-app')).toMatchObject({ box: 'alb', decided: { kind: 'target', group: 'tg-app', target: 'app-1', port: 80 } });
    expect(hopOf(result, 'proxy', 'proxy-1')).toMatchObject({ box: 'proxy-1', decided: { kind: 'target', group: 'proxy-1', target: 'alb', port: 80 } });
  });

  it('a load balancer without a listener for the port names it and no listener', () => {
    const result = run(staticIps().build(), 'partner', 'nlb', 8443);
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'nlb' });
    expect(result.forward.at(-1)).toMatchObject({ step: 'listener', decision: 'drop', box: 'nlb', decided: { kind: 'listener', resource: 'nlb', protocol: undefined, port: 8443 } });
  });

  it('every hop of every direction has a box, and the dropping hop is the verdict resource', () => {
    for (const [from, to, port] of [['partner', 'nlb', 443], ['partner', 'nlb', 8443], ['proxy-1', 'app-1', 80], ['app-1', 'partner', 443]] as const) {
      const result = run(staticIps().build(), from, to, port);
      const design = staticIps().build();
      const ids = new Set(design.resources.map((r) => r.id));
      for (const hop of [...result.forward, ...result.reply]) expect(hop.box === 'internet' || ids.has(hop.box), `${hop.step} ${hop.resourceId} at ${hop.box}`).toBe(true);
      const drops = [...result.forward, ...result.reply].filter((h) => h.decision === 'drop');
      if (result.verdict.reachable) expect(drops).toEqual([]);
      else expect(drops.map((h) => h.resourceId), show(result)).toEqual([result.verdict.at]);
    }
  });
});
