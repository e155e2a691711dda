/** Selects a hop's resource and centres the canvas on the box the hop happened at. */
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { indexDesign } from '../../engine/model/index.ts';
import { badgeTarget } from '../../state/findingBadges.ts';
import { useStudio } from '../../state/useStudio.ts';

export function useFocusHop(): (resourceId: string, node: string | undefined) => void {
  const flow = useReactFlow();
  const studio = useStudio();
  return useCallback(
    (resourceId: string, node: string | undefined) => {
      const index = indexDesign(studio.getDesign());
      if (index.byId.has(resourceId)) studio.select([resourceId]);
      const box = [node, resourceId, badgeTarget(index, [resourceId])].find((id) => id !== undefined && flow.getNode(id) !== undefined);
      if (box) void flow.fitView({ nodes: [{ id: box }], padding: 0.35, maxZoom: 1.2, duration: 300 });
    },
    [flow, studio],
  );
}
