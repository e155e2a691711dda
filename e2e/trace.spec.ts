import { expect, test, type Page } from '@playwright/test';
import { Gallery, publishedExamples } from './fixtures/gallery.ts';
import { Studio } from './fixtures/studio.ts';
import { Findings } from './fixtures/findings.ts';
import { Matrix, Trace } from './fixtures/trace.ts';

/** Seed scenario 2: the partner reaches the app through a static-IP NLB and a proxy fleet. */
const staticIps = publishedExamples().find((e) => e.id === 'static-ips-partner')!;
const PARTNER_CIDR = '203.0.113.0/24';

async function openStaticIps(page: Page) {
  const studio = new Studio(page);
  await studio.open();
  const gallery = new Gallery(page);
  await gallery.open();
  await gallery.openExample(staticIps);
  return { studio, trace: new Trace(page), matrix: new Matrix(page) };
}

/** Removes the partner's CIDR from the proxy group's ingress, in the inspector. */
async function removePartnerCidrFromProxyGroup(studio: Studio) {
  await studio.page.getByRole('tab', { name: 'Inspector' }).click();
  // The hop click zoomed in on one box; show the whole design so the VPC's title is on screen.
  await studio.page.locator('.react-flow__controls-fitview').click();
  await studio.select('prod-vpc');
  await studio.inspector.locator('.vpc-contents').getByRole('button', { name: 'proxy', exact: true }).click();
  await expect(studio.inspector.locator('.inspector-id')).toHaveText('proxy-sg');
  const ingress = studio.field('ingress');
  const cidrs = await ingress.getByRole('textbox', { name: /^Source \/ destination/ }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const row = cidrs.indexOf(PARTNER_CIDR);
  expect(row, `the proxy group allows ${PARTNER_CIDR}`).toBeGreaterThanOrEqual(0);
  await ingress.getByRole('button', { name: `Remove row ${row + 1}` }).click();
  await expect(ingress.getByRole('textbox', { name: /^Source \/ destination/ })).toHaveCount(cidrs.length - 1);
}

test('partner → NLB:443 is drawn through the proxy to the app; without the partner CIDR it drops at the proxy', async ({ page }) => {
  const { studio, trace } = await openStaticIps(page);
  await trace.open();
  await trace.pick('Source', 'partner');
  await trace.choose('Destination', 'partner-n', 'partner-nlb');
  await trace.port(443);

  await expect(trace.verdict).toHaveAttribute('data-verdict', 'reachable');
  await expect(trace.tabVerdict).toHaveText('✓');
  const path = await trace.drawnPath();
  expect(path[0]).toBe('partner');
  const order = ['partner-nlb', 'proxy-1', 'eb-alb', 'eb-app-1'].map((id) => path.indexOf(id));
  expect(order.every((i) => i > 0), `path on the canvas: ${path.join(' → ')}`).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // Only boxes on the path are marked: the other proxies are not.
  await expect(trace.mark('proxy-2')).toHaveCount(0);
  await expect(trace.tracedEdge('partner-nlb->proxy-1')).toHaveCount(1);
  await expect(trace.tracedEdge('partner-nlb->proxy-2')).toHaveCount(0);
  await expect(trace.hops('Request').filter({ hasText: 'proxy-sg' }).first()).toContainText(PARTNER_CIDR);
  await expect(trace.hops('Reply').first()).toBeVisible();

  // A hop is a way to the resource: it is selected on the canvas.
  await trace.panel.locator('.hop[data-step="listener"][data-resource="eb-alb"] button').click();
  await expect(studio.node('eb-alb')).toHaveClass(/is-selected/);

  // Live: edit the group in the inspector; the trace follows without being asked again.
  await removePartnerCidrFromProxyGroup(studio);
  await expect(trace.tabVerdict).toHaveText('✗');
  await expect(trace.drop('proxy-1')).toHaveAttribute('data-trace-drop', 'SG_DENY');
  await expect(trace.mark('eb-alb')).toHaveCount(0);
  await expect(trace.mark('partner-nlb')).toHaveCount(1);
  await trace.open();
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'blocked');
  await expect(trace.verdict).toHaveAttribute('data-reason', 'SG_DENY');
  await expect(trace.verdict).toHaveAttribute('data-at', 'proxy-sg');
  await expect(trace.verdict).toContainText('security group');
  await expect(trace.verdict.getByRole('button', { name: /Dropped by proxy/ })).toBeVisible();
  await expect(trace.panel.locator('.hop[data-decision="drop"]')).toHaveCount(1);
  await expect(trace.panel.locator('.hop[data-decision="drop"]')).toHaveAttribute('data-resource', 'proxy-sg');
  // The NLB still accepted: it has no security group of its own.
  await expect(trace.panel.locator('.hop[data-step="listener"][data-resource="partner-nlb"]')).toHaveAttribute('data-decision', 'allow');

  await studio.undo();
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'reachable');
  await expect(trace.drop('proxy-1')).toHaveCount(0);
});

