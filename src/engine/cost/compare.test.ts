import { describe, expect, it } from 'vitest';
import inspectionFile from '../../../public/examples/inspection-egress.json';
import type { Design } from '../model/index.ts';
import { costChange, costChangeHeadline, costChangeMarkdown, money } from './compare.ts';
import { inUsEast1 } from './testing.ts';

describe('the change in monthly cost between two versions', () => {
  const before = inUsEast1(inspectionFile);
  // After: the egress VPC keeps one NAT gateway instead of one per AZ.
  const after: Design = { ...before, resources: before.resources.filter((r) => r.id !== 'egress-nat-c' && r.id !== 'egress-nat-c-eip') };

  it('gives both totals, the difference and each resource that moved', () => {
    const change = costChange(before, after, { gbPerFlow: 100 });
    // A NAT gateway: 730 × 0.045 + 100 × 0.045; its Elastic IP: 730 × 0.005.
    expect(money(change.deltaUsd, true)).toBe('−$41.00');
    expect(change.resources.map((r) => [r.id, r.beforeUsd !== undefined, r.afterUsd, money(r.deltaUsd, true)])).toEqual([
      ['egress-nat-c', true, undefined, '−$37.35'],
      ['egress-nat-c-eip', true, undefined, '−$3.65'],
    ]);
    expect(costChangeHeadline(change)).toMatch(/^\$\d+\.\d\d → \$\d+\.\d\d a month \(−\$41\.00\), before what the table cannot price$/);
  });

  it('writes a Markdown section with names escaped', () => {
    const renamed: Design = { ...after, resources: after.resources.map((r) => (r.id === 'egress-nat-a' ? { ...r, name: 'nat|*a*' } : r)) };
    const markdown = costChangeMarkdown(costChange(before, renamed), (t) => t.replace(/[|*]/g, (c) => `\\${c}`));
    expect(markdown).toContain('### Monthly cost');
    expect(markdown).toContain('| egress-nat-c (egress-nat-c) | nat-gateway | $37.35 | — | −$37.35 |');
    expect(costChangeMarkdown(costChange(before, before), (t) => t)).toContain('No resource changed its estimate.');
  });
});
