import { beforeEach, describe, expect, it } from 'vitest';
import { addResource, emptyDesign, newResource, updateResource } from '../engine/model/index.ts';
import { applyOperation, getDesign, useDesignStore } from './designStore.ts';
import { useUiStore } from './uiStore.ts';

beforeEach(() => useDesignStore.getState().open('test', emptyDesign('test')));

const addAccount = () => applyOperation((d) => addResource(d, newResource(d, 'account', { id: 'acct-1' })));

describe('design store', () => {
  it('records an accepted operation as one undo step', () => {
    expect(addAccount().ok).toBe(true);
    expect(getDesign().resources).toHaveLength(1);
    useDesignStore.getState().undo();
    expect(getDesign().resources).toHaveLength(0);
    useDesignStore.getState().redo();
    expect(getDesign().resources).toHaveLength(1);
  });

  it('leaves design and history alone when the model refuses, and says why', () => {
    addAccount();
    const before = useDesignStore.getState().history;
    const result = applyOperation((d) => addResource(d, newResource(d, 'subnet', { id: 'subnet-1' })));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('may go inside a vpc');
    expect(useDesignStore.getState().history).toBe(before);
  });

  it('keeps an invalid CIDR out of the design', () => {
    applyOperation((d) => addResource(d, newResource(d, 'account', { id: 'net' })));
    applyOperation((d) => addResource(d, newResource(d, 'vpc', { id: 'main', parent: 'net' })));
    const result = applyOperation((d) => updateResource(d, 'main', { cidrs: ['10.0.0.1/16'] }));
    expect(result.ok).toBe(false);
    expect(getDesign().resources.find((r) => r.id === 'main')).toMatchObject({ cidrs: ['10.0.0.0/16'] });
  });

  it('selection does not clear redo', () => {
    addAccount();
    useDesignStore.getState().undo();
    useUiStore.getState().select(['acct-1']);
    useUiStore.getState().select([]);
    expect(useDesignStore.getState().history.future).toHaveLength(1);
  });
});
