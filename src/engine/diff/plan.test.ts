/**
 * `terraform show -json` plans of one change, made by Terraform from test/fixtures/diff/main.tf
 * (see its README): before, the web group takes SSH only; after, a rule opens 443.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDesign } from '../io/import/index.ts';
import { compareDesigns, comparisonMarkdown } from './index.ts';

const plan = (name: string) => {
  const file = { name, text: readFileSync(new URL(`../../../test/fixtures/diff/${name}`, import.meta.url), 'utf8') };
  return importDesign({ file }).design;
};

describe('comparing two Terraform plans', () => {
  const before = plan('web-https.before.plan.json');
  const after = plan('web-https.after.plan.json');
  const idOf = (name: string) => after.resources.find((r) => r.name === name)!.id;

  it('reports the flow a rule that opens a port makes reachable, and the rule', () => {
    const comparison = compareDesigns(before, after);
    const opened = comparison.flows.changed.filter((f) => f.port === 443);
    expect(opened).toContainEqual(expect.objectContaining({ from: idOf('client-1'), to: idOf('web-1'), protocol: 'tcp', before: expect.objectContaining({ reachable: false, reason: 'SG_DENY' }), after: { reachable: true } }));
    expect(comparison.flows.changed.every((f) => f.port === 443 && f.after.reachable)).toBe(true);
    expect(comparison.resources.changed.map((r) => r.name)).toEqual(['web']);
    const text = comparisonMarkdown(comparison, before, after, { before: 'main', after: 'pull request' });
    expect(text).toMatch(/\| client-1 .*\| web-1 .*\| tcp\/443 \| ✗ blocked: .*SG\\_DENY.* \| ✓ reachable \|/);
  });
});
