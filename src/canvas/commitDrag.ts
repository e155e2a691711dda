/**
 * Writes the end of a drag to the design as one operation: nodes dropped over another
 * container move into it (moveResource), the rest only change their layout box.
 */
import type { InternalNode } from '@xyflow/react';
import type { Design, LayoutBox, OpResult } from '../engine/model/index.ts';
import { indexDesign, moveResource, setLayout } from '../engine/model/index.ts';
import { containerAt } from './containerAt.ts';
import { growParents } from './layout/growParents.ts';
import type { ResourceFlowNode } from './flowNodes.ts';

export function dragOperation(
  dragged: readonly ResourceFlowNode[],
  all: readonly InternalNode<ResourceFlowNode>[],
): (design: Design) => OpResult {
  return (design) => {
    const index = indexDesign(design);
    const byId = new Map(all.map((n) => [n.id, n]));
    const draggedIds = new Set(dragged.map((n) => n.id));
    let current = design;
    const ids: string[] = [];
    for (const node of dragged) {
      const internal = byId.get(node.id);
      const resource = index.get(node.id);
      if (!internal || !resource) continue;
      // A child dragged along with its container keeps its place inside it.
      if (resource.parent && draggedIds.has(resource.parent)) continue;
      const abs = internal.internals.positionAbsolute;
      const w = internal.measured.width ?? 0;
      const h = internal.measured.height ?? 0;
      const exclude = new Set([node.id, ...index.descendants(node.id).map((d) => d.id)]);
      const target = containerAt(all, { x: abs.x + w / 2, y: abs.y + Math.min(h / 2, 24) }, exclude);
      const parentAbs = target?.internals.positionAbsolute ?? { x: 0, y: 0 };
      const stored = current.layout[node.id];
      const box: LayoutBox = { ...stored, x: Math.round(abs.x - parentAbs.x), y: Math.round(abs.y - parentAbs.y) };
      if (target?.id !== resource.parent) {
        const moved = moveResource(current, node.id, target?.id, box);
        if (!moved.ok) return moved;
        current = moved.design;
      } else {
        current = setLayout(current, { [node.id]: box });
      }
      ids.push(node.id);
    }
    return { ok: true, design: growParents(current, ids), ids };
  };
}
