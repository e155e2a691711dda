import { describe, expect, it } from 'vitest';
import { inspectedByGwlb } from '../testing/gwlb.ts';
import { withRoute } from '../testing/inspection.ts';
import { trace } from './trace.ts';
import { path, show } from './testing.ts';

const run = (d: ReturnType<typeof inspectedByGwlb>, from: string, port = 443) => trace(d, { from, to: 'internet', protocol: 'tcp', port });

describe('Gateway Load Balancer', () => {
  it('takes a flow through the endpoint of its AZ to one appliance and out through the NAT; the reply comes back through the same endpoint and appliance', () => {
    const result = run(inspectedByGwlb(), 'app');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toEqual(expect.arrayContaining(['endpoint gwlbe-a forward', 'target gwlb forward', 'nat nat translate', 'igw igw forward']));
    const picked = result.forward.find((h) => h.step === 'target' && h.resourceId === 'gwlb')!;
    expect(picked.decided).toMatchObject({ kind: 'target', group: 'tg-appl', port: 6081 });
    const appliance = (picked.decided as { target: string }).target;
    // Without cross-zone load balancing the node in 2a sends only to 2a's appliances.
    expect(['fw-1', 'fw-2']).toContain(appliance);
    expect(picked.note).toContain('GENEVE on 6081');
    const back = result.reply.find((h) => h.step === 'reply-target' && h.resourceId === 'gwlb')!;
    expect(back.decided).toMatchObject({ target: appliance });
    expect(path(result, 'reply').indexOf('reply-endpoint gwlbe-a forward')).toBeGreaterThan(path(result, 'reply').indexOf('reply-nat nat translate'));
  });

  it('drops the flow when the target group is not GENEVE 6081 (GWLB-GENEVE)', () => {
    const result = run(inspectedByGwlb({ protocol: 'TCP', port: 80 }), 'app');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_TARGET', at: 'gwlb' });
    expect(result.forward.at(-1)?.note).toContain('GENEVE on 6081 only');
  });

  it('reports the reply that bypasses the endpoint as asymmetric (GWLB-ASYMMETRIC)', () => {
    const result = run(inspectedByGwlb({ returnRoutes: false }), 'app');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'gwlbe-a' });
    expect(result.reply.at(-1)?.note).toContain('GWLB-ASYMMETRIC');
  });

  it('reports a reply routed to another endpoint than the request took', () => {
    const crossed = withRoute(inspectedByGwlb(), 'rt-pub', '10.0.1.0/24', { target: 'gwlbe-c' });
    const result = run(crossed, 'app');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'gwlbe-c' });
    expect(result.reply.at(-1)?.note).toContain('the request went through gwlbe-a');
  });
});
