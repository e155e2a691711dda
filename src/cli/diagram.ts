/**
 * `lzs diagram`: a picture of a design for docs kept in a repository, drawn by the app's own
 * renderer (engine/io/svg.ts, engine/io/drawio.ts) with the AWS icons read from the package.
 * PNG is rasterised by resvg, not a browser.
 */
import { writeFile } from 'node:fs/promises';
import { toDrawio } from '../engine/io/drawio.ts';
import { toSvg } from '../engine/io/svg.ts';
import { tidyUp } from '../engine/layout/auto-layout.ts';
import { DEFAULT_SIZES } from '../engine/layout/sizes.ts';
import { indexDesign, KINDS, type AwsIcon, type Design, type LayoutBox } from '../engine/model/index.ts';
import { resourceIcon } from '../engine/io/resourceIcon.ts';
import { readAwsIcon } from './awsIcons.ts';
import type { Command } from './commands.ts';
import { parseOptions } from './flow-args.ts';
import { loadDesign } from './load.ts';

const USAGE = 'usage: lzs diagram <design.json> --format svg|png|drawio --out <file> [--scale 1|2]';
const FORMATS = ['svg', 'png', 'drawio'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The boxes the canvas would draw: a design missing boxes for some of its resources is laid
 * out as Tidy up lays it out, and every box that is not a container has a resource node's size.
 */
export async function pictureLayout(design: Design): Promise<Record<string, LayoutBox>> {
  const complete = design.resources.every((r) => KINDS[r.kind].drawnAs !== 'node' || design.layout[r.id]);
  const layout: Record<string, LayoutBox> = { ...(complete ? design.layout : (await tidyUp(design)).layout) };
  for (const resource of design.resources) {
    const box = layout[resource.id];
    if (box && !KINDS[resource.kind].container) layout[resource.id] = { ...box, w: DEFAULT_SIZES.leaf.w, h: DEFAULT_SIZES.leaf.h };
  }
  return layout;
}

/** Each icon file the design's boxes show. */
export function designIcons(design: Design): Partial<Record<AwsIcon, string>> {
  const index = indexDesign(design);
  const icons = new Set(design.resources.map((r) => resourceIcon(index, r)));
  return Object.fromEntries([...icons].map((icon) => [icon, readAwsIcon(icon)]));
}

/** The picture in the asked format: text for SVG and draw.io, bytes for PNG. */
export async function renderDiagram(design: Design, format: Format, scale = 1): Promise<{ contents: string | Uint8Array; width?: number; height?: number }> {
  const layout = await pictureLayout(design);
  if (format === 'drawio') return { contents: toDrawio(design, layout) };
  const { svg, width, height } = toSvg(design, { layout, sizes: DEFAULT_SIZES, icons: designIcons(design) });
  if (format === 'svg') return { contents: svg, width, height };
  // Loaded only for PNG: a native module the other formats have no use for.
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { contents: png.asPng(), width: png.width, height: png.height };
}

export const diagramCommand: Command = {
  summary: '<design.json> --format svg|png|drawio --out <file>  draw the design as the app exports it',
  usage: USAGE,
  async run(args, io) {
    const fail = (message: string) => {
      io.err(`lzs diagram: ${message}`);
      return 2;
    };
    const parsed = parseOptions(args, ['format', 'out', 'scale']);
    if ('error' in parsed) return fail(`${parsed.error}\n${USAGE}`);
    const format = parsed.options.get('format');
    const out = parsed.options.get('out');
    const scale = parsed.options.get('scale') ?? '1';
    const problems = [
      !parsed.file && 'no design file given',
      !(FORMATS as readonly string[]).includes(format ?? '') && (format === undefined ? 'no format given (--format svg, png or drawio)' : `--format ${format}: use svg, png or drawio`),
      !out && 'no output file given (--out <file>)',
      scale !== '1' && scale !== '2' && `--scale ${scale}: use 1 or 2`,
      scale === '2' && format !== 'png' && '--scale applies to --format png only',
    ].filter((p): p is string => typeof p === 'string');
    if (problems.length > 0) return fail(`${problems.join('; ')}\n${USAGE}`);
    const loaded = await loadDesign(parsed.file);
    if (!loaded.ok) return fail(loaded.message);
    const picture = await renderDiagram(loaded.design, format as Format, Number(scale));
    try {
      await writeFile(out!, picture.contents);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(`cannot write ${out}${code ? ` (${code})` : ''}`);
    }
    const size = picture.width ? ` (${picture.width}×${picture.height})` : '';
    io.out(`${format}: wrote ${out}${size}`);
    return 0;
  },
};
