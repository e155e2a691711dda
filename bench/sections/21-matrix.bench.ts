/**
 * The reachability matrix of the synthetic 5,000-resource landing zone over its default
 * endpoints (every workload and external network, 908 of them): by endpoint classes, as the
 * product computes it, beside the naive one trace per pair, on the same design in one run.
 * Goal: the class-based matrix under 1 s.
 */
import { performance } from 'node:perf_hooks';
import { defaultEndpoints, matrix, matrixPerPair, matrixRows } from '../../src/engine/sim/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { ms } from '../measure.ts';

export const title = 'Reachability matrix: endpoint classes against one trace per pair';

/** Best of `runs`: a matrix is long enough that the best run is the least disturbed one. */
function best(fn: () => unknown, runs: number): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

export function run(): void {
  const design = syntheticLandingZone({ seed: 1, resources: 5_000 });
  const endpoints = defaultEndpoints(design);
  const flows = endpoints.length * (endpoints.length - 1);
  // Compile the design's tables once, as the app has by the time the matrix runs.
  matrixPerPair(design, endpoints.slice(0, 10), 'tcp', 443);
  const classes = matrixRows(design, endpoints, 'tcp', 443).classes;
  const byClass = best(() => matrix(design, endpoints, 'tcp', 443), 3);
  const perPair = best(() => matrixPerPair(design, endpoints, 'tcp', 443), 3);
  const line = (label: string, time: number, goal = '') => console.log(`${label.padEnd(48)} best ${ms(time).padStart(9)}  ${((time / flows) * 1000).toFixed(2)} µs a flow${goal}`);
  console.log(`${endpoints.length} endpoints, ${flows} flows, up to ${classes} endpoint classes`);
  line('matrix by endpoint classes', byClass, `  goal < 1.0 s ${byClass < 1000 ? 'met' : 'MISSED'}`);
  line('matrix one trace per pair (naive)', perPair);
  console.log(`${'ratio per pair / by classes'.padEnd(48)} ${(perPair / byClass).toFixed(2)}x`);
}
