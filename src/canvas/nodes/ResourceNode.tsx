/** A resource drawn as a box: gateways, load balancers, compute, brokers, APIs, externals. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { KINDS } from '../../engine/model/index.ts';
import { KindIcon } from '../icons/KindIcon.tsx';
import type { ResourceFlowNode } from '../flowNodes.ts';
import { Badges } from './Badges.tsx';
import { Handles } from './Handles.tsx';
import { TraceMark } from './TraceMark.tsx';
import { summary } from './summary.ts';
import { useResource } from './useResource.ts';

export const ResourceNode = memo(function ResourceNode({ id, selected }: NodeProps<ResourceFlowNode>) {
  const resource = useResource(id);
  if (!resource) return null;
  return (
    <div className={`resource-node${selected ? ' is-selected' : ''}`} data-kind={resource.kind} data-testid={`node-${id}`}>
      <KindIcon kind={resource.kind} size={28} />
      <div className="node-text">
        <div className="node-name" title={resource.name}>{resource.name || KINDS[resource.kind].label}</div>
        <div className="node-summary">{summary(resource) || KINDS[resource.kind].label}</div>
      </div>
      <Badges id={id} />
      <TraceMark id={id} />
      <Handles />
    </div>
  );
});
