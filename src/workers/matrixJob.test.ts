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
  it('sends the rows in order, in batches as time passes, then done; the rows are the engine matrix', () => {
    const design = staticIps();
    const endpoints = [...defaultEndpoints(design), 'partner-nlb'];
    // A clock that moves a batch's worth with every row read sends a row a message.
    let clock = 0;
    const messages: MatrixMessage[] = [];
    runMatrixJob({ type: 'matrix', runId: 7, design, endpoints, protocol: 'tcp', port: 443 }, (m) => messages.push(m), () => (clock += 60));
    expect(messages.at(-1)).toEqual({ type: 'done', runId: 7 });
    const batches = messages.flatMap((m) => (m.type === 'rows' ? [m] : []));
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.length).toBeLessThan(endpoints.length);
    expect(batches.map((m) => m.first)).toEqual(batches.map((_, k) => batches.slice(0, k).reduce((n, b) => n + b.rows.length, 0)));
    expect(messages.every((m) => m.runId === 7)).toBe(true);
    const rows = batches.flatMap((m) => m.rows);
    expect(rows).toEqual(matrix(design, endpoints, 'tcp', 443).cells);
    // The partner reaches the NLB; the example's proxies do not reach the app instances on 443.
    expect(rows[endpoints.indexOf('partner')]![endpoints.indexOf('partner-nlb')]).toEqual({ reachable: true });
    // A fast run is one batch.
    const quick: MatrixMessage[] = [];
    runMatrixJob({ type: 'matrix', runId: 8, design, endpoints, protocol: 'tcp', port: 443 }, (m) => quick.push(m), () => 0);
    expect(quick.map((m) => m.type)).toEqual(['rows', 'done']);
  });

  it('gives a pair that cannot be traced its reason instead of stopping', () => {
    const design = staticIps();
    const messages: MatrixMessage[] = [];
    runMatrixJob({ type: 'matrix', runId: 1, design, endpoints: ['partner', 'proxy-sg'], protocol: 'tcp', port: 443 }, (m) => messages.push(m));
    const first = messages[0]!;
    expect(first.type).toBe('rows');
    if (first.type === 'rows') expect(first.rows[0]![1]).toMatchObject({ reachable: false, error: expect.stringContaining('proxy-sg') });
    expect(messages.at(-1)!.type).toBe('done');
  });
});
