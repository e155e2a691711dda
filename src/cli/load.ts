/**
 * Reading a design file from disk for a CLI command: sized first, then decoded as the app
 * decodes it. A file that is not a design but infrastructure code lzs imports (a Terraform plan
 * or state, a CloudFormation template, a Landing Zone Accelerator config) is imported first.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectFormat, importDesign, ImportError, type ImportFormat, type ImportNote } from '../engine/io/import/index.ts';
import {
  decodeDesignBytes,
  describeParseError,
  MAX_ENCODED_BYTES,
  MAX_FILE_BYTES,
  parseDesign,
  parseDesignValue,
  type Design,
} from '../engine/model/index.ts';

export type Loaded =
  | { ok: true; design: Design; imported?: { format: ImportFormat; notes: readonly ImportNote[] } }
  | { ok: false; message: string };

/** The bytes of a file, refused by its size before a byte of it is read when it is far too large. */
export async function readSized(path: string, what = 'a valid design'): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const { size } = await stat(path);
    if (size > MAX_ENCODED_BYTES) {
      const message = describeParseError({ type: 'too-large', bytes: size, limit: MAX_FILE_BYTES });
      return { ok: false, message: `${path} is not ${what}:\n  - ${message}` };
    }
    return { ok: true, text: decodeDesignBytes(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read ${path}${code ? ` (${code})` : ''}` };
  }
}

/** Imports infrastructure code into a design (without layout: the commands that load it never draw it). */
export function importText(path: string, text: string, format?: ImportFormat, accounts?: { name: string; text: string }): Loaded {
  try {
    const result = importDesign({ file: { name: basename(path), text }, accounts }, format);
    const parsed = parseDesignValue(result.design);
    if (!parsed.ok) throw new Error(`the design imported from ${path} does not parse: ${parsed.errors.slice(0, 3).map(describeParseError).join('; ')}`);
    return { ok: true, design: parsed.design, imported: { format: result.format, notes: result.notes } };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, message: `cannot import ${error.message}` };
    throw error;
  }
}

const LOOKS_LIKE_DESIGN = /"format"\s*:\s*"landing-zone-studio\/design"/;

export async function loadDesign(path: string | undefined): Promise<Loaded> {
  if (!path) return { ok: false, message: 'no design file given' };
  const read = await readSized(path);
  if (!read.ok) return read;
  const format = LOOKS_LIKE_DESIGN.test(read.text.slice(0, 4096)) ? undefined : detectFormat({ name: basename(path), text: read.text });
  if (format) return importText(path, read.text, format);
  const parsed = parseDesign(read.text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: `${path} is not a valid design:\n${parsed.errors.map((e) => `  - ${describeParseError(e)}`).join('\n')}`,
    };
  }
  return { ok: true, design: parsed.design };
}
