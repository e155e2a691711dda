/**
 * React Flow nodes derived from the design: one per resource drawn as a box, nested with
 * `parentId` so positions are relative and moving a container moves its contents.
 */
import type { Node } from '@xyflow/react';
import type { Design, ResourceKind } from '../engine/model/index.ts';
import { indexDesign, KINDS } from '../engine/model/index.ts';
import { nestingLayout } from './layout/nesting.ts';

export interface ResourceNodeData extends Record<string, unknown> {
  readonly kind: ResourceKind;
}

export type ResourceFlowNode = Node<ResourceNodeData>;

/** Container kinds each get their own node type; everything else is a resource box. */
export function nodeTypeOf(kind: ResourceKind): string {
  return KINDS[kind].container ? kind : 'resource';
}

export function buildNodes(design: Design, selection: ReadonlySet<string>): ResourceFlowNode[] {
  const index = indexDesign(design);
  const boxes = nestingLayout(design);
  const depth = (id: string | undefined): number => {
    let d = 0;
    for (let r = index.get(id); r?.parent && index.byId.has(r.parent); r = index.get(r.parent)) d++;
    return d;
  };
  const nodes: (ResourceFlowNode & { depth: number })[] = [];
  for (const resource of design.resources) {
    const box = boxes[resource.id];
    if (!box) continue;
    const container = KINDS[resource.kind].container;
    const parentId = resource.parent && boxes[resource.parent] ? resource.parent : undefined;
    nodes.push({
      id: resource.id,
      type: nodeTypeOf(resource.kind),
      position: { x: box.x, y: box.y },
      data: { kind: resource.kind },
      ...(parentId ? { parentId } : {}),
      ...(container ? { width: box.w, height: box.h } : {}),
      selected: selection.has(resource.id),
      // Containers sit behind their contents, deeper ones in front of shallower ones.
      zIndex: container ? depth(resource.id) : 100,
      depth: depth(resource.id),
    });
  }
  // React Flow needs a parent before its children.
  return nodes.sort((a, b) => a.depth - b.depth).map(({ depth: _depth, ...node }) => node);
}
