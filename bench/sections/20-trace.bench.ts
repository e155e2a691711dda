/**
 * Tracing on the synthetic 5,000-resource landing zone: one trace with all its hops (median
 * over many different flows, the design's compiled tables already built), the one-off
 * compile of a fresh design, and a reachability matrix over 200 endpoints (40,000 flows).
 * Goals: a trace under 1 ms (median), the 200-endpoint matrix under 1 s.
 */
import { performance } from 'node:perf_hooks';
import { defaultEndpoints, matrix, trace } from '../../src/engine/sim/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { measure, report, type Timing } from '../measure.ts';

export const title = 'Tracing: one flow, and a 200-endpoint matrix';

/** Every n-th item, so the sample spreads over the whole design. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

function timingOf(times: number[]): Timing {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), min: times[0]!, runs: times.length };
}

export function run(): void {
  const design = syntheticLandingZone({ seed: 1, resources: 5_000 });
  const endpoints = defaultEndpoints(design);
  const ports = [443, 80, 8080, 5671];

  const compile = measure(() => {
    const fresh = { ...design, resources: [...design.resources] };
    trace(fresh, { from: endpoints[0]!, to: endpoints[1]!, protocol: 'tcp', port: 443 });
  }, { runs: 5, warmup: 1 });
  report(`compile + first trace (${design.resources.length} resources)`, compile);

  const sources = spread(endpoints, 40);
  const targets = spread([...endpoints].reverse(), 25);
  const flows = sources.flatMap((from, i) => targets.filter((to) => to !== from).map((to, j) => ({ from, to, protocol: 'tcp' as const, port: ports[(i + j) % ports.length]! })));
  for (const flow of flows.slice(0, 50)) trace(design, flow);
  const times: number[] = [];
  let reachable = 0;
  for (const flow of flows) {
    const start = performance.now();
    const result = trace(design, flow);
    times.push(performance.now() - start);
    if (result.verdict.reachable) reachable++;
  }
  report(`one trace with hops (${flows.length} flows, ${reachable} reachable)`, timingOf(times), 1);

  const chosen = spread(endpoints, 200);
  const grid = measure(() => matrix(design, chosen, 'tcp', 443), { runs: 3, warmup: 1 });
  report(`matrix ${chosen.length} × ${chosen.length} (${chosen.length * (chosen.length - 1)} flows)`, grid, 1_000);
}
