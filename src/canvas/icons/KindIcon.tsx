/** The icon of a resource kind: a glyph on a tile coloured by its palette group. */
import { memo } from 'react';
import type { PaletteGroup, ResourceKind } from '../../engine/model/index.ts';
import { KINDS } from '../../engine/model/index.ts';
import { GLYPHS, type Glyph } from './glyphs.tsx';

const GLYPH_OF = {
  account: 'account', 'ram-share': 'share', 'prefix-list': 'list', vpc: 'vpc', subnet: 'subnet',
  'route-table': 'table', 'security-group': 'shield', 'network-acl': 'list', 'elastic-ip': 'ip',
  'internet-gateway': 'gateway', 'egress-only-internet-gateway': 'gateway', 'nat-gateway': 'nat',
  'vpc-peering': 'peering', 'transit-gateway': 'hub', 'tgw-attachment': 'link', 'vpc-endpoint': 'endpoint',
  nlb: 'balancer', alb: 'balancer', 'target-group': 'target', instance: 'server', 'auto-scaling-group': 'servers',
  'ecs-service': 'container', 'eks-cluster': 'kubernetes', 'k8s-service': 'kubernetes', 'k8s-ingress': 'kubernetes',
  'beanstalk-environment': 'leaf', lambda: 'function', 'mq-broker': 'queue', 'api-gateway': 'api',
  'vpc-link': 'link', external: 'globe',
} as const satisfies Record<ResourceKind, Glyph>;

/** Tile colours follow the usual AWS category colours so architects recognise them. */
export const GROUP_COLOR: Readonly<Record<PaletteGroup, string>> = {
  Organization: '#c7175f',
  Network: '#7a3ff2',
  Connectivity: '#7a3ff2',
  'Load balancing': '#7a3ff2',
  'Compute and containers': '#d45b00',
  Integration: '#c7175f',
  External: '#4b5563',
};

export const KindIcon = memo(function KindIcon({ kind, size = 24 }: { kind: ResourceKind; size?: number }) {
  const color = GROUP_COLOR[KINDS[kind].group];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="kind-icon" style={{ background: color }}>
      <g fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" transform="translate(3 3) scale(0.75)">
        {GLYPHS[GLYPH_OF[kind]]}
      </g>
    </svg>
  );
});
