/**
 * `npm run fuzz [-- --cases 50000 --seed 1]`: the fuzz harness at full length. Prints the
 * counts and the first failures of each sort; exits 1 when any count is not zero.
 */
import { parseArgs } from 'node:util';
import { runFuzz, type Failure } from './harness.ts';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '50000' }, seed: { type: 'string', default: '1' } },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const started = Date.now();
const report = runFuzz({
  seed,
  cases,
  onBatch: (done, r) => {
    if (done % 5000 === 0 || done === cases) {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(
        `${done} cases, ${r.accepted} accepted, ${r.exceptions.length} exceptions, ${r.hangs.length} hangs, ${r.laterThrows.length} later throws (${seconds} s)`,
      );
    }
  },
});

const show = (title: string, failures: Failure[]) => {
  if (failures.length === 0) return;
  console.log(`\n${title}:`);
  for (const f of failures.slice(0, 5))
    console.log(
      `  case ${f.index} (${f.source}), ${f.step}: ${f.message}\n    ${f.text.slice(0, 300)}`,
    );
};
console.log(`\nseed ${seed}: ${report.cases} cases, ${report.accepted} accepted`);
console.log(`exceptions: ${report.exceptions.length}`);
console.log(`hangs over 2 s: ${report.hangs.length}`);
console.log(`accepted inputs a later step throws on: ${report.laterThrows.length}`);
show('exceptions', report.exceptions);
show('hangs', report.hangs);
show('later throws', report.laterThrows);
process.exitCode =
  report.exceptions.length + report.hangs.length + report.laterThrows.length > 0 ? 1 : 0;
