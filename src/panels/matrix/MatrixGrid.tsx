/** The grid: rows send, columns receive; a cell says reachable or why not, and opens its trace. */
import { memo } from 'react';
import { indexDesign } from '../../engine/model/index.ts';
import type { MatrixCell } from '../../engine/sim/index.ts';
import { setTraceFlow } from '../../state/trace.ts';
import { reasonText } from '../../state/traceReasons.ts';
import { useUiStore } from '../../state/uiStore.ts';
import type { MatrixRun } from './matrixStore.ts';

function cellTitle(from: string, to: string, cell: MatrixCell, nameOf: (id: string) => string): string {
  const pair = `${from} → ${to}`;
  if (cell.reachable) return `${pair}: reachable`;
  if (cell.error) return `${pair}: cannot be traced: ${cell.error}`;
  return `${pair}: blocked: ${cell.reason ? `${reasonText(cell.reason)} (${cell.reason})` : 'dropped'}${cell.at ? ` at ${nameOf(cell.at)}` : ''}`;
}

export const MatrixGrid = memo(function MatrixGrid({ run }: { run: MatrixRun }) {
  const index = indexDesign(run.design);
  const nameOf = (id: string) => index.get(id)?.name || id;
  const open = (from: string, to: string) => {
    setTraceFlow({ from, to, protocol: run.protocol, port: run.port });
    useUiStore.getState().setPanel('trace');
  };
  return (
    <div className="matrix-scroll">
      <table className="matrix-grid" aria-label={`Reachability on ${run.protocol}/${run.port}`}>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">from \ to</th>
            {run.endpoints.map((id, j) => (
              <th key={id} scope="col" title={`${j + 1}: ${nameOf(id)} (${id})`}>{j + 1}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {run.endpoints.map((from, i) => {
            const row = run.rows[i];
            return (
              <tr key={from} data-row={from}>
                <th scope="row" title={from}><span className="matrix-row-number">{i + 1}</span> {nameOf(from)}</th>
                {run.endpoints.map((to, j) => {
                  const cell = row?.[j];
                  if (!row) return <td key={to} className="matrix-cell is-pending" aria-label="not computed" />;
                  if (!cell) return <td key={to} className="matrix-cell is-self">–</td>;
                  const state = cell.reachable ? 'reachable' : cell.error ? 'invalid' : 'blocked';
                  return (
                    <td key={to} className={`matrix-cell is-${state}`}>
                      <button type="button" title={cellTitle(nameOf(from), nameOf(to), cell, nameOf)} data-from={from} data-to={to} data-state={state} onClick={() => open(from, to)}>
                        {cell.reachable ? '✓' : '✗'}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
