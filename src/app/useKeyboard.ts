/**
 * Keyboard shortcuts, run from the one table the shortcut sheet lists (`shortcuts.ts`).
 * Ignored while typing in a field, so text editing keeps its own undo and arrows; while a
 * dialog or menu is open, it handles its own keys.
 */
import { useEffect } from 'react';
import type { Studio } from '../state/studio.ts';
import { useStudio } from '../state/useStudio.ts';
import { shortcutFor } from './shortcuts.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function onKeyDown(studio: Studio, event: KeyboardEvent) {
  const { overlay, menu } = studio.ui.getState();
  if (overlay || menu) return;
  const shortcut = shortcutFor(event, isTyping(event.target));
  if (!shortcut?.run) return;
  if (!shortcut.keepDefault) event.preventDefault();
  shortcut.run(studio, event);
}

export function useKeyboard(): void {
  const studio = useStudio();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyDown(studio, event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [studio]);
}
