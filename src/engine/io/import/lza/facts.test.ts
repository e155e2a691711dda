import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignValue } from '../../../model/index.ts';
import { FactsChecker } from '../testing.ts';
import { importLza } from './index.ts';

const DIR = new URL('../../../../../test/fixtures/import/lza/', import.meta.url);
const FIXTURES = ['lza-hub-nfw', 'lza-flat-shared-vpc', 'lza-peering-ipam'];

const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

describe.each(FIXTURES)('the Landing Zone Accelerator fixture %s', (fixture) => {
  const file = { name: `${fixture}.network-config.yaml`, text: read(`${fixture}.network-config.yaml`) };
  const accounts = { name: `${fixture}.accounts-config.yaml`, text: read(`${fixture}.accounts-config.yaml`) };
  const facts = JSON.parse(read(`${fixture}.network-config.facts.json`)) as Record<string, unknown> & { fixture: string };
  const result = importLza({ file, accounts });

  it('imports as a design the parser accepts', () => {
    const parsed = parseDesignValue(result.design);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('reproduces every fact', () => {
    const checker = new FactsChecker(result.design, result.notes, { uncounted: ['security_group_rules'] });
    expect(checker.all(facts)).toEqual([]);
  });

  it('names each resource by its LZA path, and every account the config refers to as accounts-config names it', () => {
    for (const resource of result.design.resources) expect(resource.source?.file === file.name || resource.kind === 'account').toBe(true);
    const accountNames = result.design.resources.filter((r) => r.kind === 'account').map((r) => r.name);
    const referenced = (facts.accounts as { referenced_by_network_config: string[] }).referenced_by_network_config;
    expect(accountNames).toEqual(expect.arrayContaining(referenced));
    expect(result.notes.filter((n) => n.type === 'account')).toEqual([]);
  });
});
