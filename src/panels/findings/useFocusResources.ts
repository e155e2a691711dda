/** Selects a finding's resources and centres the canvas on them. */
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { indexDesign } from '../../engine/model/index.ts';
import { badgeTarget } from '../../state/findingBadges.ts';
import { useStudio } from '../../state/useStudio.ts';

export function useFocusResources(): (ids: readonly string[]) => void {
  const flow = useReactFlow();
  const studio = useStudio();
  return useCallback(
    (ids: readonly string[]) => {
      const index = indexDesign(studio.getDesign());
      const present = ids.filter((id) => index.byId.has(id));
      studio.select(present);
      const shown = (list: readonly (string | undefined)[]) =>
        [...new Set(list)].filter((id): id is string => id !== undefined && flow.getNode(id) !== undefined);
      // The resources' own boxes; when none is a box (a route table, a peering), where its badge is.
      let nodes = shown(present);
      if (nodes.length === 0) nodes = shown([badgeTarget(index, present)]);
      if (nodes.length > 0) void flow.fitView({ nodes: nodes.map((id) => ({ id })), padding: 0.35, maxZoom: 1.2, duration: 300 });
    },
    [flow, studio],
  );
}
