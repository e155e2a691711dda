/**
 * The canvas's edge routes: the engine's router (engine/layout/routing.ts) over the boxes as
 * the design places them. One router per design version, built when an edge first asks, so
 * far out (straight edges) nothing is routed, and near only the edges on screen are.
 */
import { createContext, useContext } from 'react';
import { EdgeRouter, type RoutedBox } from '../../engine/layout/routing.ts';
import type { MeaningEdge } from '../flowEdges.ts';
import type { ResourceFlowNode } from '../flowNodes.ts';
import { HEADER, LEAF } from '../layout/sizes.ts';
import { labelText } from './edgeStyle.ts';

export type Routes = () => EdgeRouter;

/** Absolute boxes of the shown nodes (React Flow gives parents before children). */
export function routedBoxes(nodes: readonly ResourceFlowNode[]): RoutedBox[] {
  const at = new Map<string, { x: number; y: number }>();
  const boxes: RoutedBox[] = [];
  const holding = new Set(nodes.flatMap((n) => (n.parentId && !n.hidden ? [n.parentId] : [])));
  for (const node of nodes) {
    const parent = node.parentId ? at.get(node.parentId) : { x: 0, y: 0 };
    if (!parent) continue;
    const x = parent.x + node.position.x;
    const y = parent.y + node.position.y;
    at.set(node.id, { x, y });
    if (node.hidden) continue;
    const container = node.type !== 'resource';
    const rect = { x, y, w: container ? (node.width ?? LEAF.w) : LEAF.w, h: container ? (node.height ?? LEAF.h) : LEAF.h };
    // A container drawn closed or holding nothing is a box like any other: routes go round it.
    const closed = container && (node.data.collapsed === true || !holding.has(node.id));
    boxes.push({ id: node.id, rect, obstacle: !container || closed, ...(container && !closed ? { header: { x, y, w: rect.w, h: HEADER } } : {}) });
  }
  return boxes;
}

export function createRoutes(nodes: readonly ResourceFlowNode[], edges: readonly MeaningEdge[]): Routes {
  let router: EdgeRouter | undefined;
  return () =>
    (router ??= new EdgeRouter(
      routedBoxes(nodes),
      edges.filter((e) => !e.hidden).map((e) => {
        const label = labelText(e.data);
        return { id: e.id, source: e.source, target: e.target, ...(label ? { label } : {}) };
      }),
    ));
}

export const RoutesContext = createContext<Routes | undefined>(undefined);

export function useRoutes(): Routes | undefined {
  return useContext(RoutesContext);
}
