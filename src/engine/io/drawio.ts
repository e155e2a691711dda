/**
 * Export to diagrams.net (`.drawio`): containers become groups that hold their children,
 * AWS shapes where draw.io has them, edges with labels. The result opens in draw.io and
 * Confluence and stays editable.
 */
import {
  designEdges,
  indexDesign,
  kindInfo,
  type Design,
  type LayoutBox,
  type Resource,
} from '../model/index.ts';

const DEFAULT_SIZE = { w: 64, h: 64 };
const CONTAINER_SIZE = { w: 360, h: 240 };
const BADGE_SIZE = { w: 140, h: 26 };

const ICON_STYLE =
  'sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;fillColor=#8C4FFF;strokeColor=#ffffff;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;whiteSpace=wrap;fontSize=12;fontStyle=0;aspect=fixed;shape=mxgraph.aws4.resourceIcon;';
const BADGE_STYLE = 'rounded=1;whiteSpace=wrap;fontSize=10;fillColor=#F5F5F5;strokeColor=#AAB7B8;fontColor=#232F3E;';
const EDGE_STYLE: Record<string, string> = {
  'vpc-peering': 'endArrow=none;strokeColor=#8C4FFF;strokeWidth=2;',
  'tgw-attachment': 'endArrow=none;strokeColor=#8C4FFF;dashed=1;',
  'ram-share': 'endArrow=classic;strokeColor=#CD2264;dashed=1;',
};
const DEFAULT_EDGE_STYLE = 'endArrow=classic;strokeColor=#232F3E;';

/** Escapes text for an XML attribute. No style sets html=1, so draw.io shows labels as plain text. */
export function xmlAttribute(text: string): string {
  return text
    // Characters XML 1.0 cannot hold at all are dropped.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function styleOf(resource: Resource): string {
  const info = kindInfo(resource.kind);
  const shape = info.diagramShape;
  if (info.container) return shape ?? 'container=1;collapsible=0;rounded=0;fillColor=none;verticalAlign=top;align=left;';
  if (info.drawnAs === 'badge') return BADGE_STYLE;
  // Labels are text, never HTML: no style here sets html=1, which would render markup in names.
  return `${ICON_STYLE}${shape ?? 'resIcon=mxgraph.aws4.general'};`;
}

function boxFor(resource: Resource, layout: Readonly<Record<string, LayoutBox>>, fallbackIndex: number): Required<Pick<LayoutBox, 'x' | 'y' | 'w' | 'h'>> {
  const info = kindInfo(resource.kind);
  const size = info.container ? CONTAINER_SIZE : info.drawnAs === 'badge' ? BADGE_SIZE : DEFAULT_SIZE;
  const box = layout[resource.id];
  if (box) return { x: box.x, y: box.y, w: box.w ?? size.w, h: box.h ?? size.h };
  return { x: 20 + (fallbackIndex % 6) * (size.w + 30), y: 40 + Math.floor(fallbackIndex / 6) * (size.h + 40), w: size.w, h: size.h };
}

/** Builds the `.drawio` XML. `layout` defaults to the design's own (relative to parents). */
export function toDrawio(design: Design, layout: Readonly<Record<string, LayoutBox>> = design.layout): string {
  const index = indexDesign(design);
  const cellId = (id: string) => `r-${id}`;
  const lines: string[] = [];
  const fallbackCounters = new Map<string, number>();
  for (const resource of design.resources) {
    if (kindInfo(resource.kind).drawnAs === 'edge') continue;
    const parent = resource.parent && index.byId.has(resource.parent) ? cellId(resource.parent) : '1';
    const n = fallbackCounters.get(parent) ?? 0;
    fallbackCounters.set(parent, n + 1);
    const box = boxFor(resource, layout, n);
    const label = kindInfo(resource.kind).drawnAs === 'badge' ? `${kindInfo(resource.kind).label}: ${resource.name}` : resource.name;
    lines.push(
      `        <mxCell id="${xmlAttribute(cellId(resource.id))}" value="${xmlAttribute(label)}" style="${xmlAttribute(styleOf(resource))}" vertex="1" parent="${xmlAttribute(parent)}">`,
      `          <mxGeometry x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" as="geometry" />`,
      '        </mxCell>',
    );
  }
  for (const edge of designEdges(design)) {
    lines.push(
      `        <mxCell id="${xmlAttribute(`e-${edge.id}`)}" value="${xmlAttribute(edge.label)}" style="${xmlAttribute(EDGE_STYLE[edge.meaning] ?? DEFAULT_EDGE_STYLE)}" edge="1" parent="1" source="${xmlAttribute(cellId(edge.source))}" target="${xmlAttribute(cellId(edge.target))}">`,
      '          <mxGeometry relative="1" as="geometry" />',
      '        </mxCell>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Landing Zone Studio" type="device">',
    `  <diagram id="landing-zone" name="${xmlAttribute(design.name)}">`,
    '    <mxGraphModel dx="1200" dy="800" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '      <root>',
    '        <mxCell id="0" />',
    '        <mxCell id="1" parent="0" />',
    ...lines,
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
