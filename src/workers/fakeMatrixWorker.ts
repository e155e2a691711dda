/**
 * A stand-in for matrix.worker.ts in unit tests (Node has no Web Workers): the real job, with
 * the request structured-cloned as postMessage would, and each row delivered a task later,
 * so a test sees progress and can cancel midway.
 */
import { runMatrixJob } from './matrixJob.ts';
import type { MatrixMessage, MatrixRequest } from './protocol.ts';

export class FakeMatrixWorker {
  onmessage: ((event: MessageEvent<MatrixMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  postMessage(request: MatrixRequest): void {
    const messages: MatrixMessage[] = [];
    runMatrixJob(structuredClone(request), (message) => messages.push(message));
    const deliver = () => {
      const message = messages.shift();
      if (!message || this.terminated) return;
      this.onmessage?.({ data: structuredClone(message) } as MessageEvent<MatrixMessage>);
      setTimeout(deliver, 0);
    };
    setTimeout(deliver, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
