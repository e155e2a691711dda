import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

test('an account, a VPC in it and a subnet in the VPC, with CIDRs set in the inspector', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();

  await studio.drop('account');
  await expect(studio.node('acct-1')).toBeVisible();
  await studio.drop('vpc', 'acct-1');
  await expect(studio.node('vpc-1')).toBeVisible();
  await studio.drop('subnet', 'vpc-1');
  await expect(studio.node('subnet-1')).toBeVisible();

  // The subnet is inside the VPC, the VPC inside the account.
  const inside = async (inner: string, outer: string) => {
    const a = (await studio.node(inner).boundingBox())!;
    const b = (await studio.node(outer).boundingBox())!;
    return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
  };
  expect(await inside('vpc-1', 'acct-1')).toBe(true);
  expect(await inside('subnet-1', 'vpc-1')).toBe(true);

  await studio.select('vpc-1');
  await studio.fill('cidrs', '10.20.0.1/16');
  await expect(studio.field('cidrs').locator('.field-error')).toContainText('host bits');
  await studio.fill('cidrs', '10.20.0.0/16');
  await expect(studio.field('cidrs').locator('.field-error')).toHaveCount(0);
  await expect(studio.node('vpc-1')).toContainText('10.20.0.0/16');

  await studio.select('subnet-1');
  await studio.fill('cidr', '10.20.300.0/24');
  await expect(studio.field('cidr').locator('.field-error')).toBeVisible();
  await studio.fill('cidr', '10.20.1.0/24');
  await expect(studio.node('subnet-1')).toContainText('10.20.1.0/24');
});

test('a drop where the kind cannot live is refused with where it may go', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('subnet');
  await expect(studio.toast()).toContainText('Subnet cannot go on the canvas itself: it may go inside a vpc');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  await studio.drop('account');
  await studio.drop('nlb', 'acct-1');
  await expect(studio.toast().last()).toContainText('Network Load Balancer cannot go in account');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});

test('undo and redo, one step per gesture', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc();

  await studio.undo();
  await expect(studio.node('vpc-1')).toHaveCount(0);
  await expect(studio.node('acct-1')).toBeVisible();
  await studio.redo();
  await expect(studio.node('vpc-1')).toBeVisible();

  // Typing a name is one step, and selecting does not clear redo.
  await studio.select('acct-1');
  await page.locator('#field-name').pressSequentially('-prod', { delay: 20 });
  await expect(studio.node('acct-1')).toContainText('Account-prod');
  await studio.undo();
  await expect(studio.node('acct-1')).not.toContainText('-prod');
  await studio.select('vpc-1');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(studio.node('acct-1')).toContainText('Account-prod');
});

test('icons are served under a hash of their contents, so caches refresh when an icon changes', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  const sources = await studio.palette.locator('.kind-icon').evaluateAll((icons) => icons.map((i) => (i as HTMLImageElement).src));
  expect(sources.length).toBeGreaterThan(20);
  for (const source of new Set(sources)) {
    const hash = /\.([0-9a-f]{8})\.svg$/.exec(source)?.[1];
    expect(hash, source).toBeDefined();
    const response = await page.request.get(source);
    expect(response.ok(), source).toBe(true);
    expect(createHash('sha256').update(await response.body()).digest('hex').slice(0, 8), source).toBe(hash);
  }
});
