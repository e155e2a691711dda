import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';
import { Trace } from './fixtures/trace.ts';

/**
 * A gallery design moved to us-east-1: the gallery draws in ap-northeast-2, where the price
 * table has no NAT or transit gateway price.
 */
const inUsEast1 = (file: string) => readFileSync(new URL(`../public/examples/${file}.json`, import.meta.url), 'utf8').replaceAll('ap-northeast-2', 'us-east-1');

test("the inspector shows a NAT gateway's monthly estimate with its prices' sources, and follows the GB it is told", async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.importText('fargate.json', inUsEast1('ecs-fargate'));
  await studio.select('nat-a');
  const estimate = studio.inspector.getByTestId('cost-estimate');
  // 730 h × $0.045 + 100 GB × $0.045
  await expect(estimate.locator('.cost-total')).toHaveText('$37.35');
  const charges = estimate.locator('.cost-charge');
  await expect(charges.nth(0)).toContainText('NAT gateway hours: 730 hour × $0.045 = $32.85');
  await expect(charges.nth(0).getByRole('link', { name: 'source' })).toHaveAttribute('href', /^https:\/\//);
  await expect(charges.nth(1)).toContainText('GB processed: 100 GB × $0.045 = $4.50');
  await estimate.getByLabel('GB a month through it').fill('250');
  await expect(estimate.locator('.cost-total')).toHaveText('$44.10');
  await expect(estimate).toContainText('Priced in us-east-1');

  // With nothing selected, the design's total per account and VPC; the hours apply to all of it.
  await studio.canvas.click({ position: { x: 5, y: 5 } });
  const summary = studio.inspector.getByTestId('cost-summary');
  await expect(summary.getByRole('table', { name: 'By VPC' })).toContainText('opsnow');
  await summary.getByLabel('Hours a month').fill('100');
  await studio.select('nat-a');
  // 100 h × $0.045 + 250 GB × $0.045
  await expect(estimate.locator('.cost-total')).toHaveText('$15.75');
});

test('a trace says what each GB costs at each hop, for the request and the reply', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.importText('inspection.json', inUsEast1('inspection-egress'));
  const trace = new Trace(page);
  await trace.open();
  await trace.choose('Source', 'orders', 'orders');
  await trace.choose('Destination', 'billing', 'billing');
  await trace.port(443);
  await expect(trace.verdict).toHaveClass(/is-reachable/);
  const request = trace.hops('Request');
  await expect(request.filter({ has: page.locator('.hop-cost') })).toHaveCount(3);
  await expect(trace.panel.getByRole('region', { name: 'Request' }).locator('.hop[data-resource="spoke-orders-attach"] .hop-cost')).toHaveText('$0.02/GB');
  const cost = trace.panel.getByRole('region', { name: 'Cost per GB' });
  await expect(cost.locator('[data-direction="request"] .flow-cost-total')).toHaveText('Request: $0.04/GB and 1 charge not priced');
  await expect(cost.locator('[data-direction="reply"] .flow-cost-total')).toHaveText('Reply: $0.04/GB and 1 charge not priced');
  await expect(cost.locator('[data-direction="request"] li[data-priced="false"]')).toContainText('Network Firewall processing');
});

test('History gives the change in monthly cost between a saved version and the current design', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.importText('inspection.json', inUsEast1('inspection-egress'));
  await studio.settle();
  // Saves within five seconds of each other fold into one version.
  await page.waitForTimeout(5500);
  await studio.select('egress-nat-c');
  await studio.inspector.getByRole('button', { name: 'Delete NAT gateway' }).click();
  await studio.settle();
  await page.getByRole('tab', { name: 'History' }).click();
  const entries = page.getByTestId('version-entry');
  await expect(entries).toHaveCount(2);
  await entries.nth(1).getByRole('button', { name: 'Compare' }).click();
  const cost = entries.nth(1).getByTestId('comparison-cost');
  // One NAT gateway fewer: 730 h × $0.045 + 100 GB × $0.045.
  await expect(cost).toHaveAttribute('data-delta', '-37.35');
  await expect(cost).toContainText('(−$37.35)');
  await expect(cost.getByRole('list', { name: 'Resources whose monthly cost changed' })).toContainText('egress-nat-c: $37.35 → removed (−$37.35)');
});
