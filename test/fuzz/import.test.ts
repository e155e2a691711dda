/**
 * Imports are hostile until proven otherwise: thousands of generated and mutated files go
 * through the importer. It never throws, always answers with a design or a typed error, and
 * what it accepts survives export → import unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign, type DesignParseError } from '../../src/engine/model/index.ts';
import { design } from '../../src/engine/testing/builder.ts';
import { jsonValue, mutate, type Json } from './arbitraries.ts';

const ERROR_TYPES: ReadonlySet<DesignParseError['type']> = new Set([
  'too-large',
  'not-json',
  'unsafe-content',
  'wrong-format',
  'version-too-new',
  'migration-failed',
  'invalid-resource',
  'duplicate-id',
  'dangling-reference',
  'reference-wrong-kind',
  'containment-cycle',
  'wrong-parent-kind',
]);

const base = design('fuzz base')
  .account('net', { name: 'network' })
  .account('dept', { name: 'dept-a' })
  .vpc('main', 'net', ['10.0.0.0/16', '10.1.0.0/16'])
  .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
  .subnet('c', 'main', '10.0.2.0/24', 'ap-northeast-2c')
  .add('internet-gateway', 'igw', { parent: 'main' })
  .add('instance', 'web', { parent: 'a', securityGroups: ['main-sg-default'] })
  .add('nlb', 'nlb', { parent: 'a', subnets: ['c'], scheme: 'internal' })
  .connect('nlb', 'web')
  .connect('a', 'dept')
  .build();
const baseJson = JSON.parse(serializeDesign(base)) as unknown;

const jsonArbitrary = jsonValue(['main', 'a', 'net', 'vpc', 'subnet']);

const tally = { accepted: 0, refused: new Map<string, number>() };

function checkAnswer(text: string) {
  const result = parseDesign(text);
  if (result.ok) tally.accepted++;
  else tally.refused.set(result.error.type, (tally.refused.get(result.error.type) ?? 0) + 1);
  if (result.ok) {
    const again = parseDesign(serializeDesign(result.design));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.design).toEqual(result.design);
  } else {
    expect(ERROR_TYPES.has(result.error.type)).toBe(true);
    for (const error of result.errors) expect(ERROR_TYPES.has(error.type)).toBe(true);
  }
}

describe('the importer under fuzzing', () => {
  it('answers every mutated design with a design or a typed error', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 0, maxLength: 6 }), jsonArbitrary, fc.nat(), (steps, replacement, mode) => {
        checkAnswer(JSON.stringify(mutate(baseJson as Json, steps, replacement, mode)));
      }),
      { numRuns: 8000, seed: 20261124 },
    );
    // The mutations must exercise both sides of the importer, not only one error path.
    expect(tally.accepted).toBeGreaterThan(100);
    expect(tally.refused.size).toBeGreaterThanOrEqual(5);
  });

  it('answers arbitrary JSON and arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(jsonArbitrary.map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 })), (text) => {
        checkAnswer(text);
      }),
      { numRuns: 2500, seed: 42 },
    );
  });

  it('refuses prototype keys, deep nesting and oversized files with typed errors', () => {
    const withProto = JSON.stringify(baseJson).replace('"name":"fuzz base"', '"name":"fuzz base","__proto__":{"polluted":true}');
    expect(parseDesign(withProto)).toMatchObject({ ok: false, error: { type: 'unsafe-content' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = `{"format":"landing-zone-studio/design","version":2,"name":"d","resources":[],"layout":{},"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(parseDesign(deep)).toMatchObject({ ok: false, error: { type: 'unsafe-content' } });
    const huge = JSON.stringify({ ...(baseJson as object), description: 'x'.repeat(21 * 1024 * 1024) });
    expect(parseDesign(huge)).toMatchObject({ ok: false, error: { type: 'too-large' } });
  });
});
