import { describe, expect, it } from 'vitest';
import { emptyDesign, type Design } from '../engine/model/index.ts';
import { GROUP_PAUSE_MS, record, redo, startHistory, undo } from './history.ts';

const named = (name: string): Design => ({ ...emptyDesign(), name });

describe('undo history', () => {
  it('makes each ungrouped edit one step', () => {
    let h = startHistory(named('a'));
    h = record(h, named('b'), 0);
    h = record(h, named('c'), 10);
    h = undo(h);
    expect(h.present.name).toBe('b');
    h = undo(h);
    expect(h.present.name).toBe('a');
    h = redo(redo(h));
    expect(h.present.name).toBe('c');
  });

  it('groups typing in one field until a pause', () => {
    let h = startHistory(named(''));
    h = record(h, named('v'), 0, 'vpc-1.name');
    h = record(h, named('vp'), 200, 'vpc-1.name');
    h = record(h, named('vpc'), 400, 'vpc-1.name');
    h = record(h, named('vpc main'), 400 + GROUP_PAUSE_MS + 1, 'vpc-1.name');
    expect(h.past.map((d) => d.name)).toEqual(['', 'vpc']);
    expect(undo(h).present.name).toBe('vpc');
    expect(undo(undo(h)).present.name).toBe('');
  });

  it('does not merge edits of different fields', () => {
    let h = startHistory(named('a'));
    h = record(h, named('b'), 0, 'x.name');
    h = record(h, named('c'), 100, 'x.cidr');
    expect(h.past).toHaveLength(2);
  });

  it('clears redo on a new edit but keeps it across undo', () => {
    let h = startHistory(named('a'));
    h = record(h, named('b'), 0);
    h = undo(h);
    expect(h.future).toHaveLength(1);
    h = record(h, named('z'), 10);
    expect(h.future).toHaveLength(0);
    expect(redo(h).present.name).toBe('z');
  });

  it('ignores an operation that returned the same document', () => {
    const h = startHistory(named('a'));
    expect(record(h, h.present, 0)).toBe(h);
  });
});
