import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { absoluteBoxes, toSvg } from './svg.ts';

const hostile = '<script>alert(1)</script> & "q"';

const sample = () =>
  design('picture')
    .account('net', { name: 'network' })
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .add('instance', 'web', { parent: 'a', name: hostile })
    .add('nlb', 'nlb', { parent: 'a', scheme: 'internal', name: 'front' })
    .connect('nlb', 'web')
    .update('main', { name: 'main' })
    .build();

const withLayout = () => {
  const d = sample();
  return {
    ...d,
    layout: {
      net: { x: 0, y: 0, w: 800, h: 500 },
      main: { x: 20, y: 50, w: 700, h: 400 },
      a: { x: 20, y: 50, w: 600, h: 200 },
      web: { x: 20, y: 60, w: 168, h: 48 },
      nlb: { x: 300, y: 60, w: 168, h: 48 },
    },
  };
};

function texts(svg: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text') (Array.isArray(value) ? value : [value]).forEach((t) => found.push(typeof t === 'object' ? String((t as Record<string, unknown>)['#text']) : String(t)));
        else walk(value);
      }
    }
  };
  walk(new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(svg));
  return found;
}

describe('SVG export', () => {
  it('is valid XML holding every drawn resource name as text', () => {
    const d = withLayout();
    const { svg, width, height } = toSvg(d);
    expect(XMLValidator.validate(svg)).toBe(true);
    const names = texts(svg);
    for (const resource of d.resources) if (KINDS[resource.kind].drawnAs === 'node') expect(names).toContain(resource.name);
    expect(svg).not.toContain('<script>');
    expect([width, height]).toEqual([800 + 48, 500 + 48]);
  });

  it('adds parents\' offsets to place children', () => {
    const boxes = absoluteBoxes(withLayout());
    expect(boxes.get('web')).toEqual({ x: 60, y: 160, w: 168, h: 48 });
  });

  it('crops to a selection', () => {
    const { svg, width } = toSvg(withLayout(), { selection: ['a'] });
    expect(width).toBe(600 + 48);
    expect(texts(svg)).not.toContain('network');
    expect(texts(svg)).toContain('front');
  });

  it('highlights a trace path and marks the drop', () => {
    const { svg } = toSvg(withLayout(), { trace: { path: ['nlb', 'web'], droppedAt: 'web' } });
    expect(svg).toContain('data-trace="path"');
    expect(svg).toMatch(/data-id="web"[^]*?stroke="#D13212"/);
  });

  it('has a transparent background on request', () => {
    expect(toSvg(withLayout(), { background: 'transparent' }).svg).not.toContain('<rect x="0" y="0"');
    expect(toSvg(withLayout()).svg).toContain('<rect x="0" y="0"');
  });

  it("defines each kind's icon once as a symbol and draws it in every box of that kind", () => {
    const d = withLayout();
    const twoInstances = { ...d, resources: [...d.resources, { ...d.resources.find((r) => r.id === 'web')!, id: 'web-2', name: 'web 2' }], layout: { ...d.layout, 'web-2': { x: 20, y: 120, w: 168, h: 48 } } };
    const file = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><title>Res_Amazon-EC2_Instance_48</title><path fill="#ed7100" d="M0 0h48v48H0z"/></svg>';
    const { svg } = toSvg(twoInstances, { icons: { [KINDS.instance.icon]: file } });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/<symbol /g)).toHaveLength(1);
    expect(svg).toContain('<symbol id="icon-resource-AmazonEC2Instance" viewBox="0 0 48 48"><path fill="#ed7100" d="M0 0h48v48H0z"/></symbol>');
    expect(svg).not.toContain('Res_Amazon-EC2');
    expect(svg.match(/<use href="#icon-resource-AmazonEC2Instance"/g)).toHaveLength(2);
    // A kind without an icon file draws its box without one.
    expect(svg).not.toContain('NetworkLoadBalancer');
  });

  it('keeps what the canvas shows: subnet CIDRs, box summaries, edge labels and an arrowhead on every edge', () => {
    const { svg } = toSvg(withLayout());
    expect(XMLValidator.validate(svg)).toBe(true);
    const all = texts(svg).join('\n');
    expect(all).toContain('10.0.1.0/24 · ap-northeast-2a');
    expect(all).toContain('10.0.0.0/16');
    expect(all).toContain('internal');
    const edges = svg.match(/<path data-edge="[^"]+"[^>]*>/g) ?? [];
    expect(edges).toHaveLength(1);
    const marker = /marker-end="url\(#([^)]+)\)"/.exec(edges[0]!)?.[1];
    expect(svg).toContain(`<marker id="${marker}"`);
    expect(svg).toMatch(/data-edge-label="[^"]+"/);
    expect(svg).toContain('<tspan font-weight="600" fill="#d45b00">Target</tspan>');
  });

  it('draws the edges it is given, with their labels, once per labelled resource', () => {
    const edges = [
      { id: 'e1', source: 'nlb', target: 'web', meaning: 'target-registration' as const, label: 'web-tg :8080' },
      { id: 'e2', source: 'web', target: 'nlb', meaning: 'upstream' as const, label: 'second', unlabelled: true },
    ];
    const { svg } = toSvg(withLayout(), { edges });
    expect(svg.match(/<path data-edge=/g)).toHaveLength(2);
    expect(svg).toContain(' web-tg :8080</text>');
    expect(svg).not.toContain('second');
    expect(svg.match(/<marker /g)).toHaveLength(2);
  });

  it('routes an edge around a box in its way, with its label clear of every box, as the canvas routes it', () => {
    const d = withLayout();
    // A third box right between the NLB and its target, on their row.
    const blocked = {
      ...d,
      resources: [...d.resources, { ...d.resources.find((r) => r.id === 'web')!, id: 'mid', name: 'in the way' }],
      layout: { ...d.layout, nlb: { x: 420, y: 60, w: 168, h: 48 }, mid: { x: 220, y: 60, w: 168, h: 48 } },
    } as typeof d;
    const { svg } = toSvg(blocked);
    const boxes = absoluteBoxes(blocked);
    // The picture's margin: the account's box starts at 0.
    const shift = 24;
    const path = /<path data-edge="[^"]+" data-meaning="[^"]+" d="([^"]+)"/.exec(svg)![1]!;
    const points = [...path.matchAll(/([\d.-]+),([\d.-]+)/g)].map((m) => ({ x: +m[1]! - shift, y: +m[2]! - shift }));
    expect(points.length).toBeGreaterThan(2);
    const mid = boxes.get('mid')!;
    // Sampled along each run, nothing enters the box in the way.
    for (let i = 1; i < points.length; i++) {
      for (let t = 0; t <= 1; t += 0.05) {
        const x = points[i - 1]!.x + (points[i]!.x - points[i - 1]!.x) * t;
        const y = points[i - 1]!.y + (points[i]!.y - points[i - 1]!.y) * t;
        expect(x > mid.x && x < mid.x + mid.w && y > mid.y && y < mid.y + mid.h, `(${x}, ${y}) inside the box in the way`).toBe(false);
      }
    }
    const label = /<g data-edge-label="[^"]+">\n?<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    const rect = { x: +label[1]! - shift, y: +label[2]! - shift, w: +label[3]!, h: +label[4]! };
    for (const id of ['web', 'nlb', 'mid']) {
      const b = boxes.get(id)!;
      expect(rect.x < b.x + b.w && b.x < rect.x + rect.w && rect.y < b.y + b.h && b.y < rect.y + rect.h, `label over ${id}`).toBe(false);
    }
  });

  it('keeps a name too long for its box whole, clipped to the box', () => {
    const d = withLayout();
    const long = 'a-very-long-name-for-an-instance-that-does-not-fit';
    const { svg } = toSvg({ ...d, resources: d.resources.map((r) => (r.id === 'web' ? { ...r, name: long } : r)) });
    expect(texts(svg)).toContain(long);
    expect(svg).toMatch(/<clipPath id="clip-\d+">/);
  });
});
