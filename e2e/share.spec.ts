/** Share links: the design travels in the link, opens read-only, never touches the user's own designs. */
import { expect, test, type Page } from '@playwright/test';
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
  expect(await libraryNames(page)).toHaveLength(before.length + 1);
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
