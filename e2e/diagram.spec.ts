/** Pictures of the canvas: PNG and SVG of every example, the trace path, and a layout that matches the screen. */
import { expect, test, type Page } from '@playwright/test';
import { ExportPanel, openExample, pngSize, screenBoxes, screenEdges, type Point } from './fixtures/export.ts';
import { publishedExamples, type ExampleFile } from './fixtures/gallery.ts';
import { Studio } from './fixtures/studio.ts';
import { Trace } from './fixtures/trace.ts';

const examples = publishedExamples();

async function openWithPanel(page: Page, example: ExampleFile) {
  const studio = await openExample(page, example);
  const panel = new ExportPanel(page);
  await panel.open();
  return { studio, panel };
}

/** Ids of the boxes the canvas draws. */
const canvasIds = (page: Page) => page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.id!));

for (const example of examples) {
  test(`${example.id}: SVG and PNG (1x, 2x) of the whole canvas`, async ({ page }) => {
    const { panel } = await openWithPanel(page, example);
    const ids = await canvasIds(page);
    expect(ids.length).toBeGreaterThan(0);

    const svgFile = await panel.download(panel.button('SVG'));
    expect(svgFile.name).toMatch(/\.svg$/);
    expect(svgFile.bytes.length).toBeGreaterThan(0);
    const svg = await panel.readSvg(svgFile.bytes.toString('utf8'));
    expect(svg.parseError).toBeUndefined();
    expect(svg.hasBackground).toBe(true);
    // One box per box on the canvas, each with its resource's name as text.
    expect(Object.keys(svg.boxes).sort()).toEqual([...ids].sort());
    const names = new Map(example.design.resources.map((r) => [r.id, r.name]));
    for (const id of ids) expect(svg.texts, `name of ${id}`).toContain(names.get(id));

    const png1 = await panel.download(panel.button('PNG'));
    expect(png1.name).toMatch(/\.png$/);
    expect(pngSize(png1.bytes)).toEqual({ width: svg.width, height: svg.height });
    const png2 = await panel.download(panel.button('PNG 2x'));
    expect(png2.name).toMatch(/@2x\.png$/);
    expect(pngSize(png2.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
  });
}

for (const example of examples) test(`${example.id}: the exported picture has the layout, edge paths and labels on screen, within 2 px`, async ({ page }) => {
  const { panel } = await openWithPanel(page, example);
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(400);
  const screen = await screenBoxes(page);
  const drawn = await screenEdges(page);
  const svg = await panel.readSvg((await panel.download(panel.button('SVG'))).bytes.toString('utf8'));
  const ids = Object.keys(screen);
  expect(Object.keys(svg.boxes).sort()).toEqual([...ids].sort());
  // The picture is cropped with a margin: one offset maps the screen to it; take the first box's.
  const anchor = ids[0]!;
  const dx = svg.boxes[anchor]!.x - screen[anchor]!.x;
  const dy = svg.boxes[anchor]!.y - screen[anchor]!.y;
  const tolerance = 2;
  const misplaced = ids.flatMap((id) => {
    const s = screen[id]!;
    const p = svg.boxes[id]!;
    const off = [p.x - (s.x + dx), p.y - (s.y + dy), p.w - s.w, p.h - s.h];
    return Math.max(...off.map(Math.abs)) > tolerance ? [`${id}: picture ${JSON.stringify(p)}, screen ${JSON.stringify(s)}`] : [];
  });
  expect(misplaced).toEqual([]);

  // Every edge the canvas draws, along the same route, and every label at the same place.
  expect(Object.keys(drawn.edges).length).toBeGreaterThan(0);
  expect(Object.keys(svg.edges).sort()).toEqual(Object.keys(drawn.edges).sort());
  const near = (a: Point, b: Point) => Math.abs(a.x - (b.x + dx)) <= tolerance && Math.abs(a.y - (b.y + dy)) <= tolerance;
  const rerouted = Object.entries(drawn.edges).flatMap(([id, points]) => {
    const picture = svg.edges[id]!;
    return picture.length === points.length && picture.every((p, i) => near(p, points[i]!)) ? [] : [`${id}: picture ${JSON.stringify(picture)}, screen ${JSON.stringify(points)}`];
  });
  expect(rerouted).toEqual([]);
  expect(Object.keys(svg.labels).sort()).toEqual(Object.keys(drawn.labels).sort());
  const moved = Object.entries(drawn.labels).flatMap(([id, at]) => (near(svg.labels[id]!, at) ? [] : [`${id}: picture ${JSON.stringify(svg.labels[id])}, screen ${JSON.stringify(at)}`]));
  expect(moved).toEqual([]);
});

test('the SVG keeps every subnet CIDR, every edge label the canvas shows and arrowheads; the PNG decodes at its size', async ({ page }) => {
  const example = examples.find((e) => e.id === 'static-ips-partner')!;
  const { panel } = await openWithPanel(page, example);
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(400);
  const onCanvas = await page.locator('.edge-label').evaluateAll((labels) => labels.map((l) => l.textContent!.trim()));
  expect(onCanvas.length).toBeGreaterThan(3);
  const source = (await panel.download(panel.button('SVG'))).bytes.toString('utf8');
  const facts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const edges = [...doc.querySelectorAll('path[data-edge]')];
    return {
      labels: [...doc.querySelectorAll('g[data-edge-label] text')].map((t) => t.textContent!.trim()),
      edges: edges.length,
      // Every edge ends in an arrowhead the file itself defines.
      arrowless: edges.filter((e) => !doc.querySelector(`marker[id="${/url\(#(.+)\)/.exec(e.getAttribute('marker-end') ?? '')?.[1]}"] path`)).length,
      icons: doc.querySelectorAll('symbol').length,
      uses: doc.querySelectorAll('use').length,
      external: [...doc.querySelectorAll('use, image')].filter((u) => !(u.getAttribute('href') ?? '').startsWith('#')).length,
    };
  }, source);
  const texts = (await panel.readSvg(source)).texts;
  const subnets = (example.design.resources as { kind: string; cidr?: string }[]).filter((r) => r.kind === 'subnet');
  expect(subnets.length).toBeGreaterThan(0);
  for (const subnet of subnets) expect(texts.some((t) => t.includes(subnet.cidr!)), subnet.cidr).toBe(true);
  expect(facts.labels.sort()).toEqual([...onCanvas].sort());
  expect(facts.edges).toBeGreaterThan(0);
  expect(facts.arrowless).toBe(0);
  // Icons inline, each kind's once: the file stands alone.
  expect(facts.icons).toBeGreaterThan(5);
  expect(facts.uses).toBeGreaterThan(facts.icons);
  expect(facts.external).toBe(0);

  const png = await panel.download(panel.button('PNG'));
  const decoded = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    return { width: bitmap.width, height: bitmap.height };
  }, png.bytes.toString('base64'));
  const svg = await panel.readSvg(source);
  expect(decoded).toEqual({ width: svg.width, height: svg.height });
});

