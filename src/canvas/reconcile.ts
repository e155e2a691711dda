/**
 * Keeps React Flow's input stable: after a design change, a node or edge that looks the same
 * keeps its previous object, and an unchanged list keeps its previous array. React Flow then
 * skips re-measuring and re-rendering everything but what changed (a drag commit touches
 * one box, not two thousand).
 */
import type { Edge, Node } from '@xyflow/react';

function sameNode(a: Node, b: Node): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parentId === b.parentId &&
    a.width === b.width &&
    a.height === b.height &&
    a.zIndex === b.zIndex &&
    Boolean(a.hidden) === Boolean(b.hidden) &&
    Boolean(a.selected) === Boolean(b.selected) &&
    shallowEqual(a.data, b.data)
  );
}

function sameEdge(a: Edge, b: Edge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.type === b.type &&
    Boolean(a.hidden) === Boolean(b.hidden) &&
    Boolean(a.selected) === Boolean(b.selected) &&
    a.zIndex === b.zIndex &&
    shallowEqual(a.data ?? {}, b.data ?? {})
  );
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

function reconcile<T extends { id: string }>(previous: readonly T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  if (previous.length === 0) return next;
  const byId = new Map(previous.map((item) => [item.id, item]));
  let changed = previous.length !== next.length;
  const result = next.map((item, i) => {
    const old = byId.get(item.id);
    const kept = old && same(old, item) ? old : item;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? result : (previous as T[]);
}

export const reconcileNodes = <N extends Node>(previous: readonly N[], next: N[]): N[] => reconcile(previous, next, sameNode);
export const reconcileEdges = <E extends Edge>(previous: readonly E[], next: E[]): E[] => reconcile(previous, next, sameEdge);

/**
 * `shown` with each box's place and size as `design` has it; boxes already there keep their
 * object, and every box keeps what React Flow measured on it. This is how a refused gesture
 * is undone on screen without React Flow measuring (and so mounting) every box again.
 */
export function withGeometryOf<N extends Node>(design: readonly N[], shown: readonly N[]): N[] {
  const byId = new Map(design.map((n) => [n.id, n]));
  return shown.flatMap((node) => {
    const target = byId.get(node.id);
    if (!target) return [];
    const same =
      target.position.x === node.position.x &&
      target.position.y === node.position.y &&
      target.width === node.width &&
      target.height === node.height &&
      target.parentId === node.parentId;
    return [same ? node : { ...node, position: target.position, width: target.width, height: target.height, parentId: target.parentId }];
  });
}
