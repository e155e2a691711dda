/**
 * Nothing lost, nothing injected: a tab closed right after an edit, two tabs on one design,
 * storage that refuses writes, a file full of script, a panel that crashes.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { encodeShareFragment } from '../src/engine/io/share.ts';
import { parseDesign } from '../src/engine/model/index.ts';
import { Studio } from './fixtures/studio.ts';
import { bringStorageBack, downloadedText, failStorageOpens, failStorageWritesOnRequest, setStorageWritesFail, watchForScript, withXssPayloads } from './fixtures/trust.ts';

const designName = (studio: Studio) => studio.page.getByLabel('Design name');

/** Tab A makes a new design named "Base" and saves it; tab B then opens it too. */
async function twoTabsOnBase(context: BrowserContext): Promise<{ a: Studio; b: Studio }> {
  const a = new Studio(await context.newPage());
  await a.open();
  await a.newDesign();
  await designName(a).fill('Base');
  await a.settle();
  const b = new Studio(await context.newPage());
  await b.open();
  return { a, b };
}

test('an edit made right before the tab is closed is there when it is opened again', async ({ context }) => {
  const first = new Studio(await context.newPage());
  await first.open();
  await first.newDesign();
  await first.drop('account');
  await designName(first).fill('Closed at once');
  await designName(first).press('End');
  await first.page.keyboard.type(' v2');
  await first.page.close({ runBeforeUnload: false });

  const again = new Studio(await context.newPage());
  await again.open();
  await expect(designName(again)).toHaveValue('Closed at once v2');
  await expect(again.node('acct-1')).toBeVisible();
});

test('two tabs on one design: the second is told, takes over, and no edit is lost', async ({ context }) => {
  const a = new Studio(await context.newPage());
  await a.open();
  await a.newDesign();
  await designName(a).fill('Edited in A');

  const b = new Studio(await context.newPage());
  await b.open();
  await expect(b.page.getByTestId('tab-banner')).toContainText('open in another tab');
  await expect(a.page.getByTestId('tab-banner')).toHaveCount(0);
  await expect(designName(b)).toHaveValue('Edited in A');

  // B cannot edit while A does; it follows A's saves.
  await designName(b).fill('B tries too early');
  await expect(designName(b)).toHaveValue('Edited in A');
  await designName(a).fill('Edited in A again');
  await expect(designName(b)).toHaveValue('Edited in A again');

  await b.page.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(b.page.getByTestId('tab-banner')).toHaveCount(0);
  await expect(a.page.getByTestId('tab-banner')).toContainText('took over');
  await expect(designName(b)).toHaveValue('Edited in A again');
  await designName(b).fill('Edited in B');
  await b.drop('account');
  await expect(b.node('acct-1')).toBeVisible();

  // A now only follows; its attempts change nothing, here or in storage.
  await expect(designName(a)).toHaveValue('Edited in B');
  await designName(a).fill('A writes over B');
  await a.page.keyboard.press('Control+z');
  await expect(designName(a)).toHaveValue('Edited in B');
  await expect(a.node('acct-1')).toBeVisible();

  await a.page.close();
  await b.page.close();
  const c = new Studio(await context.newPage());
  await c.open();
  await expect(designName(c)).toHaveValue('Edited in B');
  await expect(c.node('acct-1')).toBeVisible();
});

