/** How each kind of connection is drawn, and the words on its label. */
import type { ConnectionMeaning } from '../../engine/model/index.ts';
import type { MeaningEdgeData } from '../flowEdges.ts';

// Colours are the theme's (styles.css, theme.css), so labels stay readable in dark mode too.
export const EDGE_STYLE: Readonly<Record<ConnectionMeaning, { color: string; dash?: string; title: string }>> = {
  'vpc-peering': { color: 'var(--edge-peering)', title: 'Peering' },
  'tgw-attachment': { color: 'var(--edge-peering)', dash: '6 4', title: 'TGW attachment' },
  'target-registration': { color: 'var(--edge-target)', title: 'Target' },
  'vpc-link': { color: 'var(--edge-link)', dash: '2 4', title: 'VPC link' },
  'ram-share': { color: 'var(--edge-link)', dash: '6 4', title: 'RAM share' },
  upstream: { color: 'var(--edge-upstream)', dash: '4 3', title: 'Upstream' },
  // Drawn as the subnet's route table badge, not as an edge.
  'default-route': { color: 'var(--edge-upstream)', title: 'Default route' },
};

/** The label's text as drawn (the meaning, then the edge's own words), or undefined when it has none. */
export function labelText(data: MeaningEdgeData | undefined): string | undefined {
  if (!data || data.unlabelled) return undefined;
  const title = EDGE_STYLE[data.meaning].title;
  return data.label ? `${title} ${data.label}` : title;
}
