/** Reading a design file from disk for a CLI command: sized first, then decoded as the app decodes it. */
import { readFile, stat } from 'node:fs/promises';
import {
  decodeDesignBytes,
  describeParseError,
  MAX_ENCODED_BYTES,
  MAX_FILE_BYTES,
  parseDesign,
  type Design,
} from '../engine/model/index.ts';

export type Loaded = { ok: true; design: Design } | { ok: false; message: string };

export async function loadDesign(path: string | undefined): Promise<Loaded> {
  if (!path) return { ok: false, message: 'no design file given' };
  let bytes: Uint8Array;
  try {
    // A file far past the limit is refused by its size, before a byte of it is read.
    const { size } = await stat(path);
    if (size > MAX_ENCODED_BYTES) {
      const message = describeParseError({ type: 'too-large', bytes: size, limit: MAX_FILE_BYTES });
      return { ok: false, message: `${path} is not a valid design:\n  - ${message}` };
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read ${path}${code ? ` (${code})` : ''}` };
  }
  const parsed = parseDesign(decodeDesignBytes(bytes));
  if (!parsed.ok) {
    return {
      ok: false,
      message: `${path} is not a valid design:\n${parsed.errors.map((e) => `  - ${describeParseError(e)}`).join('\n')}`,
    };
  }
  return { ok: true, design: parsed.design };
}
