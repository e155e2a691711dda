/**
 * Importing infrastructure code (a Terraform plan or state, a CloudFormation template, an LZA
 * network-config), as a plain function so it is tested without a worker: the file is read
 * into a design, laid out and checked, with a progress message at each stage. Whatever
 * happens, the last message is `done` with the result or the reason there is none.
 */
import { ImportError, importFile, type ImportFormat, type ImportInput, type ImportResult, type ImportStage } from '../engine/io/import/index.ts';

export interface ImportRequest {
  readonly type: 'import';
  readonly input: ImportInput;
  readonly format?: ImportFormat | undefined;
}

export type ImportOutcome = { readonly ok: true; readonly result: ImportResult } | { readonly ok: false; readonly reason: string };

export type ImportMessage = { readonly type: 'progress'; readonly stage: ImportStage } | { readonly type: 'done'; readonly outcome: ImportOutcome };

export async function runImportJob(request: ImportRequest, post: (message: ImportMessage) => void): Promise<void> {
  let outcome: ImportOutcome;
  try {
    const result = await importFile(request.input, request.format, { onStage: (stage) => post({ type: 'progress', stage }) });
    outcome = { ok: true, result };
  } catch (error) {
    // Unreadable input says which file and field; anything else is ours, said as such.
    const reason = error instanceof ImportError ? error.message : `${request.input.file.name} could not be imported (${error instanceof Error ? error.message : String(error)})`;
    outcome = { ok: false, reason };
  }
  post({ type: 'done', outcome });
}
