/**
 * Nodes as React Flow sees them. They are derived from the design; between commits (a drag
 * in flight, a resize) React Flow moves a local copy, and the design is written once at
 * the end of the gesture. A new design version replaces the local copy. Selection lives in
 * the UI store and is laid over the nodes last, so selecting never rebuilds them.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useDesign } from '../state/designStore.ts';
import { selectIds, useUiStore } from '../state/uiStore.ts';
import { buildEdges, type MeaningEdge } from './flowEdges.ts';
import { buildNodes, type ResourceFlowNode } from './flowNodes.ts';
import { reconcileEdges, reconcileNodes } from './reconcile.ts';

const NO_SELECTION: ReadonlySet<string> = new Set();

export function useCanvasNodes() {
  const design = useDesign();
  const selection = useUiStore((s) => s.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  // Unchanged boxes keep their objects, so React Flow redraws only what an edit touched.
  const previousBase = useRef<ResourceFlowNode[]>([]);
  const base = useMemo(() => (previousBase.current = reconcileNodes(previousBase.current, buildNodes(design, NO_SELECTION))), [design]);
  const [local, setLocal] = useState<{ base: ResourceFlowNode[]; nodes: ResourceFlowNode[] }>({ base, nodes: base });
  const current = local.base === base ? local.nodes : base;

  const nodes = useMemo(
    () => current.map((n) => (Boolean(n.selected) === selected.has(n.id) ? n : { ...n, selected: selected.has(n.id) })),
    [current, selected],
  );
  const previousEdges = useRef<MeaningEdge[]>([]);
  const edges = useMemo(() => (previousEdges.current = reconcileEdges(previousEdges.current, buildEdges(design, selected))), [design, selected]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ResourceFlowNode>[]) => {
      // Selection is kept by the UI store; only geometry is local.
      applySelectChanges(changes);
      const geometry = changes.filter((c) => c.type !== 'select');
      if (geometry.length === 0) return;
      setLocal((prev) => ({ base, nodes: applyNodeChanges(geometry, prev.base === base ? prev.nodes : base) }));
    },
    [base],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<MeaningEdge>[]) => {
      // An edge that stands for a resource selects that resource.
      const byId = new Map(edges.map((e) => [e.id, e.data?.resourceId]));
      applySelectChanges(changes.flatMap((c) => (c.type === 'select' && byId.get(c.id) ? [{ ...c, id: byId.get(c.id)! }] : [])));
    },
    [edges],
  );
  const reset = useCallback(() => setLocal({ base, nodes: base }), [base]);
  return { nodes, edges, onNodesChange, onEdgesChange, reset };
}

function applySelectChanges(changes: readonly (NodeChange | EdgeChange)[]): void {
  const picks = changes.filter((c) => c.type === 'select');
  if (picks.length === 0) return;
  const next = new Set(useUiStore.getState().selection);
  for (const change of picks) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  selectIds([...next]);
}
