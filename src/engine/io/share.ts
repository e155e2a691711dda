/**
 * Share links: the design, deflated and base64url-encoded, in the URL fragment, so nothing
 * leaves the browser. Decoding treats the link as hostile: it goes through the same parser
 * as an imported file.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { parseDesign, describeParseError, type Design } from '../model/index.ts';

/** Fragment key: `#share=<payload>`. */
export const SHARE_PARAM = 'share';
/** Longer links break in chat tools and some browsers; past this, export a file instead. */
export const MAX_SHARE_CHARS = 60_000;
/** Inflated payloads larger than this are refused (a zip bomb in a link). */
const MAX_INFLATED_BYTES = 20 * 1024 * 1024;
const VERSION_PREFIX = 'v1.';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Compressed bytes inflated per step, so a large link reports progress as it unpacks. */
const INFLATE_STEP_BYTES = 16 * 1024;

/** How far decoding a link has come: unpacking (with the compressed bytes done), then checking the design. */
export type ShareProgress = { readonly stage: 'unpacking'; readonly done: number; readonly total: number } | { readonly stage: 'checking' };

/** Inflates, stopping as soon as the output passes `limit`: a hostile link never balloons. */
function inflateBounded(bytes: Uint8Array, limit: number, onProgress?: (progress: ShareProgress) => void): Uint8Array | 'too-large' | 'damaged' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) {
      tooLarge = true;
      throw new Error('too large');
    }
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length || at === 0; at += INFLATE_STEP_BYTES) {
      const end = Math.min(at + INFLATE_STEP_BYTES, bytes.length);
      inflater.push(bytes.subarray(at, end), end === bytes.length);
      onProgress?.({ stage: 'unpacking', done: end, total: bytes.length });
    }
  } catch {
    return tooLarge ? 'too-large' : 'damaged';
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export type EncodeResult = { ok: true; fragment: string } | { ok: false; reason: string; length: number };

/** Encodes a design as a URL fragment (without the leading `#`). */
export function encodeShareFragment(design: Design): EncodeResult {
  const json = JSON.stringify(design);
  const payload = VERSION_PREFIX + toBase64Url(deflateSync(strToU8(json), { level: 9 }));
  const fragment = `${SHARE_PARAM}=${payload}`;
  if (fragment.length > MAX_SHARE_CHARS) {
    return {
      ok: false,
      length: fragment.length,
      reason: `This design is too large for a share link (${Math.ceil(fragment.length / 1000)} k characters, the limit is ${MAX_SHARE_CHARS / 1000} k). Export the design file and share that instead.`,
    };
  }
  return { ok: true, fragment };
}

export type DecodeResult = { ok: true; design: Design } | { ok: false; reason: string } | { ok: 'none' };

/**
 * Reads a share link's fragment (with or without `#`); `none` when there is no share payload.
 * `onProgress` hears how far it has come (a large link takes seconds: the app runs this in a
 * worker and shows it).
 */
export function decodeShareFragment(fragment: string, onProgress?: (progress: ShareProgress) => void): DecodeResult {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const payload = params.get(SHARE_PARAM);
  if (payload === null) return { ok: 'none' };
  if (payload.length > MAX_SHARE_CHARS) return { ok: false, reason: 'The share link is longer than any link this app makes.' };
  if (!payload.startsWith(VERSION_PREFIX)) return { ok: false, reason: 'The share link is not one this app understands.' };
  const bytes = fromBase64Url(payload.slice(VERSION_PREFIX.length));
  if (!bytes) return { ok: false, reason: 'The share link is damaged: it is not valid base64url.' };
  const inflated = inflateBounded(bytes, MAX_INFLATED_BYTES, onProgress);
  if (inflated === 'too-large') return { ok: false, reason: 'The share link unpacks to more than 20 MB and was refused.' };
  if (inflated === 'damaged') return { ok: false, reason: 'The share link is damaged: its contents cannot be unpacked.' };
  onProgress?.({ stage: 'checking' });
  const text = strFromU8(inflated);
  const parsed = parseDesign(text);
  if (!parsed.ok) return { ok: false, reason: `The share link does not hold a valid design: ${describeParseError(parsed.error)}` };
  return { ok: true, design: parsed.design };
}
