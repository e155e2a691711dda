/** Minimap colours: containers in the theme's container colour (theme.css), resources in their group colour. */
import { KINDS } from '../engine/model/index.ts';
import type { ResourceFlowNode } from './flowNodes.ts';
import { GROUP_COLOR } from './icons/KindIcon.tsx';

export function minimapColor(node: ResourceFlowNode): string {
  const info = KINDS[node.data.kind];
  return info.container ? 'var(--minimap-container)' : GROUP_COLOR[info.group];
}
