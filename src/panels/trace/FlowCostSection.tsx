/** What each GB of the traced flow costs: the charging hops of the request and the reply, and the totals. Text only. */
import { memo } from 'react';
import { directionTotal, perGb, type FlowCost, type HopCost } from '../../engine/cost/index.ts';
import type { NameOf } from '../../engine/sim/reasons.ts';

interface Props {
  readonly cost: FlowCost;
  readonly nameOf: NameOf;
}

function Direction({ title, costs, usd, nameOf }: { title: string; costs: readonly HopCost[]; usd: number; nameOf: NameOf }) {
  return (
    <div className="flow-cost-direction" data-direction={title.toLowerCase()}>
      <p className="flow-cost-total">
        <strong>{title}</strong>: {costs.length === 0 ? 'no hop charges per GB' : directionTotal(costs, usd)}
      </p>
      {costs.length > 0 && (
        <ul className="flow-cost-list">
          {costs.map((c, i) => (
            <li key={i} data-priced={c.notPriced === undefined} title={c.notPriced ?? (c.source ? `${c.source.url} (read ${c.source.read})` : undefined)}>
              <span className="hop-number">{c.hop + 1}</span> {c.what} at {nameOf(c.resourceId)}: <span className="flow-cost-price">{perGb(c.usdPerGb)}</span>
              {c.notPriced && <span className="muted"> ({c.notPriced})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const FlowCostSection = memo(function FlowCostSection({ cost, nameOf }: Props) {
  return (
    <section className="hop-section flow-cost" aria-label="Cost per GB">
      <h3>Cost per GB</h3>
      <Direction title="Request" costs={cost.request} usd={cost.requestUsdPerGb} nameOf={nameOf} />
      <Direction title="Reply" costs={cost.reply} usd={cost.replyUsdPerGb} nameOf={nameOf} />
      <p className="muted flow-cost-hint">Hover a charge for the page its price was read from.</p>
    </section>
  );
});

/** The per-GB price a hop carries in the hop list, when it charges. */
export function hopCostLabels(costs: readonly HopCost[], hops: number): (string | undefined)[] {
  const labels: (string | undefined)[] = Array.from({ length: hops }, () => undefined);
  for (const c of costs) labels[c.hop] = labels[c.hop] === undefined ? perGb(c.usdPerGb) : `${labels[c.hop]} + ${perGb(c.usdPerGb)}`;
  return labels;
}
