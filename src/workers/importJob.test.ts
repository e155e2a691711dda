import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignValue } from '../engine/model/index.ts';
import { runImportJob, type ImportMessage } from './importJob.ts';

const fixture = (path: string) => ({ name: path.split('/').at(-1)!, text: readFileSync(new URL(`../../test/fixtures/import/${path}`, import.meta.url), 'utf8') });

describe('the import job', () => {
  it('reports each stage, then the laid-out design and its notes', async () => {
    const messages: ImportMessage[] = [];
    await runImportJob({ type: 'import', input: { file: fixture('lza/lza-hub-nfw.network-config.yaml'), accounts: fixture('lza/lza-hub-nfw.accounts-config.yaml') } }, (m) => messages.push(m));
    expect(messages.slice(0, 3)).toEqual([
      { type: 'progress', stage: 'reading' },
      { type: 'progress', stage: 'laying-out' },
      { type: 'progress', stage: 'checking' },
    ]);
    const done = messages.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done' || !done.outcome.ok) throw new Error('no design');
    expect(done.outcome.result.format).toBe('lza');
    expect(parseDesignValue(done.outcome.result.design).ok).toBe(true);
    const vpc = done.outcome.result.design.resources.find((r) => r.kind === 'vpc')!;
    expect(done.outcome.result.design.layout[vpc.id]).toMatchObject({ w: expect.any(Number), h: expect.any(Number) });
    expect(done.outcome.result.notes.length).toBeGreaterThan(0);
  });

  it('ends with the reason when the file cannot be read', async () => {
    const messages: ImportMessage[] = [];
    await runImportJob({ type: 'import', input: { file: { name: 'notes.txt', text: 'hello' } } }, (m) => messages.push(m));
    expect(messages.at(-1)).toEqual({ type: 'done', outcome: { ok: false, reason: expect.stringContaining('notes.txt: not a format lzs imports') } });
  });
});
