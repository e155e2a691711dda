/** A short seeded slice of `npm run fuzz`: the same cases every run, fast enough for every test run. */
import { describe, expect, it } from 'vitest';
import { runFuzz } from './harness.ts';

describe('the fuzz harness', () => {
  it('finds no exception, no hang and no later throw in a seeded slice', () => {
    const report = runFuzz({ seed: 20261203, cases: 300 });
    expect(report.exceptions).toEqual([]);
    expect(report.hangs).toEqual([]);
    expect(report.laterThrows).toEqual([]);
    // The slice must reach the later steps, not only the parser's refusals.
    expect(report.accepted).toBeGreaterThan(30);
  }, 120_000);
});
