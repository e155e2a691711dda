/** Boxes take the clicks on what they show: no edge, label or other box's handle takes them. */
import { expect, test } from '@playwright/test';
import { openExample } from './fixtures/export.ts';
import { publishedExamples } from './fixtures/gallery.ts';

const example = publishedExamples().find((e) => e.id === 'static-ips-partner')!;

test('a click on any box of the partner example, where the box shows, selects that box', async ({ page }) => {
  const studio = await openExample(page, example);
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(400);
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const ids = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.id!));
  expect(ids.length).toBeGreaterThan(15);
  const problems: string[] = [];
  for (const id of ids) {
    // A leaf: its centre and four points just inside its corners. A container: its name in the title bar.
    const points = await page.evaluate((id) => {
      const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
      const leaf = node.classList.contains('react-flow__node-resource');
      const r = (leaf ? node : node.querySelector('.container-header .node-name')!).getBoundingClientRect();
      const inset = leaf ? 8 : 0;
      const at = [{ x: r.left + r.width / 2, y: r.top + r.height / 2 }];
      if (leaf) for (const [fx, fy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) at.push({ x: r.left + inset + fx! * (r.width - 2 * inset), y: r.top + inset + fy! * (r.height - 2 * inset) });
      return at.map((p) => ({ ...p, hit: document.elementFromPoint(p.x, p.y)?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? document.elementFromPoint(p.x, p.y)?.className.toString() ?? 'nothing' }));
    }, id);
    for (const p of points) if (p.hit !== id) problems.push(`${id} at (${Math.round(p.x)}, ${Math.round(p.y)}): ${p.hit} takes the click`);
    await page.mouse.click(points[0]!.x, points[0]!.y);
    const selected = await studio.inspector.locator('.inspector-id').textContent({ timeout: 2000 }).catch(() => 'nothing');
    if (selected !== id) problems.push(`${id}: a click selected ${selected}`);
  }
  expect(problems).toEqual([]);
});
