/**
 * The palette: kinds grouped as an architect thinks. Drag one onto the canvas; kinds drawn
 * as edges are made by connecting boxes, and badge kinds are created with their VPC.
 */
import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { PaletteGroup, ResourceKind } from '../../engine/model/index.ts';
import { KINDS, RESOURCE_KINDS, whereItMayGo } from '../../engine/model/index.ts';
import { KindIcon } from '../../canvas/icons/KindIcon.tsx';
import { KIND_MIME } from '../../canvas/dropResource.ts';
import { addToSelectionOperation } from '../../canvas/addToSelection.ts';
import type { Studio } from '../../state/studio.ts';
import { useStudio } from '../../state/useStudio.ts';
import { matchesQuery } from './search.ts';

const GROUPS: readonly PaletteGroup[] = [
  'Organization',
  'Network',
  'Connectivity',
  'Load balancing',
  'Compute and containers',
  'Integration',
  'External',
];

/** Edge kinds are drawn by connecting two boxes; this says which. */
const EDGE_HINT: Partial<Record<ResourceKind, string>> = {
  'vpc-peering': 'Connect two VPCs',
  'tgw-attachment': 'Connect a VPC to a transit gateway',
  'ram-share': 'Connect a subnet to an account',
};

function onDragStart(event: DragEvent, kind: ResourceKind) {
  event.dataTransfer.setData(KIND_MIME, kind);
  event.dataTransfer.effectAllowed = 'copy';
}

function addWithoutDragging(studio: Studio, kind: ResourceKind) {
  const result = studio.apply(addToSelectionOperation(kind, studio.ui.getState().selection));
  if (result.ok) studio.select([result.ids[0]!]);
  else studio.notify(result.reason, 'error');
}

const PaletteItem = memo(function PaletteItem({ kind }: { kind: ResourceKind }) {
  const info = KINDS[kind];
  const hint = EDGE_HINT[kind];
  const studio = useStudio();
  const draggable = info.drawnAs === 'node';
  return (
    <li
      className={`palette-item${draggable ? '' : ' is-hint'}`}
      draggable={draggable}
      onDragStart={draggable ? (e) => onDragStart(e, kind) : undefined}
      {...(draggable
        ? {
            role: 'button',
            tabIndex: 0,
            onClick: () => addWithoutDragging(studio, kind),
            onKeyDown: (e: KeyboardEvent) => e.key === 'Enter' && addWithoutDragging(studio, kind),
          }
        : {})}
      title={draggable ? `${info.label}: goes ${whereItMayGo(kind).replace('inside the canvas itself', 'on the canvas')}` : hint}
      data-kind={kind}
    >
      <KindIcon kind={kind} size={22} />
      <span className="palette-label">{info.label}</span>
      {hint && <span className="palette-hint">{hint}</span>}
    </li>
  );
});

export const Palette = memo(function Palette() {
  const studio = useStudio();
  const [query, setQuery] = useState('');
  const shown = (kind: ResourceKind) => matchesQuery({ kind, label: KINDS[kind].label, group: KINDS[kind].group }, query);
  // Badge kinds (route tables, groups, ACLs, target groups) live in the inspector.
  const inGroup = (group: PaletteGroup) => RESOURCE_KINDS.filter((k) => KINDS[k].group === group && KINDS[k].drawnAs !== 'badge' && shown(k));
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') return setQuery('');
    if (event.key !== 'Enter') return;
    const first = GROUPS.flatMap(inGroup).find((k) => KINDS[k].drawnAs === 'node');
    if (first) addWithoutDragging(studio, first);
  };
  return (
    <nav className="palette" aria-label="Palette">
      <input
        type="search"
        className="palette-search"
        placeholder="Search: NAT, subnet, nlb…"
        aria-label="Search the palette"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onSearchKey}
      />
      {GROUPS.every((g) => inGroup(g).length === 0) && <p className="muted palette-none">Nothing matches “{query}”.</p>}
      {GROUPS.map((group) => {
        const kinds = inGroup(group);
        if (kinds.length === 0) return null;
        return (
          <section key={group} className="palette-group">
            <h2>{group}</h2>
            <ul>
              {kinds.map((kind) => (
                <PaletteItem key={kind} kind={kind} />
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
});
