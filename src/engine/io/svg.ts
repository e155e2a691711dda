/**
 * The canvas as an SVG picture: containers with their name and summary (a subnet's CIDR),
 * boxes with their icon, name and summary, edges with their labels and arrowheads, optional
 * finding badges and a highlighted trace path. Positions come from the same layout boxes and
 * sizes the canvas draws, edges take the canvas's router's routes and label places
 * (engine/layout/routing.ts), and collapsed containers are drawn closed, so the picture
 * matches the screen. Text is real <text>, and each icon is defined once, so the file stands
 * alone and stays searchable.
 */
import { indexDesign, KINDS, summaryOf, type AwsIcon, type Design, type LayoutBox, type Resource } from '../model/index.ts';
import { COLLAPSED_HEIGHT, shownDesign } from '../layout/collapsed.ts';
import { boundsOf } from '../layout/geometry.ts';
import { labelRect } from '../layout/labels.ts';
import { routeEdges, routePath, type Point, type RoutedBox } from '../layout/routing.ts';
import { DEFAULT_SIZES, type LayoutSizes } from '../layout/sizes.ts';
import { drawnEdges, edgeLabelText, type DrawnEdge } from './drawnEdges.ts';
import { EDGE_STYLE } from './edgeStyle.ts';
import { resourceIcon } from './resourceIcon.ts';
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
  /** Each icon's file (SVG text) by its name (engine/io/resourceIcon.ts), the icons the canvas shows: defined once, used per box. */
  readonly icons?: Readonly<Partial<Record<AwsIcon, string>>>;
  /** The edges to draw, in the canvas's order; the design's drawn edges (engine/io/drawnEdges.ts) when absent. */
  readonly edges?: readonly SvgEdge[];
  readonly margin?: number;
}

/** An edge as every drawing lists it; `unlabelled` (a further edge of a resource already labelled) draws no label box. */
export type SvgEdge = DrawnEdge;

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
    const absolute: { x: number; y: number; w: number; h: number } = {
      x: (origin?.x ?? 0) + (box?.x ?? 0),
      y: (origin?.y ?? 0) + (box?.y ?? 0),
      w: box?.w ?? (container ? sizes.leaf.w * 2 : sizes.leaf.w),
      h: box?.h ?? (container ? sizes.leaf.h * 3 : sizes.leaf.h),
    };
    // A collapsed container is its title bar and a line of counts, as on the canvas.
    if (container && (box?.collapsed || design.layout[resource.id]?.collapsed)) absolute.h = Math.min(absolute.h, COLLAPSED_HEIGHT);
    result.set(resource.id, absolute);
    return absolute;
  };
  for (const resource of design.resources) visit(resource, 0);
  return result;
}

const text = (value: string) => xmlAttribute(value);

/** The boxes' extent; an empty picture gets a small blank frame. */
function bounds(boxes: Iterable<AbsoluteBox>): AbsoluteBox {
  return boundsOf(boxes) ?? { x: 0, y: 0, w: 200, h: 100 };
}


const TRACE = '#1D8102';
const DROP = '#D13212';
const MUTED = '#687078';
const INK = '#232F3E';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/**
 * About how wide a run of text is: no fonts are measured here (the engine runs anywhere), so
 * glyph widths by class of character, a little generous, keep text from running into the next.
 */
