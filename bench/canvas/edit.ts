/**
 * `npx tsx bench/canvas/edit.ts [resources]`: opens a synthetic landing zone in the built
 * studio and makes the edits a user makes (three drag commits of a box, a rename in the
 * inspector, an undo, a redo), printing every long task over 50 ms each edit caused,
 * including the autosave that follows it. Prints figures, does not judge them.
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

/** Long tasks (ms) seen while `edit` runs and the page settles after it. */
async function longTasksDuring(page: Page, edit: () => Promise<void>): Promise<number[]> {
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
  return (await page.evaluate('window.__long')) as number[];
}

/** A leaf box whose grab point is on screen, on the box itself. */
async function visibleLeaf(page: Page): Promise<{ id: string; x: number; y: number }> {
  const found = (await page.evaluate(`(() => {
    const canvas = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
    for (const el of document.querySelectorAll('.react-flow__node-resource')) {
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      if (r.width < 20 || x < canvas.x + 40 || y < canvas.y + 40 || x > canvas.right - 300 || y > canvas.bottom - 220) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.closest('.react-flow__node') === el && !hit.closest('.react-flow__handle, .nodrag, button')) return { id: el.getAttribute('data-id'), x, y };
    }
    return null;
  })()`)) as { id: string; x: number; y: number } | null;
  if (!found) throw new Error('No leaf box visible to drag');
  return found;
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
  // Close enough that leaf boxes can be grabbed: zoom in on the canvas centre.
  await page.waitForTimeout(SETTLE_MS);
  const target = (await page.evaluate(`(() => {
    const canvas = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
    for (const el of document.querySelectorAll('.react-flow__node-resource')) {
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      if (x > canvas.x + 100 && y > canvas.y + 100 && x < canvas.right - 400 && y < canvas.bottom - 300) return { x, y };
    }
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!target) throw new Error('No leaf box on screen');
  await page.mouse.move(target.x, target.y);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(SETTLE_MS);

  const results: [string, number[]][] = [];
  let leaf = '';
  for (let n = 1; n <= 3; n++) {
    results.push([`drag commit ${n}`, await longTasksDuring(page, async () => {
      const { id, x, y } = await visibleLeaf(page);
      leaf = id;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 2, y + i);
      await page.mouse.up();
    })]);
  }
  results.push(['rename', await longTasksDuring(page, async () => {
    // The dragged box is still selected, so the inspector shows it.
    await page.locator('.inspector .inspector-id', { hasText: leaf }).waitFor();
    await page.locator('.inspector [data-field="name"]').locator('input, textarea').first().fill('renamed-box');
  })]);
  results.push(['undo', await longTasksDuring(page, async () => {
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
  })]);
  results.push(['redo', await longTasksDuring(page, () => page.keyboard.press('Control+Shift+z'))]);

  console.log(`\n## editing ${SIZE} resources: long tasks over 50 ms`);
  for (const [label, tasks] of results) console.log(`  ${label.padEnd(14)} ${tasks.length ? tasks.map((t) => `${t} ms`).join(', ') : 'none'}`);
  const all = results.flatMap(([, tasks]) => tasks);
  console.log(`total ${all.length}, longest ${all.length ? Math.max(...all) : 0} ms`);
} finally {
  await browser.close();
  server.close();
}
