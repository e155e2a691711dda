/**
 * Decodes a share link in a worker (workers/share.worker.ts), one worker per link, so a
 * large design does not block the page while it is unpacked and checked; progress comes
 * back as it goes. Where there are no workers (Node tests) the same decoder runs here.
 */
import type { DecodeResult, ShareProgress } from '../engine/io/share.ts';
import type { ShareMessage, ShareRequest } from '../workers/shareJob.ts';

const createWorker: (() => Worker) | undefined =
  typeof Worker === 'undefined' ? undefined : () => new Worker(new URL('../workers/share.worker.ts', import.meta.url), { type: 'module' });

export async function decodeShareLink(fragment: string, onProgress: (progress: ShareProgress) => void): Promise<DecodeResult> {
  if (!createWorker) {
    // The decoder (and its inflate) loads only when a link is opened.
    const { decodeShareFragment } = await import('../engine/io/share.ts');
    return decodeShareFragment(fragment, onProgress);
  }
  const worker = createWorker();
  return new Promise<DecodeResult>((resolve) => {
    const finish = (result: DecodeResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ShareMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else finish(message.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, reason: `The share link could not be read (${event.message || 'the decoder stopped'}).` });
    };
    worker.postMessage({ type: 'decode-share', fragment } satisfies ShareRequest);
  });
}
