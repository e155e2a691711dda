import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Conventions } from './fixtures/conventions.ts';
import { Studio } from './fixtures/studio.ts';
import { design } from '../src/engine/testing/builder.ts';

const partner = readFileSync(new URL('../public/examples/static-ips-partner.json', import.meta.url), 'utf8');

/** Boxes and no edges yet, so every box takes its own clicks. */
const plain = JSON.stringify(
  design('plain')
    .account('net', { name: 'network' })
    .vpc('main', 'net', '10.20.0.0/16', { name: 'prod' })
    .subnet('public-a', 'main', '10.20.0.0/24', 'ap-northeast-2a', { name: 'public a' })
    .subnet('private-a', 'main', '10.20.10.0/24', 'ap-northeast-2a', { name: 'private a' })
    .add('instance', 'proxy-1', { parent: 'public-a', name: 'nginx-1', role: 'proxy' })
    .add('instance', 'proxy-2', { parent: 'public-a', name: 'nginx-2', role: 'proxy' })
    .add('instance', 'app-1', { parent: 'private-a', name: 'app-1' })
    .build(),
);

async function openPlain(studio: Studio) {
  await studio.open();
  await studio.importText('plain.json', plain);
  await expect(studio.node('app-1')).toBeVisible();
}

async function openPartner(studio: Studio) {
  await studio.open();
  await studio.importText('partner.json', partner);
  await expect(studio.node('partner-nlb')).toBeVisible();
}

test('palette search filters as one types, and Enter adds the first match to the selection', async ({ page }) => {
  const studio = new Studio(page);
  const ui = new Conventions(page);
  await studio.accountWithVpc({ subnet: true });
  const all = await ui.paletteEntries().count();
  await ui.paletteSearch.fill('nat');
  await expect(ui.paletteEntries()).toHaveCount(1);
  await expect(ui.paletteEntries()).toHaveAttribute('data-kind', 'nat-gateway');
  await ui.paletteSearch.fill('nothing like it');
  await expect(ui.paletteEntries()).toHaveCount(0);
  await expect(page.getByText('Nothing matches')).toBeVisible();

  await studio.select('subnet-1');
  await ui.paletteSearch.fill('nat');
  await ui.paletteSearch.press('Enter');
  await expect(studio.inspector.locator('.inspector-kind')).toHaveText('NAT gateway');
  const nat = page.locator('[data-testid^="node-nat-gateway"], [data-testid^="node-nat"]').first();
  await expect(nat).toBeVisible();
  await ui.paletteSearch.press('Escape');
  await expect(ui.paletteEntries()).toHaveCount(all);
});

test('right-click on a box: duplicate, collapse, select children, trace from here, delete; on the pane: select all', async ({ page }) => {
  const studio = new Studio(page);
  const ui = new Conventions(page);
  await openPlain(studio);
  const boxes = page.locator('.react-flow__node');
  const before = await boxes.count();

  await ui.rightClick(studio.node('proxy-1').locator('.node-name'));
  await ui.menuItem('Duplicate').click();
  await expect(boxes).toHaveCount(before + 1);
  await expect(ui.menu).toHaveCount(0);

  await ui.rightClick(studio.node('app-1').locator('.node-name'));
  await page.keyboard.press('Escape');
  await expect(ui.menu).toHaveCount(0);

  await ui.rightClick(studio.node('public-a').locator('.node-name').first());
  await ui.menuItem(/Select children/).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);

  await ui.rightClick(studio.node('app-1').locator('.node-name'));
  await ui.menuItem('Trace from here').click();
  await expect(page.getByRole('tab', { name: 'Trace' })).toHaveAttribute('aria-selected', 'true');

  await ui.rightClick(studio.node('main').locator('.node-name').first());
  await ui.menuItem('Collapse').click();
  await expect(studio.node('proxy-1')).toHaveCount(0);
  await ui.rightClick(studio.node('main').locator('.node-name').first());
  await ui.menuItem('Expand').click();
  await expect(studio.node('proxy-1')).toBeVisible();

  await ui.rightClick(studio.node('proxy-2').locator('.node-name'));
  await ui.menuItem('Delete').click();
  await expect(studio.node('proxy-2')).toHaveCount(0);

  await studio.canvas.locator('.react-flow__pane').click({ button: 'right', position: { x: 30, y: 30 } });
  await ui.menuItem('Select all').click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(await boxes.count());
  await page.keyboard.press('Escape');
});

test('connect to… from the menu draws the connection the two boxes mean', async ({ page }) => {
  const studio = new Studio(page);
  const ui = new Conventions(page);
  await openPlain(studio);
  const edges = page.locator('.react-flow__edge');
  await expect(edges).toHaveCount(0);
  await ui.rightClick(studio.node('proxy-1').locator('.node-name'));
  await ui.menuItem('Connect to…').click();
  await ui.menuItem(/^app-1/).click();
  await expect(edges).toHaveCount(1);
  await expect(page.locator('.edge-label')).toContainText('Upstream');
});

