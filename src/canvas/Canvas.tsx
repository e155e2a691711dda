/**
 * The canvas: React Flow over the design. Gestures become operations on the design;
 * React Flow only holds the in-between state of a drag or resize.
 */
import { useCallback, type DragEvent, type MouseEvent } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useKeyPress,
  useReactFlow,
  type Connection,
  type FinalConnectionState,
} from '@xyflow/react';
import { connect, KINDS } from '../engine/model/index.ts';
import { importFiles, readFiles } from '../state/importer.ts';
import { useUiStore } from '../state/uiStore.ts';
import { useStudio } from '../state/useStudio.ts';
import { dragOperation } from './commitDrag.ts';
import { boxAt } from './containerAt.ts';
import { dropOperation, KIND_MIME } from './dropResource.ts';
import { entryOperation, paletteEntry } from './paletteEntries.ts';
import { edgeTypes } from './edges/MeaningEdge.tsx';
import { CANVAS_KEYS } from './keys.ts';
import { RoutesContext } from './edges/routes.ts';
import type { MeaningEdge } from './flowEdges.ts';
import type { ResourceFlowNode } from './flowNodes.ts';
import { FarContext, useFarZoom } from './levelOfDetail.ts';
import { minimapColor } from './minimapColor.ts';
import { nodeTypes } from './nodes/nodeTypes.ts';
import { useRevealBox } from './reveal.ts';
import { useCanvasNodes } from './useCanvasNodes.ts';

/**
 * The minimap redraws every box it holds on each pan and zoom step; past this many boxes
 * that costs more than the canvas itself, and level of detail plus collapse take its place.
 */
const MINIMAP_LIMIT = 800;

export function Canvas() {
  const { nodes, edges, routes, onNodesChange, onEdgesChange, reset } = useCanvasNodes();
  const flow = useReactFlow<ResourceFlowNode, MeaningEdge>();
  const studio = useStudio();
  const reveal = useRevealBox();
  const readOnly = useUiStore((s) => s.readOnly);
  const far = useFarZoom();
  // React Flow pans with Space held only where the pointer is on bare canvas; a large landing
  // zone leaves none. While Space is down, boxes and edges let the pointer through to the pane.
  const spacePan = useKeyPress(CANVAS_KEYS.pan);
  const internals = useCallback(
    () => flow.getNodes().flatMap((n) => flow.getInternalNode(n.id) ?? []),
    [flow],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      const entry = paletteEntry(event.dataTransfer.getData(KIND_MIME));
      if (!entry) {
        const files = [...event.dataTransfer.files];
        if (files.length) void readFiles(studio, files).then((read) => read && importFiles(studio, read));
        return;
      }
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const nodes = internals();
      // What is not a box (an Elastic IP) is given to the box it is dropped on.
      const target = boxAt(nodes, point);
      const op = KINDS[entry.kind].drawnAs === 'node' ? dropOperation(entry.kind, point, nodes, entry.preset) : entryOperation(entry, target ? [target.id] : []);
      const result = studio.apply(op);
      if (!result.ok) return studio.notify(result.reason, 'error');
      studio.select([result.ids[0]!]);
      // Free space may be off the pointer, past the edge of the view.
      if (KINDS[entry.kind].drawnAs === 'node') reveal(studio.getDesign(), result.ids[0]!);
    },
    [flow, internals, reveal, studio],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: ResourceFlowNode, dragged: ResourceFlowNode[]) => {
      const result = studio.apply(dragOperation(dragged, internals()));
      if (!result.ok) {
        studio.notify(result.reason, 'error');
        reset();
      }
    },
    [internals, reset, studio],
  );

  const onConnect = useCallback((connection: Connection) => {
    const result = studio.apply((design) =>
      connect(design, connection.source, connection.target),
    );
    if (!result.ok) studio.notify(result.reason, 'error');
  }, [studio]);

  // The menu itself is the app's; the canvas says where and on what.
  const onNodeMenu = useCallback((event: MouseEvent, node: ResourceFlowNode) => {
    event.preventDefault();
    if (!studio.ui.getState().selection.includes(node.id)) studio.select([node.id]);
    studio.ui.getState().openMenu({ x: event.clientX, y: event.clientY, target: node.id });
  }, [studio]);
  const onPaneMenu = useCallback((event: MouseEvent | globalThis.MouseEvent) => {
    event.preventDefault();
    studio.ui.getState().openMenu({ x: event.clientX, y: event.clientY });
  }, [studio]);
  // A connection dropped on a box's body, not on a handle, connects to that box.
  const onConnectEnd = useCallback((event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode) return;
    const to = boxUnder(event);
    if (to && to !== state.fromNode.id) onConnect({ source: state.fromNode.id, target: to, sourceHandle: null, targetHandle: null });
  }, [onConnect]);

  return (
    <div className={spacePan ? 'canvas is-space-panning' : 'canvas'} onDragOver={allowDrop} onDrop={onDrop} data-testid="canvas">
      <FarContext value={far}>
        <RoutesContext value={routes}>
        <ReactFlow<ResourceFlowNode, MeaningEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onEdgesChange={onEdgesChange}
          connectionMode={ConnectionMode.Loose}
          // Stacking as flowNodes/flowEdges set it: containers by depth, then edges, then leaf
          // boxes. React Flow's default lifts an edge above the boxes it joins.
          zIndexMode="manual"
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={null}
          selectionKeyCode={CANVAS_KEYS.boxSelect}
          multiSelectionKeyCode={[...CANVAS_KEYS.addToSelection]}
          onNodeContextMenu={onNodeMenu}
          onPaneContextMenu={onPaneMenu}
          // Only boxes in view are in the DOM: a landing zone has thousands, a screen shows dozens.
          // Kept on far out too: switching it at the level-of-detail line mounted every box of
          // the design in one long task; this way boxes come in a few per zoom step.
          onlyRenderVisibleElements
          minZoom={0.1}
          fitView
          fitViewOptions={{ padding: 0.06, maxZoom: 1.1 }}
          attributionPosition="top-right"
        >
          {/* The dot grid only near: far out its dots are a pixel apart and cost a full repaint per frame. */}
          {!far && <Background gap={24} size={1} color="#d5d9e0" />}
          <Controls position="bottom-left" />
          {nodes.length <= MINIMAP_LIMIT && (
            <MiniMap position="bottom-right" pannable zoomable nodeColor={minimapColor} />
          )}
        </ReactFlow>
        </RoutesContext>
      </FarContext>
      {nodes.length === 0 && (
        <div className="canvas-empty">
          <strong>An empty design</strong>
          <span>
            Drag an Account from the palette to start, then a VPC into it and subnets into the VPC.
            Or open one from Examples.
          </span>
        </div>
      )}
    </div>
  );
}

/** The innermost box under the pointer where a gesture ended. */
function boxUnder(event: globalThis.MouseEvent | TouchEvent): string | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  for (const element of document.elementsFromPoint(point.clientX, point.clientY)) {
    const node = element.closest<HTMLElement>('.react-flow__node');
    if (node?.dataset.id) return node.dataset.id;
  }
  return undefined;
}

function allowDrop(event: DragEvent) {
  // A palette entry, or files to import (a plan, a template, a network-config, a design).
  if (event.dataTransfer.types.includes(KIND_MIME) || event.dataTransfer.types.includes('Files')) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }
}