test('a tab frozen while another takes over keeps its unsaved edit until it is saved or discarded', async ({ context }) => {
  const { a, b } = await twoTabsOnBase(context);
  await expect(b.page.getByTestId('tab-banner')).toContainText('open in another tab');

  // The next keystroke in A is applied, then A's main thread is blocked for 3 s, before its save runs.
  await a.page.evaluate(() => {
    window.addEventListener(
      'input',
      () => {
        const until = performance.now() + 3000;
        while (performance.now() < until) {
          // Frozen, as a tab is by a long task or a debugger.
        }
      },
      { once: true },
    );
  });
  const typing = a.page.keyboard.type('!');
  await new Promise((resolve) => setTimeout(resolve, 300));
  // B asks, gets no answer, takes the design, and saves an edit of its own while A is frozen.
  await b.page.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(b.page.getByTestId('tab-banner')).toHaveCount(0);
  await designName(b).fill('Edited in B');
  await typing;

  // A tells one story: another tab took over before its change was saved, and the change is kept.
  const banner = a.page.getByTestId('tab-banner');
  await expect(banner).toContainText('before your last change here was saved');
  await expect(designName(a)).toHaveValue('Base!');
  await expect(a.page.getByTestId('storage-warning')).toHaveCount(0);
  await expect(a.toast().filter({ hasText: 'saved first' })).toHaveCount(0);
  // B's saves do not overwrite it.
  await designName(b).fill('Edited in B again');
  await a.page.waitForTimeout(500);
  await expect(designName(a)).toHaveValue('Base!');
  const download = a.page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download my design' }).click();
  expect(JSON.parse(await downloadedText(await download))).toMatchObject({ name: 'Base!' });

  // Taking over keeps the change and saves it on top; B follows; B's version stays in History.
  await banner.getByRole('button', { name: 'Edit here and keep my change' }).click();
  await expect(a.page.getByTestId('tab-banner')).toHaveCount(0);
  await expect(designName(a)).toHaveValue('Base!');
  await expect(b.page.getByTestId('tab-banner')).toContainText('took over');
  await expect(designName(b)).toHaveValue('Base!');
  await a.page.getByRole('tab', { name: 'History' }).click();
  await expect(a.page.getByTestId('version-entry').first()).toContainText('Base!');
  await expect(a.page.getByTestId('version-entry').filter({ hasText: 'Edited in B again' })).toHaveCount(1);
  await a.page.reload();
  await expect(designName(a)).toHaveValue('Base!');
});

test('a change kept after a hand-over can be discarded for the other tab’s version', async ({ context }) => {
  const { a, b } = await twoTabsOnBase(context);
  // As when A's last save was refused: A's writes fail from now on.
  await a.page.evaluate(failStorageWritesOnRequest);
  await setStorageWritesFail(a.page, true);
  await designName(a).fill('Not stored');
  await expect(a.page.getByTestId('storage-warning')).toBeVisible();
  await expect(designName(b)).toHaveValue('Base');
  await b.page.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(b.page.getByTestId('tab-banner')).toHaveCount(0);
  await designName(b).fill('From B');

  const banner = a.page.getByTestId('tab-banner');
  await expect(banner).toContainText('before your last change here was saved');
  await expect(a.toast().filter({ hasText: 'saved first' })).toHaveCount(0);
  await expect(designName(a)).toHaveValue('Not stored');
  await banner.getByRole('button', { name: 'Discard my change' }).click();
  await expect(designName(a)).toHaveValue('From B');
  await expect(banner).toContainText('Another tab took over this design.');
  await designName(b).fill('From B again');
  await expect(designName(a)).toHaveValue('From B again');
});

test('without tab coordination, a stale tab’s save is refused and reported, never applied', async ({ context }) => {
  // As in a browser without Web Locks or BroadcastChannel: only the stored version guards.
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined });
    Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
  });
  const { a, b } = await twoTabsOnBase(context);
  await expect(designName(b)).toHaveValue('Base');
  await expect(b.page.getByTestId('tab-banner')).toHaveCount(0);

  await designName(a).fill('Newer, from A');
  await a.settle();
  await designName(b).fill('Stale, from B');
  await expect(b.page.getByTestId('storage-warning')).toContainText('newer version');
  await expect(a.page.getByTestId('storage-warning')).toHaveCount(0);
  await b.page.getByRole('button', { name: 'Load the newer version' }).click();
  await expect(designName(b)).toHaveValue('Newer, from A');
  await expect(b.page.getByTestId('storage-warning')).toHaveCount(0);

  await b.page.close();
  await a.page.reload();
  await expect(designName(a)).toHaveValue('Newer, from A');
});

test('a tab may open a copy instead of taking over', async ({ context }) => {
  const a = new Studio(await context.newPage());
  await a.open();
  const b = new Studio(await context.newPage());
  await b.open();
  const name = await designName(b).inputValue();
  await b.page.getByRole('button', { name: 'Open a copy' }).click();
  await expect(designName(b)).toHaveValue(`${name} (copy)`);
  await expect(b.page.getByTestId('tab-banner')).toHaveCount(0);
  await designName(b).fill('My own copy');
  await expect(designName(a)).toHaveValue(name);
});

