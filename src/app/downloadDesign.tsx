/**
 * Saves the open design as a file. Reads the design store directly, so it works while a
 * panel has crashed or the browser's storage refuses writes.
 */
import { serializeDesign, type Design } from '../engine/model/index.ts';
import { exportFileName } from '../state/library.ts';
import { useStudio } from '../state/useStudio.ts';

function downloadDesign(design: Design): void {
  const url = URL.createObjectURL(new Blob([serializeDesign(design)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(design);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DownloadDesignButton() {
  const studio = useStudio();
  return <button type="button" className="primary" onClick={() => downloadDesign(studio.getDesign())}>Download my design</button>;
}
