import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { RULES } from '../src/engine/rules/index.ts';

it('docs/rules.md has a row for every rule the product reports, with its source link', async () => {
  const doc = await readFile(new URL('../docs/rules.md', import.meta.url), 'utf8');
  const rows = doc.split('\n').filter((line) => line.startsWith('| '));
  const firstCell = (line: string) => line.split('|')[1]!.trim().split(' ')[0]!;
  for (const rule of RULES) {
    const entry = rows.find((line) => firstCell(line) === rule.id && line.includes('https://'));
    expect(entry, `${rule.id} has a row with its source`).toBeDefined();
  }
});
