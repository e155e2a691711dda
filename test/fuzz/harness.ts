/**
 * The fuzz harness: seeded cases, each a mutated gallery design, arbitrary JSON or text,
 * go through the parser; every design it accepts is then validated, traced and exported to
 * Terraform and CDK. It counts what must never happen: the parser throwing, a case taking
 * longer than two seconds, and a later step throwing on a design the parser accepted.
 * `npm run fuzz` runs 50,000 cases; the unit tests run a short slice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { generateCdk } from '../../src/engine/iac/cdk/index.ts';
import { generateTerraform } from '../../src/engine/iac/terraform/index.ts';
import { parseDesign, type Design } from '../../src/engine/model/index.ts';
import { validate } from '../../src/engine/rules/index.ts';
import { checkFlow, defaultEndpoints, trace, type Flow } from '../../src/engine/sim/index.ts';
import {
  HOSTILE_STRINGS,
  jsonValue,
  mutate,
  mutateLeaf,
  stringsIn,
  type Json,
} from './arbitraries.ts';

export const HANG_MS = 2000;

const EXAMPLES = new URL('../../public/examples/', import.meta.url);

/** The gallery's designs as JSON, the starting points of the mutations. */
export function galleryDesigns(): { name: string; json: Json }[] {
  return readdirSync(EXAMPLES)
    .filter((file) => file.endsWith('.json') && file !== 'index.json')
    .sort()
    .map((file) => ({
      name: file,
      json: JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')) as Json,
    }));
}

export interface FuzzCase {
  readonly source: string;
  readonly text: string;
}

/** One arbitrary case: mostly mutated gallery designs (one to three mutations), else JSON or text. */
export function caseArbitrary(gallery = galleryDesigns()): fc.Arbitrary<FuzzCase> {
  const pool = [...new Set(gallery.flatMap(({ json }) => [...stringsIn(json)]))].filter(
    (text) => text.length < 80,
  );
  const value = jsonValue(pool);
  // Half hostile values, half the design's own (an id where another belongs, a CIDR elsewhere).
  const leafText = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...pool));
  const path = fc.array(fc.nat(), { minLength: 2, maxLength: 7 });
  // A structural change (replace, wrap, delete) or a leaf given another value of its type.
  const mutation = fc.oneof(
    {
      arbitrary: fc.tuple(path, value, fc.nat()).map(
        ([steps, replacement, mode]) =>
          (json: Json) =>
            mutate(json, steps, replacement, mode),
      ),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(path, leafText, fc.nat()).map(
        ([steps, text, pick]) =>
          (json: Json) =>
            mutateLeaf(json, steps, text, pick),
      ),
      weight: 2,
    },
    {
      // A field of one resource, where the addresses, names and references are.
      arbitrary: fc.tuple(path, leafText, fc.nat()).map(
        ([steps, text, pick]) =>
          (json: Json) =>
            json &&
            typeof json === 'object' &&
            !Array.isArray(json) &&
            Array.isArray(json.resources)
              ? { ...json, resources: mutateLeaf(json.resources, steps, text, pick) }
              : mutateLeaf(json, steps, text, pick),
      ),
      weight: 3,
    },
  );
  const mutated = fc
    .tuple(fc.nat({ max: gallery.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([at, mutations]) => {
      const base = gallery[at]!;
      const json = mutations.reduce((current, change) => change(current), base.json);
      return { source: `mutated ${base.name}`, text: JSON.stringify(json) };
    });
  return fc.oneof(
    { arbitrary: mutated, weight: 8 },
    {
      arbitrary: value.map((json) => ({
        source: 'arbitrary JSON',
        text: JSON.stringify(json) ?? 'null',
      })),
      weight: 1,
    },
    {
      arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ source: 'arbitrary text', text })),
      weight: 1,
    },
  );
}

/** The flows a case traces: the first endpoints to each other and to the internet. */
function flowsOf(design: Design): Flow[] {
  const endpoints = defaultEndpoints(design).slice(0, 3);
  const flows: Flow[] = [];
  for (const from of endpoints) {
    for (const to of [...endpoints.filter((e) => e !== from), 'internet'])
      flows.push({ from, to, protocol: 'tcp', port: 443 });
  }
  return flows.slice(0, 4);
}

export interface Failure {
  readonly index: number;
  readonly source: string;
  readonly step: string;
  readonly message: string;
  readonly text: string;
}

export interface FuzzReport {
  cases: number;
  accepted: number;
  exceptions: Failure[];
  hangs: Failure[];
  laterThrows: Failure[];
}

const messageOf = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

/** Runs one case; exported so a failure found by `npm run fuzz` can be replayed in a test. */
export function runCase(item: FuzzCase, index: number, report: FuzzReport): void {
  const started = performance.now();
  const fail = (list: Failure[], step: string, error: unknown) =>
    list.push({
      index,
      source: item.source,
      step,
      message: messageOf(error),
      text: item.text.slice(0, 2000),
    });
  let parsed: ReturnType<typeof parseDesign>;
  try {
    parsed = parseDesign(item.text);
  } catch (error) {
    fail(report.exceptions, 'parse', error);
    return;
  }
  if (parsed.ok) {
    report.accepted++;
    const design = parsed.design;
    const steps: [string, () => unknown][] = [
      ['validate', () => validate(design)],
      ...flowsOf(design).map((flow): [string, () => unknown] => [
        `trace ${flow.from} → ${flow.to}`,
        () => checkFlow(design, flow) ?? trace(design, flow),
      ]),
      ['terraform', () => generateTerraform(design)],
      ['cdk', () => generateCdk(design)],
    ];
    for (const [step, run] of steps) {
      try {
        run();
      } catch (error) {
        fail(report.laterThrows, step, error);
        break;
      }
    }
  }
  const took = performance.now() - started;
  if (took > HANG_MS)
    fail(report.hangs, `took ${Math.round(took)} ms`, new Error('over the time limit'));
}

/** Runs `cases` seeded cases in batches, so 50,000 never sit in memory at once. */
export function runFuzz(options: {
  seed: number;
  cases: number;
  onBatch?: (done: number, report: FuzzReport) => void;
}): FuzzReport {
  const report: FuzzReport = { cases: 0, accepted: 0, exceptions: [], hangs: [], laterThrows: [] };
  const arbitrary = caseArbitrary();
  const batch = 500;
  for (let start = 0; start < options.cases; start += batch) {
    const size = Math.min(batch, options.cases - start);
    const items = fc.sample(arbitrary, { seed: options.seed + start, numRuns: size });
    items.forEach((item, i) => runCase(item, start + i, report));
    report.cases += size;
    options.onBatch?.(report.cases, report);
  }
  return report;
}
