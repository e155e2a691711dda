/**
 * Adding a kind without dragging (click or Enter on a palette item): it goes into the
 * selected container, or on the canvas when it may stand alone.
 */
import type { Design, OpResult, ResourceKind } from '../engine/model/index.ts';
import { addResource, canBePlacedIn, indexDesign, KINDS, newResource, whereItMayGo } from '../engine/model/index.ts';

export function addToSelectionOperation(kind: ResourceKind, selection: readonly string[]): (design: Design) => OpResult {
  return (design) => {
    const selected = selection.length === 1 ? indexDesign(design).get(selection[0]) : undefined;
    const parent = selected && canBePlacedIn(kind, selected.kind) ? selected : undefined;
    if (!parent && !KINDS[kind].topLevel) {
      return {
        ok: false,
        reason: `${KINDS[kind].label} goes ${whereItMayGo(kind)}: select one first, or drag it there.`,
      };
    }
    return addResource(design, newResource(design, kind, parent ? { parent: parent.id } : {}));
  };
}
