/**
 * Auto-layout with ELK's layered algorithm, respecting account > VPC > subnet nesting:
 * each container is laid out with its children inside, edges flow left to right. A design
 * without edges has no flow to follow (layered would stack everything in one column): its
 * boxes are packed in rows instead, each container a grid of its children.
 * Returns boxes relative to each node's parent, as the design's `layout` stores them.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { designEdges, indexDesign, KINDS, type Design, type LayoutBox } from '../model/index.ts';
import { DEFAULT_SIZES, type LayoutSizes } from './sizes.ts';

export { DEFAULT_SIZES, type LayoutSizes };

type Box = Required<Pick<LayoutBox, 'x' | 'y' | 'w' | 'h'>>;

/** ELK's engine: the bundled build runs in Node and browsers without a worker file. */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export async function loadElk(): Promise<ElkEngine> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return new ELK();
}

function buildGraph(design: Design, sizes: LayoutSizes): ElkNode {
  const index = indexDesign(design);
  const drawn = (id: string | undefined) => {
    const resource = index.get(id);
    return resource !== undefined && KINDS[resource.kind].drawnAs === 'node';
  };
  const nodes = new Map<string, ElkNode>();
  const edges: ElkExtendedEdge[] = designEdges(design)
    .filter((edge) => drawn(edge.source) && drawn(edge.target))
    .map((edge) => ({ id: `edge:${edge.id}`, sources: [edge.source], targets: [edge.target] }));
  // Rows of boxes, each container packed on its own (there is no edge across containers to keep).
  const grid = edges.length === 0 ? { 'elk.algorithm': 'box', 'elk.aspectRatio': '1.6' } : undefined;
  const root: ElkNode = {
    id: '__root__',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': grid ? 'SEPARATE_CHILDREN' : 'INCLUDE_CHILDREN',
      ...grid,
      'elk.spacing.nodeNode': String(sizes.spacing * 2),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(sizes.spacing * 3),
      'elk.padding': `[top=${sizes.padding},left=${sizes.padding},bottom=${sizes.padding},right=${sizes.padding}]`,
    },
    children: [],
    edges: [],
  };
  for (const resource of design.resources) {
    if (!drawn(resource.id)) continue;
    const container = KINDS[resource.kind].container;
    nodes.set(resource.id, {
      id: resource.id,
      ...(container
        ? {
            children: [],
            layoutOptions: {
              'elk.padding': `[top=${sizes.header + sizes.padding},left=${sizes.padding},bottom=${sizes.footer},right=${sizes.padding}]`,
              'elk.spacing.nodeNode': String(sizes.spacing),
              'elk.nodeSize.minimum': `(${sizes.leaf.w + 2 * sizes.padding},${sizes.leaf.h + sizes.header + sizes.padding + sizes.footer})`,
              'elk.nodeSize.constraints': 'MINIMUM_SIZE',
              ...grid,
            },
          }
        : { width: sizes.leaf.w, height: sizes.leaf.h }),
    });
  }
  for (const resource of design.resources) {
    const node = nodes.get(resource.id);
    if (!node) continue;
    const parent = resource.parent && drawn(resource.parent) ? nodes.get(resource.parent) : undefined;
    (parent ?? root).children!.push(node);
  }
  root.edges = edges;
  return root;
}

function collect(node: ElkNode, boxes: Record<string, Box>): void {
  for (const child of node.children ?? []) {
    boxes[child.id] = {
      x: Math.round(child.x ?? 0),
      y: Math.round(child.y ?? 0),
      w: Math.round(child.width ?? 0),
      h: Math.round(child.height ?? 0),
    };
    collect(child, boxes);
  }
}

/** New boxes for every resource drawn as a node. */
export async function autoLayout(
  design: Design,
  { elk, sizes = DEFAULT_SIZES }: { elk?: ElkEngine; sizes?: LayoutSizes } = {},
): Promise<Record<string, Box>> {
  const engine = elk ?? (await loadElk());
  const result = await engine.layout(buildGraph(design, sizes));
  const boxes: Record<string, Box> = {};
  collect(result, boxes);
  return boxes;
}

/** The design with its layout replaced by an automatic one (collapsed flags kept). */
export async function tidyUp(design: Design, options: { elk?: ElkEngine; sizes?: LayoutSizes } = {}): Promise<Design> {
  const boxes = await autoLayout(design, options);
  const layout: Record<string, LayoutBox> = { ...design.layout };
  for (const [id, box] of Object.entries(boxes)) {
    const collapsed = design.layout[id]?.collapsed;
    layout[id] = collapsed === undefined ? box : { ...box, collapsed };
  }
  return { ...design, layout };
}
