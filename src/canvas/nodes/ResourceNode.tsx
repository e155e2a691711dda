/** A resource drawn as a box: gateways, load balancers, compute, brokers, APIs, externals. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { KINDS, summaryOf } from '../../engine/model/index.ts';
import { GROUP_COLOR, KindIcon } from '../icons/KindIcon.tsx';
import type { ResourceFlowNode } from '../flowNodes.ts';
import { useFar } from '../levelOfDetail.ts';
import { Badges } from './Badges.tsx';
import { Handles } from './Handles.tsx';
import { TraceMark } from './TraceMark.tsx';
import { useResource } from './useResource.ts';

export const ResourceNode = memo(function ResourceNode({ id, selected }: NodeProps<ResourceFlowNode>) {
  const resource = useResource(id);
  const far = useFar();
  if (!resource) return null;
  // Far out the text would be a few pixels high: a plain box edged in its group's colour instead.
  if (far) {
    return (
      <div
        className={`resource-node is-far${selected ? ' is-selected' : ''}`}
        data-kind={resource.kind}
        data-testid={`node-${id}`}
        title={resource.name}
        style={{ borderColor: GROUP_COLOR[KINDS[resource.kind].group] }}
      >
        <TraceMark id={id} />
        <Handles />
      </div>
    );
  }
  return (
    <div className={`resource-node${selected ? ' is-selected' : ''}`} data-kind={resource.kind} data-testid={`node-${id}`}>
      <KindIcon kind={resource.kind} size={28} />
      <div className="node-text">
        <div className="node-name" title={resource.name}>{resource.name || KINDS[resource.kind].label}</div>
        <div className="node-summary">{summaryOf(resource) || KINDS[resource.kind].label}</div>
      </div>
      <Badges id={id} />
      <TraceMark id={id} />
      <Handles />
    </div>
  );
});
