/**
 * Export of designs with 4,000 and 8,000 of one kind, for every kind, Terraform and CDK
 * side by side: linear means the 8,000 take about twice as long as the 4,000 (ratio ~2);
 * a lookup over all resources per resource shows as a ratio near 4.
 * `npm run bench -- repeated` runs this section alone; LZS_BENCH_KINDS=ecs-service,subnet
 * narrows it to some kinds.
 */
import { performance } from 'node:perf_hooks';
import { generateCdk } from '../../src/engine/iac/cdk/index.ts';
import { generateTerraform } from '../../src/engine/iac/terraform/index.ts';
import type { Design } from '../../src/engine/model/index.ts';
import { repeatableKinds, repeatedKindDesign } from '../repeated.ts';

export const title = 'Export: 4,000 and 8,000 of each kind';

const SIZES = [4_000, 8_000] as const;

/** Best of two runs on a fresh copy, so the per-document index cache does not flatter it. */
function time(generate: (design: Design) => unknown, design: Design): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    generate({ ...design });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const cell = (small: number, large: number) =>
  `${large.toFixed(0).padStart(6)} ms ×${(large / small).toFixed(1)}`;

export function run(): void {
  const only = process.env.LZS_BENCH_KINDS?.split(',');
  // Warm both generators up so the first kind's figures are not the compiler's.
  const warm = repeatedKindDesign('instance', 2_000);
  for (let i = 0; i < 3; i++) [generateTerraform, generateCdk].forEach((generate) => generate({ ...warm }));
  console.log(
    `${'kind'.padEnd(30)} ${'terraform 4k'.padStart(12)} ${'8k (ratio)'.padStart(15)}   ${'cdk 4k'.padStart(8)} ${'8k (ratio)'.padStart(15)}`,
  );
  for (const kind of repeatableKinds()) {
    if (only && !only.includes(kind)) continue;
    const [small, large] = SIZES.map((count) => repeatedKindDesign(kind, count));
    const tf = [time(generateTerraform, small!), time(generateTerraform, large!)] as const;
    const cdk = [time(generateCdk, small!), time(generateCdk, large!)] as const;
    console.log(
      `${kind.padEnd(30)} ${`${tf[0].toFixed(0)} ms`.padStart(12)} ${cell(...tf).padStart(15)}   ${`${cdk[0].toFixed(0)} ms`.padStart(8)} ${cell(...cdk).padStart(15)}`,
    );
  }
}
