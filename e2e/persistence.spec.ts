import { expect, test } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

test('opens an example on first start', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});

test('the design is still there after a reload', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await studio.drop('vpc', 'acct-1');
  await page.getByLabel('Design name').fill('Reload check');
  await studio.settle();
  await page.reload();
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  await expect(page.getByLabel('Design name')).toHaveValue('Reload check');
  await expect(studio.node('vpc-1')).toBeVisible();
});

test('export, then import as a new design that equals the first', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await studio.drop('vpc', 'acct-1');
  await studio.drop('subnet', 'vpc-1');
  await page.getByLabel('Design name').fill('Round trip');
  const first = await studio.exportText();

  await studio.importText('round-trip.json', first);
  await expect(studio.toast().last()).toContainText('Imported');
  await page.getByRole('tab', { name: 'Designs' }).click();
  await expect(page.getByTestId('design-entry')).toHaveCount(3); // example, the original, the import
  const second = await studio.exportText();
  expect(JSON.parse(second)).toEqual(JSON.parse(first));
});

test('an import that fails says why and changes nothing', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  const before = await studio.exportText();
  await studio.importText('broken.json', '{"format":"landing-zone-studio/design","version":99}');
  await expect(studio.toast().last()).toContainText('newer than this app');
  expect(await studio.exportText()).toBe(before);
});
