/**
 * Collects hops. The matrix runs thousands of traces and only needs verdicts, so a
 * recorder can be off: callers then skip building notes at all (`if (rec.on)`).
 */
import type { Decision, ForwardStep, Hop } from './types.ts';

export class Recorder {
  readonly hops: Hop[] = [];
  constructor(readonly on: boolean) {}

  add(resourceId: string, step: ForwardStep, decision: Decision, matched: string, note: string, reply = false): void {
    if (!this.on) return;
    this.hops.push({ resourceId, step: reply ? `reply-${step}` : step, decision, matched, note });
  }

  mark(): number {
    return this.hops.length;
  }

  /** Drops hops recorded after `mark` and returns them. */
  cut(mark: number): Hop[] {
    return this.hops.splice(mark);
  }

  restore(hops: readonly Hop[]): void {
    if (this.on) this.hops.push(...hops);
  }
}
