/**
 * Making share links: the open design, compressed into the link's fragment. Loaded with the
 * export panel; opening links is in share.ts.
 */
import type { Design } from '../engine/model/index.ts';
import { encodeShareFragment } from '../engine/io/share.ts';
import type { MessageTone } from './uiStore.ts';

export type ShareLinkResult = { ok: true; url: string } | { ok: false; reason: string };

/** The link for the open design, or the reason there is none (too large). */
export function shareLink(design: Design): ShareLinkResult {
  const encoded = encodeShareFragment(design);
  if (!encoded.ok) return { ok: false, reason: encoded.reason };
  return { ok: true, url: `${location.origin}${location.pathname}#${encoded.fragment}` };
}

/** Copies a link to the clipboard; says so when the browser refuses. */
export async function copyLink(url: string, notify: (text: string, tone: MessageTone) => void): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    notify('Share link copied. Whoever opens it sees this design read-only.', 'success');
    return true;
  } catch {
    notify('The browser did not allow copying; copy the link from the field instead.', 'info');
    return false;
  }
}
