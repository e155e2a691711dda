/**
 * The colour theme: follow the system, or always light or dark. The choice is remembered
 * in this browser; the page's root carries the theme in force (`data-theme`), which
 * theme.css reads.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const KEY = 'lzs.theme';
const DARK = '(prefers-color-scheme: dark)';

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return THEME_CHOICES.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
  } catch {
    // Storage refused (private mode, policy): follow the system.
    return 'system';
  }
}

/** The theme a choice means now. */
export function resolveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return typeof matchMedia === 'function' && matchMedia(DARK).matches ? 'dark' : 'light';
}

export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolveTheme(choice);
}

export function chooseTheme(choice: ThemeChoice): void {
  try {
    localStorage.setItem(KEY, choice);
  } catch {
    // Not remembered, still applied.
  }
  applyTheme(choice);
}

/** Applies the remembered choice and follows system changes while it is "system"; returns a stop. */
export function startTheme(): () => void {
  applyTheme(storedTheme());
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK);
  const onChange = () => storedTheme() === 'system' && applyTheme('system');
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
