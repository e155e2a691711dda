import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDesign, KINDS, parseDesign, type Design } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { syntheticLandingZone } from '../testing/synthetic.ts';
import { autoLayout, DEFAULT_SIZES, loadElk } from './auto-layout.ts';

type Box = { x: number; y: number; w: number; h: number };

/** Checks the two promises of a layout: siblings apart, children inside their container. */
function layoutProblems(d: Design, boxes: Record<string, Box>): string[] {
  const index = indexDesign(d);
  const problems: string[] = [];
  const drawn = d.resources.filter((r) => KINDS[r.kind].drawnAs === 'node');
  for (const resource of drawn) if (!boxes[resource.id]) problems.push(`${resource.id} has no box`);
  const siblings = new Map<string, string[]>();
  for (const resource of drawn) {
    const parent = resource.parent && index.byId.has(resource.parent) ? resource.parent : '';
    siblings.set(parent, [...(siblings.get(parent) ?? []), resource.id]);
    const box = boxes[resource.id];
    const container = parent ? boxes[parent] : undefined;
    if (box && container && (box.x < 0 || box.y < 0 || box.x + box.w > container.w || box.y + box.h > container.h)) {
      problems.push(`${resource.id} sticks out of ${parent}`);
    }
  }
  for (const ids of siblings.values()) {
    const list = ids.map((id) => ({ id, ...boxes[id]! })).sort((a, b) => a.x - b.x);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.x < list[i]!.x + list[i]!.w; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.y < b.y + b.h && b.y < a.y + a.h) problems.push(`${a.id} overlaps ${b.id}`);
      }
    }
  }
  return problems;
}

const examplesDir = new URL('../../../public/examples/', import.meta.url);
const exampleFiles = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.json') && f !== 'index.json') : [];

describe('auto-layout', () => {
  it('nests accounts, VPCs and subnets without overlaps', async () => {
    const d = design()
      .account('net')
      .account('dept')
      .vpc('main', 'net', '10.0.0.0/16')
      .vpc('sat', 'dept', '10.1.0.0/24')
      .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
      .subnet('c', 'main', '10.0.2.0/24', 'ap-northeast-2c')
      .add('instance', 'web', { parent: 'a' })
      .add('instance', 'api', { parent: 'a' })
      .add('nlb', 'nlb', { parent: 'c', scheme: 'internal' })
      .connect('nlb', 'web')
      .connect('main', 'sat')
      .build();
    const boxes = await autoLayout(d);
    expect(layoutProblems(d, boxes)).toEqual([]);
    expect(boxes.main!.w).toBeGreaterThan(2 * boxes.a!.w - 1);
  });

  it('lays out a design without edges in a grid, not one column, clear of title and badge strips', async () => {
    let b = design().account('net').vpc('main', 'net', '10.0.0.0/16');
    for (let i = 0; i < 6; i++) b = b.subnet(`s${i}`, 'main', `10.0.${i}.0/24`, 'ap-northeast-2a').add('instance', `i${i}`, { parent: `s${i}` });
    const d = b.build();
    const boxes = await autoLayout(d);
    expect(layoutProblems(d, boxes)).toEqual([]);
    const subnets = [0, 1, 2, 3, 4, 5].map((i) => boxes[`s${i}`]!);
    const columns = new Set(subnets.map((s) => s.x));
    const rows = new Set(subnets.map((s) => s.y));
    expect(columns.size, 'columns').toBeGreaterThan(1);
    expect(rows.size, 'rows').toBeGreaterThan(1);
    expect(boxes.main!.w).toBeGreaterThan(boxes.main!.h * 0.8);
    for (const s of subnets) {
      expect(s.y).toBeGreaterThanOrEqual(DEFAULT_SIZES.header);
      expect(s.y + s.h).toBeLessThanOrEqual(boxes.main!.h - DEFAULT_SIZES.footer);
    }
  });

  it.each(exampleFiles)('lays out the example %s cleanly', async (file) => {
    const parsed = parseDesign(readFileSync(new URL(file, examplesDir), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    expect(layoutProblems(parsed.design, await autoLayout(parsed.design))).toEqual([]);
  });

  it('lays out a 500-resource synthetic landing zone cleanly', async () => {
    const d = syntheticLandingZone({ seed: 7, resources: 500 });
    const boxes = await autoLayout(d, { elk: await loadElk() });
    expect(layoutProblems(d, boxes)).toEqual([]);
  });
});
