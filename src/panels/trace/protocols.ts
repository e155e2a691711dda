import type { Protocol } from '../../engine/model/index.ts';

/** The protocols a flow can name, in the order the selects show them. */
export const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'icmp', 'all'];
