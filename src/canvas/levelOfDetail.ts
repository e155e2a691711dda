/**
 * Level of detail. Below FAR_ZOOM a box's text is too small to read, so nodes draw as plain
 * boxes (containers keep their name and counts), edges lose their labels, badges hide.
 * The canvas reads the zoom once, as a boolean, and hands it down by context: a pan or
 * wheel step runs one selector, not one per node and edge, and boxes redraw only when
 * the zoom crosses the line.
 */
import { createContext, useContext } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

export const FAR_ZOOM = 0.45;

const far = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/** For the canvas itself: subscribes to the zoom. */
export function useFarZoom(): boolean {
  return useStore(far);
}

export const FarContext = createContext(false);

/** For nodes and edges: whether the canvas is zoomed far out. */
export function useFar(): boolean {
  return useContext(FarContext);
}
