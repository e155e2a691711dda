import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { RULES } from '../src/engine/rules/index.ts';

it('docs/rules.md lists every rule the product reports, with its source link', async () => {
  const doc = await readFile(new URL('../docs/rules.md', import.meta.url), 'utf8');
  // The first row naming an id is its entry; later tables list what is not checked.
  const rows = new Map<string, string>();
  for (const line of doc.split('\n').filter((l) => l.startsWith('| '))) {
    const id = line.split('|')[1]!.trim().split(' ')[0]!;
    if (!rows.has(id)) rows.set(id, line);
  }
  for (const rule of RULES) {
    const row = rows.get(rule.id);
    expect(row, `${rule.id} has a row`).toBeDefined();
    expect(row, `${rule.id} links its source`).toContain('https://');
  }
});
