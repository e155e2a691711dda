import { expect, test } from '@playwright/test';
import { generate } from '../src/engine/iac/index.ts';
import { createValidator } from '../src/engine/rules/index.ts';
import { trace } from '../src/engine/sim/index.ts';
import { syntheticLandingZone } from '../src/engine/testing/synthetic.ts';
import { ExportPanel } from './fixtures/export.ts';
import { Studio } from './fixtures/studio.ts';
import { Trace } from './fixtures/trace.ts';

/** An account holding a VPC with one subnet and a NAT gateway in it. */
async function smallLandingZone(studio: Studio) {
  await studio.accountWithVpc({ subnet: true });
  await studio.drop('nat-gateway', 'subnet-1', { x: 0.5, y: 0.7 });
  await expect(studio.node('nat-1')).toBeVisible();
}

test('collapsing a VPC hides its contents and shows what it holds; expanding brings them back', async ({ page }) => {
  const studio = new Studio(page);
  await smallLandingZone(studio);
  await page.getByTestId('collapse-vpc-1').click();
  await expect(studio.node('subnet-1')).toBeHidden();
  await expect(studio.node('nat-1')).toBeHidden();
  await expect(page.getByTestId('counts-vpc-1')).toHaveText('1 subnet · 1 resource');
  await expect(page.getByTestId('collapse-vpc-1')).toHaveAttribute('aria-expanded', 'false');

  // Kept with the design: the same after a reload.
  await studio.settle();
  await page.reload();
  await expect(page.getByTestId('counts-vpc-1')).toHaveText('1 subnet · 1 resource');
  await expect(studio.node('subnet-1')).toBeHidden();

  await page.getByTestId('collapse-vpc-1').click();
  await expect(studio.node('subnet-1')).toBeVisible();
  await expect(studio.node('nat-1')).toBeVisible();
  await expect(page.getByTestId('counts-vpc-1')).toHaveCount(0);
  // One undo step: undo closes it again.
  await studio.undo();
  await expect(studio.node('subnet-1')).toBeHidden();
});

test('zoomed far out, containers are plain boxes with counts and leaves lose their text', async ({ page }) => {
  const studio = new Studio(page);
  await smallLandingZone(studio);
  await expect(studio.node('nat-1').locator('.node-name')).toBeVisible();
  const box = (await studio.canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 200);
  await expect(studio.node('acct-1')).toHaveClass(/is-far/);
  await expect(page.getByTestId('counts-acct-1')).toHaveText('1 VPC · 1 subnet · 1 resource');
  // Each label stays on its header band, above the boxes inside; a subnet's boxes speak for it.
  const vpcLabel = (await page.getByTestId('counts-vpc-1').boundingBox())!;
  const accountLabel = (await page.getByTestId('counts-acct-1').boundingBox())!;
  expect(vpcLabel.y + vpcLabel.height).toBeLessThanOrEqual((await studio.node('subnet-1').boundingBox())!.y + 0.5);
  expect(accountLabel.y + accountLabel.height).toBeLessThanOrEqual((await studio.node('vpc-1').boundingBox())!.y + 0.5);
  await expect(page.getByTestId('counts-subnet-1')).toHaveCount(0);
  await expect(studio.node('nat-1')).toHaveClass(/is-far/);
  await expect(studio.node('nat-1').locator('.node-name')).toHaveCount(0);
  await expect(page.locator('.react-flow__background')).toHaveCount(0);

  await page.locator('.react-flow__controls-fitview').click();
  await expect(studio.node('nat-1')).not.toHaveClass(/is-far/);
  await expect(studio.node('nat-1').locator('.node-name')).toBeVisible();
  await expect(page.getByTestId('counts-acct-1')).toHaveCount(0);
});

