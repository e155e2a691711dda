/** Network rule families: shared VPCs, peering, route tables, internet edge, transit gateway, CIDRs, quotas. */
import type { Rule } from './types.ts';

export const networkRules: readonly Rule[] = [];
