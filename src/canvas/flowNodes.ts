/**
 * React Flow nodes derived from the design: one per resource drawn as a box, nested with
 * `parentId` so positions are relative and moving a container moves its contents.
 */
import type { Node } from '@xyflow/react';
import type { Design, ResourceKind } from '../engine/model/index.ts';
import { indexDesign, KINDS } from '../engine/model/index.ts';
import { COLLAPSED_HEIGHT, hiddenBy } from './collapse.ts';
import { nestingLayout } from './layout/nesting.ts';

export interface ResourceNodeData extends Record<string, unknown> {
  readonly kind: ResourceKind;
  /** A container drawn closed: its contents are hidden, counts shown instead. */
  readonly collapsed?: boolean;
}

export type ResourceFlowNode = Node<ResourceNodeData>;

/** Container kinds each get their own node type; everything else is a resource box. */
export function nodeTypeOf(kind: ResourceKind): string {
  return KINDS[kind].container ? kind : 'resource';
}

export function buildNodes(design: Design, selection: ReadonlySet<string>): ResourceFlowNode[] {
  const index = indexDesign(design);
  const boxes = nestingLayout(design);
  const hidden = hiddenBy(design);
  const depths = new Map<string, number>();
  const depth = (id: string): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    const parent = index.get(id)?.parent;
    const d = parent && index.byId.has(parent) ? depth(parent) + 1 : 0;
    depths.set(id, d);
    return d;
  };
  const nodes: (ResourceFlowNode & { depth: number })[] = [];
  for (const resource of design.resources) {
    const box = boxes[resource.id];
    if (!box) continue;
    const container = KINDS[resource.kind].container;
    const parentId = resource.parent && boxes[resource.parent] ? resource.parent : undefined;
    const collapsed = container && design.layout[resource.id]?.collapsed === true;
    const d = depth(resource.id);
    nodes.push({
      id: resource.id,
      type: nodeTypeOf(resource.kind),
      position: { x: box.x, y: box.y },
      data: collapsed ? { kind: resource.kind, collapsed } : { kind: resource.kind },
      ...(parentId ? { parentId } : {}),
      ...(container ? { width: box.w, height: collapsed ? Math.min(box.h, COLLAPSED_HEIGHT) : box.h } : {}),
      ...(hidden.has(resource.id) ? { hidden: true } : {}),
      selected: selection.has(resource.id),
      // Containers sit behind their contents, deeper ones in front of shallower ones.
      zIndex: container ? d : 100,
      depth: d,
    });
  }
  // React Flow needs a parent before its children.
  return nodes.sort((a, b) => a.depth - b.depth).map(({ depth: _depth, ...node }) => node);
}
