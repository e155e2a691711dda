/** Messages at the bottom of the screen; refusals are announced to screen readers. */
import { useUiStore } from '../state/uiStore.ts';

export function Toasts() {
  const messages = useUiStore((s) => s.messages);
  const dismiss = useUiStore((s) => s.dismiss);
  return (
    <div className="toasts" aria-live="polite">
      {messages.map((m) => (
        <div key={m.id} className={`toast toast-${m.tone}`} role={m.tone === 'error' ? 'alert' : 'status'}>
          <span>{m.text}</span>
          {m.count > 1 && <span className="toast-count" aria-label={`${m.count} times`}>×{m.count}</span>}
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(m.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
