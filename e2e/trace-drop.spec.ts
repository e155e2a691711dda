/** Where a trace is dropped: the red marker, the hop list and the verdict all name the same box. */
import { expect, test, type Page } from '@playwright/test';
import { publishedExamples } from './fixtures/gallery.ts';
import { Findings } from './fixtures/findings.ts';
import { readDrawing } from './fixtures/geometry.ts';
import { Studio } from './fixtures/studio.ts';
import { Trace } from './fixtures/trace.ts';

type Json = { name: string; resources: Record<string, unknown>[]; layout: Record<string, unknown> };
const staticIps = publishedExamples().find((e) => e.id === 'static-ips-partner')!.design as unknown as Json;

function variant(name: string, change: (byId: (id: string) => Record<string, unknown>, design: Json) => void): Json {
  const design = structuredClone(staticIps);
  design.name = name;
  change((id) => design.resources.find((r) => r.id === id)!, design);
  return design;
}

async function openDesign(page: Page, design: Json): Promise<Studio> {
  const studio = new Studio(page);
  await studio.open();
  await studio.importText(`${design.name}.json`, JSON.stringify(design));
  await expect(page.getByLabel('Design name')).toHaveValue(design.name);
  return studio;
}

async function traceFlow(page: Page, from: string, to: string, port: number): Promise<Trace> {
  const trace = new Trace(page);
  await trace.open();
  await trace.pick('Source', from);
  await trace.choose('Destination', to, to);
  await trace.port(port);
  await expect(trace.verdict).toHaveAttribute('data-verdict', 'blocked');
  return trace;
}

/** The one drop marker on the canvas sits on the box the dropping hop names, and the verdict names that box too. */
async function expectDropAt(page: Page, trace: Trace, box: string, boxName: string): Promise<void> {
  const dropHop = trace.panel.locator('.hop[data-decision="drop"]');
  await expect(dropHop).toHaveCount(1);
  await expect(dropHop).toHaveAttribute('data-box', box);
  const markers = page.locator('.trace-mark.is-drop');
  await expect(markers).toHaveCount(1);
  await expect(page.getByTestId(`node-${box}`).locator('> .trace-mark.is-drop')).toHaveCount(1);
  await expect(trace.verdict).toHaveAttribute('data-box', box);
  await expect(trace.verdict.locator('.verdict-at')).toContainText(boxName);
  // On screen, the marker covers its own box and no other one.
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(300);
  const drawing = await readDrawing(page);
  const marker = (await markers.boundingBox())!;
  const own = drawing.boxes[box]!;
  const overlap = (r: { x: number; y: number; w: number; h: number }) =>
    Math.max(0, Math.min(marker.x + marker.width, r.x + r.w) - Math.max(marker.x, r.x)) * Math.max(0, Math.min(marker.y + marker.height, r.y + r.h) - Math.max(marker.y, r.y));
  expect(overlap(own)).toBeGreaterThan(0.8 * own.w * own.h);
  const covered = Object.entries(drawing.boxes).filter(([id, r]) => id !== box && r.leaf && overlap(r) > 0).map(([id]) => id);
  expect(covered).toEqual([]);
}

test('NLB → ALB with no ALB listener on the port: the marker is on the ALB, which the hops and the verdict name', async ({ page }) => {
  const design = variant('NLB in front of the ALB', (byId, d) => {
    d.resources.push({ id: 'alb-tg', kind: 'target-group', name: 'to the alb', parent: 'prod-vpc', targetType: 'alb', protocol: 'TCP', port: 80, targets: [{ target: 'eb-alb' }] });
    byId('partner-nlb').listeners = [{ protocol: 'TCP', port: 443, targetGroup: 'alb-tg' }];
    byId('eb-alb').listeners = [{ protocol: 'HTTP', port: 8080, targetGroup: 'eb-tg' }];
    byId('eb-alb-sg').ingress = [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '10.20.0.0/16' } }];
  });
  await openDesign(page, design);
  const trace = await traceFlow(page, 'partner', 'partner-nlb', 443);
  await expect(trace.verdict).toHaveAttribute('data-reason', 'NO_LISTENER');
  await expect(trace.verdict).toHaveAttribute('data-at', 'eb-alb');
  await expect(trace.panel.locator('.hop[data-step="listener"][data-resource="partner-nlb"]')).toHaveAttribute('data-decision', 'allow');
  await expectDropAt(page, trace, 'eb-alb', 'api-prod alb');
});

test('no listener on the NLB itself: the marker is on the NLB', async ({ page }) => {
  await openDesign(page, variant('Wrong port', () => {}));
  const trace = await traceFlow(page, 'partner', 'partner-nlb', 8443);
  await expect(trace.verdict).toHaveAttribute('data-reason', 'NO_LISTENER');
  await expectDropAt(page, trace, 'partner-nlb', 'partner-nlb');
});

test('a proxy group without the partner: the marker is on the proxy, named with its group', async ({ page }) => {
  const design = variant('Proxy group closed', (byId) => {
    byId('proxy-sg').ingress = [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '10.20.0.0/16' } }];
  });
  await openDesign(page, design);
  const trace = await traceFlow(page, 'partner', 'partner-nlb', 443);
  await expect(trace.verdict).toHaveAttribute('data-at', 'proxy-sg');
  await expectDropAt(page, trace, 'proxy-1', 'nginx-1');
});

test('after the quick fix puts an NLB in front of an ALB, a blocked flow through both is marked on the ALB', async ({ page }) => {
  const design = variant('Partner straight to the ALB', (byId, d) => {
    d.resources = d.resources.filter((r) => !['partner-nlb', 'proxy-tg'].includes(r.id as string));
    delete d.layout['partner-nlb'];
    byId('partner').connectsTo = ['eb-alb'];
  });
  const studio = await openDesign(page, design);
  const findings = new Findings(page);
  await findings.open();
  await findings.applyFix('ALB-IP', 'nlb-in-front');
  await expect(studio.node('eb-alb-nlb')).toBeVisible();
  // The ALB's group admits only the proxies, not the new NLB: the ALB drops it.
  const trace = await traceFlow(page, 'partner', 'eb-alb-nlb', 80);
  await expect(trace.verdict).toHaveAttribute('data-at', 'eb-alb-sg');
  await expectDropAt(page, trace, 'eb-alb', 'api-prod alb');
});
