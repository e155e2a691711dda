/** Edges as drawn: a share link draws what the design draws. */
import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/engine/io/share.ts';
import type { Design } from '../src/engine/model/index.ts';
import { openExample } from './fixtures/export.ts';
import { publishedExamples } from './fixtures/gallery.ts';
import { readDrawing } from './fixtures/geometry.ts';

const examples = publishedExamples();

async function fitView(page: Page): Promise<void> {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(300);
}

for (const example of examples) {
  test(`the share link of “${example.title}” draws every edge the design draws, none of zero length`, async ({ page }) => {
    await openExample(page, example);
    await fitView(page);
    const design = await readDrawing(page);
    expect(design.edges.length).toBeGreaterThan(0);

    const encoded = encodeShareFragment(example.design as unknown as Design);
    if (!encoded.ok) throw new Error(encoded.reason);
    await page.goto('about:blank');
    await page.goto(`/#${encoded.fragment}`);
    await expect(page.getByTestId('share-banner')).toBeVisible();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await fitView(page);
    const shared = await readDrawing(page);
    expect(shared.edges.map((e) => e.id).sort()).toEqual(design.edges.map((e) => e.id).sort());
    // An edge joins two boxes apart from each other: it is tens of pixels long at least.
    const short = shared.edges.filter((e) => e.length < 10 || e.bounds.w + e.bounds.h < 10).map((e) => `${e.id} (${Math.round(e.length)} px)`);
    expect(short).toEqual([]);
  });
}
