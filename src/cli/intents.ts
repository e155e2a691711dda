/**
 * `--intents FILE`: a file of intents (`{ "intents": [...] }` or a bare list) applied to the
 * design being checked, so a CI job can hold an imported plan to them. An intent in the file
 * replaces the design's intent of the same id.
 */
import { readFile } from 'node:fs/promises';
import { Intents, type Design, type Intent } from '../engine/model/index.ts';

export type LoadedIntents = { ok: true; intents: Intent[] } | { ok: false; message: string };

const MAX_INTENTS_BYTES = 4 * 1024 * 1024;

export async function loadIntents(path: string): Promise<LoadedIntents> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.byteLength > MAX_INTENTS_BYTES) return { ok: false, message: `${path} is larger than ${MAX_INTENTS_BYTES / 1024 / 1024} MB` };
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code ? `cannot read ${path} (${code})` : `${path} is not UTF-8 text` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${path} is not JSON: ${(error as Error).message}` };
  }
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? (raw as { intents?: unknown }).intents : undefined;
  const prefix = Array.isArray(raw) ? '' : 'intents';
  if (!Array.isArray(list)) return { ok: false, message: `${path}: give a list of intents, or an object with an "intents" list` };
  const parsed = Intents.safeParse(list);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const at = [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace(/^\./, '');
      const id = typeof issue.path[0] === 'number' ? (list[issue.path[0]] as { id?: unknown } | undefined)?.id : undefined;
      return `  - ${at || 'intents'}${typeof id === 'string' ? ` (intent "${id.slice(0, 64)}")` : ''}: ${issue.message}`;
    });
    return { ok: false, message: `${path} holds intents that cannot be used:\n${problems.join('\n')}` };
  }
  return { ok: true, intents: parsed.data };
}

/** The design with the file's intents added; one of the same id replaces the design's. */
export function withIntents(design: Design, intents: readonly Intent[]): Design {
  const ids = new Set(intents.map((i) => i.id));
  return { ...design, intents: [...(design.intents ?? []).filter((i) => !ids.has(i.id)), ...intents] };
}
