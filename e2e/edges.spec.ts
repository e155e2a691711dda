/**
 * Edges as drawn: routed around boxes with labels clear of boxes and of each other, all in
 * view at fit view; a share link draws what the design draws; a drop on a box's body connects.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/engine/io/share.ts';
import type { Design } from '../src/engine/model/index.ts';
import { openExample } from './fixtures/export.ts';
import { publishedExamples } from './fixtures/gallery.ts';
import { faultsOf, readDrawing } from './fixtures/geometry.ts';
import { Studio } from './fixtures/studio.ts';

const examples = publishedExamples();

async function fitView(page: Page): Promise<void> {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(300);
}

for (const example of examples) {
  test(`“${example.title}” at fit view: no edge through a box, no label on a box or a label, nothing out of view`, async ({ page }) => {
    await openExample(page, example);
    await fitView(page);
    const drawing = await readDrawing(page);
    const parents = Object.fromEntries(example.design.resources.map((r) => [r.id, (r as { parent?: string }).parent]));
    const faults = faultsOf(drawing, parents);
    test.info().annotations.push({ type: 'geometry', description: JSON.stringify(Object.fromEntries(Object.entries(faults).map(([k, v]) => [k, v.length]))) });
    expect(drawing.edges.length).toBeGreaterThan(0);
    // Readable: fit view draws the boxes' text (far out it is left off) at half size or more.
    const zoom = await page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]));
    expect(zoom).toBeGreaterThanOrEqual(0.5);
    await expect(page.locator('.resource-node .node-name').first()).toBeVisible();
    expect(faults).toEqual({ edgesThroughBoxes: [], labelsOnBoxes: [], labelsOnLabels: [], siblingsOverlapping: [], offScreen: [] });
  });

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

test('an edge dropped on the body of a box connects to it; handles are at least 12 px', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await studio.drop('vpc', 'acct-1', { x: 0.25, y: 0.5 });
  await studio.drop('vpc', 'acct-1', { x: 0.75, y: 0.5 });
  await fitView(page);
  const handle = studio.node('vpc-1').locator('.react-flow__handle-right');
  const size = (await handle.boundingBox())!;
  const zoom = await page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1] ?? 1));
  expect(Math.round(Math.min(size.width, size.height) / zoom)).toBeGreaterThanOrEqual(12);
  // Onto the middle of the other VPC's body, far from its handles.
  await studio.node('vpc-1').hover();
  await handle.dragTo(studio.node('vpc-2'), { force: true, targetPosition: { x: 60, y: 70 } });
  await expect(page.locator('.edge-label')).toContainText('Peering');
});

test('edges lie under the boxes: a click on any box lands on the box, not on an edge', async ({ page }) => {
  await openExample(page, examples.find((e) => e.id === 'static-ips-partner')!);
  await fitView(page);
  const misses = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node-resource')].flatMap((node) => {
      const r = node.getBoundingClientRect();
      // The box's corners and middle, just inside its border.
      const points = [[r.x + 3, r.y + 3], [r.right - 3, r.y + 3], [r.x + 3, r.bottom - 3], [r.right - 3, r.bottom - 3], [r.x + r.width / 2, r.y + r.height / 2]];
      return points.filter(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.react-flow__node') !== node).map(() => node.dataset.id);
    }),
  );
  expect(misses).toEqual([]);
  // And where an edge does meet a box (a box being dragged over it), the box is on top.
  const stacking = await page.evaluate(() => ({
    edges: [...document.querySelectorAll('.react-flow__edge')].map((e) => Number(getComputedStyle(e.closest('svg')!).zIndex)),
    leaves: [...document.querySelectorAll<HTMLElement>('.react-flow__node-resource')].map((n) => Number(getComputedStyle(n).zIndex)),
  }));
  expect(Math.max(...stacking.edges)).toBeLessThan(Math.min(...stacking.leaves));
});
