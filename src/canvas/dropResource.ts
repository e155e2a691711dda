/**
 * A kind dragged from the palette and dropped on the canvas becomes a resource in the
 * container under the pointer, in free space there, or is refused with where it may go.
 */
import type { InternalNode } from '@xyflow/react';
import type { Design, OpResult, ResourceKind } from '../engine/model/index.ts';
import { addResource, KINDS, newFittedResource } from '../engine/model/index.ts';
import { containerAt, type Point } from './containerAt.ts';
import type { ResourceFlowNode } from './flowNodes.ts';
import { growParents } from './layout/growParents.ts';
import { nestingLayout } from './layout/nesting.ts';
import { newBox } from './layout/placement.ts';
import { FOOTER, HEADER, LEAF, newContainerSize, PAD } from './layout/sizes.ts';

/** MIME type of a palette drag: the palette entry's key (a kind, or a preset such as `proxy`). */
export const KIND_MIME = 'application/x-landing-zone-kind';

/**
 * The size a new box starts at: a container dropped into a smaller one shrinks to fit, so
 * what was dropped inside stays inside.
 */
export function newSize(design: Design, kind: ResourceKind, parentId: string | undefined): { w: number; h: number } {
  const wanted = newContainerSize(kind) ?? LEAF;
  if (!KINDS[kind].container || !parentId) return wanted;
  const parent = nestingLayout(design)[parentId];
  if (!parent) return wanted;
  return { w: Math.max(120, Math.min(wanted.w, parent.w - 2 * PAD)), h: Math.max(60, Math.min(wanted.h, parent.h - HEADER - FOOTER)) };
}

/** Adds a new resource of `kind` in free space of `parentId` (near `want` when given); its parents grow to hold it. */
export function placeNew(
  design: Design,
  kind: ResourceKind,
  parentId: string | undefined,
  want?: Point,
  preset: Readonly<Record<string, unknown>> = {},
): OpResult {
  const resource = newFittedResource(design, kind, { ...preset, ...(parentId ? { parent: parentId } : {}) });
  const size = newSize(design, kind, parentId);
  const drawn = KINDS[kind].drawnAs === 'node';
  const result = addResource(design, resource, drawn ? newBox(design, parentId, size, KINDS[kind].container, want) : undefined);
  return result.ok && drawn ? { ...result, design: growParents(result.design, [resource.id]) } : result;
}

export function dropOperation(
  kind: ResourceKind,
  point: Point,
  nodes: readonly InternalNode<ResourceFlowNode>[],
  preset: Readonly<Record<string, unknown>> = {},
): (design: Design) => OpResult {
  return (design) => {
    const container = containerAt(nodes, point);
    const origin = container?.internals.positionAbsolute ?? { x: 0, y: 0 };
    const size = newSize(design, kind, container?.id);
    // The box is centred on the pointer, its title under it.
    const want = { x: point.x - origin.x - size.w / 2, y: point.y - origin.y - 18 };
    return placeNew(design, kind, container?.id, want, preset);
  };
}