export function textWidth(value: string, size: number, bold = false): number {
  let em = 0;
  for (const char of value) em += /[A-Z@%]/.test(char) ? 0.7 : /[ .,:;|!'il1]/.test(char) ? 0.32 : 0.58;
  return em * size * (bold ? 1.08 : 1);
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The boxes as the canvas's router sees them: leaves and closed containers (collapsed, or
 * holding nothing drawn) are obstacles, open containers are crossed and keep labels off their
 * title strip. Parents before children, as the canvas hands them over.
 */
function routedBoxes(design: Design, ids: ReadonlySet<string>, all: ReadonlyMap<string, AbsoluteBox>, header: number): RoutedBox[] {
  const index = indexDesign(design);
  const holding = new Set(design.resources.flatMap((r) => (ids.has(r.id) && r.parent ? [r.parent] : [])));
  const depth = (r: Resource) => {
    let d = 0;
    for (let p = index.get(r.parent); p && d < 64; p = index.get(p.parent)) d++;
    return d;
  };
  const drawn = design.resources.filter((r) => ids.has(r.id)).map((r) => ({ r, d: depth(r) }));
  drawn.sort((a, b) => a.d - b.d);
  return drawn.map(({ r }) => {
    const rect = all.get(r.id)!;
    const container = KINDS[r.kind].container;
    const closed = container && (design.layout[r.id]?.collapsed === true || !holding.has(r.id));
    return { id: r.id, rect, obstacle: !container || closed, ...(container && !closed ? { header: { x: rect.x, y: rect.y, w: rect.w, h: header } } : {}) };
  });
}

/** Builds the SVG text; the picture measures the drawing plus a margin on each side. */
export function toSvg(full: Design, options: SvgOptions = {}): { svg: string; width: number; height: number } {
  // What collapsed containers hide is not drawn; edges into them end at them.
  const design = shownDesign(full);
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
  const edges = (options.edges ?? drawnEdges(full)).filter((edge) => included.has(edge.source) && included.has(edge.target));
  const routes = routeEdges(
    routedBoxes(design, included, all, sizes.header),
    edges.map((edge) => {
      const label = edgeLabelText(edge);
      return { id: edge.id, source: edge.source, target: edge.target, ...(label ? { label } : {}) };
    }),
  );
  // The router keeps routes and labels near the boxes; the frame holds them all the same.
  const routed = [...routes.values()].flatMap((route) => [
    ...route.points.map((p) => ({ x: p.x, y: p.y, w: 0, h: 0 })),
    ...(route.label ? [labelRect(route.label.center, route.label.size)] : []),
  ]);
  const frame = bounds([...[...included].map((id) => all.get(id)!), ...routed]);
  const width = Math.ceil(frame.w + 2 * margin);
  const height = Math.ceil(frame.h + 2 * margin);
  const dx = margin - frame.x;
  const dy = margin - frame.y;
  const at = (box: AbsoluteBox) => ({ x: box.x + dx, y: box.y + dy, w: box.w, h: box.h });

  const symbols = new Map<AwsIcon, string | undefined>();
  const iconId = (icon: AwsIcon) => {
    const id = `icon-${icon.replace(/[^A-Za-z0-9-]/g, '-')}`;
    if (!symbols.has(icon)) {
      const file = options.icons?.[icon];
      symbols.set(icon, file ? iconSymbol(id, file) : undefined);
    }
    return symbols.get(icon) ? id : undefined;
  };
  // Text too long for its box is kept whole (it stays searchable) and clipped to the box.
  const clips: string[] = [];
  const clipTo = (box: AbsoluteBox, needed: number, room: number) => {
    if (needed <= room) return '';
    clips.push(`<clipPath id="clip-${clips.length}"><rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6"/></clipPath>`);
    return ` clip-path="url(#clip-${clips.length - 1})"`;
  };
  const onPath = new Map((options.trace?.path ?? []).map((id, i) => [id, i + 1]));
  const parts: string[] = [];
  const leaves: string[] = [];
  const labels: string[] = [];
  if (options.background !== 'transparent') parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);

  // Containers first (outermost first), then edges, then leaves and edge labels above them.
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
    const stroke = dropped ? DROP : traced ? TRACE : (COLORS[resource.kind] ?? '#545B64');
    const strokeWidth = traced || dropped ? 3 : info.container ? 1.5 : 1;
    const icon = iconId(resourceIcon(index, resource));
    const summary = summaryOf(resource);
    if (info.container) {
      // The title bar as on the canvas: icon, kind, name, summary (a subnet's CIDR and AZ), left to right.
      const baseline = box.y + 22;
      let x = box.x + 8;
      const header: string[] = [];
      if (icon) {
        header.push(`<use href="#${icon}" x="${x}" y="${box.y + 7}" width="20" height="20"/>`);
        x += 26;
      }
      const kind = info.label.toUpperCase();
      header.push(`<text x="${x}" y="${baseline}" font-size="10" font-weight="600" fill="${MUTED}" letter-spacing="0.5">${text(kind)}</text>`);
      x += textWidth(kind, 10, true) + 0.5 * kind.length + 8;
      const right = box.x + box.w - 8;
      const nameWidth = textWidth(resource.name, 13, true);
      header.push(`<text x="${round(x)}" y="${baseline}" font-size="13" font-weight="600" fill="${COLORS[resource.kind] ?? INK}"${clipTo(box, nameWidth, right - x)}>${text(resource.name)}</text>`);
      x += nameWidth + 6;
      if (summary) header.push(`<text x="${round(x)}" y="${baseline}" font-size="11" fill="${MUTED}"${clipTo(box, textWidth(summary, 11), right - x)}>${text(summary)}</text>`);
      parts.push(
        `<g data-id="${id}" data-kind="${resource.kind}">`,
        `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6" fill="${resource.kind === 'subnet' ? '#F2FBFB' : 'none'}" stroke="${stroke}" stroke-width="${strokeWidth}"/>`,
        ...header,
        '</g>',
      );
    } else {
      const textX = box.x + (icon ? 44 : 10);
      const room = box.x + box.w - 8 - textX;
      const name = resource.name || info.label;
      const second = summary || info.label;
      leaves.push(
        `<g data-id="${id}" data-kind="${resource.kind}">`,
        `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6" fill="#ffffff" stroke="${stroke}" stroke-width="${strokeWidth}"/>`,
        icon ? `<use href="#${icon}" x="${box.x + 8}" y="${box.y + (box.h - 28) / 2}" width="28" height="28"/>` : '',
        `<text x="${textX}" y="${box.y + box.h / 2 - 3}" font-size="12" font-weight="600" fill="${INK}"${clipTo(box, textWidth(name, 12, true), room)}>${text(name)}</text>`,
        `<text x="${textX}" y="${box.y + box.h / 2 + 12}" font-size="10" fill="${MUTED}"${clipTo(box, textWidth(second, 10), room)}>${text(second)}</text>`,
        traced ? `<circle cx="${box.x + box.w}" cy="${box.y}" r="10" fill="${TRACE}"/><text x="${box.x + box.w}" y="${box.y + 4}" text-anchor="middle" font-size="11" fill="#ffffff">${onPath.get(resource.id)}</text>` : '',
        dropped ? `<text x="${box.x + box.w - 14}" y="${box.y + 18}" font-size="16" font-weight="700" fill="${DROP}">✕</text>` : '',
        '</g>',
      );
    }
    const badge = options.badges?.get(resource.id);
    if (badge && badge.errors + badge.warnings > 0) {
      const color = badge.errors > 0 ? DROP : '#F89C24';
      leaves.push(
        `<g data-badge="${id}"><circle cx="${box.x + box.w - 4}" cy="${box.y + 4}" r="9" fill="${color}"/>`,
        `<text x="${box.x + box.w - 4}" y="${box.y + 8}" text-anchor="middle" font-size="11" fill="#ffffff">${badge.errors || badge.warnings}</text></g>`,
      );
    }
  }

  const tracePairs = new Set<string>();
  const path = options.trace?.path ?? [];
  for (let i = 1; i < path.length; i++) tracePairs.add(`${path[i - 1]}→${path[i]}`).add(`${path[i]}→${path[i - 1]}`);
  const arrows = new Set<string>();
  for (const edge of edges) {
    const hot = tracePairs.has(`${edge.source}→${edge.target}`);
    const style = EDGE_STYLE[edge.meaning];
    const arrow = `arrow-${style.color.slice(1)}`;
    arrows.add(style.color);
    const route = routes.get(edge.id);
    if (!route) continue;
    const d = routePath(route.points.map((p: Point) => ({ x: round(p.x + dx), y: round(p.y + dy) })));
    if (hot) parts.push(`<path d="${d}" fill="none" stroke="${TRACE}" stroke-width="7" stroke-opacity="0.45"/>`);
    parts.push(
      `<path data-edge="${text(edge.id)}" data-meaning="${edge.meaning}" d="${d}" fill="none" stroke="${style.color}" stroke-width="${hot ? 3 : 1.8}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} marker-end="url(#${arrow})"/>`,
    );
    if (!route.label) continue;
    // The room the router reserved for the label, where it reserved it (as the canvas draws it).
    const rest = edge.label ? ` ${edge.label}` : '';
    const mid = { x: route.label.center.x + dx, y: route.label.center.y + dy };
    const { w, h } = route.label.size;
    labels.push(
      `<g data-edge-label="${text(edge.id)}">`,
      `<rect x="${round(mid.x - w / 2)}" y="${round(mid.y - h / 2)}" width="${w}" height="${h}" rx="${h / 2}" fill="#ffffff" stroke="${style.color}"/>`,
      `<text x="${round(mid.x)}" y="${round(mid.y + 3.5)}" text-anchor="middle" font-size="10" fill="${INK}"><tspan font-weight="600" fill="${style.color}">${text(style.title)}</tspan>${text(rest)}</text>`,
      '</g>',
    );
  }
  parts.push(...leaves, ...labels);
  // The trace path itself, hop to hop, drawn on top so it reads even where no edge exists.
  const points = path.filter((id) => all.has(id) && included.has(id)).map((id) => at(all.get(id)!));
  if (points.length > 1) {
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x + p.w / 2},${p.y + p.h / 2}`).join(' ');
    parts.push(`<path data-trace="path" d="${d}" fill="none" stroke="${TRACE}" stroke-width="3" stroke-dasharray="8 4" opacity="0.85"/>`);
  }

  // An arrowhead per edge colour, pointing along the edge where it meets its target.
  const markers = [...arrows].map(
    (color) => `<marker id="arrow-${color.slice(1)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`,
  );
  const defs = [...[...symbols.values()].filter(Boolean), ...markers, ...clips];
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${text(design.name)}</title>`,
    defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '',
    ...parts.filter(Boolean),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
