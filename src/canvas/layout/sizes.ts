/** Sizes on the canvas, shared by the default layout, drops and node components. */
import type { ResourceKind } from '../../engine/model/index.ts';

export const LEAF = { w: 168, h: 48 } as const;
/** Room for a container's title bar. */
export const HEADER = 36;
export const PAD = 16;
export const GAP = 16;

/** The size a freshly dropped container starts with. */
export const NEW_CONTAINER: Partial<Record<ResourceKind, { w: number; h: number }>> = {
  account: { w: 900, h: 520 },
  vpc: { w: 420, h: 320 },
  subnet: { w: 260, h: 180 },
  'eks-cluster': { w: 220, h: 150 },
};
