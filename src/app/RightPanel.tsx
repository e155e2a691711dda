/** The tabbed panel area on the right; each panel has its own error boundary. */
import { Suspense } from 'react';
import { useUiStore } from '../state/uiStore.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import './panels/index.ts';
import { registeredPanels } from './panels/registry.ts';

export function RightPanel() {
  const active = useUiStore((s) => s.panel);
  const setPanel = useUiStore((s) => s.setPanel);
  const panels = registeredPanels();
  const current = panels.find((p) => p.id === active) ?? panels[0];
  return (
    <aside className="right-panel" aria-label="Panels">
      <div className="tabs" role="tablist">
        {panels.map((panel) => (
          <button
            key={panel.id}
            type="button"
            role="tab"
            aria-selected={panel.id === current?.id}
            className={panel.id === current?.id ? 'tab is-active' : 'tab'}
            onClick={() => setPanel(panel.id)}
          >
            {panel.title}
            {panel.tabBadge && <panel.tabBadge />}
          </button>
        ))}
      </div>
      <div className="panel-body" role="tabpanel">
        {current && (
          <ErrorBoundary key={current.id} name={current.title}>
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <current.component />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </aside>
  );
}
