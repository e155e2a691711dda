/// <reference lib="webworker" />
/** Opens share links off the main thread: a large one takes seconds to unpack and check; see shareJob.ts. */
import '../noEval.ts';
import { runShareJob, type ShareMessage, type ShareRequest } from './shareJob.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ShareRequest>) => {
  if (event.data?.type !== 'decode-share') return;
  runShareJob(event.data, (message: ShareMessage) => scope.postMessage(message));
};
