import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Studio } from './fixtures/studio.ts';

test('opens an example on first start', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});

test('the design is still there after a reload', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc();
  await page.getByLabel('Design name').fill('Reload check');
  await studio.settle();
  await page.reload();
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  await expect(page.getByLabel('Design name')).toHaveValue('Reload check');
  await expect(studio.node('vpc-1')).toBeVisible();
});

test('export, then import as a new design that equals the first', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc({ subnet: true });
  await page.getByLabel('Design name').fill('Round trip');
  const first = await studio.exportText();

  await studio.importText('round-trip.json', first);
  await expect(studio.toast().last()).toContainText('Imported');
  await page.getByRole('tab', { name: 'Designs' }).click();
  await expect(page.getByTestId('design-entry')).toHaveCount(3); // example, the original, the import
  const second = await studio.exportText();
  expect(JSON.parse(second)).toEqual(JSON.parse(first));
});

test('an import that fails says why and changes nothing', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  const before = await studio.exportText();
  await studio.importText('broken.json', '{"format":"landing-zone-studio/design","version":99}');
  await expect(studio.toast().last()).toContainText('newer than this app');
  expect(await studio.exportText()).toBe(before);
});

test('a design stored as an object by an earlier build opens, and is stored as text from its next save', async ({ page }) => {
  const old = JSON.parse(readFileSync(new URL('../test/fixtures/design-v1.json', import.meta.url), 'utf8')) as unknown;
  const studio = new Studio(page);
  await studio.open();
  await studio.settle();
  await page.evaluate(async (design) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('landing-zone-studio');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('designs', 'readwrite').objectStore('designs');
    store.put({ kind: 'design-record', version: 4, writer: 'an-earlier-tab', savedAt: 0, design }, 'design:d-earlier');
    store.put('d-earlier', 'last-open');
    const catalogue = store.get('catalogue');
    catalogue.onsuccess = () => store.put([{ id: 'd-earlier', name: 'an earlier save', updatedAt: Date.now() }, ...((catalogue.result as unknown[]) ?? [])], 'catalogue');
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  }, old);
  await page.reload();
  await expect(page.getByLabel('Design name')).toHaveValue('Saved before security group rules had peers');
  await expect(studio.node('main')).toBeVisible();

  await page.getByLabel('Design name').fill('Saved again');
  await studio.settle();
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('landing-zone-studio');
      request.onsuccess = () => resolve(request.result);
    });
    const get = db.transaction('designs').objectStore('designs').get('design:d-earlier');
    const record = await new Promise<{ version: number; design: unknown }>((resolve) => (get.onsuccess = () => resolve(get.result)));
    db.close();
    return record;
  });
  expect(stored.version).toBeGreaterThan(4);
  expect(typeof stored.design).toBe('string');
  expect((JSON.parse(stored.design as string) as { name: string; version: number }).name).toBe('Saved again');
});
