/** Connection points: any side may start or end an edge (the flow uses loose connections). */
import { Handle, Position } from '@xyflow/react';
import './handles.css';

export function Handles() {
  return (
    <>
      <Handle type="source" position={Position.Right} id="right" />
      <Handle type="source" position={Position.Left} id="left" />
    </>
  );
}
