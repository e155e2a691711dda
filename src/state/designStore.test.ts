import { beforeEach, describe, expect, it } from 'vitest';
import { addResource, emptyDesign, newResource, updateResource } from '../engine/model/index.ts';
import type { Studio } from './studio.ts';
import { createTestStudio } from './testStudio.ts';

let studio: Studio;
beforeEach(() => {
  studio = createTestStudio({ design: emptyDesign('test'), id: 'test' });
  return () => studio.dispose();
});

const addAccount = () => studio.apply((d) => addResource(d, newResource(d, 'account', { id: 'acct-1' })));

describe('design store', () => {
  it('records an accepted operation as one undo step', () => {
    expect(addAccount().ok).toBe(true);
    expect(studio.getDesign().resources).toHaveLength(1);
    studio.design.getState().undo();
    expect(studio.getDesign().resources).toHaveLength(0);
    studio.design.getState().redo();
    expect(studio.getDesign().resources).toHaveLength(1);
  });

  it('leaves design and history alone when the model refuses, and says why', () => {
    addAccount();
    const before = studio.design.getState().history;
    const result = studio.apply((d) => addResource(d, newResource(d, 'subnet', { id: 'subnet-1' })));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('may go inside a vpc');
    expect(studio.design.getState().history).toBe(before);
  });

  it('keeps an invalid CIDR out of the design', () => {
    studio.apply((d) => addResource(d, newResource(d, 'account', { id: 'net' })));
    studio.apply((d) => addResource(d, newResource(d, 'vpc', { id: 'main', parent: 'net' })));
    const result = studio.apply((d) => updateResource(d, 'main', { cidrs: ['10.0.0.1/16'] }));
    expect(result.ok).toBe(false);
    expect(studio.getDesign().resources.find((r) => r.id === 'main')).toMatchObject({ cidrs: ['10.0.0.0/16'] });
  });

  it('selection does not clear redo', () => {
    addAccount();
    studio.design.getState().undo();
    studio.select(['acct-1']);
    studio.select([]);
    expect(studio.design.getState().history.future).toHaveLength(1);
  });

  it('two studios are two editors: an edit in one leaves the other as it was', () => {
    const other = createTestStudio({ design: emptyDesign('other'), id: 'other' });
    addAccount();
    expect(other.getDesign().resources).toHaveLength(0);
    expect(other.design.getState().history.past).toHaveLength(0);
    other.dispose();
  });
});