test('? lists every shortcut, and each listed key does what the sheet says', async ({ page }) => {
  const studio = new Studio(page);
  const ui = new Conventions(page);
  await openPlain(studio);
  await studio.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await expect(ui.sheet).toBeVisible();
  for (const key of ['Ctrl/⌘+K', 'Ctrl/⌘+Z', 'Ctrl/⌘+Shift+Z', 'Ctrl/⌘+C', 'Ctrl/⌘+V', 'Delete', 'Ctrl/⌘+A', 'Escape', '?', 'Shift+drag', 'Space+drag']) {
    await expect(ui.sheet.locator('kbd', { hasText: key }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(ui.sheet).toHaveCount(0);

  // Keys from the sheet, tried: select all, Escape, Delete with undo.
  await page.keyboard.press('Control+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(await page.locator('.react-flow__node').count());
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await studio.select('proxy-2');
  await page.keyboard.press('Delete');
  await expect(studio.node('proxy-2')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(studio.node('proxy-2')).toBeVisible();
});

test('Ctrl+K finds a resource by name, id or CIDR, selects it and centres its box', async ({ page }) => {
  const studio = new Studio(page);
  const ui = new Conventions(page);
  await openPartner(studio);
  await ui.find('10.20.11');
  await expect(ui.finder.getByRole('option').first()).toContainText('private-c');
  await ui.find('proxy-4');
  await page.keyboard.press('Enter');
  await expect(ui.finder).toHaveCount(0);
  await expect(studio.inspector.locator('.inspector-id')).toHaveText('proxy-4');
  const pane = (await studio.canvas.boundingBox())!;
  await expect.poll(async () => {
    const box = (await studio.node('proxy-4').boundingBox())!;
    return Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2)) < 40 && Math.abs(box.y + box.height / 2 - (pane.y + pane.height / 2)) < 40;
  }).toBe(true);

  // A badge resource: selected, its VPC centred.
  await ui.find('prod-vpc-rtb-public');
  await page.keyboard.press('Enter');
  await expect(studio.inspector.locator('.inspector-id')).toHaveText('prod-vpc-rtb-public');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the ${theme} theme is remembered, with edge labels at 4.5:1 and a minimap that does not glare`, async ({ page }) => {
    const studio = new Studio(page);
    const ui = new Conventions(page);
    await openPartner(studio);
    await ui.theme.selectOption(theme);
    await page.reload();
    await expect(page.locator('[data-ready=true]')).toBeVisible();
    await expect(ui.theme).toHaveValue(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    const labels = page.locator('.edge-label');
    await expect(labels.first()).toBeVisible();
    for (const label of await labels.all()) {
      expect(await ui.contrast(label)).toBeGreaterThanOrEqual(4.5);
      expect(await ui.contrast(label.locator('span').first())).toBeGreaterThanOrEqual(4.5);
      // Drawn over the VPC's and subnets' see-through fill, not under it.
      expect(await ui.onTop(label), `${await label.getAttribute('data-edge')} on top`).toBe(true);
    }
    // The minimap's boxes and background follow the theme: in dark, nothing near white.
    const minimap = page.locator('.react-flow__minimap');
    const fills = await minimap.locator('.react-flow__minimap-node').evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).fill));
    const background = await minimap.evaluate((m) => getComputedStyle(m).backgroundColor);
    const brightness = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    if (theme === 'dark') {
      expect(brightness(background)).toBeLessThan(60);
      for (const fill of fills) expect(brightness(fill)).toBeLessThan(200);
    } else {
      expect(brightness(background)).toBeGreaterThan(200);
    }
    await page.screenshot({ path: test.info().outputPath(`${theme}.png`) });
  });
}

test('in the dark theme icons sit on the dark surface, not on light tiles, and stand out from it', async ({ page }) => {
  const studio = new Studio(page);
  const ui = new Conventions(page);
  await studio.open();
  await ui.theme.selectOption('dark');
  const icons = page.getByRole('navigation', { name: 'Palette' }).locator('.kind-icon');
  expect(await icons.count()).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const icon of await icons.all()) {
    const kind = await icon.evaluate((el) => el.closest<HTMLElement>('[data-kind]')!.dataset.kind);
    await icon.scrollIntoViewIfNeeded();
    const { ringBrightness, contrast } = await ui.appearance(icon);
    // A light tile's edge is near white; a glyph on the dark surface or an AWS colour tile is not.
    if (ringBrightness > 170) problems.push(`${kind}: a light tile (${Math.round(ringBrightness)})`);
    if (contrast < 3) problems.push(`${kind}: ${contrast.toFixed(1)}:1 against what it sits on`);
  }
  expect(problems).toEqual([]);
});

test('public and private subnets show AWS\'s public and private subnet icons', async ({ page }) => {
  const studio = new Studio(page);
  await openPartner(studio);
  const icon = (id: string) => studio.node(id).locator('.container-header .kind-icon').getAttribute('src');
  expect(await icon('public-a')).toMatch(/Publicsubnet/);
  expect(await icon('public-c')).toMatch(/Publicsubnet/);
  expect(await icon('private-a')).toMatch(/Privatesubnet/);
  // The public icon is served like every other.
  const response = await page.request.get(new URL((await icon('public-a'))!, page.url()).href);
  expect(response.ok()).toBe(true);
});

test('the same message twice shows once with a count, at most three show, each can be dismissed', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  for (let i = 0; i < 3; i++) await studio.drop('subnet');
  await expect(studio.toast()).toHaveCount(1);
  await expect(studio.toast()).toContainText('×3');
  await studio.drop('nlb');
  await studio.drop('internet-gateway');
  await studio.drop('eks-cluster');
  await expect(studio.toast()).toHaveCount(3);
  await studio.toast().first().getByRole('button', { name: 'Dismiss' }).click();
  await expect(studio.toast()).toHaveCount(2);
});
