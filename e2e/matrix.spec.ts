import { expect, test } from '@playwright/test';
import { defaultEndpoints, trace } from '../src/engine/sim/index.ts';
import { syntheticLandingZone } from '../src/engine/testing/synthetic.ts';
import { Studio } from './fixtures/studio.ts';
import { Matrix } from './fixtures/trace.ts';

/** Where the canvas grid draws its cells: after the row names and under the column numbers. */
const ROW_LABELS = 150;
const COLUMN_LABELS = 22;

test('a matrix of a thousand endpoints computes in the worker without freezing the page, finds an endpoint by name, and names each cell', async ({ page }) => {
  test.setTimeout(240_000);
  // The smallest synthetic landing zone, in steps of 200 resources, with a thousand endpoints.
  let size = 5_000;
  while (defaultEndpoints(syntheticLandingZone({ seed: 1, resources: size })).length < 1_000) size += 200;
  const design = syntheticLandingZone({ seed: 1, resources: size });
  const endpoints = defaultEndpoints(design);
  const studio = new Studio(page);
  await studio.open();
  await page.getByTestId('import-input').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await expect(page.getByLabel('Design name')).toHaveValue(design.name, { timeout: 60_000 });

  const matrix = new Matrix(page);
  await matrix.open();
  await expect(matrix.panel.locator('summary')).toContainText(`Endpoints: ${endpoints.length}`);
  // Long tasks from here on; the compute starts once the import's own work (drawing, saving,
  // validating about 6,000 resources) has let the page be for a second.
  await page.evaluate(() => {
    const page = window as unknown as { longTasks: number[]; lastLong: number };
    page.longTasks = [];
    page.lastLong = performance.now();
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        page.longTasks.push(entry.duration);
        page.lastLong = entry.startTime + entry.duration;
      }),
    ).observe({ type: 'longtask' });
  });
  await expect.poll(() => page.evaluate(() => performance.now() - (window as unknown as { lastLong: number }).lastLong), { timeout: 60_000 }).toBeGreaterThan(1_000);
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  await matrix.compute('tcp', 443);
  await expect(matrix.progress).toHaveAttribute('data-status', 'done', { timeout: 180_000 });
  await expect(matrix.progress).toContainText(`${endpoints.length} of ${endpoints.length} rows`);
  const longest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)));
  // Rows come in batches and only what is in view is painted: no task holds the page long.
  expect(longest).toBeLessThan(200);

  // Find an endpoint far down the list: its row and column come into view, highlighted.
  const wanted = 800;
  const name = design.resources.find((r) => r.id === endpoints[wanted])!.name;
  await matrix.panel.getByLabel('Find an endpoint').fill(endpoints[wanted]!);
  await matrix.panel.getByRole('button', { name: `${wanted + 1} ${name}` }).click();
  const grid = matrix.panel.locator('canvas');
  await expect(grid).toHaveAttribute('data-found', String(wanted));
  const cell = Number(await grid.getAttribute('data-cell'));
  const viewport = page.getByTestId('matrix-viewport');
  const scroll = await viewport.evaluate((box) => ({ top: box.scrollTop, left: box.scrollLeft, height: box.clientHeight, width: box.clientWidth }));
  expect(wanted * cell).toBeGreaterThanOrEqual(scroll.top);
  expect(wanted * cell + cell).toBeLessThanOrEqual(scroll.top + scroll.height - COLUMN_LABELS);

  // Hovering a cell in that row names the pair and the engine's answer for it.
  const box = (await grid.boundingBox())!;
  const column = Math.floor((scroll.left + 40) / cell) + 3;
  await page.mouse.move(box.x + ROW_LABELS + column * cell - scroll.left + cell / 2, box.y + COLUMN_LABELS + wanted * cell - scroll.top + cell / 2);
  const names = (id: string) => design.resources.find((r) => r.id === id)?.name ?? id;
  const verdict = trace(design, { from: endpoints[wanted]!, to: endpoints[column]!, protocol: 'tcp', port: 443 }).verdict;
  const hover = matrix.panel.locator('.matrix-hover');
  await expect(hover).toContainText(`${names(endpoints[wanted]!)} → ${names(endpoints[column]!)}: ${verdict.reachable ? 'reachable' : 'blocked'}`);
  if (!verdict.reachable) await expect(hover).toContainText(`(${verdict.reason})`);

  // A click opens that flow's trace.
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.getByRole('tab', { name: /^Trace/ })).toHaveAttribute('aria-selected', 'true');
});
