/**
 * Golden files: the Terraform of each gallery example and of the test designs, reviewed
 * like code. `UPDATE_GOLDEN=1 npx vitest run src/engine/iac/terraform/golden.test.ts`
 * rewrites them after an intended change.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { format } from '@cdktn/hcl-tools';
import { describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '../../model/index.ts';
import { generateTerraform } from './index.ts';
import { everyKindDesign, hubAndSpokeDesign } from './test-designs.ts';
import { verifyTerraform, type ProviderReference } from './verify.ts';

const root = new URL('../../../../', import.meta.url);
const goldenDir = new URL('test/golden/terraform/', root);
const examplesDir = new URL('public/examples/', root);
const reference = JSON.parse(readFileSync(new URL('test/data/aws-provider-arguments.json', root), 'utf8')) as ProviderReference;
const update = process.env.UPDATE_GOLDEN === '1';

function examples(): [string, Design][] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json') && file !== 'index.json')
    .sort()
    .map((file) => {
      const parsed = parseDesign(readFileSync(new URL(file, examplesDir), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      return [file.replace(/\.json$/, ''), parsed.design];
    });
}

const cases: [string, Design][] = [...examples(), ['test-every-kind', everyKindDesign()], ['test-hub-and-spoke', hubAndSpokeDesign()]];

describe('terraform golden files', () => {
  it('has a golden folder for every example and nothing stale', () => {
    if (update) {
      for (const name of readdirSync(goldenDir)) if (!cases.some(([caseName]) => caseName === name)) rmSync(new URL(`${name}/`, goldenDir), { recursive: true });
    }
    expect(readdirSync(goldenDir).sort()).toEqual(cases.map(([name]) => name).sort());
  });

  for (const [name, design] of cases) {
    it(`${name}: matches the reviewed files and is valid Terraform`, async () => {
      const files = generateTerraform(design);
      const dir = new URL(`${name}/`, goldenDir);
      if (update) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        for (const file of files) writeFileSync(new URL(file.path, dir), file.contents);
      }
      expect(readdirSync(dir).sort()).toEqual(files.map((file) => file.path).sort());
      for (const file of files) expect(file.contents, `${name}/${file.path}`).toBe(readFileSync(new URL(file.path, dir), 'utf8'));
      const verified = await verifyTerraform(files, reference);
      expect(verified.problems).toEqual([]);
      for (const file of files.filter((f) => f.path.endsWith('.tf'))) expect(await format(file.contents)).toBe(file.contents);
    });
  }
});
