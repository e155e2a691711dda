import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDesign, type Design } from '../model/index.ts';
import { selectionBoundary } from './selection.ts';

function example(name: string): Design {
  const parsed = parseDesign(readFileSync(new URL(`../../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.design;
}

describe('selection boundary', () => {
  const design = example('static-ips-partner');

  it('takes the selected resources and what is drawn inside them', () => {
    const result = selectionBoundary(design, ['public-a']);
    if (!result.ok) throw new Error(result.message);
    expect(result.boundary.inside.has('public-a')).toBe(true);
    // A NAT gateway drawn in the subnet comes with it.
    expect(result.boundary.inside.has('nat-a')).toBe(true);
    expect(result.boundary.inside.has('public-c')).toBe(false);
  });

  it('names each reference from inside to outside, the container included', () => {
    const result = selectionBoundary(design, ['partner-nlb', 'proxy-tg']);
    if (!result.ok) throw new Error(result.message);
    const { crossings, outside } = result.boundary;
    expect(crossings).toContainEqual({ from: 'partner-nlb', path: 'subnetMappings.0.elasticIp', to: 'nlb-eip-a' });
    expect(crossings.some((crossing) => crossing.from === 'proxy-tg' && crossing.path === 'parent')).toBe(true);
    expect(outside.map((resource) => resource.id)).toContain('nlb-eip-a');
    // Nothing inside is listed as outside, and accounts are providers, not resources.
    expect(outside.some((resource) => result.boundary.inside.has(resource.id) || resource.kind === 'account')).toBe(false);
  });

  it('refuses ids the design does not have, naming them, and an empty selection', () => {
    expect(selectionBoundary(design, ['partner-nlb', 'nope'])).toEqual({ ok: false, message: 'not in the design: nope' });
    expect(selectionBoundary(design, [' ', '']).ok).toBe(false);
  });
});
