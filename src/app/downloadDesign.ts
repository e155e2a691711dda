/**
 * Saves the open design as a file. Reads the design store directly, so it works while a
 * panel has crashed or the browser's storage refuses writes.
 */
import { serializeDesign } from '../engine/model/index.ts';
import { getDesign } from '../state/designStore.ts';
import { exportFileName } from '../state/library.ts';

export function downloadDesign(): void {
  const design = getDesign();
  const url = URL.createObjectURL(new Blob([serializeDesign(design)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(design);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
