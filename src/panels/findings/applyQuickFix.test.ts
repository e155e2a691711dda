import { beforeEach, describe, expect, it } from 'vitest';
import { addResource } from '../../engine/model/index.ts';
import type { QuickFix } from '../../engine/rules/types.ts';
import { design } from '../../engine/testing/builder.ts';
import type { Studio } from '../../state/studio.ts';
import { createTestStudio } from '../../state/testStudio.ts';
import { applyQuickFix } from './applyQuickFix.ts';

const start = design().account('net').vpc('main', 'net', '10.0.0.0/16').build();
let studio: Studio;
const lastMessage = () => studio.ui.getState().messages.at(-1);

describe('applying a quick fix', () => {
  beforeEach(() => {
    studio = createTestStudio({ design: start, id: 'd' });
    return () => studio.dispose();
  });

  it('is one undo step', () => {
    const fix: QuickFix = {
      id: 'add-subnet',
      title: 'Add a subnet',
      apply: (d) => addResource(d, { id: 'sub', kind: 'subnet', name: 'sub', parent: 'main', cidr: '10.0.1.0/24', availabilityZone: 'ap-northeast-2a' } as never),
    };
    expect(applyQuickFix(studio, fix)).toBe(true);
    const store = studio.design.getState();
    expect(store.history.present.resources.some((r) => r.id === 'sub')).toBe(true);
    expect(store.history.past).toHaveLength(1);
    store.undo();
    expect(studio.design.getState().history.present).toBe(start);
  });

  it('tells why when the fix is refused, and leaves the design alone', () => {
    const refused: QuickFix = { id: 'no', title: 'Refused fix', apply: () => ({ ok: false, reason: 'the VPC has no free block' }) };
    expect(applyQuickFix(studio, refused)).toBe(false);
    expect(lastMessage()).toMatchObject({ tone: 'error', text: expect.stringContaining('the VPC has no free block') });
    expect(studio.design.getState().history.present).toBe(start);
  });

  it('tells when the fix fails outright', () => {
    const broken: QuickFix = { id: 'x', title: 'Broken fix', apply: () => { throw new Error('boom'); } };
    expect(applyQuickFix(studio, broken)).toBe(false);
    expect(lastMessage()).toMatchObject({ tone: 'error', text: expect.stringContaining('Broken fix') });
    expect(studio.design.getState().history.past).toHaveLength(0);
  });
});
