/**
 * Nodes as React Flow sees them. They are derived from the design; between commits (a drag
 * in flight, a resize) React Flow moves a local copy, and the design is written once at
 * the end of the gesture. A new design version replaces the local copy. Selection lives in
 * the UI store and is laid over the nodes last, so selecting never rebuilds them.
 *
 * The design is drawn deferred: an edit is drawn in a render React can split and put off a
 * frame, so rebuilding thousands of nodes never lengthens the task that made the edit (a
 * keystroke, a drop, a key press).
 */
import { useCallback, useDeferredValue, useMemo, useReducer, useRef } from 'react';
import { applyNodeChanges, useStoreApi, type EdgeChange, type NodeChange } from '@xyflow/react';
import type { History } from '../state/history.ts';
import { useDesignStore } from '../state/designStore.ts';
import { useUiStore } from '../state/uiStore.ts';
import type { Studio } from '../state/studio.ts';
import { useStudio } from '../state/useStudio.ts';
import { buildEdges, type MeaningEdge } from './flowEdges.ts';
import { buildNodes, type ResourceFlowNode } from './flowNodes.ts';
import { createRoutes } from './edges/routes.ts';
import { reconcileEdges, reconcileNodes, withGeometryOf } from './reconcile.ts';

const NO_SELECTION: ReadonlySet<string> = new Set();

interface Local {
  readonly base: ResourceFlowNode[];
  readonly nodes: ResourceFlowNode[];
  /** The edit history when the copy was last changed: any later edit makes it stale. */
  readonly history: History | undefined;
}

export function useCanvasNodes() {
  const studio = useStudio();
  const history = useDesignStore((s) => s.history);
  const design = useDeferredValue(history.present);
  const store = useStoreApi<ResourceFlowNode, MeaningEdge>();
  const selection = useUiStore((s) => s.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  // The local copy is a ref: a drag step moves it without rendering the canvas (see onNodesChange).
  const local = useRef<Local>({ base: [], nodes: [], history: undefined });
  // Unchanged boxes keep their objects, so React Flow redraws only what an edit touched. They
  // are kept from the copy React Flow was last given, which carries each box's measured size:
  // a box handed over without it loses its measurements, and React Flow mounts every such box,
  // in view or not, to measure it again (the whole design, in one long task, per edit).
  const base = useMemo(() => reconcileNodes(local.current.nodes, buildNodes(design, NO_SELECTION)), [design]);
  const [version, redraw] = useReducer((n: number) => n + 1, 0);
  if (local.current.base === base && local.current.history !== history && history.present === design) {
    // An edit came and went before it was drawn (a drop undone at once): the design drawn is
    // the one the copy started from, but the gesture in the copy is no longer in it.
    local.current = { base, nodes: withGeometryOf(base, local.current.nodes), history };
  }
  const current = local.current.base === base ? local.current.nodes : base;

  const nodes = useMemo(
    () => current.map((n) => (Boolean(n.selected) === selected.has(n.id) ? n : { ...n, selected: selected.has(n.id) })),
    // `version` forces a fresh array after a reset, so React Flow drops a refused drag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, selected, version],
  );
  const previousEdges = useRef<MeaningEdge[]>([]);
  const edgeBase = useMemo(() => (previousEdges.current = reconcileEdges(previousEdges.current, buildEdges(design, NO_SELECTION))), [design]);
  // Selection is laid over the edges as over the nodes: selecting never rebuilds them.
  // An unchanged list stays the same array: React Flow re-indexes every edge it is handed.
  const edges = useMemo(() => {
    let changed = false;
    const next = edgeBase.map((e) => {
      const on = e.data?.resourceId !== undefined && selected.has(e.data.resourceId);
      if (Boolean(e.selected) === on) return e;
      changed = true;
      return { ...e, selected: on };
    });
    return changed ? next : edgeBase;
  }, [edgeBase, selected]);

  // Routes follow the design's boxes, not a drag in flight: one router per design version.
  const routes = useMemo(() => createRoutes(base, edgeBase), [base, edgeBase]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ResourceFlowNode>[]) => {
      // Selection is kept by the UI store; only geometry is local.
      applySelectChanges(studio, changes);
      const geometry = changes.filter((c) => c.type !== 'select');
      if (geometry.length === 0) return;
      const from = local.current.base === base ? local.current.nodes : base;
      local.current = { base, nodes: applyNodeChanges(geometry, from), history: studio.design.getState().history };
      if (geometry.every((c) => c.type === 'position' && c.dragging)) {
        // A drag step goes straight to React Flow, as on an uncontrolled canvas: rendering the
        // canvas and handing it a new node array per pointer move costs a frame at this size.
        // The step's end (dragging false) takes the ordinary path below.
        const { nodes: shown, setNodes } = store.getState();
        setNodes(applyNodeChanges(geometry, shown));
        return;
      }
      redraw();
    },
    [base, store, studio],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<MeaningEdge>[]) => {
      // An edge that stands for a resource selects that resource.
      const byId = new Map(edges.map((e) => [e.id, e.data?.resourceId]));
      applySelectChanges(studio, changes.flatMap((c) => (c.type === 'select' && byId.get(c.id) ? [{ ...c, id: byId.get(c.id)! }] : [])));
    },
    [edges, studio],
  );
  const reset = useCallback(() => {
    // Back to the design's geometry, box by box: the boxes the gesture moved take the design's
    // place and size again, every box keeps what React Flow measured (handing back `base`
    // itself would drop the sizes measured since it was built, and remount every box).
    const from = local.current.base === base ? local.current.nodes : base;
    local.current = { base, nodes: withGeometryOf(base, from), history: studio.design.getState().history };
    redraw();
  }, [base, studio]);
  return { nodes, edges, routes, onNodesChange, onEdgesChange, reset };
}

function applySelectChanges(studio: Studio, changes: readonly (NodeChange | EdgeChange)[]): void {
  const picks = changes.filter((c) => c.type === 'select');
  if (picks.length === 0) return;
  const next = new Set(studio.ui.getState().selection);
  for (const change of picks) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  studio.select([...next]);
}
