/**
 * The first load stays small: the JavaScript the page loads before anything is clicked
 * (its entry script and the chunks it preloads) must stay under the budget, gzipped.
 * Exporters, layout, the matrix and rarely used panels load on demand and do not count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]!.replace(/^\.?\//, ''));

let total = 0;
for (const file of [...new Set(initial)]) {
  const bytes = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${file}`);
}
const kb = total / 1024;
console.log(`${kb.toFixed(1).padStart(8)} KB  initial JavaScript, gzipped (budget ${BUDGET_KB} KB)`);
if (initial.length === 0) {
  console.error('No entry script found in dist/index.html: build first.');
  process.exit(1);
}
if (kb > BUDGET_KB) {
  console.error(`Initial JavaScript is ${kb.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
