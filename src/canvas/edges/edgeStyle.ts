/** How each kind of connection is drawn, and the words on its label. */
import type { ConnectionMeaning } from '../../engine/model/index.ts';
import { EDGE_STYLE as PICTURE_EDGE_STYLE } from '../../engine/io/edgeStyle.ts';
import { edgeLabelText } from '../../engine/io/drawnEdges.ts';
import type { MeaningEdgeData } from '../flowEdges.ts';

// Colours are the theme's (styles.css, theme.css), so labels stay readable in dark mode too.
const THEME_COLOR: Readonly<Record<ConnectionMeaning, string>> = {
  'vpc-peering': 'var(--edge-peering)',
  'tgw-attachment': 'var(--edge-peering)',
  'vpn-connection': 'var(--edge-peering)',
  'tgw-peering': 'var(--edge-peering)',
  'dx-association': 'var(--edge-peering)',
  'target-registration': 'var(--edge-target)',
  'vpc-link': 'var(--edge-link)',
  'ram-share': 'var(--edge-link)',
  upstream: 'var(--edge-upstream)',
  'default-route': 'var(--edge-upstream)',
};

/** The picture's dashes and titles, in the theme's colours. */
export const EDGE_STYLE = Object.fromEntries(
  Object.entries(PICTURE_EDGE_STYLE).map(([meaning, style]) => [meaning, { ...style, color: THEME_COLOR[meaning as ConnectionMeaning] }]),
) as Readonly<Record<ConnectionMeaning, { readonly color: string; readonly dash?: string; readonly title: string }>>;

/** The label's text as drawn (the meaning, then the edge's own words), or undefined when it has none. */
export function labelText(data: MeaningEdgeData | undefined): string | undefined {
  return data && edgeLabelText(data);
}
