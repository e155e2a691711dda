/** The Trace panel's Host field names the server a connection asks for, which a Network Firewall's domain list checks. */
import { expect, test } from '@playwright/test';
import { Gallery, publishedExamples } from './fixtures/gallery.ts';
import { Studio } from './fixtures/studio.ts';
import { Trace } from './fixtures/trace.ts';

/** Centralised inspection and egress: spokes reach the internet through a firewall that allows listed domains only. */
const inspection = publishedExamples().find((e) => e.id === 'inspection-egress')!;

test('the Host field decides a firewall domain list: a listed host goes out, another is dropped by the rule that says so, and a bad name is refused', async ({ page }) => {
  await new Studio(page).open();
  const gallery = new Gallery(page);
  await gallery.open();
  await gallery.openExample(inspection);
  const trace = new Trace(page);
  await trace.open();
  const host = trace.panel.getByLabel('Host (HTTP Host / TLS SNI)');

  await trace.choose('Source', 'orders', 'orders');
  const destination = trace.panel.getByRole('combobox', { name: 'Destination' });
  await destination.fill('internet');
  await destination.press('Enter');
  await trace.port(443);
  // No host named: the allow-list has nothing to match.
  await expect(trace.verdict).toHaveAttribute('data-reason', 'FIREWALL_DROP');
  await expect(trace.panel.locator('.hop[data-decision="drop"]')).toContainText('names no host');

  await host.fill('api.example.com');
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'reachable');

  await host.fill('downloads.elsewhere.test');
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'blocked');
  await expect(trace.verdict).toHaveAttribute('data-reason', 'FIREWALL_DROP');
  await expect(trace.panel.locator('.hop[data-decision="drop"]')).toContainText('TLS SNI downloads.elsewhere.test is not on the list');

  await host.fill('not a host!');
  await expect(trace.panel.getByRole('alert')).toContainText('host "not a host!" is not a host name');
});
