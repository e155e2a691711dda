/// <reference lib="webworker" />
/** Validation, tracing and code export of large designs off the main thread; see designJob.ts and designMirror.ts. */
import '../noEval.ts';
import { createDesignJob } from './designJob.ts';
import type { DesignRequest } from './designMirror.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const job = createDesignJob();

scope.onmessage = (event: MessageEvent<DesignRequest>) => {
  const type = event.data?.type;
  if (type !== 'validate' && type !== 'trace' && type !== 'export') return;
  scope.postMessage(job(event.data));
};