test('the matrix computes in a worker with progress, and a cell opens its trace', async ({ page }) => {
  const { trace, matrix } = await openStaticIps(page);
  await matrix.open();
  const endpoints = ['partner', 'partner-nlb', 'proxy-1', 'eb-app-1'];
  await matrix.chooseEndpoints(endpoints);
  await matrix.compute('tcp', 443);

  await expect(matrix.progress).toHaveAttribute('data-status', 'done');
  await expect(matrix.progress).toContainText(`${endpoints.length} of ${endpoints.length} rows`);
  await expect(matrix.progress.locator('progress')).toHaveAttribute('value', String(endpoints.length));
  await expect(matrix.panel.locator('button[data-from]')).toHaveCount(endpoints.length * (endpoints.length - 1));

  const cell = matrix.cell('partner', 'partner-nlb');
  await expect(cell).toHaveAttribute('data-state', 'reachable');
  // The proxies do not accept the app's port from each other: the reason shows on hover.
  const blocked = matrix.cell('proxy-1', 'eb-app-1');
  await expect(blocked).toHaveAttribute('data-state', 'blocked');
  await expect(blocked).toHaveAttribute('title', /SG_DENY/);

  await cell.click();
  await expect(trace.panel).toBeVisible();
  await expect(trace.panel.getByRole('combobox', { name: 'Source' })).toHaveValue('Partner network');
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'reachable');
  expect((await trace.drawnPath())[0]).toBe('partner');

  // A blocked cell opens a blocked trace with its drop marked.
  await matrix.open();
  await blocked.click();
  await expect(trace.verdict).toHaveAttribute('data-reason', 'SG_DENY');
  await expect(trace.drop('eb-app-1')).toBeVisible();
});

test('a pinned intent broken by an edit is an error finding, and holds again after undo', async ({ page }) => {
  const { studio, trace } = await openStaticIps(page);
  const findings = new Findings(page);
  await trace.open();
  await trace.pick('Source', 'partner');
  await trace.choose('Destination', 'partner-n', 'partner-nlb');
  await trace.port(443);
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'reachable');

  await trace.panel.getByRole('button', { name: 'Pin as intent', exact: true }).click();
  await expect(trace.panel.getByRole('button', { name: 'Pinned as intent ✓' })).toBeDisabled();
  const intent = trace.panel.locator('.intent');
  await expect(intent).toHaveCount(1);
  await expect(intent).toHaveClass(/holds/);
  await expect(intent).toContainText('expect reachable');

  await removePartnerCidrFromProxyGroup(studio);
  await findings.open();
  const broken = findings.item('INTENT');
  await expect(broken).toHaveCount(1);
  await expect(broken).toContainText('should be reachable, and it is blocked');
  await expect(broken).toContainText('SG_DENY');
  await trace.open();
  await expect(intent).toHaveClass(/is-broken/);
  // Pinning now would change what the intent expects, and says so.
  await expect(trace.panel.getByRole('button', { name: 'Pin as intent (now blocked)' })).toBeEnabled();

  await studio.undo();
  await expect(intent).toHaveClass(/holds/);
  await findings.open();
  await expect(findings.item('INTENT')).toHaveCount(0);
});

test('History compares a saved version with the current design: the flow an edit blocked, and the changed group', async ({ page }) => {
  const { studio } = await openStaticIps(page);
  await studio.settle();
  // Saves within five seconds of each other fold into one version.
  await page.waitForTimeout(5500);
  await removePartnerCidrFromProxyGroup(studio);
  await studio.settle();
  await page.getByRole('tab', { name: 'History' }).click();
  const entries = page.getByTestId('version-entry');
  await expect(entries).toHaveCount(2);
  await entries.nth(1).getByRole('button', { name: 'Compare' }).click();
  const comparison = entries.nth(1).locator('.version-comparison');
  await expect(comparison).toContainText('1 flow changed verdict');
  const flow = comparison.locator('.comparison-flow[data-from="partner"][data-to="partner-nlb"][data-port="443"]');
  await expect(flow).toHaveAttribute('data-after', 'blocked');
  await expect(flow).toContainText('✓ reachable');
  await expect(comparison.getByRole('list', { name: 'Resources added, removed and changed' })).toContainText('proxy (proxy-sg): ingress');
});
