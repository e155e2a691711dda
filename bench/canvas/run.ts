/**
 * `npm run bench:canvas`: opens synthetic landing zones of 500, 2,000, 5,000, 10,000 and 20,000 resources in
 * the built studio and a bare React Flow page with the same number of plain nodes, and prints
 * time to first render, frame-time percentiles while panning, zooming and dragging a VPC with
 * its contents, long tasks over 50 ms, and the studio's frame-time ratio against the bare page.
 * Not part of `npm test`: it prints figures, it does not judge them.
 */
import type { CDPSession, Page } from '@playwright/test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS } from '../../src/engine/model/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';
import { launchChromium, serve } from './harness.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SIZES = (process.argv[2] ?? '500,2000,5000,10000,20000').split(',').map(Number);
/** Built studio and bare page; other directories can be measured side by side (before/after). */
const STUDIO_DIST = process.env.LZS_DIST ?? join(root, 'dist');
const BARE_DIST = process.env.LZS_BARE_DIST ?? join(root, 'dist-bench');
interface FrameStats {
  p50: number;
  p95: number;
  longTasks: number;
  /** Main-thread busy time during the gesture (Chrome's TaskDuration): less at the mercy of a loaded machine than frame intervals. */
  busy: number;
  /** Of which script (ScriptDuration), style and layout (RecalcStyle + Layout). */
  script: number;
  layout: number;
  /** For a pan or drag: whether the view or the dragged box really moved on screen. */
  moved?: boolean;
}

const sessions = new WeakMap<Page, CDPSession>();

/** Chrome's cumulative main-thread counters since the page's session enabled them, in ms. */
async function busyCounters(page: Page): Promise<{ task: number; script: number; layout: number }> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    sessions.set(page, session);
  }
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration') + get('RecalcStyleDuration') };
}

