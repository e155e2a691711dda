/** Cost per GB in words, for the Trace panel and `lzs trace` alike. */
import type { FlowCost, HopCost } from './flow.ts';

/** A per-GB price as written: `$0.045/GB`, or `not priced`. */
export const perGb = (usd: number | undefined): string => (usd === undefined ? 'not priced' : `$${Number(usd.toFixed(6))}/GB`);

/** One direction's total: `$0.085/GB`, `and more not priced` when a charging hop has no price. */
export function directionTotal(costs: readonly HopCost[], usd: number): string {
  const unpriced = costs.filter((c) => c.notPriced !== undefined).length;
  return `${perGb(usd)}${unpriced ? ` and ${unpriced} charge${unpriced === 1 ? '' : 's'} not priced` : ''}`;
}

export function flowCostLines(cost: FlowCost, nameOf: (id: string) => string): string[] {
  const lines = (title: string, costs: readonly HopCost[], usd: number) => [
    `  ${title}: ${costs.length === 0 ? 'no hop charges per GB' : directionTotal(costs, usd)}`,
    ...costs.map((c) => `    hop ${c.hop + 1}: ${c.what} at ${nameOf(c.resourceId)}: ${perGb(c.usdPerGb)}${c.notPriced ? ` (${c.notPriced})` : ''}`),
  ];
  return ['cost per GB:', ...lines('request', cost.request, cost.requestUsdPerGb), ...lines('reply', cost.reply, cost.replyUsdPerGb)];
}
