/** System, light or dark: applied at once and remembered in this browser. */
import { useState } from 'react';
import { chooseTheme, storedTheme, THEME_CHOICES, type ThemeChoice } from './theme.ts';

const LABEL: Readonly<Record<ThemeChoice, string>> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeSwitch() {
  const [choice, setChoice] = useState(storedTheme);
  return (
    <select title="Theme: follow the system, or always light or dark"
      className="theme-switch"
      aria-label="Theme"
      value={choice}
      onChange={(e) => {
        const next = e.target.value as ThemeChoice;
        setChoice(next);
        chooseTheme(next);
      }}
    >
      {THEME_CHOICES.map((c) => <option key={c} value={c}>{LABEL[c]}</option>)}
    </select>
  );
}
