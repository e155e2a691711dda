/**
 * Takes the README screenshot from the running app: `SCREENSHOT=1 npx playwright test screenshot`.
 * Skipped otherwise, so the test run never rewrites docs.
 */
import { expect, test } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

test('README screenshot', async ({ page }) => {
  test.skip(!process.env.SCREENSHOT, 'set SCREENSHOT=1 to refresh docs/screenshot.png');
  await page.setViewportSize({ width: 1440, height: 860 });
  const studio = new Studio(page);
  await studio.open();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const subnet = page.locator('.container-subnet').first();
  await subnet.locator('.node-name').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: process.env.SCREENSHOT_PATH ?? 'docs/screenshot.png' });
});
