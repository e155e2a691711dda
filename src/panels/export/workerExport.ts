/**
 * Code export of a large design in the design worker, one request at a time: edits made
 * while a request runs are exported together once it is answered (a 5,000-resource design
 * takes about 100 ms to generate, and an edit may come every keystroke). Every answer is
 * shown as it comes, so the preview is never emptier than the last one.
 */
import type { ExportFormat, GeneratedFile } from '../../engine/iac/index.ts';
import type { Design } from '../../engine/model/index.ts';
import type { ExportAnswer } from '../../state/designWorker.ts';

export interface Generated {
  readonly design: Design;
  readonly format: ExportFormat;
  readonly files: readonly GeneratedFile[];
  readonly error?: string;
}

export function createWorkerExport(ask: (design: Design, format: ExportFormat) => Promise<ExportAnswer>, show: (generated: Generated) => void) {
  let running = false;
  let stopped = false;
  let wanted: { design: Design; format: ExportFormat } | undefined;
  const next = () => {
    if (!wanted || running || stopped) return;
    const job = wanted;
    wanted = undefined;
    running = true;
    void ask(job.design, job.format).then((answer) => {
      running = false;
      if (stopped) return;
      show(answer.type === 'exported' ? { ...job, files: answer.files } : { ...job, files: [], error: `This design could not be exported: ${answer.message}` });
      next();
    });
  };
  return {
    request(design: Design, format: ExportFormat): void {
      wanted = { design, format };
      next();
    },
    stop(): void {
      stopped = true;
    },
  };
}
