import { expect, test } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

test('a drag, however many frames, is one undo step', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  const header = studio.node('acct-1').locator('.container-header');
  const before = (await studio.node('acct-1').boundingBox())!;
  const grip = (await header.boundingBox())!;
  await page.mouse.move(grip.x + 40, grip.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(grip.x + 40 + i * 5, grip.y + 10 + i * 3);
  await page.mouse.up();
  await expect.poll(async () => (await studio.node('acct-1').boundingBox())!.x).toBeGreaterThan(before.x + 50);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await studio.node('acct-1').boundingBox())!.x)).toBe(Math.round(before.x));
  await expect(studio.node('acct-1')).toBeVisible();
});

test('arrow keys nudge the selection; quick presses are one undo step', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await studio.select('acct-1');
  const before = (await studio.node('acct-1').boundingBox())!;
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await studio.node('acct-1').boundingBox())!.x).toBeGreaterThan(before.x + 40);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await studio.node('acct-1').boundingBox())!.x)).toBe(Math.round(before.x));
});

test('the design list: rename, duplicate, delete', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await page.getByRole('tab', { name: 'Designs' }).click();
  const entries = page.getByTestId('design-entry');
  await expect(entries).toHaveCount(1);
  await entries.first().getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('Renamed zone');
  await page.getByLabel('New name').press('Enter');
  await expect(page.getByLabel('Design name')).toHaveValue('Renamed zone');

  await entries.first().getByRole('button', { name: 'Duplicate' }).click();
  await expect(entries).toHaveCount(2);
  await expect(page.getByLabel('Design name')).toHaveValue('Renamed zone (copy)');

  page.once('dialog', (dialog) => void dialog.accept());
  await entries.filter({ hasText: 'Open now' }).getByRole('button', { name: 'Delete' }).click();
  await expect(entries).toHaveCount(1);
  await expect(page.getByLabel('Design name')).toHaveValue('Renamed zone');
});
