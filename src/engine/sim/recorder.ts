/**
 * Collects hops. The matrix runs thousands of traces and only needs verdicts, so a
 * recorder can be off: callers then skip building notes at all (`if (rec.on)`).
 */
import type { Decider, Decision, ForwardStep, Hop, HopInterface, Step } from './types.ts';

/** A hop as its caller builds it: the forward step name; `add` makes it a reply step. */
export type HopInput = Omit<Hop, 'step'> & { step: ForwardStep };

export class Recorder {
  readonly hops: Hop[] = [];
  constructor(readonly on: boolean) {}

  /** Records the hop object itself: no copy, so a hop costs one allocation. */
  add(hop: HopInput, reply = false): void {
    if (!this.on) return;
    if (reply) (hop as { step: Step }).step = `reply-${hop.step}`;
    this.hops.push(hop as Hop);
  }

  /** Records a hop from its parts; builds no object when the recorder is off. */
  hop(
    resourceId: string,
    step: ForwardStep,
    decision: Decision,
    box: string,
    decided: Decider | undefined,
    matched: string,
    note: string,
    iface: HopInterface | undefined,
    reply = false,
  ): void {
    if (this.on) this.add({ resourceId, step, decision, box, iface, decided, matched, note }, reply);
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
