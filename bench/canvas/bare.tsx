/**
 * The baseline: a bare React Flow page with N plain default nodes in a grid, nothing else.
 * The canvas benchmark compares the studio's frame times against this page's.
 */
import { Controls, ReactFlow, ReactFlowProvider, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

const count = Number(new URLSearchParams(location.search).get('nodes') ?? '1000');
const columns = Math.ceil(Math.sqrt(count));
const nodes: Node[] = Array.from({ length: count }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % columns) * 200, y: Math.floor(i / columns) * 80 },
  data: { label: `node ${i}` },
  style: { width: 168, height: 48 },
}));

function Bare() {
  return (
    <div style={{ width: '100vw', height: '100vh' }} data-testid="canvas">
      {/* Controls as in the studio: the benchmark refits the view with them. */}
      <ReactFlow defaultNodes={nodes} defaultEdges={[]} fitView minZoom={0.05}>
        <Controls position="bottom-left" />
      </ReactFlow>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Bare />
  </ReactFlowProvider>,
);
