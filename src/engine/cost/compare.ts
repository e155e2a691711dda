/**
 * The change in monthly cost between two versions of a design, under the same assumptions:
 * the totals, and each resource whose estimate moved (added, removed or changed).
 */
import type { Design } from '../model/index.ts';
import { cents, estimate, type ResourceEstimate } from './estimate.ts';
import type { Assumptions } from './kindCosts.ts';

export interface ResourceCostChange {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** Undefined when the resource is not in that version. */
  readonly beforeUsd: number | undefined;
  readonly afterUsd: number | undefined;
  readonly deltaUsd: number;
}

export interface CostChange {
  readonly assumptions: Assumptions;
  readonly beforeUsd: number;
  readonly afterUsd: number;
  readonly deltaUsd: number;
  /** Resources whose monthly estimate moved by a cent or more, the largest change first. */
  readonly resources: readonly ResourceCostChange[];
  /** Charges the table could not price in each version: the totals are floors. */
  readonly notPricedBefore: number;
  readonly notPricedAfter: number;
}

export function costChange(before: Design, after: Design, assumptions: Partial<Assumptions> = {}): CostChange {
  const was = estimate(before, assumptions);
  const now = estimate(after, assumptions);
  const byId = (lines: readonly ResourceEstimate[]) => new Map(lines.map((l) => [l.id, l]));
  const old = byId(was.resources);
  const fresh = byId(now.resources);
  const ids = [...new Set([...old.keys(), ...fresh.keys()])];
  const resources = ids
    .map((id): ResourceCostChange => {
      const a = old.get(id);
      const b = fresh.get(id);
      const line = (b ?? a)!;
      return { id, name: line.name, kind: line.kind, beforeUsd: a?.monthlyUsd, afterUsd: b?.monthlyUsd, deltaUsd: (b?.monthlyUsd ?? 0) - (a?.monthlyUsd ?? 0) };
    })
    .filter((r) => Math.abs(cents(r.deltaUsd)) >= 0.01)
    .sort((x, y) => Math.abs(y.deltaUsd) - Math.abs(x.deltaUsd) || x.id.localeCompare(y.id));
  return {
    assumptions: now.assumptions,
    beforeUsd: was.totalUsd,
    afterUsd: now.totalUsd,
    deltaUsd: now.totalUsd - was.totalUsd,
    resources,
    notPricedBefore: was.notPriced,
    notPricedAfter: now.notPriced,
  };
}

/** `$12.30`, or with a sign for a change: `+$1.20`, `−$3.00`. */
export function money(usd: number, signed = false): string {
  const value = cents(usd);
  const text = `$${Math.abs(value).toFixed(2)}`;
  if (!signed) return value < 0 ? `−${text}` : text;
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** The change as one line: `$120.45 → $154.70 a month (+$34.25)`. */
export function costChangeHeadline(change: CostChange): string {
  const floor = change.notPricedBefore + change.notPricedAfter > 0 ? ', before what the table cannot price' : '';
  return `${money(change.beforeUsd)} → ${money(change.afterUsd)} a month (${money(change.deltaUsd, true)})${floor}`;
}

/** The change as a Markdown section; `escape` keeps names from formatting the comment. */
export function costChangeMarkdown(change: CostChange, escape: (text: string) => string): string {
  const a = change.assumptions;
  const lines = ['### Monthly cost', '', `${costChangeHeadline(change)}, at ${a.hoursPerMonth} hours a month and ${a.gbPerFlow} GB a month per flow.`, ''];
  if (change.resources.length === 0) return [...lines, 'No resource changed its estimate.', ''].join('\n');
  lines.push('| resource | kind | before | after | change |', '| --- | --- | --- | --- | --- |');
  for (const r of change.resources) {
    const cell = (usd: number | undefined) => (usd === undefined ? '—' : money(usd));
    lines.push(`| ${escape(r.name)} (${escape(r.id)}) | ${r.kind} | ${cell(r.beforeUsd)} | ${cell(r.afterUsd)} | ${money(r.deltaUsd, true)} |`);
  }
  return [...lines, ''].join('\n');
}
