import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReferenceChecklist, visibleCandidates, type Candidate } from './ReferencePickers.tsx';

const subnets: Candidate[] = Array.from({ length: 1200 }, (_, i) => ({ id: `sn-${i}`, name: i % 2 ? `private-${i}` : `public-${i}` }));

describe('the list of resources a field may name', () => {
  it('draws a short list whole', () => {
    const few = subnets.slice(0, 5);
    expect(visibleCandidates(few, [], '')).toEqual({ shown: few, hidden: 0 });
  });

  it('draws a long one up to the limit, and says how many more there are', () => {
    const { shown, hidden } = visibleCandidates(subnets, [], '', 40);
    expect(shown).toHaveLength(40);
    expect(hidden).toBe(1160);
  });

  it('always shows what is chosen, in design order, even past the limit', () => {
    const { shown } = visibleCandidates(subnets, ['sn-1100', 'sn-3'], '', 40);
    expect(shown.map((c) => c.id)).toContain('sn-1100');
    expect(shown.findIndex((c) => c.id === 'sn-3')).toBe(3);
    // Forty others besides the two chosen.
    expect(shown).toHaveLength(42);
  });

  it('filters by name or id, ignoring case and spaces around', () => {
    const private11 = subnets.filter((c) => c.name.startsWith('private-11')).map((c) => c.name);
    const { shown, hidden } = visibleCandidates(subnets, [], '  PRIVATE-11 ', 100);
    expect(shown.map((c) => c.name)).toEqual(private11);
    expect(hidden).toBe(0);
    expect(visibleCandidates(subnets, [], 'sn-1199').shown.map((c) => c.id)).toEqual(['sn-1199']);
    expect(visibleCandidates(subnets, [], 'nothing-like-it')).toEqual({ shown: [], hidden: 0 });
  });
});

describe('the checklist in the inspector', () => {
  const named = (n: number) => subnets.slice(0, n);

  it('offers a filter and draws forty boxes, not sixty, for a long list', () => {
    const html = renderToStaticMarkup(<ReferenceChecklist candidates={named(60)} value={['sn-59']} onChange={() => {}} />);
    expect(html).toContain('placeholder="Filter 60 by name or id"');
    expect(html.match(/type="checkbox"/g)).toHaveLength(41);
    expect(html).toContain('19 more: type in the filter to find them.');
    expect(html).toMatch(/checked=""\/>private-59/);
  });

  it('draws a short list whole, without a filter', () => {
    const html = renderToStaticMarkup(<ReferenceChecklist candidates={named(3)} value={[]} onChange={() => {}} />);
    expect(html).not.toContain('type="search"');
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
  });
});
