/** Applies a quick fix as one undo step; a refusal or a failure is told, never swallowed. */
import type { QuickFix } from '../../engine/rules/types.ts';
import type { Studio } from '../../state/studio.ts';

export function applyQuickFix(studio: Studio, fix: QuickFix): boolean {
  try {
    const result = studio.apply((design) => fix.apply(design));
    if (!result.ok) {
      studio.notify(`“${fix.title}” could not be applied: ${result.reason}`, 'error');
      return false;
    }
  } catch (error) {
    studio.notify(`“${fix.title}” failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    return false;
  }
  studio.notify(`Applied “${fix.title}”. Undo (Ctrl+Z) puts the design back.`, 'success');
  return true;
}
