/**
 * `npx tsx bench/canvas/edit.ts [resources]`: opens a synthetic landing zone in the built
 * studio and makes the edits a user makes (three drag commits of a box, a rename in the
 * inspector, an undo, a redo, selecting a VPC and a subnet, adding an instance from the
 * palette, copy and paste, deleting, collapsing and expanding a VPC, renaming with the code
 * export open), printing every long
 * task over 50 ms each edit caused, including the validation and autosave that follow it.
 * Prints figures, does not judge them.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { launchChromium, serve } from './harness.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SIZE = Number(process.argv[2] ?? '5000');
const DIST = process.env.LZS_DIST ?? join(root, 'dist');
/** After each edit: time for the findings, badges and autosave it sets off to finish. */
const SETTLE_MS = 2500;

/** `LZS_TRACE=<edit label>` records a Chrome trace of that edit, to open in the Performance panel. */
const TRACE_LABEL = process.env.LZS_TRACE;

/** Long tasks (ms) seen while `edit` runs and the page settles after it. */
async function longTasksDuring(page: Page, label: string, edit: () => Promise<void>): Promise<[string, number[]]> {
  const tracing = TRACE_LABEL === label;
  if (tracing) await page.context().browser()!.startTracing(page, { path: `trace-${label.replace(/\W+/g, '-')}.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] });
  // Page scripts are strings: the TypeScript loader would wrap functions in helpers the page lacks.
  await page.evaluate(`(() => {
    window.__long = [];
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > 50) window.__long.push(Math.round(entry.duration));
    });
    window.__observer.observe({ type: 'longtask' });
  })()`);
  await edit();
  await page.waitForTimeout(SETTLE_MS);
  if (tracing) await page.context().browser()!.stopTracing();
  return [label, (await page.evaluate('window.__long')) as number[]];
}

/** A box of the given type whose grab point (its centre, or `dy` px below its top) is on screen, on the box itself. */
async function visibleBox(page: Page, type = 'resource', dy?: number, room = { right: 300, bottom: 220 }): Promise<{ id: string; x: number; y: number }> {
  const found = (await page.evaluate(`(() => {
    const canvas = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
    for (const el of document.querySelectorAll('.react-flow__node-${type}')) {
      const r = el.getBoundingClientRect();
      const x = r.x + ${dy === undefined ? 'r.width / 2' : 'Math.min(r.width / 2, 70)'};
      const y = r.y + ${dy === undefined ? 'r.height / 2' : String(dy)};
      if (r.width < 20 || x < canvas.x + 40 || y < canvas.y + 40 || x > canvas.right - ${room.right} || y > canvas.bottom - ${room.bottom}) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.closest('.react-flow__node') === el && !hit.closest('.react-flow__handle, .nodrag, button')) return { id: el.getAttribute('data-id'), x, y };
    }
    return null;
  })()`)) as { id: string; x: number; y: number } | null;
  if (!found) throw new Error(`No ${type} box visible`);
  return found;
}

const visibleLeaf = (page: Page) => visibleBox(page);

/** A click needs no room around it, a drag does. */
const NO_ROOM = { right: 20, bottom: 20 };

/** Clicks a box of the given type and waits for the inspector to show it. */
async function select(page: Page, type: string, dy?: number): Promise<string> {
  const { id, x, y } = await visibleBox(page, type, dy, NO_ROOM);
  await page.mouse.click(x, y);
  await page.locator('.inspector .inspector-id', { hasText: id }).waitFor();
  return id;
}

const { server, base } = await serve([{ prefix: '/', dir: DIST, fallback: 'index.html' }]);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const design = syntheticLandingZone({ seed: 11, resources: SIZE });
  await page.goto(`${base}/`);
  await page.locator('[data-ready=true]').waitFor();
  await page.getByTestId('import-input').setInputFiles({ name: 'synthetic.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await page.waitForFunction("document.querySelectorAll('.react-flow__node').length > 50", undefined, { timeout: 120_000 });
  // Close enough to edit: zoom in on a VPC with instances, which then fills much of the view.
  await page.waitForTimeout(SETTLE_MS);
  const target = (await page.evaluate(`(() => {
    const canvas = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
    for (const el of document.querySelectorAll('.react-flow__node-vpc')) {
      if (!el.querySelector('[data-kind="instance"]') && !document.querySelector('.react-flow__node[data-id^="' + el.getAttribute('data-id') + '-i-"]')) continue;
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      if (x > canvas.x + 100 && y > canvas.y + 100 && x < canvas.right - 300 && y < canvas.bottom - 200) return { x, y };
    }
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!target) throw new Error('No VPC on screen');
  await page.mouse.move(target.x, target.y);
  // Past the level-of-detail line, so boxes show their names and controls as when editing.
  for (let i = 0; i < 14; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(SETTLE_MS);

  const results: [string, number[]][] = [];
  let leaf = '';
  for (let n = 1; n <= 3; n++) {
    results.push(await longTasksDuring(page, `drag commit ${n}`, async () => {
      const { id, x, y } = await visibleLeaf(page);
      leaf = id;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 2, y + i);
      await page.mouse.up();
    }));
  }
  results.push(await longTasksDuring(page, 'rename', async () => {
    // The dragged box is still selected, so the inspector shows it.
    await page.locator('.inspector .inspector-id', { hasText: leaf }).waitFor();
    await page.locator('.inspector [data-field="name"]').locator('input, textarea').first().fill('renamed-box');
  }));
  results.push(await longTasksDuring(page, 'undo', async () => {
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
  }));
  results.push(await longTasksDuring(page, 'redo', () => page.keyboard.press('Control+Shift+z')));
  results.push(await longTasksDuring(page, 'select VPC', async () => void (await select(page, 'vpc', 12))));
  let subnet = '';
  results.push(await longTasksDuring(page, 'select subnet', async () => void (subnet = await select(page, 'subnet', 12))));
  results.push(await longTasksDuring(page, 'add instance', async () => {
    const target = (await page.getByTestId(`node-${subnet}`).boundingBox())!;
    await page.locator('.palette-item[data-kind="instance"]').dragTo(page.getByTestId('canvas'), {
      targetPosition: { x: target.x + target.width / 2 - (await page.getByTestId('canvas').boundingBox())!.x, y: target.y + target.height - 20 - (await page.getByTestId('canvas').boundingBox())!.y },
    });
  }));
  results.push(await longTasksDuring(page, 'copy, paste', async () => {
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
  }));
  results.push(await longTasksDuring(page, 'delete', () => page.keyboard.press('Delete')));
  results.push(await longTasksDuring(page, 'collapse VPC', async () => {
    const { id } = await visibleBox(page, 'vpc', 12, NO_ROOM);
    await page.getByTestId(`collapse-${id}`).click();
    await page.getByTestId(`collapse-${id}`).click();
  }));
  results.push(await longTasksDuring(page, 'open Export', async () => {
    await page.getByRole('tab', { name: /^Export/ }).click();
    await page.getByRole('tree', { name: 'Generated files' }).waitFor();
  }));
  results.push(await longTasksDuring(page, 'rename, Export open', () => page.getByLabel('Design name').fill('Renamed with the export panel open')));

  console.log(`\n## editing ${SIZE} resources: long tasks over 50 ms`);
  for (const [label, tasks] of results) console.log(`  ${label.padEnd(14)} ${tasks.length ? tasks.map((t) => `${t} ms`).join(', ') : 'none'}`);
  const all = results.flatMap(([, tasks]) => tasks);
  console.log(`total ${all.length}, longest ${all.length ? Math.max(...all) : 0} ms`);
} finally {
  await browser.close();
  server.close();
}