test('when storage refuses writes, a warning shows within a second and the design downloads', async ({ page }) => {
  await page.addInitScript(failStorageWritesOnRequest);
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await expect(page.getByTestId('storage-warning')).toHaveCount(0);

  await setStorageWritesFail(page, true);
  await designName(studio).fill('Disk is full');
  await expect(page.getByTestId('storage-warning')).toBeVisible({ timeout: 1000 });
  await expect(page.getByTestId('storage-warning')).toContainText('QuotaExceededError');
  // It stays: later edits do not clear it while saving still fails.
  await studio.drop('account');
  await page.waitForTimeout(500);
  await expect(page.getByTestId('storage-warning')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByTestId('storage-warning').getByRole('button', { name: 'Download my design' }).click();
  const saved = JSON.parse(await downloadedText(await download)) as { name: string; resources: { id: string }[] };
  expect(saved.name).toBe('Disk is full');
  expect(saved.resources.map((r) => r.id)).toContain('acct-1');

  await setStorageWritesFail(page, false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('storage-warning')).toHaveCount(0);
  await page.reload();
  await expect(designName(studio)).toHaveValue('Disk is full');
});

test('when storage cannot be opened at start, a standing warning offers the download, and the design is saved once storage is back', async ({ page }) => {
  await page.addInitScript(failStorageOpens);
  const studio = new Studio(page);
  await studio.open();
  const warning = page.getByTestId('storage-warning');
  await expect(warning).toContainText('storage is not available');
  await studio.drop('account');
  await designName(studio).fill('Made without storage');
  // It stands: past the time a message stays on screen, and across edits.
  await page.waitForTimeout(7500);
  await expect(warning).toBeVisible();
  await expect(studio.node('acct-1')).toBeVisible();
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Download my design' }).click();
  const saved = JSON.parse(await downloadedText(await download)) as { name: string; resources: { id: string }[] };
  expect(saved.name).toBe('Made without storage');
  expect(saved.resources.map((r) => r.id)).toEqual(['acct-1']);

  // Saving is retried on its own: once storage is back, the design is stored and the warning goes.
  await bringStorageBack(page);
  await expect(warning).toHaveCount(0, { timeout: 20_000 });
  await page.reload();
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  await expect(designName(studio)).toHaveValue('Made without storage');
  await expect(studio.node('acct-1')).toBeVisible();
  await expect(warning).toHaveCount(0);
});

test('a file with script in every text field imports and shows it as text', async ({ page }) => {
  const script = watchForScript(page);
  const studio = new Studio(page);
  await studio.open();
  const { text, payloads } = withXssPayloads(await studio.exportText());
  expect(payloads.length).toBeGreaterThan(10);

  await studio.importText('hostile.lzs.json', text);
  await expect(studio.toast().last()).toContainText('Imported');
  await expect(designName(studio)).toHaveValue(payloads[0]!);
  const firstNode = page.locator('.react-flow__node').first();
  await expect(firstNode).toContainText('#');
  await firstNode.locator('.node-name').first().click();
  await expect(studio.inspector).toBeVisible();
  for (const tab of ['Findings', 'History', 'Export', 'Designs']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.locator('.panel-body')).not.toContainText('Loading…');
  }
  await expect(page.getByTestId('design-entry').first()).toContainText('<img src=x onerror=');
  await page.waitForTimeout(300);
  await script.check();

  // A round trip gives back every payload, byte for byte.
  expect(JSON.parse(await studio.exportText())).toEqual(JSON.parse(text));
});

test('a share link with script in it shows it as text too', async ({ page }) => {
  const script = watchForScript(page);
  const studio = new Studio(page);
  await studio.open();
  const { text, payloads } = withXssPayloads(await studio.exportText());
  const parsed = parseDesign(text);
  if (!parsed.ok) throw new Error('the crafted file should be a valid design');
  const encoded = encodeShareFragment(parsed.design);
  if (!encoded.ok) throw new Error(encoded.reason);
  await page.goto(`/#${encoded.fragment}`);
  await expect(page.getByTestId('share-banner')).toBeVisible();
  await expect(designName(studio)).toHaveValue(payloads[0]!);
  await expect(page.locator('.react-flow__node').first()).toContainText('#');
  await page.waitForTimeout(300);
  await script.check();
});

