/** Saving a file from the browser, and file names that are safe on every system. */

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Chromium reads the blob after the click's task; revoking at once would cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The design's name as a file name stem: letters, digits, dot, dash and underscore. */
export function fileStem(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80) || 'design';
}
