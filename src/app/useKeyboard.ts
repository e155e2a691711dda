/**
 * Keyboard shortcuts with the usual Ctrl/Cmd bindings. Ignored while typing in a field,
 * so text editing keeps its own undo and arrows.
 */
import { useEffect } from 'react';
import { removeResources } from '../engine/model/index.ts';
import { copySelection, pasteClipboard } from '../state/clipboard.ts';
import { nudgeOperation } from './nudge.ts';
import type { Studio } from '../state/studio.ts';
import { useStudio } from '../state/useStudio.ts';
import { KINDS } from '../engine/model/index.ts';

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function onKeyDown(studio: Studio, event: KeyboardEvent) {
  if (isTyping(event.target)) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const selection = studio.ui.getState().selection;
  const history = studio.design.getState();
  const handled = () => event.preventDefault();
  if (mod && key === 'z' && !event.shiftKey) return handled(), history.undo();
  if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) return handled(), history.redo();
  if (mod && key === 'a') {
    handled();
    return studio.select(studio.getDesign().resources.filter((r) => KINDS[r.kind].drawnAs === 'node').map((r) => r.id));
  }
  if (mod && key === 'c') return void copySelection(studio, selection);
  if (mod && key === 'v') return handled(), pasteClipboard(studio);
  if (key === 'escape') return studio.select([]);
  if ((key === 'delete' || key === 'backspace') && selection.length > 0) {
    handled();
    const result = studio.apply((design) => removeResources(design, selection));
    if (result.ok) {
      studio.select([]);
      studio.notify(`Deleted ${result.ids.length} resource${result.ids.length === 1 ? '' : 's'}. Undo with Ctrl+Z.`);
    }
    return;
  }
  const arrow = ARROWS[event.key];
  if (arrow && selection.length > 0) {
    handled();
    const step = event.shiftKey ? 40 : 8;
    studio.apply(nudgeOperation(selection, arrow[0] * step, arrow[1] * step), { group: 'nudge' });
  }
}

export function useKeyboard(): void {
  const studio = useStudio();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyDown(studio, event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [studio]);
}
