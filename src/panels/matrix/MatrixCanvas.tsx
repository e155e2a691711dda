/**
 * The grid of a large matrix, painted on a canvas: hundreds of endpoints make hundreds of
 * thousands of cells, too many for the page's elements. Rows are painted as they arrive;
 * hovering names the pair and the reason, a click opens its trace.
 */
import { memo, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { indexDesign } from '../../engine/model/index.ts';
import type { MatrixCell } from '../../engine/sim/index.ts';
import type { MatrixRun } from '../../state/matrix.ts';

const COLORS = { reachable: '#2f9e95', blocked: '#d64545', invalid: '#b8bec7', self: '#eef0f3' } as const;
const MAX_SIDE = 900;

const colorOf = (cell: MatrixCell | null | undefined) =>
  cell === null ? COLORS.self : !cell ? undefined : cell.reachable ? COLORS.reachable : cell.error ? COLORS.invalid : COLORS.blocked;

interface Props {
  readonly run: MatrixRun;
  readonly describe: (from: string, to: string, cell: MatrixCell, nameOf: (id: string) => string) => string;
  readonly onOpen: (from: string, to: string) => void;
}

export const MatrixCanvas = memo(function MatrixCanvas({ run, describe, onOpen }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const painted = useRef<{ runId: number; rows: Set<number> }>({ runId: -1, rows: new Set() });
  const [hover, setHover] = useState('Hover a cell for the pair and the reason; click it to trace the flow.');
  const n = run.endpoints.length;
  const cell = Math.max(1, Math.min(12, Math.floor(MAX_SIDE / n)));
  const nameOf = useMemo(() => {
    const index = indexDesign(run.design);
    return (id: string) => index.get(id)?.name || id;
  }, [run.design]);

  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    if (painted.current.runId !== run.id) {
      painted.current = { runId: run.id, rows: new Set() };
      context.clearRect(0, 0, n * cell, n * cell);
    }
    run.rows.forEach((row, i) => {
      if (!row || painted.current.rows.has(i)) return;
      painted.current.rows.add(i);
      row.forEach((c, j) => {
        context.fillStyle = colorOf(c) ?? COLORS.self;
        context.fillRect(j * cell, i * cell, cell > 3 ? cell - 1 : cell, cell > 3 ? cell - 1 : cell);
      });
    });
  }, [run, n, cell]);

  const at = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const i = Math.floor((event.clientY - box.top) / cell);
    const j = Math.floor((event.clientX - box.left) / cell);
    const value = run.rows[i]?.[j];
    return value ? { from: run.endpoints[i]!, to: run.endpoints[j]!, value } : undefined;
  };

  return (
    <div className="matrix-canvas">
      <p className="matrix-hover" aria-live="polite">{hover}</p>
      <div className="matrix-scroll">
        <canvas
          ref={ref}
          width={n * cell}
          height={n * cell}
          aria-label={`Reachability of ${n} endpoints on ${run.protocol}/${run.port}: teal reachable, red blocked`}
          onMouseMove={(event) => {
            const hit = at(event);
            if (hit) setHover(describe(nameOf(hit.from), nameOf(hit.to), hit.value, nameOf));
          }}
          onClick={(event) => {
            const hit = at(event);
            if (hit) onOpen(hit.from, hit.to);
          }}
        />
      </div>
    </div>
  );
});
