/**
 * The grid of a large matrix, painted on a canvas the size of what is in view: a thousand
 * endpoints make a million cells, too many for the page's elements. Only the rows and columns
 * in view are painted, with their labels (row names at the left, column numbers on top), again
 * as rows arrive and as the grid scrolls. Find names an endpoint and brings its row and
 * column into view; hovering names the pair and the reason, a click opens its trace.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { indexDesign } from '../../engine/model/index.ts';
import type { MatrixCell } from '../../engine/sim/index.ts';
import type { MatrixRun } from '../../state/matrix.ts';

const COLORS = { reachable: '#2f9e95', blocked: '#d64545', invalid: '#b8bec7', self: '#eef0f3', pending: '#f5f6f8', found: 'rgba(37, 99, 235, 0.28)' } as const;
/** Width of the row names, height of the column numbers. */
const ROW_LABELS = 150;
const COLUMN_LABELS = 22;
const MAX_MATCHES = 8;

const colorOf = (cell: MatrixCell | null | undefined) =>
  cell === null ? COLORS.self : !cell ? COLORS.pending : cell.reachable ? COLORS.reachable : cell.error ? COLORS.invalid : COLORS.blocked;

/** Cells small enough to see many at once, large enough for a row's name beside it. */
export const cellSize = (endpoints: number): number => Math.max(10, Math.min(16, Math.floor(900 / endpoints)));

interface Props {
  readonly run: MatrixRun;
  readonly describe: (from: string, to: string, cell: MatrixCell, nameOf: (id: string) => string) => string;
  readonly onOpen: (from: string, to: string) => void;
}

