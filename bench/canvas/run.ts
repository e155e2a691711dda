/**
 * `npm run bench:canvas`: opens synthetic landing zones of 500, 2,000 and 5,000 resources in
 * the built studio and a bare React Flow page with the same number of plain nodes, and prints
 * time to first render, frame-time percentiles while panning, zooming and dragging a VPC with
 * its contents, long tasks over 50 ms, and the studio's frame-time ratio against the bare page.
 * Not part of `npm test`: it prints figures, it does not judge them.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS } from '../../src/engine/model/index.ts';
import { syntheticLandingZone } from '../../src/engine/testing/synthetic.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SIZES = (process.argv[2] ?? '500,2000,5000').split(',').map(Number);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves dist/ at / and dist-bench/ at /bare/, on loopback only. */
function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const [dir, path] = url.pathname.startsWith('/bare/') ? ['dist-bench', url.pathname.slice(6)] : ['dist', url.pathname.slice(1)];
    let file = normalize(join(root, dir, path || 'index.html'));
    if (!file.startsWith(join(root, dir)) || !existsSync(file)) file = join(root, dir, path.startsWith('bare') ? 'bare.html' : 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

interface FrameStats {
  p50: number;
  p95: number;
  longTasks: number;
}

/** Records frame intervals and long tasks in the page while `gesture` runs. */
async function framesDuring(page: Page, gesture: () => Promise<void>): Promise<FrameStats> {
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
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > 50) window.__long++;
    }).observe({ type: 'longtask' });
  })()`);
  await gesture();
  const { frames, long } = (await page.evaluate(
    '(() => { window.__stop = true; return { frames: window.__frames.slice(1), long: window.__long }; })()',
  )) as { frames: number[]; long: number };
  frames.sort((a, b) => a - b);
  const at = (q: number) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), longTasks: long };
}

async function pan(page: Page): Promise<void> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  // Space turns any drag into a pan, whatever is under the pointer.
  await page.keyboard.down('Space');
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x - i * 6, y - i * 3);
  await page.mouse.up();
  await page.keyboard.up('Space');
}

async function zoom(page: Page): Promise<void> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -60);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 60);
}

async function drag(page: Page, selector: string): Promise<void> {
  const node = page.locator(selector).first();
  const box = (await node.boundingBox())!;
  const [x, y] = [box.x + Math.min(40, box.width / 2), box.y + Math.min(12, box.height / 2)];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 3, y + i * 2);
  await page.mouse.up();
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
  const panStats = await framesDuring(page, () => pan(page));
  const zoomStats = await framesDuring(page, () => zoom(page));
  const dragStats = await framesDuring(page, () => drag(page, `[data-testid="node-${vpc.id}"]`));
  return { drawn, firstRender, pan: panStats, zoom: zoomStats, drag: dragStats };
}

async function measureBare(page: Page, base: string, nodes: number) {
  const start = Date.now();
  await page.goto(`${base}/bare/bare.html?nodes=${nodes}`);
  await untilRendered(page);
  const firstRender = Date.now() - start;
  const panStats = await framesDuring(page, () => pan(page));
  const zoomStats = await framesDuring(page, () => zoom(page));
  const dragStats = await framesDuring(page, () => drag(page, '.react-flow__node'));
  return { firstRender, pan: panStats, zoom: zoomStats, drag: dragStats };
}

const f = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
const line = (label: string, s: FrameStats) => `  ${label.padEnd(6)} p50 ${f(s.p50)}  p95 ${f(s.p95)}  long tasks ${s.longTasks}`;

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { server, base } = await serve();
const browser = await chromium.launch({
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const studio = await measureStudio(await context.newPage(), base, size);
    const bare = await measureBare(await context.newPage(), base, studio.drawn);
    await context.close();
    console.log(`\n## ${size} resources (${studio.drawn} drawn as nodes)`);
    console.log(`studio: first render ${f(studio.firstRender)}`);
    console.log(line('pan', studio.pan));
    console.log(line('zoom', studio.zoom));
    console.log(line('drag', studio.drag));
    console.log(`bare React Flow, ${studio.drawn} plain nodes: first render ${f(bare.firstRender)}`);
    console.log(line('pan', bare.pan));
    console.log(line('zoom', bare.zoom));
    console.log(line('drag', bare.drag));
    const ratio = (a: FrameStats, b: FrameStats) => (a.p95 / b.p95).toFixed(2);
    console.log(`ratio studio/bare p95: pan ${ratio(studio.pan, bare.pan)}x  zoom ${ratio(studio.zoom, bare.zoom)}x  drag ${ratio(studio.drag, bare.drag)}x`);
  }
} finally {
  await browser.close();
  server.close();
}
