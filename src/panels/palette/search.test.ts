import { describe, expect, it } from 'vitest';
import { KINDS, RESOURCE_KINDS } from '../../engine/model/index.ts';
import { matchesQuery } from './search.ts';

const entries = RESOURCE_KINDS.map((kind) => ({ kind, label: KINDS[kind].label, group: KINDS[kind].group }));
const found = (query: string) => entries.filter((e) => matchesQuery(e, query)).map((e) => e.kind);

describe('palette search', () => {
  it('finds an entry by the start of a word of its label, in any case', () => {
    expect(found('nat')).toEqual(['nat-gateway']);
    expect(found('SUB')).toContain('subnet');
  });

  it('finds an entry by the initials architects use', () => {
    expect(found('nlb')).toEqual(['nlb']);
    expect(found('alb')).toContain('alb');
  });

  it('needs every word typed, so more words narrow the list', () => {
    expect(found('gateway').length).toBeGreaterThan(found('internet gateway').length);
    expect(found('internet gateway')).toContain('internet-gateway');
    expect(found('internet gateway')).not.toContain('nat-gateway');
  });

  it('matches everything when empty and nothing for words no entry has', () => {
    expect(found('  ')).toHaveLength(entries.length);
    expect(found('mainframe')).toEqual([]);
  });
});
