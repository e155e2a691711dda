/** Sizes on the canvas, shared by the default layout, drops and node components. */
import { DEFAULT_SIZES } from '../../engine/layout/sizes.ts';
import type { ResourceKind } from '../../engine/model/index.ts';

export const LEAF = DEFAULT_SIZES.leaf;
/** Room for a container's title bar. */
export const HEADER = DEFAULT_SIZES.header;
export const PAD = DEFAULT_SIZES.padding;
export const GAP = DEFAULT_SIZES.spacing;

/** The size a freshly dropped container starts with. */
export const NEW_CONTAINER: Partial<Record<ResourceKind, { w: number; h: number }>> = {
  account: { w: 900, h: 520 },
  vpc: { w: 420, h: 320 },
  subnet: { w: 260, h: 180 },
  'eks-cluster': { w: 220, h: 150 },
};
