/**
 * The reachability matrix: who can reach whom on one port, for a chosen set of endpoints.
 * It is computed in a Web Worker with progress and cancel; a cell opens its trace.
 */
import { useMemo, useState } from 'react';
import { COST_BANDS } from '../../engine/cost/index.ts';
import { defaultEndpoints } from '../../engine/sim/index.ts';
import type { Protocol } from '../../engine/model/index.ts';
import { useDesign } from '../../state/designStore.ts';
import { PROTOCOLS } from '../trace/protocols.ts';
import { EndpointPicker } from './EndpointPicker.tsx';
import { LARGEST_TABLE, MatrixGrid } from './MatrixGrid.tsx';
import { useMatrixStore } from '../../state/matrix.ts';
import { useStudio } from '../../state/useStudio.ts';
import './matrix.css';

export default function MatrixPanel() {
  const { matrix } = useStudio();
  const design = useDesign();
  const chosen = useMatrixStore((s) => s.endpoints);
  const protocol = useMatrixStore((s) => s.protocol);
  const port = useMatrixStore((s) => s.port);
  const run = useMatrixStore((s) => s.run);
  const defaults = useMemo(() => defaultEndpoints(design), [design]);
  // Endpoints deleted from the design drop out of the set.
  const endpoints = useMemo(() => {
    if (!chosen) return defaults;
    const ids = new Set(design.resources.map((r) => r.id));
    return chosen.filter((id) => ids.has(id));
  }, [chosen, defaults, design]);
  const running = run?.status === 'running';
  const reachable = useMemo(() => (run?.status === 'done' ? run.rows.reduce((n, row) => n + (row?.filter((c) => c?.reachable).length ?? 0), 0) : 0), [run]);
  const validPort = Number.isInteger(port) && port >= 0 && port <= 65535;
  const [byCost, setByCost] = useState(false);

  return (
    <section className="matrix-panel" aria-label="Matrix">
      <header>
        <h2>Reachability matrix</h2>
        <p className="muted">Every pair of the chosen endpoints on one port: request and reply.</p>
      </header>
      <EndpointPicker design={design} endpoints={endpoints} isDefault={!chosen} />
      <div className="matrix-controls">
        <label>
          Protocol
          <select value={protocol} onChange={(e) => matrix.store.setState({ protocol: e.target.value as Protocol })}>
            {PROTOCOLS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label>
          Port
          <input type="number" min={0} max={65535} value={Number.isNaN(port) ? '' : port} onChange={(e) => matrix.store.setState({ port: e.target.value === '' ? NaN : Number(e.target.value) })} />
        </label>
        {running ? (
          <button type="button" onClick={matrix.cancel}>Cancel</button>
        ) : (
          <button type="button" className="primary" disabled={endpoints.length < 2 || !validPort} onClick={() => matrix.start(design, endpoints, protocol, port)}>
            Compute
          </button>
        )}
      </div>
      {!validPort && <p className="field-error" role="alert">A port is a whole number from 0 to 65535.</p>}
      {endpoints.length < 2 && <p className="muted">Choose at least two endpoints.</p>}
      {run && (
        <div className="matrix-progress" data-testid="matrix-progress" data-status={run.status}>
          <progress max={run.endpoints.length} value={run.done} aria-label="Matrix progress" />
          <span>
            {run.status === 'running' && `Computing… ${run.done} of ${run.endpoints.length} rows`}
            {run.status === 'done' && `${run.done} of ${run.endpoints.length} rows: ${reachable} of ${run.endpoints.length * (run.endpoints.length - 1)} flows reachable on ${run.protocol}/${run.port}`}
            {run.status === 'cancelled' && `Cancelled after ${run.done} of ${run.endpoints.length} rows`}
            {run.status === 'failed' && `Stopped: ${run.error ?? 'unknown error'}`}
          </span>
        </div>
      )}
      {run && run.design !== design && run.status !== 'running' && (
        <p className="matrix-stale" role="status">The design has changed since this matrix was computed. Compute again to update it.</p>
      )}
      {run && run.done > 0 && (
        <div className="matrix-cost-row">
          <label>
            <input type="checkbox" checked={byCost} onChange={(e) => setByCost(e.target.checked)} /> Colour reachable cells by cost per GB there and back
          </label>
          {byCost && run.endpoints.length > LARGEST_TABLE && <span className="muted"> (up to {LARGEST_TABLE} endpoints)</span>}
          {byCost && run.endpoints.length <= LARGEST_TABLE && (
            <span className="matrix-cost-legend" aria-label="Cost bands">
              {[...COST_BANDS.map((top, i) => (i === 0 ? 'free' : `≤ $${top}`)), `> $${COST_BANDS.at(-1)}`].map((label, band) => (
                <span key={label} className={`matrix-cost-swatch cost-band-${band}`}>{label}</span>
              ))}
            </span>
          )}
        </div>
      )}
      {run && run.done > 0 && <MatrixGrid run={run} byCost={byCost} />}
    </section>
  );
}
