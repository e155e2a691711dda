import { describe, expect, it } from 'vitest';
import { inspectedByGwlb } from '../testing/gwlb.ts';
import { withRoute } from '../testing/inspection.ts';
import { findingsOf } from './service-testing.ts';

describe('GWLB-GENEVE', () => {
  it('stays quiet for a GENEVE 6081 target group of instances', () => {
    expect(findingsOf(inspectedByGwlb(), 'GWLB-GENEVE')).toEqual([]);
  });

  it('refuses a Gateway Load Balancer target group on another protocol or port', () => {
    const [found] = findingsOf(inspectedByGwlb({ protocol: 'TCP', port: 80 }), 'GWLB-GENEVE');
    expect(found).toMatchObject({ ruleId: 'GWLB-GENEVE', severity: 'error', resourceIds: ['gwlb', 'tg-appl'] });
    expect(found?.message).toContain('is TCP on port 80');
    expect(found?.docUrl).toBe('https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html');
    expect(findingsOf(inspectedByGwlb({ port: 6080 }), 'GWLB-GENEVE').map((f) => f.ruleId)).toEqual(['GWLB-GENEVE']);
  });
});

describe('GWLB-AZ', () => {
  it('stays quiet when each AZ with workloads has an endpoint', () => {
    expect(findingsOf(inspectedByGwlb(), 'GWLB-AZ')).toEqual([]);
  });

  it('warns about workloads in an AZ with no endpoint, sent to another AZ', () => {
    const found = findingsOf(inspectedByGwlb({ endpoints: ['a'] }), 'GWLB-AZ');
    expect(found.map((f) => [f.ruleId, f.severity, f.resourceIds])).toEqual([['GWLB-AZ:cross-az', 'warning', ['gwlbe-a', 'c', 'app-c']]]);
    expect(found[0]?.message).toContain('no endpoint of that load balancer in ap-northeast-2c');
  });

  it('refuses an endpoint in an AZ where its load balancer has no subnet', () => {
    const d = inspectedByGwlb();
    const narrowed = { ...d, resources: d.resources.map((r) => (r.id === 'gwlb' ? { ...r, subnets: [] } : r)) };
    const found = findingsOf(narrowed, 'GWLB-AZ');
    expect(found.map((f) => f.ruleId)).toContain('GWLB-AZ:service-az');
    expect(found.find((f) => f.ruleId === 'GWLB-AZ:service-az')?.resourceIds).toEqual(['gwlbe-c', 'gwlb']);
  });
});

describe('GWLB-ASYMMETRIC', () => {
  it('stays quiet when the replies come back through the endpoint the request took', () => {
    expect(findingsOf(inspectedByGwlb(), 'GWLB-ASYMMETRIC')).toEqual([]);
  });

  it('refuses a return route that bypasses the endpoint', () => {
    const found = findingsOf(inspectedByGwlb({ returnRoutes: false }), 'GWLB-ASYMMETRIC');
    expect(found.map((f) => f.resourceIds)).toEqual([
      ['rt-pub', 'gwlbe-a', 'a'],
      ['rt-pub', 'gwlbe-c', 'c'],
    ]);
    expect(found[0]?.message).toContain('come back by NAT gateway `nat` in `pub-a`, where `rt-pub` has 10.0.0.0/16 → local for 10.0.1.0/24');
  });

  it('refuses a return route to the other AZ\'s endpoint', () => {
    const crossed = withRoute(inspectedByGwlb(), 'rt-pub', '10.0.1.0/24', { target: 'gwlbe-c' });
    expect(findingsOf(crossed, 'GWLB-ASYMMETRIC').map((f) => f.resourceIds)).toEqual([['rt-pub', 'gwlbe-a', 'a']]);
  });
});
