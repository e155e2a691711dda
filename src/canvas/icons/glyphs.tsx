/**
 * Line glyphs drawn for this app, one per family of kinds, on a 24×24 grid with
 * `currentColor` strokes so they follow the theme.
 */
import type { ReactElement } from 'react';

export type Glyph =
  | 'account' | 'vpc' | 'subnet' | 'table' | 'shield' | 'list' | 'gateway' | 'nat' | 'ip'
  | 'peering' | 'hub' | 'endpoint' | 'share' | 'balancer' | 'target' | 'server' | 'servers'
  | 'container' | 'kubernetes' | 'function' | 'queue' | 'api' | 'link' | 'globe' | 'leaf';

export const GLYPHS: Readonly<Record<Glyph, ReactElement>> = {
  account: <><circle cx="12" cy="8" r="3.5" /><path d="M4.5 20c1-4 4-6 7.5-6s6.5 2 7.5 6" /></>,
  vpc: <path d="M7 18h10.5a4 4 0 0 0 .5-8 6 6 0 0 0-11.5-1.5A4.8 4.8 0 0 0 7 18z" />,
  subnet: <><rect x="4" y="4" width="16" height="16" rx="2" /><path d="M4 12h16M12 4v16" /></>,
  table: <><rect x="4" y="5" width="16" height="14" rx="1.5" /><path d="M4 10h16M4 14.5h16M10 10v9" /></>,
  shield: <path d="M12 3.5l7 3v5c0 4.5-3 7.5-7 9-4-1.5-7-4.5-7-9v-5z" />,
  list: <><path d="M9 7h11M9 12h11M9 17h11" /><circle cx="5" cy="7" r="1" /><circle cx="5" cy="12" r="1" /><circle cx="5" cy="17" r="1" /></>,
  gateway: <><path d="M5 20V8l7-4 7 4v12" /><path d="M9 20v-6h6v6" /></>,
  nat: <><path d="M4 8h12l-3-3M20 16H8l3 3" /></>,
  ip: <><circle cx="12" cy="12" r="8" /><path d="M9 9v6M12 15V9h2.2a1.8 1.8 0 0 1 0 3.6H12" /></>,
  peering: <><rect x="2.5" y="8" width="8" height="8" rx="2" /><rect x="13.5" y="8" width="8" height="8" rx="2" /><path d="M10.5 12h3" /></>,
  hub: <><circle cx="12" cy="12" r="3" /><circle cx="4.5" cy="5" r="1.8" /><circle cx="19.5" cy="5" r="1.8" /><circle cx="4.5" cy="19" r="1.8" /><circle cx="19.5" cy="19" r="1.8" /><path d="M6 6.3l3.8 3.8M18 6.3l-3.8 3.8M6 17.7l3.8-3.8M18 17.7l-3.8-3.8" /></>,
  endpoint: <><circle cx="12" cy="12" r="3" /><path d="M3 12h6M15 12h6M12 3v6" /></>,
  share: <><circle cx="6" cy="12" r="2.5" /><circle cx="18" cy="6" r="2.5" /><circle cx="18" cy="18" r="2.5" /><path d="M8.3 10.8l7.4-3.6M8.3 13.2l7.4 3.6" /></>,
  balancer: <><circle cx="12" cy="5.5" r="2.5" /><path d="M12 8v4M5 19v-3.5h14V19M12 12v7.5" /></>,
  target: <><circle cx="12" cy="12" r="8" /><circle cx="12" cy="12" r="4" /><circle cx="12" cy="12" r=".8" /></>,
  server: <><rect x="5" y="5" width="14" height="14" rx="1.5" /><path d="M9 2.5V5M15 2.5V5M9 19v2.5M15 19v2.5M2.5 9H5M2.5 15H5M19 9h2.5M19 15h2.5" /></>,
  servers: <><rect x="3" y="7" width="11" height="11" rx="1.5" /><path d="M7 4h12.5a1 1 0 0 1 1 1v10" /></>,
  container: <><path d="M12 3l8 4.5v9L12 21l-8-4.5v-9z" /><path d="M4 7.5l8 4.5 8-4.5M12 12v9" /></>,
  kubernetes: <><path d="M12 3l7.5 3.6 1.8 8.1-5.2 6.3H7.9l-5.2-6.3 1.8-8.1z" /><circle cx="12" cy="12" r="2.5" /></>,
  function: <path d="M7 20l5.5-11M9.5 4.5h2l6.5 15.5h2" />,
  queue: <><rect x="3" y="8" width="4" height="8" rx="1" /><rect x="10" y="8" width="4" height="8" rx="1" /><rect x="17" y="8" width="4" height="8" rx="1" /></>,
  api: <><path d="M8 5c-3 0-3 2-3 4s-1 3-2 3c1 0 2 1 2 3s0 4 3 4M16 5c3 0 3 2 3 4s1 3 2 3c-1 0-2 1-2 3s0 4-3 4" /></>,
  link: <><path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" /><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" /></>,
  globe: <><circle cx="12" cy="12" r="8.5" /><path d="M3.5 12h17M12 3.5c2.5 2.5 3.5 5.5 3.5 8.5s-1 6-3.5 8.5c-2.5-2.5-3.5-5.5-3.5-8.5s1-6 3.5-8.5z" /></>,
  leaf: <circle cx="12" cy="12" r="6" />,
};
