/**
 * A kind dragged from the palette and dropped on the canvas becomes a resource in the
 * container under the pointer, or is refused with where it may go.
 */
import type { InternalNode } from '@xyflow/react';
import type { Design, OpResult, ResourceKind } from '../engine/model/index.ts';
import { addResource, indexDesign, KINDS, newResource } from '../engine/model/index.ts';
import { cidrBlock, freeBlock } from '../engine/net/cidr.ts';
import { containerAt, type Point } from './containerAt.ts';
import type { ResourceFlowNode } from './flowNodes.ts';
import { HEADER, LEAF, newContainerSize, PAD } from './layout/sizes.ts';

/** MIME type of a palette drag. */
export const KIND_MIME = 'application/x-landing-zone-kind';

/** Fields that make a new resource fit where it lands: a free CIDR, the next AZ. */
function fitting(design: Design, kind: ResourceKind, parentId: string | undefined): Record<string, unknown> {
  const index = indexDesign(design);
  if (kind === 'subnet' && parentId) {
    const vpc = index.getOf(parentId, 'vpc');
    const siblings = (index.children.get(parentId) ?? []).filter((c) => c.kind === 'subnet');
    const taken = siblings.flatMap((s) => (s.kind === 'subnet' ? [cidrBlock(s.cidr)!].filter(Boolean) : []));
    const cidr = vpc ? freeBlock(vpc.cidrs[0]!, 24, taken) : undefined;
    const zone = `${vpc?.region ?? 'ap-northeast-2'}${'abc'[siblings.length % 3]}`;
    return { ...(cidr ? { cidr } : {}), availabilityZone: zone };
  }
  if (kind === 'vpc') {
    const taken = index.ofKind('vpc').flatMap((v) => v.cidrs.map((c) => cidrBlock(c)!).filter(Boolean));
    const cidr = freeBlock('10.0.0.0/8', 16, taken);
    return cidr ? { cidrs: [cidr] } : {};
  }
  return {};
}

export function dropOperation(
  kind: ResourceKind,
  point: Point,
  nodes: readonly InternalNode<ResourceFlowNode>[],
): (design: Design) => OpResult {
  return (design) => {
    const container = containerAt(nodes, point);
    const origin = container?.internals.positionAbsolute ?? { x: 0, y: 0 };
    const box = placeInside(kind, { x: point.x - origin.x, y: point.y - origin.y }, container);
    const resource = newResource(design, kind, { ...(container ? { parent: container.id } : {}), ...fitting(design, kind, container?.id) });
    return addResource(design, resource, box);
  };
}

/**
 * The new box, centred on the pointer where it fits; a container dropped into a smaller
 * one shrinks to fit, so what was dropped inside stays inside.
 */
function placeInside(kind: ResourceKind, at: Point, container: InternalNode<ResourceFlowNode> | undefined) {
  const wanted = newContainerSize(kind) ?? LEAF;
  const inner = container
    ? { w: (container.measured.width ?? wanted.w) - 2 * PAD, h: (container.measured.height ?? wanted.h) - HEADER - PAD }
    : { w: Infinity, h: Infinity };
  const w = Math.max(120, Math.min(wanted.w, inner.w));
  const h = Math.max(60, Math.min(wanted.h, inner.h));
  const left = container ? PAD : -Infinity;
  const top = container ? HEADER : -Infinity;
  const x = Math.round(Math.min(Math.max(at.x - w / 2, left), left + inner.w - w));
  const y = Math.round(Math.min(Math.max(at.y - 18, top), top + inner.h - h));
  return { x: Number.isFinite(x) ? x : Math.round(at.x - w / 2), y: Number.isFinite(y) ? y : Math.round(at.y - 18), ...(KINDS[kind].container ? { w, h } : {}) };
}
