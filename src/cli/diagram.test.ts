import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawnEdges, edgeLabelText } from '../engine/io/drawnEdges.ts';
import { COLLAPSED_HEIGHT } from '../engine/layout/collapsed.ts';
import { indexDesign, KINDS, type Design } from '../engine/model/index.ts';
import { PUBLIC_SUBNET_ICON, resourceIcon } from '../engine/io/resourceIcon.ts';
import { main, type Io } from './main.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const examplePath = new URL('public/examples/static-ips-partner.json', root);

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;
let example: Design;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lzs-diagram-'));
  example = JSON.parse(await readFile(examplePath, 'utf8')) as Design;
  file = join(dir, 'partner.json');
  await writeFile(file, JSON.stringify(example));
});

/** The edge labels' texts as a reader sees them. */
const labelsOf = (svg: string) =>
  [...svg.matchAll(/<g data-edge-label[^>]*>[\s\S]*?<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&(#\d+|lt|gt|quot|apos|amp);/g, (_, name: string) => (name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : ENTITIES[name]!)),
  );
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Each drawn box's id and rectangle, as the picture writes them. */
const boxesOf = (svg: string) =>
  [...svg.matchAll(/<g data-id="([^"]+)" data-kind="([^"]+)">\n?<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({ id: m[1]!, x: +m[3]!, y: +m[4]!, w: +m[5]!, h: +m[6]! }));

const drawnBoxes = (d: Design) => d.resources.filter((r) => KINDS[r.kind].drawnAs === 'node');

describe('lzs diagram', () => {
  it('writes an SVG holding every subnet CIDR, every edge label and an arrowhead, with the icons inline', async () => {
    const io = capture();
    const out = join(dir, 'partner.svg');
    expect(await main(['diagram', file, '--format', 'svg', '--out', out], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/^svg: wrote .*partner\.svg \(\d+×\d+\)/);
    const svg = await readFile(out, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const subnet of example.resources.filter((r) => r.kind === 'subnet')) expect(svg).toContain((subnet as { cidr: string }).cidr);
    // The canvas's labels, from the same label function, one per labelled edge.
    const edges = drawnEdges(example);
    expect(edges.length).toBeGreaterThan(3);
    expect(labelsOf(svg).sort()).toEqual(edges.flatMap((e) => edgeLabelText(e) ?? []).sort());
    expect(svg).toMatch(/<marker id="arrow-/);
    // Each kind's icon once, drawn in every box: nothing outside the file.
    const index = indexDesign(example);
    const icons = new Set(drawnBoxes(example).map((r) => resourceIcon(index, r)));
    expect(icons).toContain(PUBLIC_SUBNET_ICON);
    expect(svg.match(/<symbol /g)).toHaveLength(icons.size);
    expect(svg.match(/<use href="#icon-/g)!.length).toBe(drawnBoxes(example).length);
    expect(svg).not.toMatch(/href="(?!#)/);
  });

  it('writes a PNG of the picture\'s size, twice that with --scale 2', async () => {
    const svgOut = join(dir, 'size.svg');
    await main(['diagram', file, '--format', 'svg', '--out', svgOut], capture());
    const root = new XMLParser({ ignoreAttributes: false }).parse(await readFile(svgOut, 'utf8')).svg;
    const size = { width: Number(root['@_width']), height: Number(root['@_height']) };
    expect(size.width).toBeGreaterThan(600);
    for (const scale of [1, 2]) {
      const out = join(dir, `partner@${scale}.png`);
      const io = capture();
      expect(await main(['diagram', file, '--format', 'png', '--out', out, ...(scale === 2 ? ['--scale', '2'] : [])], io), io.stderr.join('')).toBe(0);
      const png = await readFile(out);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: size.width * scale, height: size.height * scale });
      // Not a blank page: an image of this many boxes compresses to well over a few kilobytes.
      expect(png.length).toBeGreaterThan(20_000 * scale);
    }
  });

  it('writes a draw.io file that parses as XML with one cell per box', async () => {
    const out = join(dir, 'partner.drawio');
    expect(await main(['diagram', file, '--format', 'drawio', '--out', out], capture())).toBe(0);
    const xml = await readFile(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const cells = [...xml.matchAll(/<mxCell id="r-([^"]+)"[^>]*vertex="1"/g)].map((m) => m[1]);
    expect(cells.sort()).toEqual(expect.arrayContaining(drawnBoxes(example).map((r) => r.id)));
  });

  it('lays out a design without boxes as Tidy up would, with no two sibling boxes overlapping', async () => {
    const bare = join(dir, 'bare.json');
    await writeFile(bare, JSON.stringify({ ...example, layout: {} }));
    const out = join(dir, 'bare.svg');
    expect(await main(['diagram', bare, '--format', 'svg', '--out', out], capture())).toBe(0);
    const svg = await readFile(out, 'utf8');
    const boxes = boxesOf(svg);
    const leaves = boxes.filter((b) => !KINDS[example.resources.find((r) => r.id === b.id)!.kind].container);
    expect(leaves.length).toBe(drawnBoxes(example).filter((r) => !KINDS[r.kind].container).length);
    const overlapping = leaves.flatMap((a, i) => leaves.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).map((b) => `${a.id}/${b.id}`));
    expect(overlapping).toEqual([]);
  });

  it('draws a collapsed VPC closed, without what it hides, and edges into it end at it with the canvas\'s labels', async () => {
    const closed: Design = { ...example, layout: { ...example.layout, 'prod-vpc': { ...example.layout['prod-vpc']!, collapsed: true } } };
    const path = join(dir, 'collapsed.json');
    await writeFile(path, JSON.stringify(closed));
    const out = join(dir, 'collapsed.svg');
    expect(await main(['diagram', path, '--format', 'svg', '--out', out], capture())).toBe(0);
    const svg = await readFile(out, 'utf8');
    const boxes = boxesOf(svg);
    expect(boxes.map((b) => b.id).sort()).toEqual(['partner', 'prod', 'prod-vpc']);
    expect(boxes.find((b) => b.id === 'prod-vpc')!.h).toBe(COLLAPSED_HEIGHT);
    // The partner's connection to the NLB inside now ends at the VPC, labelled as on the canvas.
    expect(svg).toContain(`<path data-edge="upstream:connects:partner-&gt;prod-vpc"`);
    expect(labelsOf(svg)).toEqual(drawnEdges(closed).flatMap((e) => edgeLabelText(e) ?? []));
    expect(labelsOf(svg)).toContain('Upstream');
  });

  it('names bad input and exits 2', async () => {
    const cases: [string[], RegExp][] = [
      [['diagram', file, '--out', join(dir, 'x.svg')], /no format given/],
      [['diagram', file, '--format', 'jpeg', '--out', join(dir, 'x.jpeg')], /--format jpeg: use svg, png or drawio/],
      [['diagram', file, '--format', 'svg'], /no output file given/],
      [['diagram', '--format', 'svg', '--out', join(dir, 'x.svg')], /no design file given/],
      [['diagram', file, '--format', 'png', '--scale', '3', '--out', join(dir, 'x.png')], /--scale 3: use 1 or 2/],
      [['diagram', join(dir, 'missing.json'), '--format', 'svg', '--out', join(dir, 'x.svg')], /cannot read .*missing\.json \(ENOENT\)/],
      [['diagram', file, '--format', 'svg', '--out', join(dir, 'no-such-folder', 'x.svg')], /cannot write .*x\.svg \(ENOENT\)/],
      [['diagram', file, '--colour', 'red'], /unknown option --colour/],
    ];
    for (const [args, message] of cases) {
      const io = capture();
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.stderr.join('\n'), args.join(' ')).toMatch(message);
    }
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "resources": [{ "kind": "subnet" }] }');
    const io = capture();
    expect(await main(['diagram', broken, '--format', 'svg', '--out', join(dir, 'b.svg')], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/broken\.json is not a valid design/);
  });

  it('is listed in --help and runs from the installed bin', async () => {
    const { stdout } = await run(process.execPath, [new URL('bin/lzs.mjs', root).pathname, '--help']);
    expect(stdout).toMatch(/lzs diagram\s+<design\.json> --format svg\|png\|drawio --out <file>/);
    const out = join(dir, 'bin.svg');
    await run(process.execPath, [new URL('bin/lzs.mjs', root).pathname, 'diagram', file, '--format', 'svg', '--out', out]);
    expect(await readFile(out, 'utf8')).toContain('10.20.0.0/24');
  });
});
