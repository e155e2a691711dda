/**
 * `npx tsx bench/canvas/matrix.ts [resources]`: the reachability matrix of the synthetic
 * landing zone's default endpoints (908 at 5,000 resources) computed three ways in one run:
 * by the engine called directly in Node, by the engine in Node one trace per pair (the naive
 * method), and through the app's matrix worker in the built studio, from the Compute click to
 * the last row drawn. Prints each time and the ratios; it does not judge them.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultEndpoints, matrix, matrixPerPair } from '../../src/engine/sim/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { launchChromium, serve } from './harness.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SIZE = Number(process.argv[2] ?? 5_000);
const STUDIO_DIST = process.env.LZS_DIST ?? join(root, 'dist');

const design = syntheticLandingZone({ seed: 1, resources: SIZE });
const endpoints = defaultEndpoints(design);
/** One timed run; each method keeps its best of two, alternating, so neither pays alone for the warm-up. */
const timed = (fn: () => unknown): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
let direct = Infinity;
let perPair = Infinity;
for (let run = 0; run < 2; run++) {
  direct = Math.min(direct, timed(() => matrix(design, endpoints, 'tcp', 443)));
  perPair = Math.min(perPair, timed(() => matrixPerPair(design, endpoints, 'tcp', 443)));
}

const { server, base } = await serve([{ prefix: '/', dir: STUDIO_DIST, fallback: 'index.html' }]);
const browser = await launchChromium();
let worker = NaN;
let longest = NaN;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator('[data-ready=true]').waitFor();
  await page.getByTestId('import-input').setInputFiles({ name: 'synthetic.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await page.waitForFunction("document.querySelectorAll('.react-flow__node').length > 50", undefined, { timeout: 120_000 });
  await page.getByRole('tab', { name: /^Matrix/ }).click();
  const panel = page.getByRole('region', { name: 'Matrix' });
  await panel.getByLabel('Port').fill('443');
  // Long tasks on the page while the worker computes: the grid must keep the page responsive.
  await page.evaluate(`(() => { window.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' }); })()`);
  const clicked = Date.now();
  await panel.getByRole('button', { name: 'Compute' }).click();
  await page.getByTestId('matrix-progress').and(page.locator('[data-status=done]')).waitFor({ timeout: 600_000 });
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  worker = Date.now() - clicked;
  longest = Math.max(0, ...((await page.evaluate('window.__long')) as number[]));
  await context.close();
} finally {
  await browser.close();
  server.close();
}
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
console.log(`\n## Reachability matrix, ${SIZE} resources, ${endpoints.length} endpoints (${endpoints.length * (endpoints.length - 1)} flows)`);
console.log(`engine in Node, by endpoint classes      ${s(direct)}`);
console.log(`engine in Node, one trace per pair       ${s(perPair)}   (${(perPair / direct).toFixed(2)}x the class-based time)`);
console.log(`the app's matrix worker, click to drawn  ${s(worker)}   (${(worker / direct).toFixed(2)}x the engine in Node; longest task on the page ${longest.toFixed(0)} ms)`);
