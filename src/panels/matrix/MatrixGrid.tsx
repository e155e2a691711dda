/**
 * The grid: rows send, columns receive; a cell says reachable or why not, and opens its
 * trace. Rows arrive one by one from the worker; a row already drawn is not drawn again.
 */
import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { costBand, perGb, roundTripPerGb } from '../../engine/cost/index.ts';
import { indexDesign } from '../../engine/model/index.ts';
import type { MatrixCell } from '../../engine/sim/index.ts';
import { setTraceFlow } from '../../state/traceStore.ts';
import { reasonText } from '../../engine/sim/reasons.ts';
import { useStudio } from '../../state/useStudio.ts';
import { MatrixCanvas } from './MatrixCanvas.tsx';
import type { MatrixRun } from '../../state/matrix.ts';

type NameOf = (id: string) => string;

/** Above this many endpoints the grid is painted on a canvas instead of built from cells. */
export const LARGEST_TABLE = 40;

/** A reachable cell's round trip per GB, when the grid is coloured by cost. */
type CellCost = { readonly usdPerGb: number; readonly notPriced: number } | undefined;

function cellTitle(from: string, to: string, cell: MatrixCell, nameOf: NameOf): string {
  const pair = `${from} → ${to}`;
  if (cell.reachable) return `${pair}: reachable`;
  if (cell.error) return `${pair}: cannot be traced: ${cell.error}`;
  return `${pair}: blocked: ${cell.reason ? `${reasonText(cell.reason)} (${cell.reason})` : 'dropped'}${cell.at ? ` at ${nameOf(cell.at)}` : ''}`;
}

interface RowProps {
  readonly index: number;
  readonly from: string;
  readonly endpoints: readonly string[];
  readonly cells: readonly (MatrixCell | null)[] | undefined;
  readonly nameOf: NameOf;
  readonly costs: readonly CellCost[] | undefined;
}

const costWords = (cost: CellCost) => (cost ? `; ${perGb(cost.usdPerGb)} there and back${cost.notPriced ? `, and ${cost.notPriced} charge${cost.notPriced === 1 ? '' : 's'} not priced` : ''}` : '');

const MatrixRow = memo(function MatrixRow({ index, from, endpoints, cells, nameOf, costs }: RowProps) {
  return (
    <tr data-row={from}>
      <th scope="row" title={from}>
        <span className="matrix-row-number">{index + 1}</span> {nameOf(from)}
      </th>
      {endpoints.map((to, j) => {
        if (!cells) return <td key={to} className="matrix-cell is-pending" />;
        const cell = cells[j];
        if (!cell) return <td key={to} className="matrix-cell is-self">–</td>;
        const state = cell.reachable ? 'reachable' : cell.error ? 'invalid' : 'blocked';
        const cost = costs?.[j];
        const band = cost ? ` cost-band-${costBand(cost.usdPerGb)}` : '';
        return (
          <td key={to} className={`matrix-cell is-${state}${band}`}>
            <button type="button" title={`${cellTitle(nameOf(from), nameOf(to), cell, nameOf)}${costWords(cost)}`} data-from={from} data-to={to} data-state={state} data-cost={cost ? cost.usdPerGb : undefined}>
              {cell.reachable ? '✓' : '✗'}
            </button>
          </td>
        );
      })}
    </tr>
  );
});

export const MatrixGrid = memo(function MatrixGrid({ run, byCost }: { run: MatrixRun; byCost: boolean }) {
  const studio = useStudio();
  const nameOf = useMemo(() => {
    const index = indexDesign(run.design);
    return (id: string) => index.get(id)?.name || id;
  }, [run.design]);
  const open = useCallback(
    (from: string, to: string) => {
      setTraceFlow(studio, { from, to, protocol: run.protocol, port: run.port });
      studio.ui.getState().setPanel('trace');
    },
    [run.protocol, run.port, studio],
  );
  // One listener for every cell.
  const onClick = useCallback(
    (event: MouseEvent<HTMLTableElement>) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-from]');
      if (button) open(button.dataset.from!, button.dataset.to!);
    },
    [open],
  );
  // Each reachable pair is traced again for its hops' prices: the table's size at most.
  const costs = useMemo(
    () =>
      byCost && run.endpoints.length <= LARGEST_TABLE
        ? run.endpoints.map((from, i) => run.endpoints.map((to, j) => (run.rows[i]?.[j]?.reachable ? roundTripPerGb(run.design, { from, to, protocol: run.protocol, port: run.port }) : undefined)))
        : undefined,
    [byCost, run],
  );
  if (run.endpoints.length > LARGEST_TABLE) return <MatrixCanvas run={run} describe={cellTitle} onOpen={open} />;
  return (
    <div className="matrix-scroll">
      <table className="matrix-grid" aria-label={`Reachability on ${run.protocol}/${run.port}`} onClick={onClick}>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">from \ to</th>
            {run.endpoints.map((id, j) => (
              <th key={id} scope="col" title={`${j + 1}: ${nameOf(id)} (${id})`}>{j + 1}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {run.endpoints.map((from, i) => (
            <MatrixRow key={from} index={i} from={from} endpoints={run.endpoints} cells={run.rows[i]} nameOf={nameOf} costs={costs?.[i]} />
          ))}
        </tbody>
      </table>
    </div>
  );
});
