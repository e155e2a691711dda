import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../model/index.ts';
import { defaultEndpoints, matrix } from './matrix.ts';
import { allowGroup, group, oneVpc } from './testing.ts';
import { trace } from './trace.ts';

function fargate() {
  const parsed = parseDesign(readFileSync(new URL('../../../public/examples/ecs-fargate.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('ecs-fargate.json does not parse');
  return parsed.design;
}

describe('reachability matrix', () => {
  it('gives the same verdict as a trace for every pair, and none on the diagonal', () => {
    const d = fargate();
    const endpoints = defaultEndpoints(d);
    expect(endpoints).toEqual(expect.arrayContaining(['web-svc', 'api-svc', 'billing-svc']));
    const m = matrix(d, endpoints, 'tcp', 8080);
    endpoints.forEach((from, i) =>
      endpoints.forEach((to, j) => {
        const cell = m.cells[i]![j];
        if (i === j) return expect(cell).toBeNull();
        const { verdict } = trace(d, { from, to, protocol: 'tcp', port: 8080 });
        expect(cell, `${from} → ${to}`).toEqual(verdict);
      }),
    );
  });

  it("says who reaches whom: the caller's group decides", () => {
    const b = oneVpc()
      .add('instance', 'web', { parent: 'a', securityGroups: ['sg-web'] })
      .add('instance', 'api', { parent: 'c', securityGroups: ['sg-api'] })
      .add('instance', 'db', { parent: 'c', securityGroups: ['sg-db'] });
    group(b, 'sg-web', 'main', []);
    group(b, 'sg-api', 'main', [allowGroup('sg-web', 5432)]);
    const m = matrix(group(b, 'sg-db', 'main', [allowGroup('sg-api', 5432)]).build(), ['web', 'api', 'db'], 'tcp', 5432);
    const reachable = m.cells.map((row) => row.map((cell) => cell?.reachable ?? null));
    expect(reachable).toEqual([
      [null, true, false],
      [false, null, true],
      [false, false, null],
    ]);
    expect(m.cells[0]![2]).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-db' });
  });

  it('reports a pair that cannot be traced instead of failing the whole matrix', () => {
    const d = oneVpc().add('instance', 'x', { parent: 'a' }).build();
    const m = matrix(d, ['x', 'main'], 'tcp', 443);
    expect(m.cells[0]![1]).toMatchObject({ reachable: false, error: expect.stringContaining('main') });
  });
});
