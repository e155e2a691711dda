/** Import of infrastructure code: the toolbar, the Import panel and a drop on the canvas, each opening a new design with its report. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

const FIXTURES = new URL('../test/fixtures/import/', import.meta.url);
const file = (path: string) => ({ name: path.split('/').at(-1)!, mimeType: path.endsWith('.json') ? 'application/json' : 'application/yaml', buffer: readFileSync(new URL(path, FIXTURES)) });

/** Long tasks on the page from now until the report shows and the canvas has drawn the design. */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __tasks: number[] }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    // Progress may come and go between two polls: remember that it showed.
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="import-progress"]')) return;
      (window as unknown as { __progressShown: boolean }).__progressShown = true;
      seen.disconnect();
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
}

test('a CloudFormation template from the toolbar opens as a new design, with its report, and the open design stays', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await page.getByLabel('Design name').fill('Drawn by hand');
  await studio.settle();
  await page.getByTestId('import-input').setInputFiles(file('cloudformation/cfn-vpc-managed-nat.yaml'));
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('cfn-vpc-managed-nat.yaml (CloudFormation template) opened as the new design “cfn-vpc-managed-nat”');
  await expect(report.getByTestId('import-inferred')).toContainText('AWS::Region');
  await expect(report.getByTestId('import-inferred')).toContainText('the template names no Region');
  await expect(page.getByLabel('Design name')).toHaveValue('cfn-vpc-managed-nat');
  await expect(studio.node('VPC')).toBeVisible();
  await expect(studio.node('PrivateSubnet1')).toBeVisible();
  await expect(page.locator('.toast').last()).toContainText('“Drawn by hand” is still in Designs');
  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  await expect(page.getByTestId('design-entry').filter({ hasText: 'Drawn by hand' })).toHaveCount(1);
});

test('an LZA network-config with its accounts-config, picked in the Import panel, lists each placeholder and skipped part by its LZA path', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByTestId('import-panel-input').setInputFiles([file('lza/lza-flat-shared-vpc.network-config.yaml'), file('lza/lza-flat-shared-vpc.accounts-config.yaml')]);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('lza-flat-shared-vpc.network-config.yaml and lza-flat-shared-vpc.accounts-config.yaml (Landing Zone Accelerator network-config)');
  const partial = report.getByTestId('import-partial');
  await expect(partial.getByTestId('import-note').filter({ hasText: 'vpcs[0].ipamAllocations[0]' })).toContainText('the design holds the placeholder 10.0.0.0/20');
  await expect(partial.getByTestId('import-note').filter({ hasText: 'vpcs[0].subnets[0]' })).toContainText('IPAM decides');
  await expect(report.getByTestId('import-skipped').getByTestId('import-note').filter({ hasText: 'vpcFlowLogs' })).toBeVisible();
  await expect(studio.node('vpc:Shared-Main')).toBeVisible();
  await expect(studio.node('subnet:Shared-Main:Network-Egress-A')).toBeVisible();
});

test('a file dropped on the canvas is imported', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  const { name, buffer } = file('lza/lza-hub-nfw.network-config.yaml');
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/yaml' }));
      const canvas = document.querySelector('[data-testid="canvas"]')!;
      canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, text: buffer.toString('utf8') },
  );
  await expect(page.getByTestId('import-report')).toContainText('lza-hub-nfw.network-config.yaml (Landing Zone Accelerator network-config)');
  await expect(studio.node('vpc:Network-Inspection')).toBeVisible();
  await expect(studio.node('nfw:accelerator-firewall')).toBeVisible();
});

test('an input that cannot be read says which file and field, and opens nothing', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await page.getByLabel('Design name').fill('Kept');
  await studio.settle();
  await page.getByTestId('import-input').setInputFiles({ name: 'bad.yaml', mimeType: 'application/yaml', buffer: Buffer.from('Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !FindInMap [Nets, Vpc, Cidr]\n') });
  await expect(page.getByTestId('import-error')).toHaveText('bad.yaml: Resources.Vpc.Properties.CidrBlock.Fn::FindInMap: the mapping has no Nets > Vpc > Cidr');
  await expect(page.getByLabel('Design name')).toHaveValue('Kept');
});

test('the largest fixture imports off the page: progress shows, and no task on the page runs over 200 ms', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  const longTasks = await watchLongTasks(page);
  await page.getByTestId('import-input').setInputFiles(file('terraform/tgw-complete.plan.json'));
  await expect(page.getByTestId('import-report')).toContainText('tgw-complete.plan.json (Terraform plan) opened as the new design');
  expect(await page.evaluate(() => (window as unknown as { __progressShown?: boolean }).__progressShown)).toBe(true);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.waitForTimeout(500);
  const tasks = await longTasks();
  test.info().annotations.push({ type: 'long tasks', description: `${tasks.length}, longest ${Math.round(Math.max(0, ...tasks))} ms` });
  expect(Math.max(0, ...tasks)).toBeLessThan(200);
});
