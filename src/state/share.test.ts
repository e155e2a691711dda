import { beforeEach, describe, expect, it } from 'vitest';
import { addResource, emptyDesign, type Design } from '../engine/model/index.ts';
import { ZONE_ID_CASES, zoneIdFile } from '../engine/testing/hostile-addresses.ts';
import { encodeShareFragment } from '../engine/io/share.ts';
import { design } from '../engine/testing/builder.ts';
import { READ_ONLY_REASON } from './designStore.ts';
import type { Studio } from './studio.ts';
import { createTestStudio } from './testStudio.ts';

const shared = design().account('net').vpc('main', 'net', '10.0.0.0/16').build();
const fragment = () => {
  const encoded = encodeShareFragment(shared);
  if (!encoded.ok) throw new Error(encoded.reason);
  return `#${encoded.fragment}`;
};

describe('opening a share link', () => {
  let studio: Studio;
  beforeEach(() => {
    studio = createTestStudio({ design: emptyDesign('Mine'), id: 'mine' });
    return () => studio.dispose();
  });

  it('shows the shared design read-only and unsaved: every edit is refused and nothing enters history', async () => {
    expect(await studio.storage.share.openSharedFromLocation(fragment())).toBe(true);
    expect(studio.getDesign()).toEqual(shared);
    // No library id: autosave has nowhere to write it.
    expect(studio.design.getState().designId).toBeUndefined();
    expect(studio.ui.getState().readOnly).toBe(true);
    const result = studio.apply((d) => addResource(d, { id: 'other', kind: 'account', name: 'other' }));
    expect(result).toEqual({ ok: false, reason: READ_ONLY_REASON });
    expect(studio.getDesign()).toEqual(shared);
    expect(studio.design.getState().history.past).toHaveLength(0);
  });

  it('a damaged link says why and leaves the open design as it was', async () => {
    const before = studio.getDesign();
    const link = fragment();
    const damaged = link.slice(0, 30) + (link[30] === 'A' ? 'B' : 'A') + link.slice(31);
    expect(await studio.storage.share.openSharedFromLocation(damaged)).toBe(false);
    expect(studio.storage.share.store.getState().error).toMatch(/share link/);
    expect(studio.getDesign()).toBe(before);
    expect(studio.design.getState().designId).toBe('mine');
    expect(studio.ui.getState().readOnly).toBe(false);
  });

  it('a link whose design the parser refuses says why, naming the field and the resource', async () => {
    const zoneCase = ZONE_ID_CASES.find((c) => c.field === 'targets.0.target')!;
    const encoded = encodeShareFragment(JSON.parse(zoneIdFile(zoneCase).text) as Design);
    if (!encoded.ok) throw new Error(encoded.reason);
    const before = studio.getDesign();
    expect(await studio.storage.share.openSharedFromLocation(`#${encoded.fragment}`)).toBe(false);
    const { error, opening, shared } = studio.storage.share.store.getState();
    expect(error).toContain(`Resource "${zoneCase.resourceId}"`);
    expect(error).toContain(`targets.0.target: ${zoneCase.reason}`);
    expect(opening).toBeUndefined();
    expect(shared).toBeUndefined();
    expect(studio.getDesign()).toBe(before);
    expect(studio.design.getState().designId).toBe('mine');
  });

  it('a page without a share fragment changes nothing', async () => {
    expect(await studio.storage.share.openSharedFromLocation('#other=1')).toBe(false);
    expect(studio.storage.share.store.getState().error).toBeUndefined();
    expect(studio.design.getState().designId).toBe('mine');
  });
});
