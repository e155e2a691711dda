/**
 * An EC2 instance sits in one subnet (its primary interface's): a single picker showing the
 * subnet it is drawn in; choosing another moves the box there.
 */
import type { Resource, ResourceKind } from '../../engine/model/index.ts';
import { useStudio } from '../../state/useStudio.ts';
import { moveIntoSubnet } from './moveIntoSubnet.ts';
import { ReferencePicker } from './ReferencePickers.tsx';

const ONE_SUBNET: ReadonlySet<ResourceKind> = new Set(['instance']);

export const hasOneSubnet = (kind: ResourceKind) => ONE_SUBNET.has(kind);

export function OneSubnet({ id, resource, drawnIn }: { id: string; resource: Resource; drawnIn: string | undefined }) {
  const studio = useStudio();
  const listed = 'subnets' in resource ? resource.subnets?.[0] : undefined;
  return (
    <ReferencePicker
      id={id}
      value={drawnIn ?? listed ?? ''}
      kinds={['subnet']}
      optional={false}
      scopeOf={resource.id}
      onChange={(subnet) => {
        if (!subnet || subnet === drawnIn) return;
        const result = studio.apply(moveIntoSubnet(resource.id, subnet));
        if (!result.ok) studio.notify(result.reason, 'error');
      }}
    />
  );
}
