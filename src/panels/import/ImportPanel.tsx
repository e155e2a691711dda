/**
 * Import: infrastructure code (a Terraform plan or state, a CloudFormation template, an LZA
 * network-config with its accounts-config) becomes a new design; this panel picks or takes
 * the files, shows the worker's progress and then the import report: every skipped, partly
 * taken or inferred resource, by its address in the input and why.
 */
import { useRef, useState, type DragEvent } from 'react';
import type { ImportNote } from '../../engine/io/import/types.ts';
import { importFiles, readFiles, useImportStore } from '../../state/importer.ts';
import { useStudio } from '../../state/useStudio.ts';
import './import.css';

const STAGES = { reading: 'Reading the input', 'laying-out': 'Laying the design out', checking: 'Checking the design' } as const;
const FORMATS = { 'tf-plan': 'Terraform plan', 'tf-state': 'Terraform state', cfn: 'CloudFormation template', lza: 'Landing Zone Accelerator network-config' } as const;
const LEVELS: readonly { level: ImportNote['level']; title: string; why: string }[] = [
  { level: 'skipped', title: 'Skipped', why: 'nothing of it is in the design' },
  { level: 'partial', title: 'Partly taken', why: 'some of it is left out or stands in for what is known at deploy time' },
  { level: 'inferred', title: 'Inferred', why: 'recovered from structure, not read' },
];

function Report({ notes }: { notes: readonly ImportNote[] }) {
  if (notes.length === 0) return <p>Everything in the input is in the design.</p>;
  return (
    <>
      {LEVELS.map(({ level, title, why }) => {
        const group = notes.filter((note) => note.level === level);
        if (group.length === 0) return null;
        return (
          <section key={level} className="import-notes" data-testid={`import-${level}`}>
            <h3>
              {title} ({group.length}) <span className="muted">— {why}</span>
            </h3>
            <ul>
              {group.map((note, i) => (
                <li key={`${note.address}-${i}`} data-testid="import-note">
                  <code className="import-address">{note.address}</code>
                  {note.type ? <span className="muted"> {note.type}</span> : null}
                  <div>{note.message}</div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export default function ImportPanel() {
  const studio = useStudio();
  const state = useImportStore((s) => s);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = async (files: File[]) => {
    const read = await readFiles(studio, files);
    if (read) await importFiles(studio, read);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void take([...event.dataTransfer.files]);
  };
  const running = state.status === 'running';
  return (
    <div className="import-panel">
      <div
        className={`import-drop${over ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <p>
          A Terraform plan or state (<code>terraform show -json</code>), a CloudFormation template, or a Landing Zone Accelerator <code>network-config.yaml</code> with its{' '}
          <code>accounts-config.yaml</code>. It opens as a new design; the one open now stays in Designs.
        </p>
        <button type="button" className="primary" disabled={running} onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input ref={input} type="file" multiple hidden accept=".json,.yaml,.yml,.template,application/json" data-testid="import-panel-input" onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void take(files);
        }} />
        <p className="muted">or drop them here or on the canvas.</p>
      </div>
      {running ? (
        <div className="import-progress" role="status" data-testid="import-progress">
          <progress aria-label="Import progress" />
          <span>{state.stage ? STAGES[state.stage] : 'Starting'} of {state.files.join(' and ')}…</span>
        </div>
      ) : null}
      {state.status === 'failed' ? (
        <p className="panel-error" role="alert" data-testid="import-error">
          {state.reason}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <div data-testid="import-report">
          <h2>Import report</h2>
          <p>
            {state.files.join(' and ')} ({state.format ? FORMATS[state.format] : 'input'}) opened as the new design “{state.designName}”.
          </p>
          <Report notes={state.notes} />
        </div>
      ) : null}
    </div>
  );
}
