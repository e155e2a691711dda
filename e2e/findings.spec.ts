import { expect, test } from '@playwright/test';
import { Findings } from './fixtures/findings.ts';
import { Gallery, publishedExamples } from './fixtures/gallery.ts';
import { Studio } from './fixtures/studio.ts';

/** Seed scenario 1: the example with dept-a's RabbitMQ broker in network's shared subnet. */
const sharedVpc = publishedExamples().find((e) => e.design.resources.some((r) => r.kind === 'mq-broker' && r.engine === 'rabbitmq'))!;
const broker = sharedVpc.design.resources.find((r) => r.kind === 'mq-broker')!;

async function openSharedVpc(page: import('@playwright/test').Page) {
  const studio = new Studio(page);
  const findings = new Findings(page);
  await studio.open();
  const gallery = new Gallery(page);
  await gallery.open();
  await gallery.openExample(sharedVpc);
  return { studio, findings };
}

test('the shared-VPC broker: error badge and MQ-SHARED, the satellite-VPC fix clears it, undo brings it back', async ({ page }) => {
  const { studio, findings } = await openSharedVpc(page);
  const vpcs = page.locator('.react-flow__node-vpc');
  const peerings = page.locator('[data-testid^="rf__edge-vpc-peering:"]');
  const vpcCount = await vpcs.count();
  await expect(peerings).toHaveCount(0);

  await expect(findings.badge(broker.id, 'error', 'MQ-SHARED')).toBeVisible();
  await findings.open();
  const error = findings.item('MQ-SHARED');
  await expect(error).toHaveCount(1);
  await expect(error).toContainText(broker.name);
  await expect(error.getByRole('link', { name: 'AWS documentation' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(error.getByRole('link', { name: 'AWS documentation' })).toHaveAttribute('target', '_blank');
  await expect(error.locator('[data-fix]')).toHaveCount(3);

  await findings.applyFix('MQ-SHARED', 'satellite-vpc');
  await expect(findings.item('MQ-SHARED')).toHaveCount(0);
  await expect(page.getByTestId(`node-${broker.id}`).locator('.badge-error[title*="MQ-SHARED"]')).toHaveCount(0);
  await expect(vpcs).toHaveCount(vpcCount + 1);
  await expect(peerings).toHaveCount(1);
  await expect(peerings.first()).toBeVisible();

  await studio.undo();
  await expect(findings.item('MQ-SHARED')).toHaveCount(1);
  await expect(findings.badge(broker.id, 'error', 'MQ-SHARED')).toBeVisible();
  await expect(vpcs).toHaveCount(vpcCount);
  await expect(peerings).toHaveCount(0);
});

test('clicking a finding selects its node and brings it into view', async ({ page }) => {
  const { studio, findings } = await openSharedVpc(page);
  await findings.open();
  const node = studio.node(broker.id);
  // Zoom in, then pan the broker off the screen (Space-drag pans from anywhere).
  const canvas = (await studio.canvas.boundingBox())!;
  const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  await page.mouse.move(middle.x, middle.y);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
  const at = (await node.boundingBox())!;
  const towards = at.x + at.width / 2 < middle.x ? -1 : 1;
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(middle.x + towards * canvas.width, middle.y, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  await expect(node).not.toBeInViewport();

  await findings.focus('MQ-SHARED');
  await expect(node).toBeInViewport();
  await expect(page.locator(`.react-flow__node[data-id="${broker.id}"]`)).toHaveClass(/selected/);
});

test('the panel filters by severity and by text', async ({ page }) => {
  const { findings } = await openSharedVpc(page);
  await findings.open();
  await expect(findings.item('MQ-SHARED')).toHaveCount(1);
  await findings.severityToggle('Errors').click();
  await expect(findings.severityToggle('Errors')).toHaveAttribute('aria-pressed', 'false');
  await expect(findings.item('MQ-SHARED')).toHaveCount(0);
  await findings.severityToggle('Errors').click();
  await findings.filter('no such thing anywhere');
  await expect(findings.panel.locator('.finding')).toHaveCount(0);
  await expect(findings.panel).toContainText('No finding matches the filter.');
  await findings.filter(broker.name);
  await expect(findings.item('MQ-SHARED')).toHaveCount(1);
});

test('typing a subnet block outside its VPC shows the finding while the field still has focus', async ({ page }) => {
  const studio = new Studio(page);
  const findings = new Findings(page);
  await studio.accountWithVpc({ subnet: true });
  await studio.select('subnet-1');
  await expect(studio.node('subnet-1').locator('.badge-error')).toHaveCount(0);

  const input = studio.field('cidr').locator('input');
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially('10.99.1.0/24');
  await expect(input).toBeFocused();
  await expect(findings.badge('subnet-1', 'error', 'SUBNET-AZ')).toBeAttached();
  await expect(findings.tabCount).toHaveClass(/tab-count-error/);
  await expect(studio.inspector.getByRole('region', { name: 'Findings on this resource' }).locator('.finding[data-rule^="SUBNET-AZ"]')).toContainText('10.99.1.0/24');
  await expect(input).toBeFocused();
});
