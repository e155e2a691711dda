/**
 * The canvas as an SVG picture: containers, nodes with their names as real <text>, edges,
 * optional finding badges and a highlighted trace path. Positions come from the same layout
 * boxes and sizes the canvas draws, so the picture matches the screen.
 */
import { designEdges, indexDesign, KINDS, type Design, type LayoutBox, type Resource } from '../model/index.ts';
import { DEFAULT_SIZES, type LayoutSizes } from '../layout/sizes.ts';
import { xmlAttribute } from './drawio.ts';
import { iconSymbol } from './svgIcon.ts';

export interface SvgBadge {
  readonly errors: number;
  readonly warnings: number;
}

export interface SvgTrace {
  /** Resource ids in hop order. */
  readonly path: readonly string[];
  /** Where the packet was dropped, if it was. */
  readonly droppedAt?: string;
}

export interface SvgOptions {
  readonly background?: 'white' | 'transparent';
  readonly sizes?: LayoutSizes;
  /** Boxes relative to parents; defaults to the design's layout. */
  readonly layout?: Readonly<Record<string, LayoutBox>>;
  readonly badges?: ReadonlyMap<string, SvgBadge>;
  readonly trace?: SvgTrace;
  /** Only these resources (with their contents) are drawn, and the picture is cropped to them. */
  readonly selection?: readonly string[];
  /** Each kind's icon file (SVG text), the same AWS icon the canvas shows: defined once, used per box. */
  readonly icons?: Readonly<Partial<Record<Resource['kind'], string>>>;
  readonly margin?: number;
}

export interface AbsoluteBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const COLORS: Record<string, string> = {
  account: '#CD2264',
  vpc: '#8C4FFF',
  subnet: '#00A4A6',
  'eks-cluster': '#ED7100',
};

/** Absolute boxes for every node-drawn resource (parents' offsets added up). */
export function absoluteBoxes(
  design: Design,
  layout: Readonly<Record<string, LayoutBox>> = design.layout,
  sizes: LayoutSizes = DEFAULT_SIZES,
): Map<string, AbsoluteBox> {
  const index = indexDesign(design);
  const result = new Map<string, AbsoluteBox>();
  const visit = (resource: Resource, depth: number): AbsoluteBox | undefined => {
    const known = result.get(resource.id);
    if (known) return known;
    if (KINDS[resource.kind].drawnAs !== 'node' || depth > 64) return undefined;
    const box = layout[resource.id];
    const parent = resource.parent ? index.get(resource.parent) : undefined;
    const origin = parent ? visit(parent, depth + 1) : undefined;
    const container = KINDS[resource.kind].container;
    const absolute = {
      x: (origin?.x ?? 0) + (box?.x ?? 0),
      y: (origin?.y ?? 0) + (box?.y ?? 0),
      w: box?.w ?? (container ? sizes.leaf.w * 2 : sizes.leaf.w),
      h: box?.h ?? (container ? sizes.leaf.h * 3 : sizes.leaf.h),
    };
    result.set(resource.id, absolute);
    return absolute;
  };
  for (const resource of design.resources) visit(resource, 0);
  return result;
}

const text = (value: string) => xmlAttribute(value);