test('a collapsed VPC is drawn closed, without what it hides, as on the canvas', async ({ page }) => {
  const example = examples.find((e) => e.id === 'shared-vpc-rabbitmq')!;
  const { panel } = await openWithPanel(page, example);
  await page.locator('.react-flow__controls-fitview').click();
  await page.getByTestId('collapse-main').click();
  await expect(page.locator('.react-flow__node[data-id="shared-a"]')).toHaveCount(0);
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(400);
  const screen = await screenBoxes(page);
  const svg = await panel.readSvg((await panel.download(panel.button('SVG'))).bytes.toString('utf8'));
  expect(Object.keys(svg.boxes).sort()).toEqual(Object.keys(screen).sort());
  expect(svg.boxes['shared-a']).toBeUndefined();
  const ratio = (id: string) => [svg.boxes[id]!.w / screen[id]!.w, svg.boxes[id]!.h / screen[id]!.h];
  for (const value of [...ratio('main'), ...ratio('network')]) expect(value).toBeCloseTo(1, 1);
});

test('a transparent picture of the selection holds only the selected VPC and what it contains', async ({ page }) => {
  const example = examples.find((e) => e.id === 'eks-ecs-peering')!;
  const { studio, panel } = await openWithPanel(page, example);
  await page.locator('.react-flow__controls-fitview').click();
  await studio.node('vpc-b').locator('.container-header .node-name').click();
  await panel.open();
  await panel.setOption('Show', 'selection');
  await panel.setOption('Background', 'transparent');
  const svg = await panel.readSvg((await panel.download(panel.button('SVG'))).bytes.toString('utf8'));
  expect(svg.parseError).toBeUndefined();
  expect(svg.hasBackground).toBe(false);
  const inside = example.design.resources.filter((r) => r.id === 'vpc-b' || r.id.startsWith('vpc-b-')).map((r) => r.id);
  const drawn = Object.keys(svg.boxes);
  expect(drawn).toContain('vpc-b');
  expect(drawn).toContain('vpc-b-alb');
  expect(drawn.filter((id) => !inside.includes(id))).toEqual([]);
  const png = await panel.download(panel.button('PNG'));
  expect(pngSize(png.bytes)).toEqual({ width: svg.width, height: svg.height });
});

