import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '../engine/model/index.ts';
import { defaultEndpoints, matrix } from '../engine/sim/index.ts';
import { runMatrixJob } from './matrixJob.ts';
import type { MatrixMessage } from './protocol.ts';

function staticIps(): Design {
  const parsed = parseDesign(readFileSync(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the static-IP example does not parse');
  return parsed.design;
}

describe('the matrix worker job', () => {
  it('sends one message per row, in order, then done; the rows are the engine matrix', () => {
    const design = staticIps();
    const endpoints = [...defaultEndpoints(design), 'partner-nlb'];
    const messages: MatrixMessage[] = [];
    runMatrixJob({ type: 'matrix', runId: 7, design, endpoints, protocol: 'tcp', port: 443 }, (m) => messages.push(m));
    expect(messages.map((m) => m.type)).toEqual([...endpoints.map(() => 'row'), 'done']);
    const rows = messages.flatMap((m) => (m.type === 'row' ? [m] : []));
    expect(rows.map((m) => m.row)).toEqual(endpoints.map((_, i) => i));
    expect(messages.every((m) => m.runId === 7)).toBe(true);
    expect(rows.map((m) => m.cells)).toEqual(matrix(design, endpoints, 'tcp', 443).cells);
    // The partner reaches the NLB; the example's proxies do not reach the app instances on 443.
    const partner = endpoints.indexOf('partner');
    expect(rows[partner]!.cells[endpoints.indexOf('partner-nlb')]).toEqual({ reachable: true });
  });

  it('gives a pair that cannot be traced its reason instead of stopping', () => {
    const design = staticIps();
    const messages: MatrixMessage[] = [];
    runMatrixJob({ type: 'matrix', runId: 1, design, endpoints: ['partner', 'proxy-sg'], protocol: 'tcp', port: 443 }, (m) => messages.push(m));
    const first = messages[0]!;
    expect(first.type).toBe('row');
    if (first.type === 'row') expect(first.cells[1]).toMatchObject({ reachable: false, error: expect.stringContaining('proxy-sg') });
    expect(messages.at(-1)!.type).toBe('done');
  });
});