function bounds(boxes: Iterable<AbsoluteBox>): AbsoluteBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const box of boxes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.w);
    maxY = Math.max(maxY, box.y + box.h);
  }
  if (minX === Infinity) return { x: 0, y: 0, w: 200, h: 100 };
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/** Builds the SVG text; the picture measures the drawing plus a margin on each side. */
export function toSvg(design: Design, options: SvgOptions = {}): { svg: string; width: number; height: number } {
  const sizes = options.sizes ?? DEFAULT_SIZES;
  const index = indexDesign(design);
  const all = absoluteBoxes(design, options.layout ?? design.layout, sizes);
  let included = new Set(all.keys());
  if (options.selection && options.selection.length > 0) {
    included = new Set();
    for (const id of options.selection) {
      if (all.has(id)) included.add(id);
      for (const inner of index.descendants(id)) if (all.has(inner.id)) included.add(inner.id);
    }
  }
  const margin = options.margin ?? 24;
  const frame = bounds([...included].map((id) => all.get(id)!));
  const width = Math.ceil(frame.w + 2 * margin);
  const height = Math.ceil(frame.h + 2 * margin);
  const dx = margin - frame.x;
  const dy = margin - frame.y;
  const at = (box: AbsoluteBox) => ({ x: box.x + dx, y: box.y + dy, w: box.w, h: box.h });

  const symbols = new Map<Resource['kind'], string | undefined>();
  const iconId = (kind: Resource['kind']) => {
    if (!symbols.has(kind)) {
      const file = options.icons?.[kind];
      symbols.set(kind, file ? iconSymbol(`icon-${kind}`, file) : undefined);
    }
    return symbols.get(kind) ? `icon-${kind}` : undefined;
  };
  const onPath = new Map((options.trace?.path ?? []).map((id, i) => [id, i + 1]));
  const parts: string[] = [];
  const leaves: string[] = [];
  if (options.background !== 'transparent') parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);

  // Containers first (outermost first), then edges, then leaves above them.
  const ordered = design.resources.filter((r) => included.has(r.id));
  const depth = (r: Resource) => {
    let d = 0;
    for (let p = r.parent ? index.get(r.parent) : undefined; p && d < 64; p = p.parent ? index.get(p.parent) : undefined) d++;
    return d;
  };
  ordered.sort((a, b) => Number(KINDS[a.kind].container === false) - Number(KINDS[b.kind].container === false) || depth(a) - depth(b));

  for (const resource of ordered) {
    const box = at(all.get(resource.id)!);
    const info = KINDS[resource.kind];
    const id = text(resource.id);
    const traced = onPath.has(resource.id);
    const dropped = options.trace?.droppedAt === resource.id;
    const stroke = dropped ? '#D13212' : traced ? '#1D8102' : (COLORS[resource.kind] ?? '#545B64');
    const strokeWidth = traced || dropped ? 3 : info.container ? 1.5 : 1;
    if (info.container) {
      parts.push(
        `<g data-id="${id}" data-kind="${resource.kind}">`,
        `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6" fill="${resource.kind === 'subnet' ? '#F2FBFB' : 'none'}" stroke="${stroke}" stroke-width="${strokeWidth}"/>`,
        `<text x="${box.x + 10}" y="${box.y + 22}" font-family="system-ui, sans-serif" font-size="13" font-weight="600" fill="${COLORS[resource.kind] ?? '#232F3E'}">${text(resource.name)}</text>`,
        `<text x="${box.x + box.w - 10}" y="${box.y + 22}" text-anchor="end" font-family="system-ui, sans-serif" font-size="11" fill="#687078">${text(info.label)}</text>`,
        '</g>',
      );
    } else {
      const icon = iconId(resource.kind);
      leaves.push(
        `<g data-id="${id}" data-kind="${resource.kind}">`,
        `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6" fill="#ffffff" stroke="${stroke}" stroke-width="${strokeWidth}"/>`,
        icon ? `<use href="#${icon}" x="${box.x + 8}" y="${box.y + (box.h - 28) / 2}" width="28" height="28"/>` : '',
        `<text x="${box.x + 44}" y="${box.y + box.h / 2 - 3}" font-family="system-ui, sans-serif" font-size="12" font-weight="600" fill="#232F3E">${text(resource.name)}</text>`,
        `<text x="${box.x + 44}" y="${box.y + box.h / 2 + 12}" font-family="system-ui, sans-serif" font-size="10" fill="#687078">${text(info.label)}</text>`,
        traced ? `<circle cx="${box.x + box.w}" cy="${box.y}" r="10" fill="#1D8102"/><text x="${box.x + box.w}" y="${box.y + 4}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="11" fill="#ffffff">${onPath.get(resource.id)}</text>` : '',
        dropped ? `<text x="${box.x + box.w - 14}" y="${box.y + 18}" font-family="system-ui, sans-serif" font-size="16" font-weight="700" fill="#D13212">✕</text>` : '',
        '</g>',
      );
    }
    const badge = options.badges?.get(resource.id);
    if (badge && badge.errors + badge.warnings > 0) {
      const color = badge.errors > 0 ? '#D13212' : '#F89C24';
      leaves.push(
        `<g data-badge="${id}"><circle cx="${box.x + box.w - 4}" cy="${box.y + 4}" r="9" fill="${color}"/>`,
        `<text x="${box.x + box.w - 4}" y="${box.y + 8}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="11" fill="#ffffff">${badge.errors || badge.warnings}</text></g>`,
      );
    }
  }

  const edges = designEdges(design).filter((edge) => included.has(edge.source) && included.has(edge.target));
  const tracePairs = new Set<string>();
  const path = options.trace?.path ?? [];
  for (let i = 1; i < path.length; i++) tracePairs.add(`${path[i - 1]}→${path[i]}`).add(`${path[i]}→${path[i - 1]}`);
  for (const edge of edges) {
    const a = at(all.get(edge.source)!);
    const b = at(all.get(edge.target)!);
    const hot = tracePairs.has(`${edge.source}→${edge.target}`);
    parts.push(
      `<line data-edge="${text(edge.id)}" x1="${a.x + a.w / 2}" y1="${a.y + a.h / 2}" x2="${b.x + b.w / 2}" y2="${b.y + b.h / 2}" stroke="${hot ? '#1D8102' : '#879596'}" stroke-width="${hot ? 3 : 1.5}"${edge.meaning === 'tgw-attachment' || edge.meaning === 'ram-share' ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
  }
  parts.push(...leaves);
  // The trace path itself, hop to hop, drawn on top so it reads even where no edge exists.
  const points = path.filter((id) => all.has(id) && included.has(id)).map((id) => at(all.get(id)!));
  if (points.length > 1) {
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x + p.w / 2},${p.y + p.h / 2}`).join(' ');
    parts.push(`<path data-trace="path" d="${d}" fill="none" stroke="#1D8102" stroke-width="3" stroke-dasharray="8 4" opacity="0.85"/>`);
  }

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${text(design.name)}</title>`,
    symbols.size > 0 ? `<defs>${[...symbols.values()].filter(Boolean).join('')}</defs>` : '',
    ...parts.filter(Boolean),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
