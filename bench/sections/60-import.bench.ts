/**
 * Importing infrastructure code: every fixture under test/fixtures/import/ whose format has an
 * importer, and a 20 MB Terraform plan built from the fixtures' shapes (bench/import/large-plan.ts).
 * The importer alone (read, map, check) and `importFile` with ELK's layout are timed apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFormat, importDesign, importers, importFile } from '../../src/engine/io/import/index.ts';
import { parseDesignValue } from '../../src/engine/model/index.ts';
import { largePlan } from '../import/large-plan.ts';
import { measure, ms, report } from '../measure.ts';

export const title = 'Import: fixtures and a 20 MB Terraform plan';

const ROOT = fileURLToPath(new URL('../../test/fixtures/import/', import.meta.url));

export async function run(): Promise<void> {
  console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  for (const dir of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(ROOT, dir.name)).filter((n) => !n.endsWith('.facts.json') && !n.endsWith('.md') && !n.includes('accounts-config')).sort()) {
      const file = { name, text: readFileSync(join(ROOT, dir.name, name), 'utf8') };
      const format = detectFormat(file);
      if (!format || !importers[format]) {
        console.log(`${`${dir.name}/${name}`.padEnd(48)} (no importer for ${format ?? 'this format'} yet)`);
        continue;
      }
      report(`${dir.name}/${name} (${(file.text.length / 1024).toFixed(0)} KB)`, measure(() => parseDesignValue(importDesign({ file }).design), { runs: 10, warmup: 2 }));
    }
  }
  const { text, instances } = largePlan(20 * 1024 * 1024);
  const file = { name: 'large.plan.json', text };
  const label = `${(text.length / 1024 / 1024).toFixed(1)} MB plan, ${instances} module instances`;
  const imported = importDesign({ file });
  console.log(`${label}: ${imported.design.resources.length} resources, ${imported.notes.length} notes`);
  report(`import ${label}`, measure(() => parseDesignValue(importDesign({ file }).design), { runs: 3, warmup: 1 }), 3000);
  const start = performance.now();
  await importFile({ file });
  console.log(`importFile with ELK layout, ${label}: ${ms(performance.now() - start)}`);
}
