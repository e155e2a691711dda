import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { designJsonSchemaText, SCHEMA_FILE } from '../scripts/generate-schema.ts';
import { buildExamples } from '../scripts/build-examples.ts';
import { syntheticLandingZone } from '../src/engine/testing/synthetic.ts';
import { design } from '../src/engine/testing/builder.ts';

const committed = await readFile(SCHEMA_FILE, 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed));

describe('public/schema/design.schema.json', () => {
  it('is current with the zod schema (run `npm run schema`)', () => {
    expect(committed).toBe(designJsonSchemaText());
  });

  it('accepts every gallery example and a synthetic landing zone', () => {
    for (const example of [
      ...buildExamples().map((e) => e.design),
      syntheticLandingZone({ seed: 2, resources: 500 }),
    ]) {
      expect(
        validate(JSON.parse(JSON.stringify(example))),
        JSON.stringify(validate.errors?.slice(0, 3)),
      ).toBe(true);
    }
  });

  it('leaves defaulted fields optional', () => {
    const minimal = {
      format: 'landing-zone-studio/design',
      version: 2,
      name: 'minimal',
      resources: [
        {
          id: 'v',
          kind: 'vpc',
          name: 'v',
          parent: 'a',
          region: 'ap-northeast-2',
          cidrs: ['10.0.0.0/16'],
        },
      ],
    };
    expect(validate(minimal), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses what an editor should flag: bad CIDR text, unknown kind, a route with two destinations', () => {
    const base = design().account('a').vpc('v', 'a', '10.0.0.0/16').build();
    const withResource = (patch: (resources: Record<string, unknown>[]) => void) => {
      const copy = JSON.parse(JSON.stringify(base)) as { resources: Record<string, unknown>[] };
      patch(copy.resources);
      return copy;
    };
    expect(validate(withResource((r) => (r[1]!.cidrs = ['10.0.0.0'])))).toBe(false);
    expect(validate(withResource((r) => (r[1]!.kind = 'mainframe')))).toBe(false);
    const table = (r: Record<string, unknown>[]) =>
      r.find((x) => x.kind === 'route-table')! as { routes: Record<string, unknown>[] };
    expect(
      validate(
        withResource((r) =>
          table(r).routes.push({ destination: '0.0.0.0/0', prefixList: 'pl-1', target: 'igw' }),
        ),
      ),
    ).toBe(false);
    expect(validate(withResource((r) => table(r).routes.push({ target: 'igw' })))).toBe(false);
    expect(
      validate(
        withResource((r) => table(r).routes.push({ destination: '0.0.0.0/0', target: 'igw' })),
      ),
    ).toBe(true);
  });
});
