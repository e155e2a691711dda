/**
 * Every key the app handles, in one table: the keyboard handler (`useKeyboard`) runs it and
 * the shortcut sheet (`?`) lists it, so the sheet cannot promise a key that does nothing.
 * Keys React Flow handles on the canvas come from `canvas/keys.ts`, which it reads too.
 */
import { KINDS, removeResources } from '../engine/model/index.ts';
import { CANVAS_KEYS } from '../canvas/keys.ts';
import { copySelection, pasteClipboard } from '../state/clipboard.ts';
import { arrangeAdded } from '../canvas/layout/placement.ts';
import type { Studio } from '../state/studio.ts';
import { nudgeOperation } from './nudge.ts';

export type ShortcutSection = 'Finding your way' | 'Editing' | 'Selection' | 'Canvas' | 'Lists and dialogs';

export const SECTIONS: readonly ShortcutSection[] = ['Finding your way', 'Editing', 'Selection', 'Canvas', 'Lists and dialogs'];

export interface Shortcut {
  /** The keys as the sheet writes them. */
  readonly keys: readonly string[];
  readonly does: string;
  readonly section: ShortcutSection;
  /** Whether a key press is this shortcut; absent where the canvas handles the key itself. */
  readonly matches?: (event: KeyboardEvent) => boolean;
  /** Also while typing in a field (the finder opens from anywhere). */
  readonly whileTyping?: true;
  /** Leaves the browser's own handling too (copy still copies text). */
  readonly keepDefault?: true;
  readonly run?: (studio: Studio, event: KeyboardEvent) => void;
}

const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;
const key = (event: KeyboardEvent) => event.key.toLowerCase();
const held = (name: string) => (name === 'Meta' ? '⌘' : name === 'Control' ? 'Ctrl' : name);

export function deleteSelection(studio: Studio, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const result = studio.apply((design) => removeResources(design, ids));
  if (result.ok) {
    studio.select([]);
    studio.notify(`Deleted ${result.ids.length} resource${result.ids.length === 1 ? '' : 's'}. Undo with Ctrl+Z.`);
  }
}

const ARROWS: Readonly<Record<string, [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

const nudge = (studio: Studio, event: KeyboardEvent) => {
  const selection = studio.ui.getState().selection;
  if (selection.length === 0) return;
  const [dx, dy] = ARROWS[event.key]!;
  const step = event.shiftKey ? 40 : 8;
  studio.apply(nudgeOperation(selection, dx * step, dy * step), { group: 'nudge' });
};

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['Ctrl/⌘+K'], does: 'Find a resource by name, id or CIDR, and centre it', section: 'Finding your way', whileTyping: true,
    matches: (e) => mod(e) && key(e) === 'k',
    run: (studio) => studio.ui.getState().setOverlay('finder'),
  },
  {
    keys: ['?'], does: 'Show this list of shortcuts', section: 'Finding your way',
    matches: (e) => e.key === '?' && !mod(e),
    run: (studio) => studio.ui.getState().setOverlay('shortcuts'),
  },
  {
    keys: ['Ctrl/⌘+Z'], does: 'Undo', section: 'Editing',
    matches: (e) => mod(e) && key(e) === 'z' && !e.shiftKey,
    run: (studio) => studio.design.getState().undo(),
  },
  {
    keys: ['Ctrl/⌘+Shift+Z', 'Ctrl/⌘+Y'], does: 'Redo', section: 'Editing',
    matches: (e) => mod(e) && ((key(e) === 'z' && e.shiftKey) || key(e) === 'y'),
    run: (studio) => studio.design.getState().redo(),
  },
  {
    keys: ['Ctrl/⌘+C'], does: 'Copy the selection with everything inside it', section: 'Editing', keepDefault: true,
    matches: (e) => mod(e) && key(e) === 'c',
    run: (studio) => copySelection(studio, studio.ui.getState().selection),
  },
  {
    keys: ['Ctrl/⌘+V'], does: 'Paste', section: 'Editing',
    matches: (e) => mod(e) && key(e) === 'v',
    run: (studio) => pasteClipboard(studio, arrangeAdded),
  },
  {
    keys: ['Delete', 'Backspace'], does: 'Delete the selection with everything inside it', section: 'Editing',
    matches: (e) => (e.key === 'Delete' || e.key === 'Backspace') && !mod(e),
    run: (studio) => deleteSelection(studio, studio.ui.getState().selection),
  },
  {
    keys: ['←', '↑', '→', '↓'], does: 'Move the selection by 8 px (with Shift: 40 px)', section: 'Editing',
    matches: (e) => e.key in ARROWS && !mod(e),
    run: nudge,
  },
  {
    keys: ['Ctrl/⌘+A'], does: 'Select every box', section: 'Selection',
    matches: (e) => mod(e) && key(e) === 'a',
    run: (studio) => studio.select(studio.getDesign().resources.filter((r) => KINDS[r.kind].drawnAs === 'node').map((r) => r.id)),
  },
  {
    keys: ['Escape'], does: 'Clear the selection', section: 'Selection',
    matches: (e) => e.key === 'Escape',
    run: (studio) => studio.select([]),
  },
  { keys: [`${held(CANVAS_KEYS.boxSelect)}+drag`], does: 'Select the boxes in a rectangle', section: 'Canvas' },
  { keys: CANVAS_KEYS.addToSelection.map((k) => `${held(k)}+click`), does: 'Add a box to the selection', section: 'Canvas' },
  { keys: [`${held(CANVAS_KEYS.pan)}+drag`], does: 'Pan, also over boxes', section: 'Canvas' },
  { keys: ['Right-click'], does: 'Actions on a box or the canvas', section: 'Canvas' },
  { keys: ['Enter'], does: 'In the palette search: add the first match', section: 'Lists and dialogs' },
  { keys: ['↑', '↓', 'Enter'], does: 'In the finder: move through the results, go to one', section: 'Lists and dialogs' },
  { keys: ['Escape'], does: 'Close a dialog or menu; clear the palette search', section: 'Lists and dialogs' },
];

/** The shortcut a key press means here, if any. */
export function shortcutFor(event: KeyboardEvent, typing: boolean): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.matches && (!typing || s.whileTyping) && s.matches(event));
}
