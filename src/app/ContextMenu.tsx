/**
 * The right-click menu: on a box, what one does to it (connect, duplicate, collapse, select
 * its contents, trace from or to it, delete); on the pane, what one does to the design.
 * Each item is one operation; refusals are shown as messages, as everywhere else.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useReactFlow } from '@xyflow/react';
import { connect, connectionMeaning, indexDesign, KINDS } from '../engine/model/index.ts';
import { toggleCollapsed } from '../canvas/collapse.ts';
import { tidyUpDesign } from '../state/arrange.ts';
import { duplicateResources, pasteClipboard } from '../state/clipboard.ts';
import { arrangeAdded } from '../canvas/layout/placement.ts';
import { setTraceFlow } from '../state/traceStore.ts';
import type { ContextMenuAt } from '../state/uiStore.ts';
import { useUiStore } from '../state/uiStore.ts';
import { useStudio } from '../state/useStudio.ts';
import { deleteSelection } from './shortcuts.ts';

function Item({ children, onClick, disabled }: { children: ReactNode; onClick(): void; disabled?: boolean }) {
  return <button type="button" role="menuitem" className="menu-item" disabled={disabled} onClick={onClick}>{children}</button>;
}

export default function ContextMenu({ at }: { at: ContextMenuAt }) {
  const studio = useStudio();
  const flow = useReactFlow();
  const readOnly = useUiStore((s) => s.readOnly);
  const [connecting, setConnecting] = useState(false);
  const close = () => studio.ui.getState().openMenu(undefined);
  // Escape closes it wherever the focus is (a right-click leaves it on the canvas).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && studio.ui.getState().openMenu(undefined);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [studio]);
  const act = (run: () => void) => () => {
    close();
    run();
  };
  const design = studio.getDesign();
  const index = indexDesign(design);
  const resource = at.target ? index.get(at.target) : undefined;
  const style = { left: Math.min(at.x, window.innerWidth - 240), top: Math.min(at.y, window.innerHeight - 320) };

  const body = (() => {
    if (!resource) {
      return (
        <>
          <Item disabled={readOnly} onClick={act(() => pasteClipboard(studio, arrangeAdded))}>Paste</Item>
          <Item onClick={act(() => studio.select(design.resources.filter((r) => KINDS[r.kind].drawnAs === 'node').map((r) => r.id)))}>Select all</Item>
          <Item disabled={readOnly} onClick={act(() => void tidyUpDesign(studio))}>Tidy up</Item>
          <Item onClick={act(() => void flow.fitView({ duration: 250 }))}>Fit to view</Item>
          <Item onClick={act(() => studio.ui.getState().setOverlay('finder'))}>Find a resource…</Item>
          <Item onClick={act(() => studio.ui.getState().setOverlay('shortcuts'))}>Keyboard shortcuts</Item>
        </>
      );
    }
    const id = resource.id;
    const container = KINDS[resource.kind].container;
    if (connecting) {
      const candidates = design.resources.filter((r) => KINDS[r.kind].drawnAs === 'node' && connectionMeaning(design, id, r.id).ok);
      return (
        <>
          <div className="menu-title">Connect {resource.name || id} to…</div>
          {candidates.length === 0 && <p className="muted menu-note">Nothing in this design it can connect to.</p>}
          <div className="menu-scroll">
            {candidates.map((c) => (
              <Item key={c.id} onClick={act(() => {
                const result = studio.apply((d) => connect(d, id, c.id));
                if (!result.ok) studio.notify(result.reason, 'error');
              })}>{c.name || c.id} <span className="muted">{KINDS[c.kind].label}</span></Item>
            ))}
          </div>
        </>
      );
    }
    const collapsed = design.layout[id]?.collapsed === true;
    const children = index.descendants(id).filter((r) => KINDS[r.kind].drawnAs === 'node');
    return (
      <>
        <div className="menu-title">{resource.name || id}</div>
        <Item disabled={readOnly} onClick={() => setConnecting(true)}>Connect to…</Item>
        <Item disabled={readOnly} onClick={act(() => {
          const result = studio.apply(duplicateResources([id], arrangeAdded));
          if (result.ok) studio.select([result.ids[0]!]);
          else studio.notify(result.reason, 'error');
        })}>Duplicate</Item>
        {container && <Item disabled={readOnly} onClick={act(() => studio.apply((d) => toggleCollapsed(d, id)))}>{collapsed ? 'Expand' : 'Collapse'}</Item>}
        {container && <Item disabled={children.length === 0} onClick={act(() => studio.select(children.map((c) => c.id)))}>Select children ({children.length})</Item>}
        <Item onClick={act(() => {
          setTraceFlow(studio, { from: id });
          studio.ui.getState().setPanel('trace');
        })}>Trace from here</Item>
        <Item onClick={act(() => {
          setTraceFlow(studio, { to: id });
          studio.ui.getState().setPanel('trace');
        })}>Trace to here</Item>
        <Item disabled={readOnly} onClick={act(() => deleteSelection(studio, [id]))}>Delete</Item>
      </>
    );
  })();

  return (
    <div className="menu-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()} onContextMenu={(e) => {
      e.preventDefault();
      close();
    }}>
      <div role="menu" aria-label={resource ? `Actions on ${resource.name || resource.id}` : 'Canvas actions'} className="context-menu" style={style}
        onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
        {body}
      </div>
    </div>
  );
}
