/**
 * Accounts, VPCs, subnets and EKS clusters: resizable frames whose children move with them.
 * A resize is committed to the layout once, when it ends: one undo step.
 */
import { memo, useCallback } from 'react';
import { NodeResizer, type NodeProps, type ResizeParams } from '@xyflow/react';
import { KINDS, setLayout, summaryOf } from '../../engine/model/index.ts';
import { useStudio } from '../../state/useStudio.ts';
import { growParents } from '../layout/growParents.ts';
import { KindIcon } from '../icons/KindIcon.tsx';
import type { ResourceFlowNode } from '../flowNodes.ts';
import { useFar } from '../levelOfDetail.ts';
import { Badges } from './Badges.tsx';
import { CollapseToggle } from './CollapseToggle.tsx';
import { Handles } from './Handles.tsx';
import { TraceMark } from './TraceMark.tsx';
import { useContainerCounts } from './useCounts.ts';
import { useIcon, useResource } from './useResource.ts';

/** Kinds that can be collapsed to a box with counts. */
const COLLAPSIBLE = new Set(['account', 'vpc']);

export interface ContainerNodeProps extends NodeProps<ResourceFlowNode> {
  /** Facts shown as badges in the title bar, separated by `|`. */
  readonly facts?: string;
}

export const ContainerNode = memo(function ContainerNode({ id, selected, facts, data }: ContainerNodeProps) {
  const resource = useResource(id);
  const far = useFar();
  const collapsed = data.collapsed === true;
  const counts = useContainerCounts(id, far || collapsed);
  const icon = useIcon(id);
  const studio = useStudio();
  const onResizeEnd = useCallback(
    (_event: unknown, p: ResizeParams) => {
      studio.apply((design) =>
        growParents(setLayout(design, { [id]: { ...design.layout[id], x: p.x, y: p.y, w: p.width, h: p.height } }), [id]),
      );
    },
    [id, studio],
  );
  if (!resource) return null;
  const className = `container-node container-${resource.kind}${selected ? ' is-selected' : ''}${far ? ' is-far' : ''}${collapsed ? ' is-collapsed' : ''}`;
  // Far out: a plain frame with its name and what it holds, on one line inside the header band
  // so it never runs over the boxes inside. A subnet's boxes show what it holds; it has no line.
  if (far) {
    return (
      <div className={className} data-testid={`node-${id}`}>
        {resource.kind !== 'subnet' && (
          <header className="container-header">
            <span className="node-name" title={resource.name}>{resource.name}</span>
            {counts && <span className="container-counts" data-testid={`counts-${id}`}>{counts}</span>}
          </header>
        )}
        <TraceMark id={id} />
        <Handles />
      </div>
    );
  }
  return (
    <div className={className} data-testid={`node-${id}`}>
      <NodeResizer isVisible={selected && !collapsed} minWidth={160} minHeight={90} onResizeEnd={onResizeEnd} />
      <header className="container-header">
        {COLLAPSIBLE.has(resource.kind) && <CollapseToggle id={id} collapsed={collapsed} name={resource.name} />}
        <KindIcon kind={resource.kind} {...(icon ? { icon } : {})} size={20} />
        <span className="container-kind">{KINDS[resource.kind].label}</span>
        <span className="node-name" title={resource.name}>{resource.name}</span>
        <span className="node-summary">{summaryOf(resource)}</span>
      </header>
      {collapsed && <div className="container-counts" data-testid={`counts-${id}`}>{counts}</div>}
      <Badges id={id} {...(facts ? { facts } : {})} />
      <TraceMark id={id} />
      <Handles />
    </div>
  );
});
