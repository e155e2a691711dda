import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.ts';
import { indexDesign } from '../model/indexes.ts';
import { applyFix, findingsOf } from '../rules/service-testing.ts';
import { design, from } from '../testing/builder.ts';
import { tracePath } from './path.ts';
import { namer, verdictWords } from './reasons.ts';
import { AZ_A, AZ_C, allow, oneVpc, run, show, staticIps } from './testing.ts';

const pathOf = (d: Design, ...flow: Parameters<typeof run> extends [Design, ...infer R] ? R : never) => {
  const result = run(d, ...flow);
  return { result, path: tracePath(indexDesign(d), result) };
};

describe('the canvas path of a trace', () => {
  it('numbers the boxes in path order and marks no drop when the flow arrives', () => {
    const { result, path } = pathOf(staticIps().build(), 'partner', 'nlb', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path.steps).toEqual(['partner', 'igw', 'nlb', 'proxy-1', 'alb', 'app-1']);
    expect([...path.numbers]).toEqual(path.steps.map((id, i) => [id, [i + 1]]));
    expect(path.dropNode).toBeUndefined();
    expect(path.dropHop).toBeUndefined();
    // Every hop at a box shows there: the proxy group's hops at the proxy, the listener's at its load balancer.
    const at = (step: string, resourceId: string) => path.forwardNodes[result.forward.findIndex((h) => h.step === step && h.resourceId === resourceId)];
    expect(at('sg-ingress', 'sg-proxy')).toBe('proxy-1');
    expect(at('target', 'tg-proxy')).toBe('nlb');
    expect(at('sg-egress', 'sg-alb')).toBe('alb');
    // Route tables and NACLs happen at subnets: frames, not numbered steps.
    expect(at('route', 'rt-pub')).toBeUndefined();
  });

  it('puts the drop on the box of the interface whose group dropped it', () => {
    const { result, path } = pathOf(staticIps({ proxyIngress: [allow('10.0.0.0/8', 443)] }).build(), 'partner', 'nlb', 443);
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-proxy' });
    expect(path.dropNode).toBe('proxy-1');
    expect(path.dropHop).toMatchObject({ resourceId: 'sg-proxy', box: 'proxy-1' });
    expect(path.steps).toEqual(['partner', 'igw', 'nlb', 'proxy-1']);
  });

  it('puts a network ACL drop on its subnet, and a reply drop where the reply was dropped', () => {
    const d = oneVpc()
      .add('instance', 'app', { parent: 'a' })
      .add('instance', 'db', { parent: 'c' })
      .add('network-acl', 'acl-a', {
        parent: 'main',
        inbound: [{ ruleNumber: 100, protocol: 'tcp', fromPort: 1, toPort: 1023, cidr: '0.0.0.0/0', action: 'allow' }],
        outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }],
      })
      .update('a', { networkAcl: 'acl-a' })
      .update('main-sg-default', { ingress: [allow('10.0.0.0/16')] })
      .build();
    const { result, path } = pathOf(d, 'app', 'db', 5432);
    expect(result.verdict).toEqual({ reachable: false, reason: 'REPLY_NACL_DENY', at: 'acl-a' });
    expect(path.dropNode).toBe('a');
    expect(path.dropHop?.step).toBe('reply-nacl-in');
    // The request itself arrived: both boxes are numbered.
    expect(path.steps).toEqual(['app', 'db']);
  });
});

/** ALB-IP's fix on seed scenario 2's account: an NLB with Elastic IPs in front of the Beanstalk ALB. */
function nlbInFront(): { design: Design; nlb: string } {
  const web = [{ protocol: 'tcp' as const, fromPort: 443, toPort: 443, peer: { kind: 'cidr' as const, cidr: '0.0.0.0/0' } }];
  const d = design('static ips')
    .account('prod')
    .vpc('v', 'prod', '10.20.0.0/16')
    .add('internet-gateway', 'igw', { parent: 'v' })
    .add('route-table', 'rt-public', { parent: 'v', routes: [{ destination: '10.20.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
    .subnet('pub-a', 'v', '10.20.0.0/24', AZ_A, { routeTable: 'rt-public' })
    .subnet('pub-c', 'v', '10.20.1.0/24', AZ_C, { routeTable: 'rt-public' })
    .subnet('app-a', 'v', '10.20.10.0/24', AZ_A)
    .add('security-group', 'alb-sg', { parent: 'v', ingress: web, egress: [allow('0.0.0.0/0')] })
    .add('instance', 'app', { parent: 'app-a' })
    .update('v-sg-default', { ingress: [allow('10.20.0.0/16')] })
    .add('target-group', 'tg-app', { parent: 'v', targetType: 'instance', protocol: 'HTTP', port: 80, targets: [{ target: 'app' }] })
    .add('alb', 'api-alb', { parent: 'pub-a', scheme: 'internet-facing', subnets: ['pub-a', 'pub-c'], securityGroups: ['alb-sg'], listeners: [{ protocol: 'HTTPS', port: 443, targetGroup: 'tg-app' }] })
    .add('external', 'partner', { endpointType: 'partner', cidr: '203.0.113.0/24', needsStaticIps: true, connectsTo: ['api-alb'] })
    .build();
  const fixed = applyFix(d, findingsOf(d, 'ALB-IP')[0]!, 'nlb-in-front').design;
  return { design: fixed, nlb: indexDesign(fixed).ofKind('nlb')[0]!.id };
}

describe('after the NLB-in-front fix', () => {
  it('the partner reaches the app through the new NLB and the ALB', () => {
    const { design: d, nlb } = nlbInFront();
    const { result, path } = pathOf(d, 'partner', nlb, 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path.steps).toEqual(['partner', 'igw', nlb, 'api-alb', 'app']);
  });

  it('when the ALB has no listener for the port, the drop, the hop list and the verdict all blame the ALB', () => {
    const { design: fixed, nlb } = nlbInFront();
    const d = from(fixed).update('api-alb', { listeners: [{ protocol: 'HTTPS', port: 8443, targetGroup: 'tg-app' }] }).build();
    const { result, path } = pathOf(d, 'partner', nlb, 443);
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'api-alb' });
    // The NLB accepted on its listener; the ALB refused.
    expect(result.forward.find((h) => h.resourceId === nlb && h.step === 'listener')?.decision).toBe('allow');
    const drops = result.forward.filter((h) => h.decision === 'drop');
    expect(drops.map((h) => [h.resourceId, h.box])).toEqual([['api-alb', 'api-alb']]);
    expect(path.dropNode).toBe('api-alb');
    expect(path.steps.at(-1)).toBe('api-alb');
    const words = verdictWords(result, namer(indexDesign(d)), path);
    expect(words.detail).toBe('no listener for this protocol and port');
    expect(words.droppedBy).toBe('Dropped by api-alb');
    expect(words.droppedBy).not.toContain(nlb);
  });

  it("when the ALB's group does not let the NLB in, the drop sits on the ALB, not on the NLB", () => {
    const { design: fixed, nlb } = nlbInFront();
    const d = from(fixed).update('alb-sg', { ingress: [allow('192.168.0.0/16', 443)] }).build();
    const { result, path } = pathOf(d, 'partner', nlb, 443);
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'alb-sg' });
    expect(path.dropNode).toBe('api-alb');
    expect(verdictWords(result, namer(indexDesign(d)), path).droppedBy).toBe('Dropped by alb-sg at api-alb');
  });
});
