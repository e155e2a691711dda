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

test('a refused drag puts the box back and says why', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc({ subnet: true });
  const before = (await studio.node('vpc-1').boundingBox())!;
  const subnetBefore = (await studio.node('subnet-1').boundingBox())!;
  const grip = (await studio.node('vpc-1').locator('.container-header').boundingBox())!;
  const account = (await studio.node('acct-1').boundingBox())!;
  // Out of the account onto the bare canvas below it, where a VPC cannot live.
  const [x, y] = [grip.x + grip.width * 0.6, grip.y + 8];
  const down = account.y + account.height + 40 - y;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(x, y + (i * down) / 20);
  await page.mouse.up();
  await expect(studio.toast().last()).toContainText('VPC cannot go on the canvas itself');
  await expect.poll(async () => (await studio.node('vpc-1').boundingBox())!.y).toBeCloseTo(before.y, 0);
  expect((await studio.node('vpc-1').boundingBox())!.x).toBeCloseTo(before.x, 0);
  // Its contents come back with it.
  expect((await studio.node('subnet-1').boundingBox())!.y).toBeCloseTo(subnetBefore.y, 0);
});

test('with Space held, dragging over a box pans the view instead of moving the box', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc();
  const account = (await studio.node('acct-1').boundingBox())!;
  const vpc = (await studio.node('vpc-1').boundingBox())!;
  // Inside the VPC, where a plain drag would move it.
  const [x, y] = [vpc.x + vpc.width / 2, vpc.y + vpc.height / 2];
  await page.mouse.move(x, y);
  await page.keyboard.down('Space');
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 10, y + i * 5);
  await page.mouse.up();
  await page.keyboard.up('Space');
  const accountAfter = (await studio.node('acct-1').boundingBox())!;
  const vpcAfter = (await studio.node('vpc-1').boundingBox())!;
  // Everything moved together: the view panned, and the VPC kept its place in the account.
  expect(accountAfter.x - account.x).toBeCloseTo(100, 0);
  expect(accountAfter.y - account.y).toBeCloseTo(50, 0);
  expect(vpcAfter.x - accountAfter.x).toBeCloseTo(vpc.x - account.x, 0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  // No design change was recorded: undo takes back the VPC drop, not a move.
  await studio.undo();
  await expect(studio.node('vpc-1')).toHaveCount(0);
});
