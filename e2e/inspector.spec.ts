import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

const partner = readFileSync(new URL('../public/examples/static-ips-partner.json', import.meta.url), 'utf8');

/** The text of the option a picker shows as chosen. */
const chosen = (studio: Studio, field: string) => studio.field(field).locator('select').first().locator('option:checked');

test('a subnet without an association shows the main route table it really uses, as its badge does', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc({ subnet: true });
  await expect(studio.node('subnet-1')).toContainText('RT VPC main');
  await studio.select('subnet-1');
  await expect(chosen(studio, 'routeTable')).toHaveText('Main: VPC main (vpc-1-rtb-main)');
  await expect(chosen(studio, 'networkAcl')).toHaveText(/^Default: .*\(vpc-1-acl-default\)$/);
});

test('every resource names the account it is drawn in; an account has no account field', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc({ subnet: true });
  await studio.select('subnet-1');
  await expect(chosen(studio, 'account')).toHaveText('Drawn in: Account 1 (acct-1)'.replace('Account 1', await accountName(studio)));
  await studio.select('acct-1');
  await expect(studio.field('account')).toHaveCount(0);
});

async function accountName(studio: Studio): Promise<string> {
  return (await studio.node('acct-1').locator('.node-name').first().textContent())!.trim();
}

test('an instance has one subnet, the one it is drawn in, and choosing another moves the box there', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc({ subnet: true });
  await studio.drop('instance', 'subnet-1');
  // A second subnet, added by clicking the palette with the VPC selected.
  await studio.select('vpc-1');
  await studio.palette.locator('[data-kind="subnet"]').click();
  await expect(studio.node('subnet-2')).toBeVisible();
  await studio.select('i-1');
  const subnet = studio.field('subnets');
  await expect(subnet.locator('label')).toHaveText('Subnet');
  await expect(subnet.locator('input[type=checkbox]')).toHaveCount(0);
  await expect(subnet.locator('option:checked')).toHaveText(/\(subnet-1\)$/);

  await subnet.locator('select').selectOption('subnet-2');
  await expect(subnet.locator('option:checked')).toHaveText(/\(subnet-2\)$/);
  const inner = (await studio.node('i-1').boundingBox())!;
  const outer = (await studio.node('subnet-2').boundingBox())!;
  expect(inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height).toBe(true);
});

test('a load balancer drawn in a subnet has that subnet ticked, and the others it lists', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.importText('partner.json', partner);
  await studio.select('partner-nlb');
  const list = studio.field('subnets');
  const drawn = list.locator('label', { hasText: 'public-a' });
  await expect(drawn.locator('input')).toBeChecked();
  await expect(drawn.locator('input')).toBeDisabled();
  await expect(drawn).toContainText('drawn here');
  await expect(list.locator('label', { hasText: 'public-c' }).locator('input')).toBeChecked();
});

test("a proxy's upstream is a target picked from the design, a protocol and a port", async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.importText('partner.json', partner);
  await studio.select('proxy-1');
  const upstream = studio.field('upstream');
  await expect(upstream.locator('textarea')).toHaveCount(0);
  await expect(upstream.locator('#upstream-target option:checked')).toHaveText(/\(eb-alb\)$/);
  await expect(upstream.locator('#upstream-protocol')).toHaveValue('tcp');
  await expect(upstream.getByLabel('Port')).toHaveValue('80');

  await upstream.getByLabel('Port').fill('8080');
  await upstream.locator('#upstream-target').selectOption({ label: 'An address outside the design…' });
  await upstream.getByLabel('Upstream address').fill('203.0.113.10');
  await expect(upstream.locator('.field-error')).toHaveCount(0);
  const saved = JSON.parse(await studio.exportText()) as { resources: { id: string; upstream?: unknown }[] };
  expect(saved.resources.find((r) => r.id === 'proxy-1')?.upstream).toEqual({ target: '203.0.113.10', protocol: 'tcp', port: 8080 });

  await upstream.getByLabel('Port').fill('');
  await expect(upstream.locator('.field-error')).toHaveText('give the port it connects to');
});
