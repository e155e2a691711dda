/**
 * The one worker that validates, traces and exports large designs for a studio. It holds a
 * mirror of the open design (workers/designMirror.ts); every request carries the patch that
 * brings the mirror to the design asked about (nothing when it already holds it), so live
 * validation, the live trace and the code export share one copy of the design and never
 * send it twice. The worker starts on the first request.
 */
import type { Design } from '../engine/model/index.ts';
import { createPatcher, type AnswerTo, type DesignAnswer, type DesignAsk, type DesignRequest } from '../workers/designMirror.ts';

export type { ExportAnswer, PostedFinding } from '../workers/designMirror.ts';

/** Above this many resources a validation or a trace could cost a frame or more: it moves off the main thread. */
export const WORKER_THRESHOLD = 1500;

export const runsInWorker = (design: Design): boolean => design.resources.length > WORKER_THRESHOLD;

export interface DesignWorkerClient {
  /** Asks the worker about `design`, sending only what it does not hold yet. */
  ask<Ask extends DesignAsk>(design: Design, ask: Ask): Promise<AnswerTo<Ask>>;
  /** Stops the worker; requests still waiting are answered with an error. */
  dispose(): void;
}

export const startDesignWorker = (): Worker => new Worker(new URL('../workers/design.worker.ts', import.meta.url), { type: 'module' });

interface Remote {
  readonly worker: Worker;
  readonly patch: ReturnType<typeof createPatcher>;
  /** Requests sent and not yet answered; the worker answers in the order asked. */
  readonly waiting: Map<number, (answer: DesignAnswer) => void>;
}

export function createDesignWorkerClient(createWorker: () => Worker = startDesignWorker): DesignWorkerClient {
  let remote: Remote | undefined;
  let requests = 0;

  /** Whatever the worker held can no longer be trusted: the next request starts a new one and sends the whole design. */
  const stop = (stopped: Remote, message: string) => {
    if (remote === stopped) remote = undefined;
    stopped.worker.terminate();
    for (const [id, settle] of stopped.waiting) settle({ type: 'error', id, message });
    stopped.waiting.clear();
  };

  function start(): Remote {
    const worker = createWorker();
    const started: Remote = { worker, patch: createPatcher(), waiting: new Map() };
    worker.onmessage = (event: MessageEvent<DesignAnswer>) => {
      const answer = event.data;
      const settle = started.waiting.get(answer.id);
      started.waiting.delete(answer.id);
      settle?.(answer);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop(started, event.message || 'the worker stopped');
    };
    return started;
  }

  return {
    ask<Ask extends DesignAsk>(design: Design, ask: Ask): Promise<AnswerTo<Ask>> {
      remote ??= start();
      const { worker, patch, waiting } = remote;
      const id = ++requests;
      return new Promise<AnswerTo<Ask>>((resolve) => {
        waiting.set(id, (answer) => resolve(answer as AnswerTo<Ask>));
        const request: DesignRequest = { ...ask, id, patch: patch(design) };
        worker.postMessage(request);
      });
    },
    dispose() {
      if (remote) stop(remote, 'the editor was closed');
    },
  };
}
