/** Finds the innermost container (or box) under a point of the flow, for drops and moves. */
import type { InternalNode } from '@xyflow/react';
import { KINDS } from '../engine/model/index.ts';
import type { ResourceFlowNode } from './flowNodes.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export function containerAt(
  nodes: readonly InternalNode<ResourceFlowNode>[],
  point: Point,
  exclude: ReadonlySet<string> = new Set(),
): InternalNode<ResourceFlowNode> | undefined {
  return smallestAt(nodes, point, (node) => !exclude.has(node.id) && KINDS[node.data.kind].container);
}

/** The smallest box of any kind under a point: what a drop onto a box lands on. */
export function boxAt(nodes: readonly InternalNode<ResourceFlowNode>[], point: Point): InternalNode<ResourceFlowNode> | undefined {
  return smallestAt(nodes, point, () => true);
}

function smallestAt(
  nodes: readonly InternalNode<ResourceFlowNode>[],
  point: Point,
  eligible: (node: InternalNode<ResourceFlowNode>) => boolean,
): InternalNode<ResourceFlowNode> | undefined {
  let best: InternalNode<ResourceFlowNode> | undefined;
  let bestArea = Infinity;
  for (const node of nodes) {
    if (!eligible(node) || node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const w = node.measured.width ?? node.width ?? 0;
    const h = node.measured.height ?? node.height ?? 0;
    const inside = point.x >= x && point.x <= x + w && point.y >= y && point.y <= y + h;
    if (inside && w * h < bestArea) {
      best = node;
      bestArea = w * h;
    }
  }
  return best;
}
