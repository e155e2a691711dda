/**
 * CDK export of synthetic landing zones. Each run exports a fresh copy of the design so the
 * per-document index cache does not flatter the figure: indexing is part of the cost.
 */
import { generateCdk } from '../../src/engine/iac/cdk/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { measure, report } from '../measure.ts';

export const title = 'Export: CDK';

export function run(): void {
  for (const size of [500, 5_000]) {
    const design = syntheticLandingZone({ seed: 1, resources: size });
    const files = generateCdk(design);
    const bytes = files.reduce((sum, file) => sum + file.contents.length, 0);
    const constructs = files.reduce((sum, file) => sum + (file.contents.match(/new \w+\.Cfn\w+\(this/g)?.length ?? 0), 0);
    const stacks = files.filter((file) => file.path.startsWith('lib/')).length;
    report(
      `cdk ${size} resources (${stacks} stacks, ${constructs} constructs, ${(bytes / 1024 / 1024).toFixed(1)} MB)`,
      measure(() => generateCdk({ ...design }), { runs: size > 500 ? 15 : 30, warmup: 3 }),
      size === 5_000 ? 200 : undefined,
    );
  }
}
