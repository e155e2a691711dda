/**
 * A value derived from the open design, kept current outside React: findings and the trace
 * are both one. A change schedules one run in the next microtask (an undo burst or a cell
 * click setting four fields runs once, before the next paint), and a run does nothing when
 * the design and the other inputs are the ones already answered. Designs over the worker
 * threshold are answered by the design worker; an answer about a design or inputs that are
 * no longer the newest is dropped, so what is on show meanwhile stays until the newest one
 * arrives.
 */
import type { Design } from '../engine/model/index.ts';
import { runsInWorker } from './designWorker.ts';

/** What `local` returns while the code it needs is still loading; `schedule()` once it has. */
export const NOT_READY: unique symbol = Symbol('not ready');

export interface LiveDerivationSpec<Answer> {
  /** The open design. */
  design(): Design;
  /** Every other input as one string, equal exactly when the inputs are ('' when none). */
  key(): string;
  /** Whether the worker answers; by default for designs over the worker threshold. */
  inWorker?(design: Design, key: string): boolean;
  /** The answer, worked out on the page. */
  local(design: Design, key: string): Answer | typeof NOT_READY;
  /** The answer from the design worker. */
  remote(design: Design, key: string): Promise<Answer>;
  /** Shows the answer for the newest design and inputs. */
  publish(design: Design, key: string, answer: Answer): void;
  /** `local` threw: says so in place of an answer. */
  failed(design: Design, key: string, message: string): void;
  /** Calls `changed` whenever an input may have changed; returns the unsubscribe. */
  watch(changed: () => void): () => void;
}

export interface LiveDerivation {
  /** Runs in the next microtask, once however often it is called before then. */
  schedule(): void;
  /** True when the answer on show is for the current design and inputs. */
  isSettled(): boolean;
  /** Resolves once the answer on show is for the current design and inputs. */
  settled(): Promise<void>;
  dispose(): void;
}

interface Subject {
  readonly design: Design;
  readonly key: string;
}

const same = (a: Subject | undefined, b: Subject | undefined) => a !== undefined && b !== undefined && a.design === b.design && a.key === b.key;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createLiveDerivation<Answer>(spec: LiveDerivationSpec<Answer>): LiveDerivation {
  const inWorker = spec.inWorker ?? runsInWorker;
  let scheduled = false;
  let disposed = false;
  /** What the newest run is about: answers about anything else are dropped. */
  let wanted: Subject | undefined;
  /** What the answer on show is about. */
  let shown: Subject | undefined;
  /** Asked of the worker and not answered yet: asking again would only wait twice. */
  const asked: Subject[] = [];
  const waiters: (() => void)[] = [];

  const current = (): Subject => ({ design: spec.design(), key: spec.key() });
  const isSettled = () => disposed || (!scheduled && same(shown, current()));
  const wake = () => {
    if (!isSettled()) return;
    for (const resolve of waiters.splice(0)) resolve();
  };
  const show = (subject: Subject, answer: Answer) => {
    shown = subject;
    spec.publish(subject.design, subject.key, answer);
  };

  function ask(subject: Subject): void {
    if (asked.some((s) => same(s, subject))) return;
    asked.push(subject);
    void spec.remote(subject.design, subject.key).then((answer) => {
      asked.splice(asked.findIndex((s) => same(s, subject)), 1);
      if (disposed || !same(subject, wanted)) return;
      show(subject, answer);
      wake();
    });
  }

  function run(): void {
    scheduled = false;
    if (disposed) return;
    const subject = current();
    if (same(subject, wanted)) return wake();
    wanted = subject;
    if (same(subject, shown)) return wake();
    if (inWorker(subject.design, subject.key)) return ask(subject);
    let answer: Answer | typeof NOT_READY;
    try {
      answer = spec.local(subject.design, subject.key);
    } catch (error) {
      shown = subject;
      spec.failed(subject.design, subject.key, describe(error));
      return wake();
    }
    if (answer === NOT_READY) {
      // Not asked after all: the run once the code has loaded must not be skipped.
      wanted = undefined;
      return;
    }
    show(subject, answer);
    wake();
  }

  const schedule = () => {
    if (scheduled || disposed) return;
    scheduled = true;
    queueMicrotask(run);
  };

  const unwatch = spec.watch(schedule);
  schedule();

  return {
    schedule,
    isSettled,
    settled: () => (isSettled() ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    dispose() {
      disposed = true;
      unwatch();
      for (const resolve of waiters.splice(0)) resolve();
    },
  };
}