test('the page runs no inline script and talks to nothing but itself', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain("'unsafe-eval'");
  // Even a script element put into the page by hand does not run.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__xss = "inline"';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  const refused = await page.evaluate(() => fetch('https://example.com/').then(() => false, () => true));
  expect(refused).toBe(true);
});

test('a crashed panel offers the design for download while the canvas keeps working', async ({ page }) => {
  const studio = new Studio(page);
  await page.goto('/?crash=findings');
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  await studio.newDesign();
  await designName(studio).fill('Survives a crash');
  await page.getByRole('tab', { name: 'Findings' }).click();
  const fallback = page.getByTestId('panel-error');
  await expect(fallback).toContainText('Findings stopped working');

  const download = page.waitForEvent('download');
  await fallback.getByRole('button', { name: 'Download my design' }).click();
  expect(JSON.parse(await downloadedText(await download))).toMatchObject({ name: 'Survives a crash' });

  await studio.drop('account');
  await expect(studio.node('acct-1')).toBeVisible();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(page.getByTestId('panel-error')).toHaveCount(0);
});

test('a crashed canvas leaves the panels and the design', async ({ page }) => {
  await page.goto('/?crash=canvas');
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  await expect(page.getByTestId('panel-error')).toContainText('Canvas stopped working');
  await page.getByRole('tab', { name: 'Designs' }).click();
  await expect(page.getByTestId('design-entry').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download my design' })).toBeVisible();
});

test('the version history restores an earlier save as one undo step', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await designName(studio).fill('First name');
  // Saves within five seconds of each other fold into one version.
  await page.waitForTimeout(5500);
  await designName(studio).fill('Second draft');
  await designName(studio).fill('Second name');
  await studio.settle();
  await page.getByRole('tab', { name: 'History' }).click();
  const entries = page.getByTestId('version-entry');
  await expect(entries.first()).toContainText('Second name');
  await expect(entries.filter({ hasText: 'Second draft' })).toHaveCount(0);
  const older = entries.filter({ hasText: 'First name' }).first();
  await older.getByRole('button', { name: 'Restore' }).click();
  await expect(designName(studio)).toHaveValue('First name');
  await studio.undo();
  await expect(designName(studio)).toHaveValue('Second name');
});

test('a restore made right after a save keeps the state it replaced in History', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await designName(studio).fill('First name');
  await page.waitForTimeout(5500);
  await designName(studio).fill('Second name');
  await studio.settle();
  // Well within five seconds of the newest version: a plain save would fold into it.
  await page.getByRole('tab', { name: 'History' }).click();
  const entries = page.getByTestId('version-entry');
  await expect(entries.first()).toContainText('Second name');
  await entries.filter({ hasText: 'First name' }).first().getByRole('button', { name: 'Restore' }).click();
  await expect(designName(studio)).toHaveValue('First name');
  await expect(entries.first()).toContainText('First name');
  await expect(entries.first()).toContainText('Current');
  const before = entries.filter({ hasText: 'Second name' });
  await expect(before).toHaveCount(1);
  // The state before the restore can itself be restored.
  await before.getByRole('button', { name: 'Restore' }).click();
  await expect(designName(studio)).toHaveValue('Second name');
  await page.reload();
  await expect(designName(studio)).toHaveValue('Second name');
});

test('a page load breaks no rule of the content security policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
  });
  const studio = new Studio(page);
  await studio.open();
  // The parts that load later: the findings, history and export panels, and a reload.
  for (const tab of ['Findings', 'History', 'Export']) await page.getByRole('tab', { name: tab }).click();
  await page.reload();
  await expect(page.locator('[data-ready=true]')).toBeVisible();
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test('a file over the size limit is refused by its size, and the open design stays', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  const before = await studio.exportText();
  const huge = Buffer.alloc(41 * 1024 * 1024 + 16, 0x20);
  await page.getByTestId('import-input').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
  await expect(studio.toast().last()).toContainText('Import refused');
  await expect(studio.toast().last()).toContainText('MB');
  expect(await studio.exportText()).toEqual(before);
});
