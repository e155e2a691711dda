/**
 * Ctrl/Cmd+K: find any resource by name, id or CIDR; Enter (or a click) selects it and
 * centres its box. A resource drawn as a badge or an edge centres the box that shows it.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { indexDesign, KINDS } from '../engine/model/index.ts';
import { shownAs } from '../canvas/collapse.ts';
import { useDesignStore } from '../state/designStore.ts';
import { findResources } from '../state/find.ts';
import { useStudio } from '../state/useStudio.ts';
import { Overlay } from './Overlay.tsx';

export default function Finder() {
  const studio = useStudio();
  const flow = useReactFlow();
  const design = useDesignStore((s) => s.history.present);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => findResources(design, query), [design, query]);
  const close = () => studio.ui.getState().setOverlay(undefined);

  const go = (id: string) => {
    const index = indexDesign(design);
    const resource = index.get(id);
    // Badges are drawn on their VPC, edges between boxes: centre the box that shows it.
    const box = resource && KINDS[resource.kind].drawnAs === 'node' ? id : (resource?.parent ?? id);
    const shown = shownAs(design, box);
    studio.select([id]);
    close();
    void flow.fitView({ nodes: [{ id: shown }], duration: 250, maxZoom: 1.1, padding: 0.6 });
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter' && results[active]) go(results[active].id);
    else return;
    event.preventDefault();
  };

  return (
    <Overlay label="Find a resource" onClose={close} className="finder">
      <input
        autoFocus
        type="search"
        className="finder-input"
        placeholder="Name, id, CIDR or address"
        aria-label="Find a resource"
        aria-controls="finder-results"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul id="finder-results" className="finder-results" role="listbox" aria-label="Resources found">
        {results.map((r, i) => (
          <li key={r.id} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseEnter={() => setActive(i)} onClick={() => go(r.id)}>
            <span className="finder-name">{r.name || r.id}</span>
            <span className="muted">{KINDS[r.kind].label} · {r.id}{r.detail ? ` · ${r.detail}` : ''}</span>
          </li>
        ))}
      </ul>
      {query.trim() && results.length === 0 && <p className="muted">Nothing in this design matches “{query}”.</p>}
    </Overlay>
  );
}
