/**
 * A stand-in for design.worker.ts in unit tests (Node has no Web Workers): the real job,
 * with each request and answer structured-cloned as postMessage would, and the answer
 * delivered a task later. Tests can hold answers back to see what the page shows meanwhile,
 * and make the worker fail.
 */
import { createDesignJob } from './designJob.ts';
import type { DesignAnswer, DesignRequest } from './designMirror.ts';

export class FakeDesignWorker {
  /** Every request posted to any fake worker, in order. */
  static readonly sent: DesignRequest[] = [];
  /** Fake workers started, the newest last. */
  static readonly started: FakeDesignWorker[] = [];
  /** While true, answers wait for `release()`. */
  static holding = false;
  private static readonly held: (() => void)[] = [];

  onmessage: ((event: MessageEvent<DesignAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly job = createDesignJob();

  constructor() {
    FakeDesignWorker.started.push(this);
  }

  /** Delivers the answers held back, oldest first; how many, or all of them. */
  static release(count = Infinity): void {
    for (const deliver of FakeDesignWorker.held.splice(0, count)) deliver();
  }

  static get waiting(): number {
    return FakeDesignWorker.held.length;
  }

  postMessage(request: DesignRequest): void {
    FakeDesignWorker.sent.push(request);
    const answer = this.job(structuredClone(request));
    const deliver = () => {
      if (!this.terminated) this.onmessage?.({ data: structuredClone(answer) } as MessageEvent<DesignAnswer>);
    };
    if (FakeDesignWorker.holding) FakeDesignWorker.held.push(deliver);
    else setTimeout(deliver, 0);
  }

  /** What a worker does when its script throws outside the job. */
  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}
