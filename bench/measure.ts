/** Timing helpers for benchmark sections: warm up, repeat, report the median and p95. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

export function measure(fn: () => unknown, { runs = 20, warmup = 3 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), min: times[0]!, runs };
}

export function ms(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} ms`;
}

/** Prints one line: `label  median … p95 … (goal …)`. */
export function report(label: string, timing: Timing, goalMs?: number): void {
  const goal = goalMs === undefined ? '' : `  goal < ${ms(goalMs)} ${timing.median < goalMs ? 'met' : 'MISSED'}`;
  console.log(`${label.padEnd(48)} median ${ms(timing.median).padStart(9)}  p95 ${ms(timing.p95).padStart(9)}${goal}`);
}
