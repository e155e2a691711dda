/** An imported plan has routes but no workloads: its subnets are the ends the Trace panel offers. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { importFile } from '../src/engine/io/import/index.ts';
import { serializeDesign } from '../src/engine/model/index.ts';
import { Studio } from './fixtures/studio.ts';
import { Trace } from './fixtures/trace.ts';

test('a subnet of an imported Terraform plan is a trace end: private[0] reaches the internet through the NAT gateway, intra[0] does not', async ({ page }) => {
  const text = readFileSync(new URL('../test/fixtures/import/terraform/vpc-complete.plan.json', import.meta.url), 'utf8');
  const { design } = await importFile({ file: { name: 'vpc-complete.plan.json', text } });
  const studio = new Studio(page);
  await studio.open();
  await studio.importText('vpc-complete.json', serializeDesign(design));
  await expect(page.getByTestId('node-vpc.subnet.private.0')).toBeVisible();

  const trace = new Trace(page);
  await trace.open();
  await trace.choose('Source', 'Private Subnet One', 'vpc.subnet.private.0');
  const destination = trace.panel.getByRole('combobox', { name: 'Destination' });
  await destination.fill('internet');
  await destination.press('Enter');
  await trace.port(443);
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'reachable');
  await expect.poll(() => trace.drawnPath()).toContain('vpc.nat_gateway.this.0');
  await expect(trace.panel.getByLabel('Source subnet')).toHaveCount(0);

  await trace.choose('Source', 'intra', 'vpc.subnet.intra.0');
  await expect(trace.verdict).not.toHaveAttribute('data-verdict', 'reachable');
});
