/** Reading a design file from disk for a CLI command. */
import { readFile } from 'node:fs/promises';
import { describeParseError, parseDesign, type Design } from '../engine/model/index.ts';

export type Loaded = { ok: true; design: Design } | { ok: false; message: string };

export async function loadDesign(path: string | undefined): Promise<Loaded> {
  if (!path) return { ok: false, message: 'no design file given' };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read ${path}${code ? ` (${code})` : ''}` };
  }
  const parsed = parseDesign(text);
  if (!parsed.ok) {
    return { ok: false, message: `${path} is not a valid design:\n${parsed.errors.map((e) => `  - ${describeParseError(e)}`).join('\n')}` };
  }
  return { ok: true, design: parsed.design };
}
