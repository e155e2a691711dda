/**
 * Importing infrastructure code into the studio: the files a person picks or drops are read
 * in a worker (workers/import.worker.ts) with progress here; the design opens as a new one
 * (the open design is saved and stays in Designs) and the import report stays on show. A
 * design file (.json of this app) goes the usual way. Where there are no workers (Node
 * tests) the same job runs here, loaded only then.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { detectFormat } from '../engine/io/import/detect.ts';
import type { ImportFile, ImportFormat, ImportInput, ImportNote, ImportStage } from '../engine/io/import/types.ts';
import { decodeDesignBytes, describeParseError, DESIGN_FORMAT, MAX_ENCODED_BYTES, MAX_FILE_BYTES } from '../engine/model/index.ts';
import type { ImportMessage, ImportOutcome, ImportRequest } from '../workers/importJob.ts';
import type { Studio } from './studio.ts';
import { useStudio } from './useStudio.ts';

export interface ImportState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  /** The files of the run on show. */
  readonly files: readonly string[];
  readonly stage?: ImportStage | undefined;
  readonly format?: ImportFormat | undefined;
  /** The new design's name, once opened. */
  readonly designName?: string | undefined;
  readonly notes: readonly ImportNote[];
  readonly reason?: string | undefined;
}

export function createImportStore(): StoreApi<ImportState> {
  return createStore<ImportState>()(() => ({ status: 'idle', files: [], notes: [] }));
}

export function useImportStore<T>(selector: (state: ImportState) => T): T {
  return useStore(useStudio().imports, selector);
}

export type RunImport = (input: ImportInput, onStage: (stage: ImportStage) => void) => Promise<ImportOutcome>;

const createWorker: (() => Worker) | undefined =
  typeof Worker === 'undefined' ? undefined : () => new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });

/** One worker per import, ended when it answers. */
export const importInWorker: RunImport = async (input, onStage) => {
  if (!createWorker) {
    const { runImportJob } = await import('../workers/importJob.ts');
    let outcome: ImportOutcome = { ok: false, reason: 'the import did not finish' };
    await runImportJob({ type: 'import', input }, (m) => (m.type === 'progress' ? onStage(m.stage) : (outcome = m.outcome)));
    return outcome;
  }
  const worker = createWorker();
  return new Promise<ImportOutcome>((resolve) => {
    const finish = (outcome: ImportOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onStage(message.stage);
      else finish(message.outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, reason: `${input.file.name} could not be imported (${event.message || 'the importer stopped'})` });
    };
    worker.postMessage({ type: 'import', input } satisfies ImportRequest);
  });
};

/** accounts-config.yaml names accounts; it goes with a network-config, never alone. */
const isAccountsConfig = (file: ImportFile) => /^(mandatoryAccounts|workloadAccounts)\s*:/m.test(file.text) && !/^vpcs\s*:/m.test(file.text);
/** A design file, or JSON that is no infrastructure code: the design parser says what is wrong with it. */
const isDesignFile = (file: ImportFile) => /^\s*[{[]/.test(file.text) && (file.text.includes(`"${DESIGN_FORMAT}"`) || detectFormat(file) === undefined);

/** Reads picked or dropped files as the CLI does (UTF-8, or UTF-16 after a byte order mark); too large ones are refused unread. */
export async function readFiles(studio: Studio, files: readonly File[]): Promise<ImportFile[] | undefined> {
  const tooLarge = files.find((file) => file.size > MAX_ENCODED_BYTES);
  if (tooLarge) {
    studio.notify(`Import refused: ${tooLarge.name}: ${describeParseError({ type: 'too-large', bytes: tooLarge.size, limit: MAX_FILE_BYTES })}`, 'error');
    return undefined;
  }
  return Promise.all(files.map(async (file) => ({ name: file.name, text: decodeDesignBytes(new Uint8Array(await file.arrayBuffer())) })));
}

/**
 * Imports files: a design file as a design; otherwise one input (a plan, a state, a template,
 * a network-config) with, for LZA, its accounts-config. Resolves to whether a design opened.
 */
export async function importFiles(studio: Studio, files: readonly ImportFile[], run: RunImport = importInWorker): Promise<boolean> {
  const { imports } = studio;
  if (files.length === 0) return false;
  const design = files.length === 1 && isDesignFile(files[0]!) ? files[0] : undefined;
  if (design) return studio.storage.library.importDesignText(design.text);
  const accounts = files.find(isAccountsConfig);
  const inputs = files.filter((file) => file !== accounts);
  if (inputs.length !== 1) {
    const reason =
      inputs.length === 0
        ? `${accounts!.name} is an accounts-config.yaml: import it together with its network-config.yaml`
        : `give one file to import (and, for Landing Zone Accelerator, its accounts-config.yaml), not ${inputs.length}: ${inputs.map((f) => f.name).join(', ')}`;
    imports.setState({ status: 'failed', files: files.map((f) => f.name), notes: [], reason, stage: undefined, designName: undefined, format: undefined });
    studio.ui.getState().setPanel('import');
    studio.notify(`Import refused: ${reason}.`, 'error');
    return false;
  }
  const file = inputs[0]!;
  imports.setState({ status: 'running', files: [file.name, ...(accounts ? [accounts.name] : [])], notes: [], stage: undefined, reason: undefined, designName: undefined, format: undefined });
  studio.ui.getState().setPanel('import');
  const outcome = await run({ file, accounts }, (stage) => imports.setState({ stage }));
  if (!outcome.ok) {
    imports.setState({ status: 'failed', reason: outcome.reason, stage: undefined });
    studio.notify(`Import failed: ${outcome.reason}`, 'error');
    return false;
  }
  const previous = studio.getDesign().name;
  try {
    await studio.storage.library.openAsNew(outcome.result.design);
  } catch (error) {
    const reason = `the design could not be stored in this browser: ${error instanceof Error ? error.message : String(error)}`;
    imports.setState({ status: 'failed', reason, stage: undefined });
    studio.notify(`Import failed: ${reason}`, 'error');
    return false;
  }
  imports.setState({ status: 'done', stage: undefined, format: outcome.result.format, notes: outcome.result.notes, designName: outcome.result.design.name });
  const count = outcome.result.notes.length;
  studio.notify(`Imported ${file.name} as a new design${count ? ` (${count} ${count === 1 ? 'note' : 'notes'} in the import report)` : ''}. “${previous}” is still in Designs.`, 'success');
  return true;
}
