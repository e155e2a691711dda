/** Applies a quick fix as one undo step; a refusal or a failure is told, never swallowed. */
import type { QuickFix } from '../../engine/rules/types.ts';
import { applyOperation } from '../../state/designStore.ts';
import { notify } from '../../state/uiStore.ts';

export function applyQuickFix(fix: QuickFix): boolean {
  try {
    const result = applyOperation((design) => fix.apply(design));
    if (!result.ok) {
      notify(`“${fix.title}” could not be applied: ${result.reason}`, 'error');
      return false;
    }
  } catch (error) {
    notify(`“${fix.title}” failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    return false;
  }
  notify(`Applied “${fix.title}”. Undo (Ctrl+Z) puts the design back.`, 'success');
  return true;
}
