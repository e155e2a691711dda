/** Share links: the design travels in the link, opens read-only, never touches the user's own designs. */
import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/engine/io/share.ts';
import type { Design } from '../src/engine/model/index.ts';
import { ZONE_ID_CASES, zoneIdFile } from '../src/engine/testing/hostile-addresses.ts';
import { ExportPanel, openExample } from './fixtures/export.ts';
import { publishedExamples } from './fixtures/gallery.ts';
import { Studio } from './fixtures/studio.ts';

const example = publishedExamples().find((e) => e.id === 'static-ips-partner')!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function openExampleAndCopyLink(page: Page) {
  const studio = await openExample(page, example);
  const panel = new ExportPanel(page);
  await panel.open();
  await panel.button('Copy share link').click();
  const field = panel.panel.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/#share=v1\./);
  const link = await field.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  return { studio, panel, link };
}

async function libraryNames(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Designs' }).click();
  const titles = page.getByTestId('design-entry').locator('.design-title');
  await expect(titles.first()).toBeVisible();
  return titles.evaluateAll((items) => items.map((i) => i.textContent ?? ''));
}

test('a share link opens the same design, read-only, and "Save a copy" makes it the user’s own', async ({ page }) => {
  const { studio, link } = await openExampleAndCopyLink(page);
  expect(link.startsWith('http://127.0.0.1:')).toBe(true);
  const original = JSON.parse(await studio.exportText());
  const before = await libraryNames(page);

  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  await expect(page.getByTestId('share-banner')).toContainText('Shared design — read-only');
  expect(JSON.parse(await studio.exportText())).toEqual(original);

  // Read-only: deleting, adding from the palette and editing fields change nothing.
  await studio.select('partner-nlb');
  await page.keyboard.press('Delete');
  await expect(studio.node('partner-nlb')).toBeVisible();
  // The palette is dimmed and takes no clicks; from the keyboard, adding is refused with why.
  await studio.palette.locator('[data-kind="account"]').focus();
  await page.keyboard.press('Enter');
  await expect(studio.toast().last()).toContainText('read-only');
  await expect(studio.field('name').locator('input').first()).toBeDisabled();
  expect(JSON.parse(await studio.exportText())).toEqual(original);
  // The library is as it was: the shared design is not saved anywhere.
  await page.waitForTimeout(600);
  expect(await libraryNames(page)).toEqual(before);

  await page.getByTestId('share-banner').getByRole('button', { name: 'Save a copy' }).click();
  await expect(page.getByTestId('share-banner')).toHaveCount(0);
  await expect(page).not.toHaveURL(/#share=/);
  const after = await libraryNames(page);
  expect(after).toHaveLength(before.length + 1);
  expect(after).toContain(`${example.design.name} (copy)`);
  await expect(page.getByLabel('Design name')).toHaveValue(`${example.design.name} (copy)`);
  // Now it is editable: a delete works and is one undo step.
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await studio.select('partner-nlb');
  await page.keyboard.press('Delete');
  await expect(studio.node('partner-nlb')).toHaveCount(0);
  await studio.undo();
  await expect(studio.node('partner-nlb')).toBeVisible();
});

test('reloading after viewing a shared design reopens the user’s own design', async ({ page }) => {
  const { studio, link } = await openExampleAndCopyLink(page);
  await studio.newDesign();
  await page.getByLabel('Design name').fill('Mine');
  await studio.drop('account');
  await studio.settle();
  await page.goto(link);
  await expect(page.getByTestId('share-banner')).toBeVisible();
  await expect(page.getByLabel('Design name')).toHaveValue(example.design.name);
  await page.goto('/');
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  await expect(page.getByTestId('share-banner')).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue('Mine');
  await expect(studio.node('acct-1')).toBeVisible();
});

test('a tampered link shows an error and changes nothing', async ({ page }) => {
  const { studio, link } = await openExampleAndCopyLink(page);
  await studio.newDesign();
  await page.getByLabel('Design name').fill('Untouched');
  await studio.drop('account');
  await studio.settle();
  const mine = await studio.exportText();
  const before = await libraryNames(page);

  // One character changed in the middle of the compressed payload.
  const at = link.indexOf('v1.') + 40;
  const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  for (const bad of [tampered, link.replace('v1.', 'v1.%%%'), `${link.split('#')[0]}#share=v1.AAAA`]) {
    await page.goto('about:blank');
    await page.goto(bad);
    await expect(page.locator('[data-ready=true]')).toBeVisible();
    await expect(page.getByTestId('share-error')).toContainText('could not be opened');
    await expect(page.getByTestId('share-banner')).toHaveCount(0);
    await expect(page.getByLabel('Design name')).toHaveValue('Untouched');
    expect(await studio.exportText()).toBe(mine);
    expect(await libraryNames(page)).toEqual(before);
  }
});

test('a design too large for a link is refused with a message that suggests the file export', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  // Hundreds of accounts with long random names: too much entropy to compress under the limit.
  const random = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  const resources = Array.from({ length: 600 }, (_, i) => ({ id: `acct-${i}`, kind: 'account', name: random(160), accountId: String(100000000000 + i) }));
  const layout = Object.fromEntries(resources.map((r, i) => [r.id, { x: (i % 30) * 240, y: Math.floor(i / 30) * 160, w: 220, h: 140 }]));
  await studio.importText('big.json', JSON.stringify({ format: 'landing-zone-studio/design', version: 1, name: 'Big', resources, layout }));
  await expect(page.getByLabel('Design name')).toHaveValue('Big');
  const panel = new ExportPanel(page);
  await panel.open();
  await panel.button('Copy share link').click();
  await expect(panel.panel.getByRole('alert')).toContainText('too large for a share link');
  await expect(panel.panel.getByRole('alert')).toContainText('Export the design file');
  await expect(panel.panel.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
});

test('a link pasted into an open tab shows the shared design; opening one’s own design again leaves read-only', async ({ page }) => {
  const { studio, link } = await openExampleAndCopyLink(page);
  await studio.newDesign();
  await page.getByLabel('Design name').fill('Mine');
  await studio.drop('account');
  await studio.settle();
  await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await expect(page.getByTestId('share-banner')).toBeVisible();
  await expect(page.getByLabel('Design name')).toHaveValue(example.design.name);
  await expect(page.getByRole('button', { name: 'Tidy up' })).toBeDisabled();

  await page.getByRole('tab', { name: 'Designs' }).click();
  await page.getByTestId('design-entry').filter({ hasText: 'Mine' }).locator('.design-open').click();
  await expect(page.getByLabel('Design name')).toHaveValue('Mine');
  await expect(page.getByTestId('share-banner')).toHaveCount(0);
  await expect(page).not.toHaveURL(/#share=/);
  await expect(studio.node('acct-1')).toBeVisible();
  // Editable again.
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await studio.select('acct-1');
  await expect(studio.field('name').locator('input').first()).toBeEnabled();
});

/** A link of 16,545 instances, as made elsewhere: the smallest form the parser accepts, just under the length limit. */
function fleetLink(): string {
  const instances = Array.from({ length: 16_545 }, (_, i) => ({ id: `i${i.toString(36)}`, name: 'web', kind: 'instance', parent: 'a' }));
  const fleet = {
    format: 'landing-zone-studio/design',
    version: 2,
    name: 'Fleet',
    resources: [
      { id: 'net', kind: 'account', name: 'net', accountId: '123456789012' },
      { id: 'main', kind: 'vpc', name: 'main', parent: 'net', region: 'ap-northeast-2', cidrs: ['10.0.0.0/16'] },
      { id: 'a', kind: 'subnet', name: 'a', parent: 'main', cidr: '10.0.0.0/17', availabilityZone: 'ap-northeast-2a' },
      ...instances,
    ],
    layout: {},
  };
  const encoded = encodeShareFragment(fleet as unknown as Design);
  if (!encoded.ok) throw new Error(encoded.reason);
  return `/#${encoded.fragment}`;
}

test('a share link of 16,545 instances is unpacked and checked off the page, with progress', async ({ page }) => {
  test.setTimeout(120_000);
  // Long tasks on the page from load until the decoded design is handed to the page (the canvas drawing it comes after).
  await page.addInitScript(() => {
    const opening = { tasks: [] as number[], shownAt: Infinity };
    (window as unknown as { __opening: typeof opening }).__opening = opening;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime < opening.shownAt) opening.tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    const shown = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="share-banner"]')) return;
      opening.shownAt = performance.now();
      shown.disconnect();
    });
    document.addEventListener('DOMContentLoaded', () => shown.observe(document.body, { childList: true, subtree: true }));
  });
  const studio = new Studio(page);
  await page.goto(fleetLink());
  await expect(page.getByTestId('share-progress')).toContainText('Opening the shared design');
  await expect(page.getByTestId('share-banner')).toBeVisible({ timeout: 60_000 });
  const opening = await page.evaluate(() => (window as unknown as { __opening: { tasks: number[]; shownAt: number } }).__opening);
  test.info().annotations.push({ type: 'opening', description: `shown at ${Math.round(opening.shownAt)} ms; longest task before: ${Math.round(Math.max(0, ...opening.tasks))} ms` });
  await expect(page.getByLabel('Design name')).toHaveValue('Fleet');
  await expect(page.locator('[data-ready=true]')).toBeVisible({ timeout: 60_000 });
  const exported = JSON.parse(await studio.exportText()) as { resources: unknown[] };
  expect(exported.resources).toHaveLength(16_548);
});

test('a share link the parser refuses says why, naming the field and the resource, and the user’s own design opens and saves', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await page.getByLabel('Design name').fill('Untouched');
  await studio.settle();
  const zoneCase = ZONE_ID_CASES.find((c) => c.field === 'privateIp')!;
  const encoded = encodeShareFragment(JSON.parse(zoneIdFile(zoneCase).text) as Design);
  if (!encoded.ok) throw new Error(encoded.reason);

  await page.goto('about:blank');
  await page.goto(`/#${encoded.fragment}`);
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  const error = page.getByTestId('share-error');
  await expect(error).toContainText('could not be opened');
  await expect(error).toContainText(`Resource "${zoneCase.resourceId}"`);
  await expect(error).toContainText('fe80::1%eth0 has a zone id');
  await expect(page.getByTestId('storage-warning')).toHaveCount(0);
  await expect(page.getByText('storage is not available')).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue('Untouched');

  await page.getByLabel('Design name').fill('Still saving');
  await studio.settle();
  await page.goto('/');
  await expect(page.getByLabel('Design name')).toHaveValue('Still saving');
});
