/**
 * Terraform or CDK for the open design: the file tree, a preview, copy and a zip. The
 * generators load with this panel, never with the first page. A large design is generated
 * in the design worker, so an edit made with this panel open never waits for it.
 * "Selection only" writes a Terraform or CDK snippet of the selected boxes (and what they
 * hold), with what they name outside as variables or context values, to paste into an
 * existing codebase.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExportFormat, ExportOptions, GeneratedFile } from '../../engine/iac/index.ts';
import { selectionBoundary, type SelectionBoundary } from '../../engine/iac/selection.ts';
import type { Design } from '../../engine/model/index.ts';
import { useDesign } from '../../state/designStore.ts';
import { runsInWorker } from '../../state/designWorker.ts';
import { useUiStore } from '../../state/uiStore.ts';
import { useStudio } from '../../state/useStudio.ts';
import { CodePreview } from './CodePreview.tsx';
import { downloadBlob, fileStem } from './download.ts';
import { FileTree } from './FileTree.tsx';
import { createWorkerExport, type Generated } from './workerExport.ts';
import { zipFiles } from './zip.ts';

type Generate = (design: ReturnType<typeof useDesign>, format: ExportFormat, options?: ExportOptions) => GeneratedFile[];

const FORMATS: readonly { id: ExportFormat; label: string }[] = [
  { id: 'terraform', label: 'Terraform' },
  { id: 'cdk', label: 'CDK (TypeScript)' },
];

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function useGenerator(): { generate: Generate | undefined; failure: string | undefined } {
  const [state, setState] = useState<{ generate: Generate | undefined; failure: string | undefined }>({ generate: undefined, failure: undefined });
  useEffect(() => {
    let live = true;
    import('../../engine/iac/index.ts').then(
      (module) => live && setState({ generate: module.generate, failure: undefined }),
      (error: unknown) => live && setState({ generate: undefined, failure: `The code generators could not be loaded: ${describe(error)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

interface Output {
  readonly files: readonly GeneratedFile[];
  readonly error?: string;
  /** The files on show are for an earlier version of the design or format; newer ones are on their way. */
  readonly pending: boolean;
}

/**
 * The generated files: right here for a small design, from the design worker for a large one.
 * A snippet is always generated here: it writes only the selection, so it stays small.
 */
function useGeneratedFiles(design: Design, format: ExportFormat, generate: Generate | undefined, snippet: SelectionBoundary | undefined): Output {
  const large = runsInWorker(design) && !snippet;
  const { worker } = useStudio();
  const local = useMemo((): Output => {
    if (large || !generate) return { files: [], pending: !large };
    try {
      return { files: generate(design, format, snippet ? { inside: snippet.inside } : {}), pending: false };
    } catch (error) {
      return { files: [], error: `This design could not be exported: ${describe(error)}`, pending: false };
    }
  }, [large, generate, design, format, snippet]);
  const [remote, setRemote] = useState<Generated | undefined>();
  const runner = useRef<ReturnType<typeof createWorkerExport>>(undefined);
  useEffect(() => {
    const started = createWorkerExport((d, f) => worker.ask(d, { type: 'export', format: f }), setRemote);
    runner.current = started;
    return () => started.stop();
  }, [worker]);
  useEffect(() => {
    if (large) runner.current?.request(design, format);
  }, [large, design, format]);
  if (!large) return local;
  return { files: remote?.files ?? [], ...(remote?.error ? { error: remote.error } : {}), pending: remote?.design !== design || remote.format !== format };
}

export function CodeExport() {
  const design = useDesign();
  const { generate, failure } = useGenerator();
  const [format, setFormat] = useState<ExportFormat>('terraform');
  const [chosen, setChosen] = useState<string | undefined>();
  const selection = useUiStore((s) => s.selection);
  const [selectionOnly, setSelectionOnly] = useState(false);
  const canSnip = selection.length > 0;
  const boundary = useMemo(() => (canSnip && selectionOnly ? selectionBoundary(design, selection) : undefined), [canSnip, selectionOnly, design, selection]);
  const snippet = boundary?.ok ? boundary.boundary : undefined;
  const output = useGeneratedFiles(design, format, generate, snippet);
  const studio = useStudio();
  const file = output.files.find((f) => f.path === chosen) ?? output.files[0];

  const copy = async () => {
    if (!file) return;
    try {
      await navigator.clipboard.writeText(file.contents);
      studio.notify(`Copied ${file.path}.`, 'success');
    } catch {
      studio.notify('The browser did not allow copying; select the text in the preview instead.', 'error');
    }
  };
  const download = () => {
    const bytes = zipFiles(output.files);
    downloadBlob(`${fileStem(design.name)}-${format}${snippet ? '-selection' : ''}.zip`, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  };

  return (
    <section className="export-section" aria-label="Code">
      <h3>Code</h3>
      <div className="export-row" role="radiogroup" aria-label="Format">
        {FORMATS.map((f) => (
          <label key={f.id} className="export-choice">
            <input type="radio" name="export-format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
            {f.label}
          </label>
        ))}
      </div>
      <div className="export-row">
        <label className="export-choice" title={canSnip ? undefined : 'Select boxes on the canvas first'}>
          <input type="checkbox" checked={selectionOnly && canSnip} disabled={!canSnip} onChange={(e) => setSelectionOnly(e.target.checked)} />
          Selection only
        </label>
        {snippet && (
          <span className="muted" data-testid="export-snippet">
            {snippet.inside.size} resources; {snippet.outside.length} outside the selection {snippet.outside.length === 1 ? 'comes' : 'come'} in as{' '}
            {format === 'terraform' ? 'variables' : 'context values'}
          </span>
        )}
      </div>
      {boundary && !boundary.ok && <p role="alert" className="panel-error">The selection cannot be exported: {boundary.message}</p>}
      {failure && <p role="alert" className="panel-error">{failure}</p>}
      {output.error && <p role="alert" className="panel-error">{output.error}</p>}
      {output.pending && !failure && <p className="muted" data-testid="export-pending">{output.files.length > 0 ? 'Updating to the latest edit…' : 'Generating…'}</p>}
      {output.files.length > 0 && (
        <>
          <div className="export-code">
            <FileTree files={output.files} selected={file?.path} onSelect={setChosen} />
            {file && <CodePreview path={file.path} contents={file.contents} />}
          </div>
          <div className="export-row">
            <button type="button" onClick={() => void copy()} disabled={!file}>Copy file</button>
            <button type="button" className="primary" onClick={download} disabled={output.pending}>Download .zip ({output.files.length} files)</button>
          </div>
        </>
      )}
    </section>
  );
}
