/**
 * Nodes as React Flow sees them. They are derived from the design; between commits (a drag
 * in flight, a resize) React Flow moves its local copy, and the design is written once at
 * the end of the gesture. A new design version replaces the local copy.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useDesign } from '../state/designStore.ts';
import { useUiStore } from '../state/uiStore.ts';
import { buildEdges } from './flowEdges.ts';
import { buildNodes, type ResourceFlowNode } from './flowNodes.ts';

export function useCanvasNodes() {
  const design = useDesign();
  const selection = useUiStore((s) => s.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  // Selection is read through a ref-like snapshot so a selection change alone does not rebuild nodes.
  const base = useMemo(() => buildNodes(design, new Set(useUiStore.getState().selection)), [design]);
  const [nodes, setNodes] = useState<ResourceFlowNode[]>(base);
  const [source, setSource] = useState(base);
  if (source !== base) {
    setSource(base);
    setNodes(base);
  }

  // Selection made elsewhere (keyboard, lists) shows on the canvas.
  useEffect(() => {
    setNodes((current) => {
      let changed = false;
      const next = current.map((n) => {
        const want = selected.has(n.id);
        if (Boolean(n.selected) === want) return n;
        changed = true;
        return { ...n, selected: want };
      });
      return changed ? next : current;
    });
  }, [selected]);

  const edges = useMemo(() => buildEdges(design, selected), [design, selected]);
  const onNodesChange = useCallback((changes: NodeChange<ResourceFlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
  }, []);
  const reset = useCallback(() => setNodes(base), [base]);
  return { nodes, edges, onNodesChange, reset };
}
