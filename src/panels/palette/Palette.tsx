/**
 * The palette: kinds grouped as an architect thinks, plus presets (a Proxy) and actions (an
 * Elastic IP for the selected box) from `canvas/paletteEntries.ts`. Drag one onto the canvas
 * or click it; kinds drawn as edges are made by connecting boxes, and the other badge kinds
 * are created with their VPC.
 */
import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { PaletteGroup, ResourceKind } from '../../engine/model/index.ts';
import { KINDS, whereItMayGo } from '../../engine/model/index.ts';
import { KindIcon } from '../../canvas/icons/KindIcon.tsx';
import { KIND_MIME } from '../../canvas/dropResource.ts';
import { useRevealBox } from '../../canvas/reveal.ts';
import { entryOperation, PALETTE_ENTRIES, type PaletteEntry } from '../../canvas/paletteEntries.ts';
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
  'vpn-connection': 'Connect a transit or virtual private gateway to a customer gateway',
  'tgw-peering': 'Connect two transit gateways',
  'ram-share': 'Connect a subnet to an account',
};

function onDragStart(event: DragEvent, key: string) {
  event.dataTransfer.setData(KIND_MIME, key);
  event.dataTransfer.effectAllowed = 'copy';
}

type Reveal = ReturnType<typeof useRevealBox>;

function addWithoutDragging(studio: Studio, reveal: Reveal, entry: PaletteEntry) {
  const result = studio.apply(entryOperation(entry, studio.ui.getState().selection));
  if (!result.ok) return studio.notify(result.reason, 'error');
  // An Elastic IP given to a box keeps that box selected; anything else selects what was added.
  if (KINDS[entry.kind].drawnAs !== 'node') return;
  studio.select([result.ids[0]!]);
  reveal(studio.getDesign(), result.ids[0]!);
}

/** What the entry's tooltip says it does. */
function titleOf(entry: PaletteEntry): string {
  if (entry.hint) return `${entry.label}: ${entry.hint.toLowerCase()}`;
  const where = whereItMayGo(entry.kind).replace('inside the canvas itself', 'on the canvas');
  return entry.preset ? `${entry.label} (${KINDS[entry.kind].label}): goes ${where}` : `${entry.label}: goes ${where}`;
}

const PaletteItem = memo(function PaletteItem({ entry }: { entry: PaletteEntry }) {
  const kind = entry.kind;
  const info = KINDS[kind];
  const hint = EDGE_HINT[kind] ?? entry.hint;
  const studio = useStudio();
  const reveal = useRevealBox();
  const draggable = info.drawnAs !== 'edge';
  return (
    <li
      className={`palette-item${draggable ? '' : ' is-hint'}`}
      draggable={draggable}
      onDragStart={draggable ? (e) => onDragStart(e, entry.key) : undefined}
      {...(draggable
        ? {
            role: 'button',
            tabIndex: 0,
            onClick: () => addWithoutDragging(studio, reveal, entry),
            onKeyDown: (e: KeyboardEvent) => e.key === 'Enter' && addWithoutDragging(studio, reveal, entry),
          }
        : {})}
      title={draggable ? titleOf(entry) : hint}
      data-kind={entry.key}
    >
      <KindIcon kind={kind} size={22} />
      <span className="palette-label">{entry.label}</span>
      {hint && <span className="palette-hint">{hint}</span>}
    </li>
  );
});

export const Palette = memo(function Palette() {
  const studio = useStudio();
  const reveal = useRevealBox();
  const [query, setQuery] = useState('');
  // Badge kinds (route tables, groups, ACLs, target groups) live in the inspector.
  const inGroup = (group: PaletteGroup) =>
    PALETTE_ENTRIES.filter((e) => e.group === group && matchesQuery({ kind: e.kind, label: e.label, group: e.group }, query));
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') return setQuery('');
    if (event.key !== 'Enter') return;
    const first = GROUPS.flatMap(inGroup).find((e) => KINDS[e.kind].drawnAs !== 'edge');
    if (first) addWithoutDragging(studio, reveal, first);
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
        const entries = inGroup(group);
        if (entries.length === 0) return null;
        return (
          <section key={group} className="palette-group">
            <h2>{group}</h2>
            <ul>
              {entries.map((entry) => (
                <PaletteItem key={entry.key} entry={entry} />
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
});
