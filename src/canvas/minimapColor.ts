/** Minimap colours: containers light, resources in their group colour. */
import { KINDS } from '../engine/model/index.ts';
import type { ResourceFlowNode } from './flowNodes.ts';
import { GROUP_COLOR } from './icons/KindIcon.tsx';

export function minimapColor(node: ResourceFlowNode): string {
  const info = KINDS[node.data.kind];
  return info.container ? '#e8ebf0' : GROUP_COLOR[info.group];
}
