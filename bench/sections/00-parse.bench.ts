/**
 * Generating, parsing and indexing synthetic landing zones of 500, 5,000 and 20,000 resources.
 * Heap: the process.memoryUsage().heapUsed delta across parsing + indexing 20,000 resources,
 * holding on to both, with a full GC before each reading. The GC comes from --expose-gc when
 * Node runs with it, else from V8's flag turned on at run time (v8.setFlagsFromString + vm).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  indexDesign,
  parseDesign,
  serializeDesign,
  type Design,
} from '../../src/engine/model/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { measure, report } from '../measure.ts';

export const title = 'Design: generate, parse, index';

function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as (() => void) | undefined;
}
const gc = exposeGc();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function run(): void {
  for (const size of [500, 5_000, 20_000]) {
    const runs = size > 5_000 ? 5 : 20;
    report(
      `generate ${size}`,
      measure(() => syntheticLandingZone({ seed: 1, resources: size }), { runs, warmup: 1 }),
    );
    const text = serializeDesign(syntheticLandingZone({ seed: 1, resources: size }));
    report(
      `parseDesign ${size} (${(text.length / 1024 / 1024).toFixed(1)} MB of JSON)`,
      measure(() => parseDesign(text), { runs, warmup: 1 }),
    );
    const parsed = parseDesign(text);
    if (!parsed.ok) throw new Error(`synthetic design of ${size} does not parse`);
    // indexDesign caches per document object: give each run a fresh document.
    report(
      `indexDesign ${size}`,
      measure(
        () =>
          indexDesign({ ...parsed.design }).routeTableOf(
            parsed.design.resources.find((r) => r.kind === 'subnet')!.id,
          ),
        { runs, warmup: 1 },
      ),
    );
  }

  const text = serializeDesign(syntheticLandingZone({ seed: 1, resources: 20_000 }));
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const parsed = parseDesign(text);
  const design: Design | undefined = parsed.ok ? parsed.design : undefined;
  const index = design ? indexDesign(design) : undefined;
  index?.referrers('x');
  index?.subnetsUsingRouteTable('x');
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `${'heap for parsed + indexed 20000'.padEnd(48)} ${mb(after - before)} (heapUsed delta, ${gc ? 'after a full GC' : 'no GC available: noisy'}); JSON text ${mb(text.length)}, ${design?.resources.length ?? 0} resources`,
  );
}
