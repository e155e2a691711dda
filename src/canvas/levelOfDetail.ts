/**
 * Level of detail. Below FAR_ZOOM a box's text is too small to read, so nodes draw as plain
 * boxes (containers keep their name and counts), edges lose their labels, badges hide. The
 * selector is a boolean: a node re-renders only when the zoom crosses the line, not on
 * every wheel step.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';

export const FAR_ZOOM = 0.45;

const far = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

export function useFar(): boolean {
  return useStore(far);
}
