/** Design name, design list, import/export and undo/redo. */
import { useRef, type ChangeEvent } from 'react';
import { useDesignStore } from '../state/designStore.ts';
import { importFiles, readFiles } from '../state/importer.ts';
import { exportDesignText, exportFileName } from '../state/library.ts';
import { useUiStore } from '../state/uiStore.ts';
import { tidyUpDesign } from '../state/arrange.ts';
import { useStudio } from '../state/useStudio.ts';
import { DesignName } from './DesignName.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TopBar() {
  const studio = useStudio();
  const { library } = studio.storage;
  const canUndo = useDesignStore((s) => s.history.past.length > 0);
  const canRedo = useDesignStore((s) => s.history.future.length > 0);
  const undo = useDesignStore((s) => s.undo);
  const redo = useDesignStore((s) => s.redo);
  const setPanel = useUiStore((s) => s.setPanel);
  const readOnly = useUiStore((s) => s.readOnly);
  const fileInput = useRef<HTMLInputElement>(null);

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    // A design file opens as before; infrastructure code is imported in a worker, with its report.
    const read = await readFiles(studio, files);
    if (read) await importFiles(studio, read);
  };

  return (
    <header className="top-bar">
      <div className="brand" aria-label="Landing Zone Studio">
        <span className="brand-mark" aria-hidden="true" />
        Landing Zone Studio
      </div>
      <DesignName />
      <nav className="top-actions">
        <button type="button" onClick={() => setPanel('designs')}>Designs</button>
        <button type="button" onClick={() => void library.createDesign()}>New</button>
        <button type="button" onClick={() => fileInput.current?.click()} title="A design, a Terraform plan or state (terraform show -json), a CloudFormation template, or an LZA network-config.yaml with its accounts-config.yaml">Import…</button>
        <input ref={fileInput} type="file" multiple accept=".json,.yaml,.yml,.template,application/json" hidden data-testid="import-input" onChange={(e) => void onImport(e)} />
        <button type="button" onClick={() => download(exportFileName(studio.getDesign()), exportDesignText(studio.getDesign()))}>Export</button>
        <button type="button" onClick={() => setPanel('export')} title="Terraform, CDK, PNG, SVG, draw.io and share links">Share…</button>
        <span className="separator" />
        <button type="button" onClick={() => void tidyUpDesign(studio)} disabled={readOnly} title="Lay out every box again, nested by account, VPC and subnet (one undo step)">Tidy up</button>
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">↶ Undo</button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">↷ Redo</button>
        <span className="separator" />
        <button type="button" onClick={() => studio.ui.getState().setOverlay('shortcuts')} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts">?</button>
        <ThemeSwitch />
      </nav>
    </header>
  );
}
