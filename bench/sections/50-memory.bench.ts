/**
 * Engine memory: the 20,000-resource synthetic landing zone parsed from its JSON, indexed
 * and validated, all held at once. Method: process.memoryUsage().heapUsed after a full GC
 * (V8's --expose-gc turned on at run time with v8.setFlagsFromString, the gc function taken
 * from a fresh vm context; or Node's own when run with --expose-gc), before and after; the
 * JSON text is dropped before the second reading. Goal: under 200 MB.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { indexDesign, parseDesign, serializeDesign } from '../../src/engine/model/index.ts';
import { createValidator } from '../../src/engine/rules/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';

export const title = 'Engine memory: 20,000 resources parsed, indexed and validated';

const GOAL_MB = 200;

function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

function heapAfterGc(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export function run(): void {
  const gc = exposeGc();
  // Rules are loaded (and their module-level tables built) before the first reading.
  createValidator();
  const make = () => serializeDesign(syntheticLandingZone({ seed: 1, resources: 20_000 }));
  const before = heapAfterGc(gc);
  let text: string | undefined = make();
  const jsonMb = mb(text.length);
  const parsed = parseDesign(text);
  text = undefined;
  if (!parsed.ok) throw new Error(`parse failed: ${JSON.stringify(parsed.error)}`);
  const index = indexDesign(parsed.design);
  const validator = createValidator();
  const findings = validator.validate(parsed.design);
  const peak = mb(process.memoryUsage().heapUsed - before);
  const after = heapAfterGc(gc);
  const used = mb(after - before);
  // Everything measured is still referenced here, so none of it was collected before the reading.
  const held = [parsed.design.resources.length, index.byId.size, findings.length, validator.validate(parsed.design) === findings];
  console.log(`${held[0]} resources (${jsonMb.toFixed(1)} MB of JSON), ${held[1]} indexed, ${held[2]} findings, validator cache kept: ${held[3]}`);
  console.log(`heap held by design + index + validator (after GC): ${used.toFixed(1)} MB  goal < ${GOAL_MB} MB ${used < GOAL_MB ? 'met' : 'MISSED'}`);
  console.log(`heap growth before GC, JSON text and garbage included: ${peak.toFixed(1)} MB`);
}
