/// <reference lib="webworker" />
/** Live validation of large designs off the main thread; see validationJob.ts and validationPatch.ts. */
import { createValidationJob } from './validationJob.ts';
import type { ValidationRequest } from './validationPatch.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const job = createValidationJob();

scope.onmessage = (event: MessageEvent<ValidationRequest>) => {
  if (event.data?.type !== 'validate') return;
  scope.postMessage(job(event.data));
};
