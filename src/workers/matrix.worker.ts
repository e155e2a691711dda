/// <reference lib="webworker" />
/** The reachability matrix off the main thread; see matrixJob.ts. */
import '../noEval.ts';
import { runMatrixJob } from './matrixJob.ts';
import type { MatrixMessage, MatrixRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MatrixRequest>) => {
  if (event.data?.type !== 'matrix') return;
  runMatrixJob(event.data, (message: MatrixMessage) => scope.postMessage(message));
};
