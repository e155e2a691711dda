/**
 * Terraform or CDK for the open design: the file tree, a preview, copy and a zip. The
 * generators load with this panel, never with the first page.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ExportFormat, GeneratedFile } from '../../engine/iac/index.ts';
import { useDesign } from '../../state/designStore.ts';
import { notify } from '../../state/uiStore.ts';
import { CodePreview } from './CodePreview.tsx';
import { downloadBlob, fileStem } from './download.ts';
import { FileTree } from './FileTree.tsx';
import { zipFiles } from './zip.ts';

type Generate = (design: ReturnType<typeof useDesign>, format: ExportFormat) => GeneratedFile[];

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

export function CodeExport() {
  const design = useDesign();
  const { generate, failure } = useGenerator();
  const [format, setFormat] = useState<ExportFormat>('terraform');
  const [chosen, setChosen] = useState<string | undefined>();

  const output = useMemo((): { files: GeneratedFile[]; error?: string } => {
    if (!generate) return { files: [] };
    try {
      return { files: generate(design, format) };
    } catch (error) {
      return { files: [], error: `This design could not be exported: ${describe(error)}` };
    }
  }, [generate, design, format]);
  const file = output.files.find((f) => f.path === chosen) ?? output.files[0];

  const copy = async () => {
    if (!file) return;
    try {
      await navigator.clipboard.writeText(file.contents);
      notify(`Copied ${file.path}.`, 'success');
    } catch {
      notify('The browser did not allow copying; select the text in the preview instead.', 'error');
    }
  };
  const download = () => {
    const bytes = zipFiles(output.files);
    downloadBlob(`${fileStem(design.name)}-${format}.zip`, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
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
      {failure && <p role="alert" className="panel-error">{failure}</p>}
      {output.error && <p role="alert" className="panel-error">{output.error}</p>}
      {!generate && !failure && <p className="muted">Loading the generators…</p>}
      {output.files.length > 0 && (
        <>
          <div className="export-code">
            <FileTree files={output.files} selected={file?.path} onSelect={setChosen} />
            {file && <CodePreview path={file.path} contents={file.contents} />}
          </div>
          <div className="export-row">
            <button type="button" onClick={() => void copy()} disabled={!file}>Copy file</button>
            <button type="button" className="primary" onClick={download}>Download .zip ({output.files.length} files)</button>
          </div>
        </>
      )}
    </section>
  );
}
