/**
 * `lzs matrix <design.json> --port <n> [--protocol tcp] [--endpoints id,id,...] [--format text|json|csv]`:
 * who can reach whom on one port, with the reason for every blocked pair.
 * Exit 0 when the matrix was computed, 2 on bad input.
 */
import { defaultEndpoints, matrix, type Matrix } from '../engine/sim/index.ts';
import type { Command } from './commands.ts';
import { prepare } from './flow-args.ts';

const USAGE = 'usage: lzs matrix <design.json> --port <n> [--protocol tcp] [--endpoints id,id,...] [--format text|json|csv]';

function pairs(m: Matrix) {
  return m.endpoints.flatMap((from, i) =>
    m.endpoints.flatMap((to, j) => {
      const cell = m.cells[i]![j];
      return cell ? [{ from, to, ...cell }] : [];
    }),
  );
}

export function formatMatrixText(m: Matrix): string {
  const width = Math.max(4, ...m.endpoints.map((e) => e.length));
  const header = `${''.padEnd(width)}  ${m.endpoints.map((_, j) => String(j + 1).padStart(3)).join('')}`;
  const rows = m.endpoints.map((from, i) => `${from.padEnd(width)}  ${m.cells[i]!.map((cell) => (cell === null ? '  -' : cell.reachable ? '  ✓' : '  ✗')).join('')}`);
  const legend = m.endpoints.map((e, j) => `  ${String(j + 1).padStart(3)} = ${e}`);
  const blocked = pairs(m)
    .filter((p) => !p.reachable)
    .map((p) => `  ${p.from} → ${p.to}: ${p.error ?? `${p.reason} at ${p.at}`}`);
  const reachable = pairs(m).filter((p) => p.reachable).length;
  return [
    `${m.protocol}/${m.port}: ${reachable} of ${pairs(m).length} pairs reachable`,
    '',
    header,
    ...rows,
    '',
    'columns:',
    ...legend,
    ...(blocked.length ? ['', 'blocked:', ...blocked] : []),
  ].join('\n');
}

export const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function formatMatrixCsv(m: Matrix): string {
  const lines = pairs(m).map((p) => [p.from, p.to, String(p.reachable), p.reason ?? '', p.at ?? '', p.error ?? ''].map(csvField).join(','));
  return ['from,to,reachable,reason,at,error', ...lines].join('\n');
}

export function formatMatrixJson(m: Matrix): string {
  return JSON.stringify({ protocol: m.protocol, port: m.port, endpoints: m.endpoints, pairs: pairs(m) }, null, 2);
}

export const matrixCommand: Command = {
  summary: '<design.json> --port <n> [--endpoints a,b]  who can reach whom, with the reason per blocked pair',
  usage: USAGE,
  async run(args, io) {
    const ready = await prepare(io, 'matrix', USAGE, args, { options: ['port', 'protocol', 'endpoints', 'format'], formats: ['text', 'json', 'csv'] });
    if (!ready) return 2;
    const { design, options, format } = ready;
    const listed = options.get('endpoints');
    const endpoints = listed ? listed.split(',').map((e) => e.trim()).filter(Boolean) : defaultEndpoints(design);
    const ids = new Set(design.resources.map((r) => r.id));
    const unknown = endpoints.filter((e) => !ids.has(e) && e !== 'internet');
    if (unknown.length > 0) {
      io.err(`lzs matrix: no resource ${unknown.map((e) => `"${e}"`).join(', ')} in ${ready.file}`);
      return 2;
    }
    if (endpoints.length < 2) {
      io.err(`lzs matrix: need at least two endpoints, got ${endpoints.length}`);
      return 2;
    }
    const result = matrix(design, endpoints, ready.protocol, ready.port);
    io.out(format === 'json' ? formatMatrixJson(result) : format === 'csv' ? formatMatrixCsv(result) : formatMatrixText(result));
    return 0;
  },
};
