/** `?`: every key the app handles, read from the table the keyboard handler runs. */
import { useStudio } from '../state/useStudio.ts';
import { Overlay } from './Overlay.tsx';
import { SECTIONS, SHORTCUTS } from './shortcuts.ts';

export default function ShortcutSheet() {
  const studio = useStudio();
  const close = () => studio.ui.getState().setOverlay(undefined);
  return (
    <Overlay label="Keyboard shortcuts" onClose={close} className="shortcut-sheet">
      <header className="overlay-header">
        <h2>Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" autoFocus onClick={close}>×</button>
      </header>
      {SECTIONS.map((section) => (
        <section key={section}>
          <h3>{section}</h3>
          <dl>
            {SHORTCUTS.filter((s) => s.section === section).map((s) => (
              <div key={s.does} className="shortcut">
                <dt>{s.keys.map((k) => <kbd key={k}>{k}</kbd>)}</dt>
                <dd>{s.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="muted">Keys are ignored while typing in a field, except Ctrl/⌘+K.</p>
    </Overlay>
  );
}
