import { afterAll, describe, expect, it } from 'vitest';
import { zoneIdFile, zoneIdRows } from '../engine/testing/hostile-addresses.ts';
import { createTestStudio } from './testStudio.ts';

const studio = createTestStudio();
const { importDesignText } = studio.storage.library;
afterAll(() => studio.dispose());

describe('importing a design file', () => {
  it.each(zoneIdRows())('refuses a zone id in %s and says where it is', async (_, zoneCase) => {
    const { text, index } = zoneIdFile(zoneCase);
    expect(await importDesignText(text)).toBe(false);
    const shown = studio.ui.getState().messages.at(-1);
    expect(shown).toMatchObject({
      tone: 'error',
      text: `Import refused: Resource "${zoneCase.resourceId}", resources.${index}.${zoneCase.field}: ${zoneCase.reason}`,
    });
  });
});