/** Records frame intervals and long tasks in the page while `gesture` runs. */
async function framesDuring(page: Page, gesture: () => Promise<void>): Promise<FrameStats> {
  // Read first: the first read enables Chrome's counters, which costs the page a long task of its own.
  const before = await busyCounters(page);
  // Page scripts are strings: the TypeScript loader would wrap functions in helpers the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__long = 0;
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // One observer at a time, or earlier gestures' observers would count again.
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > 50) window.__long++;
    });
    window.__observer.observe({ type: 'longtask' });
  })()`);
  await gesture();
  const after = await busyCounters(page);
  const { frames, long } = (await page.evaluate(
    '(() => { window.__stop = true; return { frames: window.__frames.slice(1), long: window.__long }; })()',
  )) as { frames: number[]; long: number };
  frames.sort((a, b) => a - b);
  const at = (q: number) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), longTasks: long, busy: after.task - before.task, script: after.script - before.script, layout: after.layout - before.layout };
}

const viewportTransform = (page: Page) => page.evaluate(`document.querySelector('.react-flow__viewport').style.transform`) as Promise<string>;

/** Pans out and back with Space held; returns whether the view really moved (not a box). */
async function pan(page: Page): Promise<() => Promise<boolean>> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const before = await viewportTransform(page);
  // Space turns any drag into a pan, whatever is under the pointer.
  await page.keyboard.down('Space');
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Out and back, so the next gesture starts from the fitted view.
  let midway = before;
  for (let i = 1; i <= 60; i++) {
    const step = i <= 30 ? i : 60 - i;
    await page.mouse.move(x - step * 12, y - step * 6);
    if (i === 30) midway = await viewportTransform(page);
  }
  await page.mouse.up();
  await page.keyboard.up('Space');
  return async () => midway !== before;
}

async function zoom(page: Page): Promise<void> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -60);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 60);
}

/** React Flow pans the view when the pointer comes within 40 px of an edge; drags stay clear of that. */
const AUTO_PAN_CLEAR = 60;

/** How long after the pointer is released frames are still counted. */
const SETTLE_MS = 300;

/**
 * Picks a node of the given selector whose grab point lies inside the visible canvas (after
 * a pan the first VPC may be off screen, and a drag there would move nothing).
 */
async function visibleNode(page: Page, selector: string, refit = true): Promise<{ id: string; x: number; y: number }> {
  const found = (await page.evaluate(`(() => {
    const canvas = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
    const AUTO_PAN_CLEAR = ${AUTO_PAN_CLEAR};
    for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
      const r = el.getBoundingClientRect();
      if (r.width < 6) continue;
      // A grab point on the box itself, not on a child box or an edge drawn over it.
      for (let dy = 2; dy < Math.min(r.height, 60); dy += 4) {
        for (let dx = 4; dx < r.width - 4; dx += 6) {
          const x = r.x + dx;
          const y = r.y + dy;
          // Outside React Flow's auto-pan band (40 px from each edge) for the whole drag: a
          // grab there pans the view as well, which the pan gesture already measures.
          if (x < canvas.x + AUTO_PAN_CLEAR || y < canvas.y + AUTO_PAN_CLEAR || x > canvas.right - 180 - AUTO_PAN_CLEAR || y > canvas.bottom - 120 - AUTO_PAN_CLEAR) continue;
          const hit = document.elementFromPoint(x, y);
          // Not on a handle (that starts a connection) or a button.
          if (hit && hit.closest('.react-flow__node') === el && !hit.closest('.react-flow__handle, .nodrag, button')) return { id: el.getAttribute('data-id'), x, y };
        }
      }
    }
    return null;
  })()`)) as { id: string; x: number; y: number } | null;
  if (!found && refit) {
    // The gestures before may have left the boxes off screen: back to the fitted view.
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(300);
    return visibleNode(page, selector, false);
  }
  if (!found) throw new Error(`No ${selector} visible to drag`);
  return found;
}

const screenPosition = (page: Page, id: string) =>
  page.evaluate(`(() => { const r = document.querySelector('.react-flow__node[data-id="${id}"]').getBoundingClientRect(); return { x: r.x, y: r.y }; })()`) as Promise<{ x: number; y: number }>;

/** Drags a node 180 px right, 120 px down in 60 steps; returns whether it moved on screen. */
async function drag(page: Page, selector: string): Promise<() => Promise<boolean>> {
  const { id, x, y } = await visibleNode(page, selector);
  const before = await screenPosition(page, id);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 3, y + i * 2);
  // Checked before the drop: the drop itself may be refused and the box go back.
  const after = await screenPosition(page, id);
  await page.mouse.up();
  return async () => Math.abs(after.x - before.x) > 100 && Math.abs(after.y - before.y) > 60;
}

/** Frames while `gesture` runs and shortly after, so what a drop or release sets off counts too. */
async function measured(page: Page, gesture: () => Promise<() => Promise<boolean>>): Promise<FrameStats> {
  let check: () => Promise<boolean> = async () => false;
  const stats = await framesDuring(page, async () => {
    check = await gesture();
    await page.waitForTimeout(SETTLE_MS);
  });
  return { ...stats, moved: await check() };
}

async function untilRendered(page: Page): Promise<void> {
  await page.waitForFunction("document.querySelectorAll('.react-flow__node').length > 0", undefined, { timeout: 120_000 });
  // Two frames: the nodes are laid out and painted.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

async function measureStudio(page: Page, base: string, size: number) {
  const design = syntheticLandingZone({ seed: 11, resources: size });
  const drawn = design.resources.filter((r) => KINDS[r.kind].drawnAs === 'node').length;
  const vpc = design.resources.find((r) => r.kind === 'vpc')!;
  await page.goto(`${base}/`);
  await page.locator('[data-ready=true]').waitFor();
  const start = Date.now();
  await page.getByTestId('import-input').setInputFiles({ name: 'synthetic.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await page.waitForFunction(`!!document.querySelector('[data-testid="node-${vpc.id}"]') || document.querySelectorAll('.react-flow__node').length > 50`, undefined, { timeout: 120_000 });
  await untilRendered(page);
  const firstRender = Date.now() - start;
  const panStats = await measured(page, () => pan(page));
  const zoomStats = await framesDuring(page, () => zoom(page));
  const dragStats = await measured(page, () => drag(page, '.react-flow__node-vpc'));
  return { drawn, firstRender, pan: panStats, zoom: zoomStats, drag: dragStats };
}

async function measureBare(page: Page, base: string, nodes: number) {
  const start = Date.now();
  await page.goto(`${base}/bare/bare.html?nodes=${nodes}`);
  await untilRendered(page);
  const firstRender = Date.now() - start;
  const panStats = await measured(page, () => pan(page));
  const zoomStats = await framesDuring(page, () => zoom(page));
  const dragStats = await measured(page, () => drag(page, '.react-flow__node'));
  return { firstRender, pan: panStats, zoom: zoomStats, drag: dragStats };
}

const f = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
const times = (a: number, b: number) => `${(a / Math.max(1e-9, b)).toFixed(2)}x`;
/** One gesture's figures, each with the bare page's ratio beside it when there is one. */
const line = (label: string, s: FrameStats, bare?: FrameStats) =>
  `  ${label.padEnd(6)} p50 ${f(s.p50)}  p95 ${f(s.p95)}${bare ? ` (${times(s.p95, bare.p95)} bare)` : ''}  long tasks ${String(s.longTasks).padStart(3)}  busy ${f(s.busy)}${bare ? ` (${times(s.busy, Math.max(1, bare.busy))} bare)` : ''} (script ${f(s.script)}, style+layout ${f(s.layout)})${s.moved === false ? '  (DID NOT MOVE: figures invalid)' : ''}`;

// dist/ at /, the bare page's build at /bare/.
const { server, base } = await serve([
  { prefix: '/bare/', dir: BARE_DIST, fallback: 'bare.html' },
  { prefix: '/', dir: STUDIO_DIST, fallback: 'index.html' },
]);
const browser = await launchChromium();
try {
  for (const size of SIZES) {
    // The studio's Content Security Policy forbids eval, which Playwright's string predicates use.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const studio = await measureStudio(await context.newPage(), base, size);
    const bare = await measureBare(await context.newPage(), base, studio.drawn);
    await context.close();
    console.log(`\n## ${size} resources (${studio.drawn} drawn as nodes)`);
    console.log(`studio: first render ${f(studio.firstRender)} (${times(studio.firstRender, bare.firstRender)} bare)`);
    console.log(line('pan', studio.pan, bare.pan));
    console.log(line('zoom', studio.zoom, bare.zoom));
    console.log(line('drag', studio.drag, bare.drag));
    console.log(`bare React Flow, ${studio.drawn} plain nodes: first render ${f(bare.firstRender)}`);
    console.log(line('pan', bare.pan));
    console.log(line('zoom', bare.zoom));
    console.log(line('drag', bare.drag));
  }
} finally {
  await browser.close();
  server.close();
}
