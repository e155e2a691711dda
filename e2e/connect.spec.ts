import { expect, test } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

/** A new design with one account holding vpc-1 and vpc-2 side by side. */
async function twoVpcs(studio: Studio) {
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await studio.drop('vpc', 'acct-1', { x: 0.25, y: 0.5 });
  await studio.drop('vpc', 'acct-1', { x: 0.75, y: 0.5 });
  await expect(studio.node('vpc-2')).toBeVisible();
}

test('connecting two VPCs makes a peering; a second one is refused with the reason', async ({ page }) => {
  const studio = new Studio(page);
  await twoVpcs(studio);

  await studio.connect('vpc-1', 'vpc-2');
  await expect(page.locator('.edge-label')).toContainText('Peering');

  await studio.connect('vpc-1', 'vpc-2');
  await expect(studio.toast().last()).toContainText('already peered');
  await expect(page.locator('.edge-label')).toHaveCount(1);
});

test('connecting two transit gateways makes a TGW peering, and a transit gateway to a customer gateway a Site-to-Site VPN', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await studio.drop('transit-gateway', 'acct-1', { x: 0.2, y: 0.35 });
  await studio.drop('transit-gateway', 'acct-1', { x: 0.8, y: 0.35 });
  await studio.drop('customer-gateway', 'acct-1', { x: 0.5, y: 0.8 });
  await expect(studio.node('cgw-1')).toBeVisible();

  await studio.connect('tgw-1', 'tgw-2');
  await expect(page.locator('.edge-label')).toContainText('TGW peering');
  await studio.connect('tgw-1', 'cgw-1');
  await expect(page.locator('.edge-label').filter({ hasText: 'Site-to-Site VPN' })).toHaveCount(1);
  await expect(page.locator('.edge-label')).toHaveCount(2);
});

test('keyboard: delete with contents, undo, copy and paste, escape', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc({ subnet: true });

  await studio.select('vpc-1');
  await page.keyboard.press('Delete');
  await expect(studio.node('vpc-1')).toHaveCount(0);
  await expect(studio.node('subnet-1')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(studio.node('subnet-1')).toBeVisible();

  await studio.select('subnet-1');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(studio.node('subnet-2')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.locator('.inspector-id')).toHaveCount(0);

  // Typing in a field is not a shortcut: Backspace edits the text and deletes nothing.
  await studio.select('subnet-2');
  await page.locator('#field-name').press('Backspace');
  await expect(studio.node('subnet-2')).toBeVisible();
});

test('clicking a peering edge label opens the peering in the inspector', async ({ page }) => {
  const studio = new Studio(page);
  await twoVpcs(studio);
  await studio.connect('vpc-1', 'vpc-2');
  await page.locator('.edge-label').click({ force: true });
  await expect(page.locator('.inspector-kind')).toHaveText('Peering connection');
});