test('a large design is validated and traced in a background worker, with the verdicts the engine gives', async ({ page }) => {
  const design = syntheticLandingZone({ seed: 5, resources: 2500 });
  const flows = [
    { from: 'vpc-0002-i-1', to: 'vpc-0002-i-2' },
    { from: 'vpc-0002-i-1', to: 'internet' },
  ];
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const studio = new Studio(page);
  await studio.open();
  await page.getByTestId('import-input').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await expect(page.getByLabel('Design name')).toHaveValue(design.name);

  const findings = createValidator().validate(design);
  const errorsFound = findings.filter((f) => f.severity === 'error').length;
  await expect(page.getByTestId('findings-count')).toHaveAttribute('title', `${errorsFound} errors, ${findings.filter((f) => f.severity === 'warning').length} warnings, ${findings.filter((f) => f.severity === 'info').length} info`);

  const tracer = new Trace(page);
  await tracer.open();
  for (const flow of flows) {
    const expected = trace(design, { ...flow, protocol: 'tcp', port: 443 }).verdict;
    await tracer.choose('Source', flow.from, flow.from);
    if (flow.to === 'internet') {
      await tracer.panel.getByRole('combobox', { name: 'Destination' }).fill('internet');
      await tracer.panel.getByRole('combobox', { name: 'Destination' }).press('Enter');
    }
    else await tracer.choose('Destination', flow.to, flow.to);
    await tracer.port(443);
    await expect(tracer.verdict).toHaveAttribute('data-verdict', expected.reachable ? 'reachable' : 'blocked');
    if (!expected.reachable && expected.reason) await expect(tracer.verdict).toHaveAttribute('data-reason', expected.reason);
  }
  expect(workers.filter((url) => url.includes('design.worker'))).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('in a large design, a quick fix on a finding from the worker applies and the finding goes', async ({ page }) => {
  const synthetic = syntheticLandingZone({ seed: 5, resources: 2500 });
  // A public NAT gateway without its Elastic IP: an error with a quick fix.
  const nat = synthetic.resources.find((r) => r.kind === 'nat-gateway' && (r.elasticIps ?? []).length > 0)!;
  const design = { ...synthetic, resources: synthetic.resources.map((r) => (r === nat ? { ...r, elasticIps: [] } : r)) };
  const studio = new Studio(page);
  await studio.open();
  await page.getByTestId('import-input').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await expect(page.getByTestId('findings-count')).toHaveAttribute('title', /^1 errors,/);
  await page.getByRole('tab', { name: /^Findings/ }).click();
  await page.locator('.fix-button', { hasText: 'Allocate an Elastic IP' }).click();
  await expect(page.getByTestId('findings-count')).toHaveAttribute('title', /^0 errors,/);
  await expect(page.locator('.fix-button', { hasText: 'Allocate an Elastic IP' })).toHaveCount(0);
});

test('a large design is exported in the worker: the engine’s files, following an edit made with the panel open', async ({ page }) => {
  const design = syntheticLandingZone({ seed: 5, resources: 2500 });
  const studio = new Studio(page);
  await studio.open();
  await page.getByTestId('import-input').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await expect(page.getByLabel('Design name')).toHaveValue(design.name);
  const panel = new ExportPanel(page);
  await panel.open();
  await panel.panel.getByLabel('CDK (TypeScript)').check();
  await expect(page.getByTestId('export-pending')).toHaveCount(0);
  expect((await panel.filePaths()).sort()).toEqual(generate(design, 'cdk').map((f) => f.path).sort());

  // The design's name is in each stack's description.
  const name = 'Renamed while exporting';
  await page.getByLabel('Design name').fill(name);
  const renamed = generate({ ...design, name }, 'cdk').find((f) => f.contents.includes(name))!;
  await panel.fileTree().locator(`[data-path="${renamed.path}"]`).click();
  await expect(panel.preview()).toContainText(name);
  await expect(page.getByTestId('export-pending')).toHaveCount(0);
  await expect(panel.button('Download .zip (' + generate(design, 'cdk').length + ' files)')).toBeEnabled();
});
