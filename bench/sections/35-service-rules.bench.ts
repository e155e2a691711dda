/**
 * The service rule families alone (security groups and NACLs, load balancers, API Gateway,
 * Amazon MQ, EKS/ECS, static IPs) over synthetic landing zones, on a fresh index each run so
 * lazily built lookups are paid for; then the five slowest rules at 5,000 resources.
 */
import { performance } from 'node:perf_hooks';
import { indexDesign, type Design } from '../../src/engine/model/index.ts';
import { serviceRules } from '../../src/engine/rules/service-rules.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { measure, ms, report } from '../measure.ts';

export const title = 'Service rules: security, load balancers, API Gateway, MQ, containers, static IPs';

const runAll = (design: Design) => {
  const fresh = { ...design };
  const context = { design: fresh, index: indexDesign(fresh) };
  let count = 0;
  for (const rule of serviceRules) count += rule.check(context).length;
  return count;
};

export function run(): void {
  for (const size of [500, 5_000, 20_000]) {
    const design = syntheticLandingZone({ seed: 1, resources: size });
    report(`${serviceRules.length} service rules, ${size} resources (with indexing)`, measure(() => runAll(design), { runs: size > 5_000 ? 5 : 20, warmup: 2 }));
  }
  const design = syntheticLandingZone({ seed: 1, resources: 5_000 });
  const totals = new Map<string, number>();
  const runs = 20;
  for (let i = 0; i < runs; i++) {
    const fresh = { ...design };
    const context = { design: fresh, index: indexDesign(fresh) };
    for (const rule of serviceRules) {
      const start = performance.now();
      rule.check(context);
      totals.set(rule.id, (totals.get(rule.id) ?? 0) + performance.now() - start);
    }
  }
  const slowest = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`${'slowest at 5000 (mean per run)'.padEnd(48)} ${slowest.map(([id, total]) => `${id} ${ms(total / runs)}`).join(', ')}`);
}
