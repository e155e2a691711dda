/// <reference lib="webworker" />
/** Imports infrastructure code off the main thread: a large plan takes seconds to read and lay out; see importJob.ts. */
import '../noEval.ts';
import { runImportJob, type ImportMessage, type ImportRequest } from './importJob.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// ELK's bundled layout engine takes any global scope without a document for its own worker and
// claims its onmessage; a placeholder document keeps it a library here, as on the page.
(scope as unknown as { document?: unknown }).document ??= {};

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  if (event.data?.type !== 'import') return;
  void runImportJob(event.data, (message: ImportMessage) => scope.postMessage(message));
};
