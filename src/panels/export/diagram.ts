/**
 * Pictures of the canvas: the SVG from the engine, drawn from the same boxes the canvas
 * shows (stored boxes, and rows for the ones a design lacks), and PNG rendered from it.
 */
import type { Design, LayoutBox } from '../../engine/model/index.ts';
import { indexDesign, KINDS } from '../../engine/model/index.ts';
import { toSvg, type SvgBadge, type SvgTrace } from '../../engine/io/svg.ts';
import { nestingLayout } from '../../canvas/layout/nesting.ts';
import { FOOTER, GAP, HEADER, LEAF, PAD } from '../../canvas/layout/sizes.ts';
import { findingCounts } from '../../state/findingBadges.ts';
import type { Studio } from '../../state/studio.ts';
import { iconMarkup } from './iconMarkup.ts';
import { resourceIcon } from '../../engine/io/resourceIcon.ts';

export interface DiagramOptions {
  readonly background: 'white' | 'transparent';
  readonly badges: boolean;
  readonly trace: boolean;
  /** Only these resources (and what they hold); empty for the whole canvas. */
  readonly selection: readonly string[];
}

/** The canvas's sizes, so ELK's defaults never drift from what is drawn. */
const CANVAS_SIZES = { leaf: { w: LEAF.w, h: LEAF.h }, header: HEADER, footer: FOOTER, padding: PAD, spacing: GAP };

/** Finding counts per box, from the counts the canvas's badges carry. */
function shownFindingCounts(studio: Studio): ReadonlyMap<string, SvgBadge> {
  return findingCounts(studio.badges.getState().bySource['findings'] ?? {});
}

/** The trace the canvas shows now, if any. */
export function shownTrace(studio: Studio): SvgTrace | undefined {
  const path = studio.trace.getState().path;
  if (!path || path.steps.length === 0) return undefined;
  return { path: path.steps, ...(path.dropNode ? { droppedAt: path.dropNode } : {}) };
}

/**
 * The boxes as the canvas draws them: stored positions, rows for missing ones, and every box
 * that is not a container at the fixed size of a resource node (its CSS size) whatever size
 * a file stored for it.
 */
export function canvasLayout(design: Design): Record<string, LayoutBox> {
  const boxes: Record<string, LayoutBox> = { ...nestingLayout(design) };
  for (const resource of design.resources) {
    const box = boxes[resource.id];
    if (!box) continue;
    if (!KINDS[resource.kind].container) boxes[resource.id] = { ...box, w: LEAF.w, h: LEAF.h };
  }
  return boxes;
}

export async function diagramSvg(studio: Studio, full: Design, options: DiagramOptions): Promise<{ svg: string; width: number; height: number }> {
  const trace = options.trace ? shownTrace(studio) : undefined;
  const index = indexDesign(full);
  const icons = await iconMarkup(full.resources.map((r) => resourceIcon(index, r)));
  // Collapsed containers and the edges into them are drawn by toSvg as the canvas draws them.
  return toSvg(full, {
    background: options.background,
    sizes: CANVAS_SIZES,
    layout: canvasLayout(full),
    icons,
    ...(options.badges ? { badges: shownFindingCounts(studio) } : {}),
    ...(trace ? { trace } : {}),
    ...(options.selection.length > 0 ? { selection: options.selection } : {}),
  });
}

/** Chromium's limits on one canvas: a side and the area. */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_384 * 16_384 / 2;

/** Draws the SVG on a canvas at `scale` and encodes it as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale: 1 | 2): Promise<Blob> {
  const w = width * scale;
  const h = height * scale;
  if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_AREA) {
    throw new Error(`The picture would be ${w}×${h} pixels, more than a browser can draw. Export the SVG, or only a selection.`);
  }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser gave no canvas to draw on.');
    context.drawImage(image, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
