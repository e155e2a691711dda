/** A source with interfaces in several subnets is traced from the subnet the Trace panel's picker names. */
import { expect, test } from '@playwright/test';
import { Gallery, publishedExamples } from './fixtures/gallery.ts';
import { Studio } from './fixtures/studio.ts';
import { Trace } from './fixtures/trace.ts';

/** Seed scenario 4: Fargate services in private-a and private-c, each AZ with its own NAT gateway. */
const ecsFargate = publishedExamples().find((e) => e.id === 'ecs-fargate')!;

test("the source subnet picker chooses the AZ a flow leaves from: web → internet goes out through that AZ's NAT gateway", async ({ page }) => {
  await new Studio(page).open();
  const gallery = new Gallery(page);
  await gallery.open();
  await gallery.openExample(ecsFargate);
  const trace = new Trace(page);
  await trace.open();
  const picker = trace.panel.getByLabel('Source subnet');

  await trace.choose('Source', 'web', 'web-svc');
  await expect(picker).toBeVisible();
  await expect(picker.locator('option')).toHaveText(['private-a · ap-northeast-2a', 'private-c · ap-northeast-2c']);
  await expect(picker).toHaveValue('private-a');
  const destination = trace.panel.getByRole('combobox', { name: 'Destination' });
  await destination.fill('internet');
  await destination.press('Enter');
  await trace.port(443);
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'reachable');
  await expect.poll(() => trace.drawnPath()).toContain('nat-a');
  expect(await trace.drawnPath()).not.toContain('nat-c');

  await picker.selectOption('private-c');
  await expect(trace.verdict).toContainText('from web (web-svc) in private-c to');
  await expect.poll(() => trace.drawnPath()).toContain('nat-c');
  expect(await trace.drawnPath()).not.toContain('nat-a');
  await expect(trace.hops('Request').first()).toContainText('10.40.11.');

  // Another source starts from its first subnet again; a source in one subnet shows no picker.
  await trace.choose('Source', 'api', 'api-svc');
  await expect(picker).toHaveValue('private-c');
  await trace.choose('Source', 'nat-a', 'nat-a');
  await expect(picker).toHaveCount(0);
});