export const MatrixCanvas = memo(function MatrixCanvas({ run, describe, onOpen }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState('Hover a cell for the pair and the reason; click it to trace the flow.');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<number | undefined>(undefined);
  const [view, setView] = useState({ left: 0, top: 0, width: 0, height: 0 });
  const n = run.endpoints.length;
  const cell = cellSize(n);
  const nameOf = useMemo(() => {
    const index = indexDesign(run.design);
    return (id: string) => index.get(id)?.name || id;
  }, [run.design]);

  const measure = useCallback(() => {
    const box = viewport.current;
    if (box) setView({ left: box.scrollLeft, top: box.scrollTop, width: box.clientWidth, height: box.clientHeight });
  }, []);
  useLayoutEffect(() => {
    measure();
    const box = viewport.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [measure]);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || view.width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    if (element.width !== Math.round(view.width * ratio) || element.height !== Math.round(view.height * ratio)) {
      element.width = Math.round(view.width * ratio);
      element.height = Math.round(view.height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, view.width, view.height);
    const firstRow = Math.floor(view.top / cell);
    const firstColumn = Math.floor(view.left / cell);
    const rows = Math.min(n - firstRow, Math.ceil((view.height - COLUMN_LABELS) / cell) + 1);
    const columns = Math.min(n - firstColumn, Math.ceil((view.width - ROW_LABELS) / cell) + 1);
    const x0 = ROW_LABELS - (view.left % cell);
    const y0 = COLUMN_LABELS - (view.top % cell);
    const gap = cell > 6 ? 1 : 0;
    context.save();
    context.beginPath();
    context.rect(ROW_LABELS, COLUMN_LABELS, view.width - ROW_LABELS, view.height - COLUMN_LABELS);
    context.clip();
    for (let r = 0; r < rows; r++) {
      const cells = run.rows[firstRow + r];
      for (let c = 0; c < columns; c++) {
        context.fillStyle = colorOf(cells ? cells[firstColumn + c] : undefined);
        context.fillRect(x0 + c * cell, y0 + r * cell, cell - gap, cell - gap);
      }
    }
    if (found !== undefined) {
      context.fillStyle = COLORS.found;
      context.fillRect(ROW_LABELS, y0 + (found - firstRow) * cell, view.width, cell);
      context.fillRect(x0 + (found - firstColumn) * cell, COLUMN_LABELS, cell, view.height);
    }
    context.restore();
    // Labels of what is in view only: the names of the rows, the numbers of the columns.
    const style = getComputedStyle(element);
    context.font = `${Math.min(12, cell - 1)}px ${style.fontFamily || 'sans-serif'}`;
    context.textBaseline = 'middle';
    context.fillStyle = style.color || '#1d2939';
    context.save();
    context.beginPath();
    context.rect(0, COLUMN_LABELS, ROW_LABELS - 4, view.height - COLUMN_LABELS);
    context.clip();
    for (let r = 0; r < rows; r++) {
      const i = firstRow + r;
      context.font = `${i === found ? 'bold ' : ''}${Math.min(12, cell - 1)}px ${style.fontFamily || 'sans-serif'}`;
      context.fillText(`${i + 1} ${nameOf(run.endpoints[i]!)}`, 2, y0 + r * cell + cell / 2, ROW_LABELS - 8);
    }
    context.restore();
    context.save();
    context.beginPath();
    context.rect(ROW_LABELS, 0, view.width - ROW_LABELS, COLUMN_LABELS);
    context.clip();
    context.textAlign = 'center';
    const every = Math.ceil(28 / cell);
    for (let c = 0; c < columns; c++) {
      const j = firstColumn + c;
      const isFound = j === found;
      // The found column's number takes the place of its neighbours'.
      if (!isFound && (j % every !== 0 || (found !== undefined && Math.abs(j - found) < every))) continue;
      context.font = `${isFound ? 'bold ' : ''}${Math.min(12, cell - 1)}px ${style.fontFamily || 'sans-serif'}`;
      context.fillText(String(j + 1), x0 + c * cell + cell / 2, COLUMN_LABELS / 2);
    }
    context.restore();
  }, [run, n, cell, view, found, nameOf]);

  const at = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left - ROW_LABELS;
    const y = event.clientY - box.top - COLUMN_LABELS;
    if (x < 0 || y < 0) return undefined;
    const i = Math.floor((y + view.top) / cell);
    const j = Math.floor((x + view.left) / cell);
    const value = run.rows[i]?.[j];
    return value ? { from: run.endpoints[i]!, to: run.endpoints[j]!, value } : undefined;
  };

  const q = query.trim().toLowerCase();
  const matches = useMemo(() => {
    if (!q) return [];
    const list: number[] = [];
    for (let i = 0; i < n && list.length < MAX_MATCHES; i++) {
      const id = run.endpoints[i]!;
      if (nameOf(id).toLowerCase().includes(q) || id.toLowerCase().includes(q)) list.push(i);
    }
    return list;
  }, [q, n, run.endpoints, nameOf]);
  const show = (i: number) => {
    setFound(i);
    const box = viewport.current;
    if (!box) return;
    // Its row and its column in the middle of the view.
    box.scrollTo({ top: Math.max(0, i * cell - (box.clientHeight - COLUMN_LABELS) / 2), left: Math.max(0, i * cell - (box.clientWidth - ROW_LABELS) / 2) });
    measure();
  };

  return (
    <div className="matrix-canvas">
      <div className="matrix-find">
        <input
          type="search"
          placeholder="Find an endpoint by name or id"
          aria-label="Find an endpoint"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && matches[0] !== undefined) show(matches[0]);
          }}
        />
        {q && matches.length === 0 && <span className="muted">No endpoint matches.</span>}
        {matches.map((i) => (
          <button key={i} type="button" className={`link-button${i === found ? ' is-found' : ''}`} onClick={() => show(i)}>
            {i + 1} {nameOf(run.endpoints[i]!)}
          </button>
        ))}
      </div>
      <p className="matrix-hover" aria-live="polite">{hover}</p>
      <div className="matrix-viewport" ref={viewport} onScroll={measure} data-testid="matrix-viewport">
        <div className="matrix-extent" style={{ width: ROW_LABELS + n * cell, height: COLUMN_LABELS + n * cell }}>
          <canvas
            ref={canvas}
            style={{ width: view.width, height: view.height }}
            data-cell={cell}
            data-found={found ?? ''}
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
    </div>
  );
});
