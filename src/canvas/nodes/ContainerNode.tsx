/**
 * Accounts, VPCs, subnets and EKS clusters: resizable frames whose children move with them.
 * A resize is committed to the layout once, when it ends: one undo step.
 */
import { memo, useCallback } from 'react';
import { NodeResizer, type NodeProps, type ResizeParams } from '@xyflow/react';
import { KINDS, setLayout } from '../../engine/model/index.ts';
import { applyOperation } from '../../state/designStore.ts';
import { growParents } from '../layout/growParents.ts';
import { KindIcon } from '../icons/KindIcon.tsx';
import type { ResourceFlowNode } from '../flowNodes.ts';
import { Badges } from './Badges.tsx';
import { Handles } from './Handles.tsx';
import { TraceMark } from './TraceMark.tsx';
import { summary } from './summary.ts';
import { useResource } from './useResource.ts';

export interface ContainerNodeProps extends NodeProps<ResourceFlowNode> {
  /** Facts shown as badges in the title bar, separated by `|`. */
  readonly facts?: string;
}

export const ContainerNode = memo(function ContainerNode({ id, selected, facts }: ContainerNodeProps) {
  const resource = useResource(id);
  const onResizeEnd = useCallback(
    (_event: unknown, p: ResizeParams) => {
      applyOperation((design) =>
        growParents(setLayout(design, { [id]: { ...design.layout[id], x: p.x, y: p.y, w: p.width, h: p.height } }), [id]),
      );
    },
    [id],
  );
  if (!resource) return null;
  return (
    <div className={`container-node container-${resource.kind}${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`}>
      <NodeResizer isVisible={selected} minWidth={160} minHeight={90} onResizeEnd={onResizeEnd} />
      <header className="container-header">
        <KindIcon kind={resource.kind} size={20} />
        <span className="container-kind">{KINDS[resource.kind].label}</span>
        <span className="node-name" title={resource.name}>{resource.name}</span>
        <span className="node-summary">{summary(resource)}</span>
      </header>
      <Badges id={id} {...(facts ? { facts } : {})} />
      <TraceMark id={id} />
      <Handles />
    </div>
  );
});
