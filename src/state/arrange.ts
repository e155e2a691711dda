/**
 * Auto-layout in the app. ELK loads on first use, so it is not in the first bundle.
 * "Tidy up" replaces every box at once: one undo step. A design that arrives with no
 * boxes at all (an imported file written by hand or by a script) is laid out before it is
 * stored; one with some boxes keeps them, and the canvas fills the rest in rows.
 */
import type { Design } from '../engine/model/index.ts';
import { KINDS } from '../engine/model/index.ts';
import type { Studio } from './studio.ts';
import type { MessageTone } from './uiStore.ts';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function tidy(design: Design): Promise<Design> {
  const { tidyUp } = await import('../engine/layout/auto-layout.ts');
  return tidyUp(design);
}

/** True when the design has boxes to draw but no position for any of them. */
export function hasNoLayout(design: Design): boolean {
  const drawn = design.resources.filter((r) => KINDS[r.kind].drawnAs === 'node');
  return drawn.length > 0 && drawn.every((r) => design.layout[r.id] === undefined);
}

/** Lays out a design that has no positions at all; anything else comes back unchanged. */
export async function arrangeIfUnplaced(design: Design, notify: (text: string, tone: MessageTone) => void): Promise<Design> {
  if (!hasNoLayout(design)) return design;
  try {
    return await tidy(design);
  } catch (error) {
    notify(`Automatic layout failed (${describe(error)}); boxes are placed in rows instead.`, 'error');
    return design;
  }
}

/** Re-lays out the open design; the new boxes are one undo step. */
export async function tidyUpDesign(studio: Studio): Promise<boolean> {
  const before = studio.getDesign();
  let after: Design;
  try {
    after = await tidy(before);
  } catch (error) {
    studio.notify(`Tidy up failed: ${describe(error)}`, 'error');
    return false;
  }
  // An edit made while ELK ran wins: laying out an older version would undo it.
  if (studio.getDesign() !== before) {
    studio.notify('The design changed while it was being laid out; press Tidy up again.', 'info');
    return false;
  }
  const result = studio.apply(() => after);
  if (!result.ok) studio.notify(result.reason, 'error');
  return result.ok;
}
