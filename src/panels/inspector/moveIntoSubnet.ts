/** An instance's one subnet, changed in the inspector: the box moves into the new subnet. */
import type { Design, OpResult } from '../../engine/model/index.ts';
import { indexDesign, KINDS, moveResource, updateResource } from '../../engine/model/index.ts';
import { growParents } from '../../canvas/layout/growParents.ts';
import { nestingLayout } from '../../canvas/layout/nesting.ts';
import { GAP, HEADER, PAD } from '../../canvas/layout/sizes.ts';

export function moveIntoSubnet(id: string, subnetId: string): (design: Design) => OpResult {
  return (design) => {
    const index = indexDesign(design);
    const resource = index.get(id);
    if (!resource) return { ok: false, reason: `There is no resource "${id}".` };
    // Below the boxes already there, so it never lands on a sibling.
    const boxes = nestingLayout(design);
    const siblings = (index.children.get(subnetId) ?? []).filter((r) => r.id !== id && KINDS[r.kind].drawnAs === 'node');
    const top = Math.max(HEADER, ...siblings.map((s) => (boxes[s.id] ? boxes[s.id]!.y + boxes[s.id]!.h + GAP : HEADER)));
    const { collapsed: _collapsed, ...box } = { ...boxes[id], ...design.layout[id], x: PAD, y: top };
    const moved = moveResource(design, id, subnetId, box);
    if (!moved.ok) return moved;
    // One subnet: a list of further subnets left from an older design goes with the move.
    const cleared = 'subnets' in resource && resource.subnets ? updateResource(moved.design, id, { subnets: undefined }) : moved;
    return cleared.ok ? { ok: true, design: growParents(cleared.design, [id]), ids: [id] } : cleared;
  };
}