test('with a trace on the canvas, the picture draws its path', async ({ page }) => {
  const example = examples.find((e) => e.id === 'static-ips-partner')!;
  const { panel } = await openWithPanel(page, example);
  const plain = await panel.readSvg((await panel.download(panel.button('SVG'))).bytes.toString('utf8'));
  expect(plain.tracePaths).toBe(0);

  const trace = new Trace(page);
  await trace.open();
  await trace.pick('Source', 'partner');
  await trace.choose('Destination', 'partner-n', 'partner-nlb');
  await trace.port(443);
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'reachable');
  const onCanvas = await trace.drawnPath();

  await panel.open();
  await expect(panel.panel.getByLabel('Trace path')).toBeChecked();
  const svg = await panel.readSvg((await panel.download(panel.button('SVG'))).bytes.toString('utf8'));
  expect(svg.parseError).toBeUndefined();
  expect(svg.tracePaths).toBe(1);
  for (const id of ['partner-nlb', 'proxy-1', 'eb-alb']) expect(svg.traced, `${id} on the path`).toContain(id);
  expect(svg.traced.sort()).toEqual([...new Set(onCanvas)].sort());

  // Unticked, the same picture has no path.
  await panel.panel.getByLabel('Trace path').uncheck();
  const without = await panel.readSvg((await panel.download(panel.button('SVG'))).bytes.toString('utf8'));
  expect(without.tracePaths).toBe(0);
});

test('the .drawio file is XML with a cell per drawn resource, containers holding their children', async ({ page }) => {
  const example = examples.find((e) => e.id === 'eks-ecs-peering')!;
  const { panel } = await openWithPanel(page, example);
  const file = await panel.download(panel.button('draw.io'));
  expect(file.name).toMatch(/\.drawio$/);
  const facts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const cells = [...doc.querySelectorAll('mxCell')];
    return {
      error: doc.querySelector('parsererror')?.textContent,
      parentOf: Object.fromEntries(cells.map((c) => [c.getAttribute('id'), c.getAttribute('parent')])),
      values: cells.map((c) => c.getAttribute('value')),
    };
  }, file.bytes.toString('utf8'));
  expect(facts.error).toBeUndefined();
  const ids = await canvasIds(page);
  // Cells are the resource ids with a prefix (draw.io reserves "0" and "1").
  for (const id of ids) expect(Object.keys(facts.parentOf), id).toContain(`r-${id}`);
  expect(facts.parentOf['r-vpc-b-alb']).toBe('r-vpc-b-private-a');
  expect(facts.parentOf['r-vpc-b']).toBe('r-team-ecs');
  for (const id of ids) expect(facts.values).toContain(example.design.resources.find((r) => r.id === id)!.name);
});

test('dark mode follows the system setting, and printing shows the canvas without panels or toolbars', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const studio = new Studio(page);
  await studio.open();
  const background = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  // The theme follows the system a render later: poll, not one read.
  await expect.poll(async () => luminance(await background('.top-bar'))).toBeLessThan(60);
  await expect.poll(async () => luminance(await background('.right-panel'))).toBeLessThan(60);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => luminance(await background('.top-bar'))).toBeGreaterThan(200);

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.top-bar', '.palette', '.right-panel', '.react-flow__controls', '.react-flow__minimap']) await expect(page.locator(hidden).first()).toBeHidden();
  await expect(studio.canvas).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});
