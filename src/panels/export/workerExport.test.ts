import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../engine/iac/index.ts';
import { emptyDesign, type Design } from '../../engine/model/index.ts';
import type { ExportAnswer } from '../../state/designWorker.ts';
import { createWorkerExport, type Generated } from './workerExport.ts';

const version = (name: string): Design => ({ ...emptyDesign(), name });

/** A worker stand-in that answers when told, echoing the design's name as its one file. */
function heldWorker() {
  const asked: { design: Design; format: ExportFormat; answer: (a: ExportAnswer) => void }[] = [];
  const ask = (design: Design, format: ExportFormat) =>
    new Promise<ExportAnswer>((resolve) => asked.push({ design, format, answer: resolve }));
  const reply = async (i: number, error?: string) => {
    const { design, answer } = asked[i]!;
    answer(error ? { type: 'error', id: i, message: error } : { type: 'exported', id: i, files: [{ path: 'main.tf', contents: design.name }] });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { ask, asked, reply };
}

describe('exporting a large design in the worker', () => {
  it('asks one at a time; edits made meanwhile go together in the next request', async () => {
    const worker = heldWorker();
    const shown: Generated[] = [];
    const runner = createWorkerExport(worker.ask, (g) => shown.push(g));
    runner.request(version('v1'), 'terraform');
    runner.request(version('v2'), 'terraform');
    runner.request(version('v3'), 'cdk');
    expect(worker.asked.map((a) => a.design.name)).toEqual(['v1']);

    await worker.reply(0);
    // v1's files show while v3 (the newest; v2 was never asked for) is generated.
    expect(shown.map((g) => g.files[0]!.contents)).toEqual(['v1']);
    expect(worker.asked.map((a) => `${a.design.name} ${a.format}`)).toEqual(['v1 terraform', 'v3 cdk']);
    await worker.reply(1);
    expect(shown.at(-1)).toMatchObject({ format: 'cdk', files: [{ contents: 'v3' }] });
  });

  it('says why an export failed, and shows nothing after it is stopped', async () => {
    const worker = heldWorker();
    const shown: Generated[] = [];
    const runner = createWorkerExport(worker.ask, (g) => shown.push(g));
    runner.request(version('broken'), 'terraform');
    await worker.reply(0, 'the generator stopped');
    expect(shown[0]).toMatchObject({ files: [], error: 'This design could not be exported: the generator stopped' });

    runner.request(version('late'), 'terraform');
    runner.stop();
    await worker.reply(1);
    expect(shown).toHaveLength(1);
  });
});
