import { expect, test, type Page } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';

interface Drawn {
  id: string;
  box: { x: number; y: number; w: number; h: number };
  badges: { x: number; y: number; w: number; h: number } | undefined;
}

/** Every box on the canvas with its on-screen rectangle and its badge strip. */
async function drawnBoxes(page: Page): Promise<Drawn[]> {
  return page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      };
      const inner = node.querySelector('[data-testid^="node-"]')!;
      const badges = inner.querySelector(':scope > .node-badges');
      return {
        id: inner.getAttribute('data-testid')!.slice('node-'.length),
        box: rect(inner),
        badges: badges ? rect(badges) : undefined,
      };
    }),
  );
}

const overlap = (a: Drawn['box'], b: Drawn['box']) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const within = (a: Drawn['box'], b: Drawn['box']) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;

/** No two siblings overlap, every box is inside its parent, no container's badges cover a box. */
async function expectTidy(page: Page, parents: Record<string, string>): Promise<void> {
  const drawn = await drawnBoxes(page);
  const byId = new Map(drawn.map((d) => [d.id, d]));
  for (const a of drawn) {
    const parent = parents[a.id];
    if (parent) expect(within(a.box, byId.get(parent)!.box), `${a.id} inside ${parent}`).toBe(true);
    for (const b of drawn) {
      if (a.id < b.id && parents[a.id] === parents[b.id]) expect(overlap(a.box, b.box), `${a.id} and ${b.id} overlap`).toBe(false);
      // A container's badges cover none of the boxes drawn in it.
      if (a.badges && parents[b.id] === a.id) expect(overlap(a.badges, b.box), `badges of ${a.id} over ${b.id}`).toBe(false);
    }
  }
}

test('added and dropped boxes go into free space, containers grow, badges never cover boxes', async ({ page }) => {
  const studio = new Studio(page);
  await studio.open();
  await studio.newDesign();
  await studio.drop('account');
  await studio.drop('vpc', 'acct-1');
  // Clicks with the VPC, then a subnet, selected: each adds a subnet to the VPC.
  const click = (kind: string) => studio.palette.locator(`[data-kind="${kind}"]`).click();
  await click('subnet');
  await click('subnet');
  await click('subnet');
  await click('subnet');
  await expect(studio.node('subnet-4')).toBeVisible();
  await expect(studio.node('subnet-4')).toContainText('10.0.3.0/24');
  await expect(studio.node('subnet-4')).toContainText('ap-northeast-2b');
  // Two boxes dropped on the same point of a subnet, and two clicked in with an instance selected.
  await studio.drop('instance', 'subnet-1', { x: 0.3, y: 0.5 });
  await studio.drop('instance', 'subnet-1', { x: 0.3, y: 0.5 }, { over: true });
  await studio.select('i-2');
  await click('instance');
  await click('nat-gateway');
  // Onto the VPC's badge strip, the only bare part of it left: the VPC grows to take it.
  await studio.drop('internet-gateway', 'vpc-1', { x: 0.3, y: 0.985 });
  await expect(studio.node('igw-1')).toBeVisible();
  const parents: Record<string, string> = {
    'vpc-1': 'acct-1',
    'subnet-1': 'vpc-1',
    'subnet-2': 'vpc-1',
    'subnet-3': 'vpc-1',
    'subnet-4': 'vpc-1',
    'igw-1': 'vpc-1',
    'i-1': 'subnet-1',
    'i-2': 'subnet-1',
    'i-3': 'subnet-1',
    'nat-1': 'subnet-1',
  };
  await page.locator('.react-flow__controls-fitview').click();
  await expectTidy(page, parents);
  await page.screenshot({ path: test.info().outputPath('placed.png') });

  await page.getByRole('button', { name: 'Tidy up' }).click();
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(300);
  await expectTidy(page, parents);
  await page.screenshot({ path: test.info().outputPath('tidied.png') });
});

test('paste goes into the selected container, in free space, with a free block for a subnet', async ({ page }) => {
  const studio = new Studio(page);
  await studio.accountWithVpc({ subnet: true });
  await studio.drop('vpc', 'acct-1', { x: 0.9, y: 0.9 });
  await expect(studio.node('vpc-2')).toBeVisible();
  await studio.select('subnet-1');
  await page.keyboard.press('Control+c');
  await studio.select('vpc-2');
  await page.keyboard.press('Control+v');
  await expect(studio.node('subnet-2')).toBeVisible();
  const drawn = new Map((await drawnBoxes(page)).map((d) => [d.id, d.box]));
  expect(within(drawn.get('subnet-2')!, drawn.get('vpc-2')!)).toBe(true);
  await expect(studio.node('subnet-2')).toContainText('10.1.0.0/24');
  await expectTidy(page, { 'vpc-1': 'acct-1', 'vpc-2': 'acct-1', 'subnet-1': 'vpc-1', 'subnet-2': 'vpc-2' });
});
