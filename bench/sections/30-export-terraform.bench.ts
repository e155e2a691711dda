/**
 * Terraform export of synthetic landing zones. Each run exports a fresh copy of the design
 * so the per-document index cache does not flatter the figure: indexing is part of the cost.
 */
import { cpuUsage } from 'node:process';
import { generateTerraform } from '../../src/engine/iac/terraform/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { measure, report } from '../measure.ts';

export const title = 'Export: Terraform';

export function run(): void {
  for (const size of [500, 5_000]) {
    const design = syntheticLandingZone({ seed: 1, resources: size });
    const files = generateTerraform(design);
    const bytes = files.reduce((sum, file) => sum + file.contents.length, 0);
    const blocks = files.reduce((sum, file) => sum + (file.contents.match(/^resource "/gm)?.length ?? 0), 0);
    const runs = size > 500 ? 15 : 30;
    const before = cpuUsage();
    report(
      `terraform ${size} resources (${blocks} blocks, ${(bytes / 1024 / 1024).toFixed(1)} MB)`,
      measure(() => generateTerraform({ ...design }), { runs, warmup: 3 }),
      size === 5_000 ? 200 : undefined,
    );
    // Wall time suffers when the machine is busy; CPU time per export (GC threads included) does not.
    const used = cpuUsage(before);
    console.log(`${''.padEnd(48)} cpu    ${((used.user + used.system) / 1000 / (runs + 3)).toFixed(1)} ms per export`);
  }
}
