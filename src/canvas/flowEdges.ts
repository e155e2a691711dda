/**
 * Edges derived from the design, as every drawing lists them (engine/io/drawnEdges.ts). Each
 * carries its meaning; edges that are resources themselves (peering, attachment, RAM share)
 * select that resource when clicked.
 */
import type { Edge } from '@xyflow/react';
import type { ConnectionMeaning, Design } from '../engine/model/index.ts';
import { drawnEdges } from '../engine/io/drawnEdges.ts';

export interface MeaningEdgeData extends Record<string, unknown> {
  readonly meaning: ConnectionMeaning;
  /** The resource the edge stands for, when it is one. */
  readonly resourceId?: string;
  readonly label: string;
  /** Further edges of the same resource draw no label box. */
  readonly unlabelled?: boolean;
}

export type MeaningEdge = Edge<MeaningEdgeData>;

/**
 * Edges draw above containers (z = nesting depth) and below leaf boxes (z = 100): a box's
 * body and handles take the clicks, and routes run around boxes, not under them.
 */
export const EDGE_Z = 50;

export function buildEdges(design: Design, selection: ReadonlySet<string>): MeaningEdge[] {
  return drawnEdges(design).map(({ id, source, target, ...data }) => ({
    id,
    source,
    target,
    type: 'meaning',
    data,
    selected: data.resourceId !== undefined && selection.has(data.resourceId),
    zIndex: EDGE_Z,
  }));
}
