import { expect, test } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a hostile name shows as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await studio.select('acct-1');
  await studio.fill('name', HOSTILE);
  await studio.fill('description', HOSTILE);
  await page.getByLabel('Design name').fill(HOSTILE);
  await expect(studio.node('acct-1').locator('.node-name')).toHaveText(HOSTILE);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await studio.settle();
  await page.reload();
  await expect(studio.node('acct-1').locator('.node-name')).toHaveText(HOSTILE);
  await page.getByRole('tab', { name: 'Designs' }).click();
  await expect(page.locator('.design-title').first()).toHaveText(HOSTILE);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
