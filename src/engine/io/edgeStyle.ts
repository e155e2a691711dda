/** Edge colours, dashes and titles: the picture draws these, the canvas the same dashes and titles in its theme's colours. */
import type { ConnectionMeaning } from '../model/index.ts';

export const EDGE_STYLE: Readonly<Record<ConnectionMeaning, { readonly color: string; readonly dash?: string; readonly title: string }>> = {
  'vpc-peering': { color: '#7a3ff2', title: 'Peering' },
  'tgw-attachment': { color: '#7a3ff2', dash: '6 4', title: 'TGW attachment' },
  'vpn-connection': { color: '#0b7a5a', dash: '8 3 2 3', title: 'Site-to-Site VPN' },
  'tgw-peering': { color: '#7a3ff2', dash: '10 3', title: 'TGW peering' },
  'dx-association': { color: '#0b7a5a', title: 'Direct Connect association' },
  'target-registration': { color: '#d45b00', title: 'Target' },
  'vpc-link': { color: '#c7175f', dash: '2 4', title: 'VPC link' },
  'ram-share': { color: '#c7175f', dash: '6 4', title: 'RAM share' },
  upstream: { color: '#4b5563', dash: '4 3', title: 'Upstream' },
  // Shown as the subnet's route table badge, never as an edge.
  'default-route': { color: '#4b5563', title: 'Default route' },
};
