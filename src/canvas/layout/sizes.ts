/** Sizes on the canvas, shared by the default layout, drops and node components. */
import { DEFAULT_SIZES } from '../../engine/layout/sizes.ts';
import { KINDS, type ResourceKind } from '../../engine/model/index.ts';

export const LEAF = DEFAULT_SIZES.leaf;
/** Room for a container's title bar. */
export const HEADER = DEFAULT_SIZES.header;
export const PAD = DEFAULT_SIZES.padding;
/** Room under a container's contents for its badges. */
export const FOOTER = DEFAULT_SIZES.footer;
export const GAP = DEFAULT_SIZES.spacing;

/** The size a freshly dropped container starts with (declared per kind in the registry). */
export function newContainerSize(kind: ResourceKind): { w: number; h: number } | undefined {
  const size = KINDS[kind]?.drawnSize;
  return size && { ...size };
}
