/**
 * The studio this page's storage works on: autosave, tab coordination, the design library
 * and share links open and save the designs of one editor, bound at start.
 */
import type { Studio } from './studio.ts';

let page: Studio | undefined;

export function bindPageStudio(studio: Studio): void {
  page = studio;
}

export function pageStudio(): Studio {
  if (!page) throw new Error('No studio is bound to this page yet');
  return page;
}
