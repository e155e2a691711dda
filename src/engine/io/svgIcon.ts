/**
 * An icon file (a standalone SVG such as the AWS Architecture Icons) turned into a `<symbol>`
 * a picture defines once and draws with `<use>` in every box, so the file stands alone.
 */

/** The `<symbol>` for an SVG file's text, or undefined when the text is not an SVG. */
export function iconSymbol(id: string, file: string): string | undefined {
  const open = /<svg\b([^>]*)>/i.exec(file);
  const close = file.lastIndexOf('</svg>');
  if (!open || close < open.index) return undefined;
  const viewBox = /\bviewBox="([^"]+)"/.exec(open[1] ?? '')?.[1] ?? '0 0 48 48';
  // The file's own <title> would name the icon's artwork, not the box, in a reader's tooltip.
  const inner = file.slice(open.index + open[0].length, close).replace(/<title>[\s\S]*?<\/title>/g, '');
  return `<symbol id="${id}" viewBox="${viewBox}">${inner}</symbol>`;
}
