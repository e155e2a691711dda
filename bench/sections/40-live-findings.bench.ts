/**
 * What the app adds to validation on each edit: the node badges computed from the findings
 * (the incremental validator's own cost is in the validation section). Measured after an
 * edit of one subnet's name, as typing in the inspector does, so the findings are fresh.
 */
import { updateResource, type Design } from '../../src/engine/model/index.ts';
import { createValidator } from '../../src/engine/rules/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { findingBadges } from '../../src/state/findingBadges.ts';
import { measure, report } from '../measure.ts';

export const title = 'Live findings in the app: node badges per edit';

export function run(): void {
  for (const size of [500, 5_000, 20_000]) {
    const design = syntheticLandingZone({ seed: 1, resources: size });
    const subnet = design.resources.find((r) => r.kind === 'subnet')!;
    const validator = createValidator();
    validator.validate(design);
    let n = 0;
    let current: Design = design;
    const findings = () => {
      const result = updateResource(current, subnet.id, { name: `subnet-${n++}` });
      if (!result.ok) throw new Error(result.reason);
      current = result.design;
      return validator.validate(current);
    };
    const sample = findings();
    report(`badges for ${sample.length} findings, ${size} resources`, measure(() => findingBadges(current, sample), { runs: size > 5_000 ? 10 : 30, warmup: 3 }));
    report(`edit + re-validate + badges, ${size} resources`, measure(() => findingBadges(current, findings()), { runs: size > 5_000 ? 10 : 30, warmup: 3 }));
  }
}
