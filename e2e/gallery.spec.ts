import { expect, test } from '@playwright/test';
import { Gallery, publishedExamples } from './fixtures/gallery.ts';
import { Studio } from './fixtures/studio.ts';

const examples = publishedExamples();

test('the gallery lists every published example with its title and summary', async ({ page }) => {
  const studio = new Studio(page);
  const gallery = new Gallery(page);
  await studio.open();
  await gallery.open();
  await expect(gallery.panel.locator('.gallery-item')).toHaveCount(examples.length);
  for (const example of examples) await expect(gallery.item(example.id).getByRole('heading')).toHaveText(example.title);
});

test('opening an example keeps the design that was open', async ({ page }) => {
  const studio = new Studio(page);
  const gallery = new Gallery(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await page.getByLabel('Design name').fill('My landing zone');
  await expect(studio.node('acct-1')).toBeVisible();

  const example = examples.at(-1)!;
  await gallery.open();
  await gallery.openExample(example);
  await expect(studio.node('acct-1')).toHaveCount(0);
  await expect(page.locator('.toast').last()).toContainText('My landing zone');

  await page.getByRole('tab', { name: 'Designs' }).click();
  const mine = page.getByTestId('design-entry').filter({ hasText: 'My landing zone' });
  await expect(mine).toHaveCount(1);
  await mine.locator('.design-open').click();
  await expect(page.getByLabel('Design name')).toHaveValue('My landing zone');
  await expect(studio.node('acct-1')).toBeVisible();
  await expect(page.getByTestId('design-entry').filter({ hasText: example.design.name })).toHaveCount(1);
});

test('an example that cannot be read says so and leaves the open design as it was', async ({ page }) => {
  const studio = new Studio(page);
  const gallery = new Gallery(page);
  const example = examples[1]!;
  await page.route(`**/examples/${example.file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"landing-zone-studio/design","version":1,"resources":[{"id":1}]}' }));
  await studio.open();
  await studio.newDesign();
  await page.getByLabel('Design name').fill('Still mine');
  await gallery.open();
  await gallery.item(example.id).getByRole('button', { name: 'Open as new design' }).click();
  await expect(studio.toast().last()).toContainText(`“${example.title}” could not be loaded`);
  await expect(page.getByLabel('Design name')).toHaveValue('Still mine');
});

test('when the example list cannot be fetched, the gallery says so', async ({ page }) => {
  await page.route('**/examples/index.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  const studio = new Studio(page);
  await studio.open();
  await page.getByRole('tab', { name: 'Examples' }).click();
  await expect(page.getByRole('region', { name: 'Examples' }).getByRole('alert')).toContainText('could not be loaded');
});
