/**
 * Validating synthetic landing zones of 500, 5,000 and 20,000 resources: a full validation
 * (fresh document, so indexes are built too), and re-validation after one edit through the
 * incremental validator, for the edits an architect makes most.
 * Goals (Node, 2 cores): 5,000 resources in under 50 ms in full, under 5 ms after one edit.
 */
import { indexDesign as indexOf, updateResource, type Design } from '../../src/engine/model/index.ts';
import { createValidator, RULES, validate } from '../../src/engine/rules/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { measure, ms, report, type Timing } from '../measure.ts';

export const title = 'Validation: full and after one edit';

/** CPU time of the process (user + system) in ms: steadier than wall time when the machine is busy. */
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Like `measure`, reporting the median CPU time beside the wall-clock figures. */
function measureBoth(fn: () => unknown, options: { runs: number; warmup: number }): Timing & { cpuMedian: number } {
  const cpuTimes: number[] = [];
  const timing = measure(() => {
    const start = cpu();
    fn();
    cpuTimes.push(cpu() - start);
  }, options);
  const measured = cpuTimes.slice(options.warmup).sort((a, b) => a - b);
  return { ...timing, cpuMedian: measured[Math.floor(measured.length / 2)] ?? 0 };
}

function line(label: string, timing: Timing & { cpuMedian: number }, goalMs?: number): void {
  report(label, timing, goalMs);
  console.log(`${''.padEnd(48)} cpu median ${ms(timing.cpuMedian).padStart(9)}${goalMs === undefined ? '' : `  goal < ${ms(goalMs)} ${timing.cpuMedian < goalMs ? 'met' : 'MISSED'} on CPU time`}`);
}

type Edit = (design: Design, n: number) => Design;

const first = <K extends Design['resources'][number]['kind']>(design: Design, kind: K) =>
  design.resources.find((r) => r.kind === kind) as Extract<Design['resources'][number], { kind: K }>;

function apply(design: Design, id: string, patch: Record<string, unknown>): Design {
  const result = updateResource(design, id, patch);
  if (!result.ok) throw new Error(`bench edit refused: ${result.reason}`);
  return result.design;
}

const EDITS: Record<string, Edit> = {
  'rename an instance': (d, n) => apply(d, first(d, 'instance').id, { name: `app-${n}` }),
  'add a route': (d, n) => {
    const table = first(d, 'route-table');
    return apply(d, table.id, { routes: [...table.routes.slice(0, 8), { destination: `192.168.${n % 250}.0/24`, target: 'local-missing' }] });
  },
  'edit a security group rule': (d, n) => {
    const group = first(d, 'security-group');
    return apply(d, group.id, { ingress: [{ protocol: 'tcp', fromPort: 1000 + (n % 50), toPort: 1000 + (n % 50), peer: { kind: 'cidr', cidr: '10.0.0.0/8' } }] });
  },
  'edit a subnet': (d, n) => apply(d, first(d, 'subnet').id, { mapPublicIpOnLaunch: n % 2 === 0 }),
  'add a VPC block (every rule re-runs)': (d, n) => {
    const vpc = first(d, 'vpc');
    const primary = vpc.cidrs.filter((c) => c !== '100.64.0.0/16');
    return apply(d, vpc.id, { cidrs: n % 2 === 0 ? [...primary, '100.64.0.0/16'] : primary });
  },
};

export function run(): void {
  console.log(`${RULES.length} rules`);
  for (const size of [500, 5_000, 20_000]) {
    const design = syntheticLandingZone({ seed: 1, resources: size });
    const runs = size > 5_000 ? 8 : 20;
    const findings = validate(design);
    console.log(`\n${size} resources → ${findings.length} findings (${findings.filter((f) => f.severity === 'error').length} errors)`);
    // A fresh document object each run, so no index or derived cache is reused.
    line(`full validate ${size}`, measureBoth(() => validate({ ...design }), { runs, warmup: 2 }), size === 5_000 ? 50 : undefined);
    for (const [label, edit] of Object.entries(EDITS)) {
      const validator = createValidator();
      let current = design;
      validator.validate(current);
      const chain: Design[] = [];
      for (let i = 0; i < runs + 2; i++) chain.push((current = edit(current, i)));
      let step = 0;
      const timing = measureBoth(() => validator.validate(chain[step++]!), { runs, warmup: 2 });
      line(`  after one edit: ${label}`, timing, size === 5_000 && !label.includes('every rule') ? 5 : undefined);
    }
  }
  profile(syntheticLandingZone({ seed: 1, resources: 5_000 }));
}

/** The slowest rules on 5,000 resources, to see where a full validation goes. */
function profile(design: Design): void {
  const times = RULES.map((rule) => {
    const fresh = { ...design };
    validate(fresh);
    const start = cpu();
    for (let i = 0; i < 5; i++) rule.check({ design: fresh, index: indexOf(fresh) });
    return { id: rule.id, time: (cpu() - start) / 5 };
  }).sort((a, b) => b.time - a.time);
  console.log(`\nslowest rules at 5000 (CPU, warm indexes): ${times.slice(0, 6).map((t) => `${t.id} ${ms(t.time)}`).join(', ')}`);
}
