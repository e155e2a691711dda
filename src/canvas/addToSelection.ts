/**
 * Adding a kind without dragging (click or Enter on a palette item): it goes into the
 * selected container, or into the nearest container of the selected box that can hold it
 * (a subnet selected, Subnet adds one to its VPC), or on the canvas when it may stand alone.
 */
import type { Design, OpResult, ResourceKind } from '../engine/model/index.ts';
import { containerFor, KINDS, whereItMayGo } from '../engine/model/index.ts';
import { placeNew } from './dropResource.ts';

export function addToSelectionOperation(
  kind: ResourceKind,
  selection: readonly string[],
  preset: Readonly<Record<string, unknown>> = {},
): (design: Design) => OpResult {
  return (design) => {
    const parent = selection.length === 1 ? containerFor(design, kind, selection[0]) : undefined;
    if (!parent && !KINDS[kind].topLevel) {
      return {
        ok: false,
        reason: `${KINDS[kind].label} goes ${whereItMayGo(kind)}: select one first, or drag it there.`,
      };
    }
    return placeNew(design, kind, parent?.id, undefined, preset);
  };
}
