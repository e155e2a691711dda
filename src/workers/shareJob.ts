/**
 * Opening a share link, as a plain function so it is tested without a worker: the link is
 * unpacked and read through the parser, with progress on the way. Whatever happens, the
 * last message is `done` with a design or the reason there is none.
 */
import { decodeShareFragment, type DecodeResult, type ShareProgress } from '../engine/io/share.ts';

export interface ShareRequest {
  readonly type: 'decode-share';
  /** The page's fragment, with or without `#`. */
  readonly fragment: string;
}

export type ShareMessage = { readonly type: 'progress'; readonly progress: ShareProgress } | { readonly type: 'done'; readonly result: DecodeResult };

/** Progress is posted at most this often, so a fast link does not flood the page. */
const PROGRESS_EVERY_MS = 50;

export function runShareJob(request: ShareRequest, post: (message: ShareMessage) => void, now: () => number = () => performance.now()): void {
  let last = -Infinity;
  const progress = (step: ShareProgress) => {
    const at = now();
    if (step.stage === 'unpacking' && at - last < PROGRESS_EVERY_MS) return;
    last = at;
    post({ type: 'progress', progress: step });
  };
  let result: DecodeResult;
  try {
    result = decodeShareFragment(request.fragment, progress);
  } catch (error) {
    result = { ok: false, reason: `The share link could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  post({ type: 'done', result });
}
