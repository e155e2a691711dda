/** The export panel's code: Terraform and CDK files, a highlighted preview, a zip; tidy up as one undo step. */
import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { ExportPanel, openExample } from './fixtures/export.ts';
import { publishedExamples } from './fixtures/gallery.ts';
import { Studio } from './fixtures/studio.ts';

const example = publishedExamples().find((e) => e.id === 'static-ips-partner')!;

test('the generators load only when the export panel opens', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openExample(page, example);
  const generators = () => scripts.filter((path) => /\/assets\/(iac|ExportPanel)-/.test(path));
  expect(generators()).toEqual([]);
  const panel = new ExportPanel(page);
  await panel.open();
  await expect(panel.fileTree()).toBeVisible();
  expect(generators().length).toBeGreaterThan(0);
});

test('Terraform files: a tree, a highlighted preview, copy, and a zip with the same files', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExample(page, example);
  const panel = new ExportPanel(page);
  await panel.open();
  const paths = await panel.filePaths();
  expect(paths).toContain('versions.tf');
  expect(paths).toContain('variables.tf');
  expect(paths.filter((p) => p.endsWith('.tf')).length).toBeGreaterThan(3);

  await panel.fileTree().locator('[data-path="versions.tf"]').click();
  await expect(panel.preview()).toContainText('required_providers');
  await expect(panel.preview().locator('.tok-keyword').first()).toHaveText('terraform');
  await expect(panel.preview().locator('.tok-string').first()).toBeVisible();

  await panel.button('Copy file').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await panel.preview().innerText());

  const zip = await panel.download(panel.panel.getByRole('button', { name: /^Download \.zip/ }));
  expect(zip.name).toMatch(/-terraform\.zip$/);
  const files = unzipSync(new Uint8Array(zip.bytes));
  expect(Object.keys(files).sort()).toEqual([...paths].sort());
  expect(strFromU8(files['versions.tf']!)).toBe(await panel.preview().innerText());
  for (const path of paths) expect(files[path]!.length, path).toBeGreaterThan(0);
});

test('CDK files: the app, stacks and project files, zipped alike', async ({ page }) => {
  await openExample(page, example);
  const panel = new ExportPanel(page);
  await panel.open();
  await panel.panel.getByRole('radio', { name: /CDK/ }).check();
  await expect(panel.fileTree().locator('[data-path="bin/app.ts"]')).toBeVisible();
  const paths = await panel.filePaths();
  for (const path of ['bin/app.ts', 'package.json', 'cdk.json', 'tsconfig.json']) expect(paths).toContain(path);
  expect(paths.some((p) => /^lib\/.+-stack\.ts$/.test(p))).toBe(true);
  await panel.fileTree().locator('[data-path="bin/app.ts"]').click();
  await expect(panel.preview().locator('.tok-keyword', { hasText: 'import' }).first()).toBeVisible();
  const zip = await panel.download(panel.panel.getByRole('button', { name: /^Download \.zip/ }));
  expect(Object.keys(unzipSync(new Uint8Array(zip.bytes))).sort()).toEqual([...paths].sort());
});

test('a hostile name shows in the preview as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  const studio = new Studio(page);
  await studio.accountWithVpc();
  await studio.select('vpc-1');
  await studio.fill('name', hostile);
  const panel = new ExportPanel(page);
  await panel.open();
  let shown = 0;
  for (const format of [/Terraform/, /CDK/]) {
    await panel.panel.getByRole('radio', { name: format }).check();
    for (const path of await panel.filePaths()) {
      await panel.fileTree().locator(`[data-path="${path}"]`).click();
      await expect(panel.preview()).toHaveAttribute('aria-label', `Contents of ${path}`);
      await expect(panel.preview().locator('img')).toHaveCount(0);
      if ((await panel.preview().innerText()).includes('<img src=x')) shown++;
    }
  }
  // The name is in the code (as a string; a generator may also escape `<`), shown as text.
  expect(shown).toBeGreaterThan(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('tidy up lays out again as one undo step', async ({ page }) => {
  const studio = await openExample(page, example);
  const before = JSON.parse(await studio.exportText());
  const box = () => studio.node('partner-nlb').boundingBox();
  const start = await box();
  await page.getByRole('button', { name: 'Tidy up' }).click();
  await expect.poll(async () => JSON.stringify(await box())).not.toBe(JSON.stringify(start));
  const tidied = JSON.parse(await studio.exportText());
  expect(tidied.resources).toEqual(before.resources);
  expect(tidied.layout).not.toEqual(before.layout);
  await studio.undo();
  expect(JSON.parse(await studio.exportText())).toEqual(before);
  await studio.redo();
  expect(JSON.parse(await studio.exportText())).toEqual(tidied);
});

test('a file without any layout is laid out on import, with nothing overlapping', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  const bare = { ...example.design, name: 'No layout', layout: {} };
  await studio.importText('bare.json', JSON.stringify(bare));
  await expect(page.getByLabel('Design name')).toHaveValue('No layout');
  const imported = JSON.parse(await studio.exportText());
  const ids = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.id!));
  for (const id of ids) expect(imported.layout[id], id).toBeDefined();
});

test('Selection only: the Terraform and the CDK of the selected NLB alone, with what it names outside as variables or context values', async ({ page }) => {
  const studio = await openExample(page, example);
  await page.locator('.react-flow__controls-fitview').click();
  await studio.node('partner-nlb').locator('.node-name').first().click();
  const panel = new ExportPanel(page);
  await panel.open();
  const whole = await panel.filePaths();
  expect(whole).toContain('network.tf');
  const only = panel.panel.getByRole('checkbox', { name: 'Selection only' });
  await expect(only).toBeEnabled();
  await only.check();
  await expect(panel.panel.getByTestId('export-snippet')).toContainText(/\d+ outside the selection/);
  await expect.poll(() => panel.filePaths()).not.toContain('network.tf');
  await panel.fileTree().locator('[data-path="load_balancing.tf"]').click();
  await expect(panel.preview()).toContainText('resource "aws_lb" "partner_nlb"');
  await expect(panel.preview()).not.toContainText('resource "aws_instance"');
  await panel.fileTree().locator('[data-path="variables.tf"]').click();
  await expect(panel.preview()).toContainText('variable "public_a_id"');
  const zip = await panel.download(panel.panel.getByRole('button', { name: /^Download \.zip/ }));
  expect(zip.name).toMatch(/-terraform-selection\.zip$/);
  // The CDK snippet: the same selection, what it names outside as context values.
  await panel.panel.getByRole('radio', { name: /CDK/ }).check();
  await expect(only).toBeChecked();
  await expect(panel.panel.getByTestId('export-snippet')).toContainText('in as context values');
  await panel.fileTree().locator('[data-path="lib/prod-ap-northeast-2-stack.ts"]').click();
  await expect(panel.preview()).toContainText('new elbv2.CfnLoadBalancer(this, "NlbPartnerNlb"');
  await expect(panel.preview()).toContainText('subnetId: given(this, "landing-zone:outside:public-a:Ref")');
  await expect(panel.preview()).not.toContainText('new ec2.CfnVPC(');
  await panel.panel.getByRole('radio', { name: 'Terraform' }).check();
  await only.uncheck();
  await expect.poll(() => panel.filePaths()).toContain('network.tf');
});
