/**
 * The selected resource's monthly estimate: each charge with its quantity, unit price and the
 * page the price was read from, under the assumptions it was made on (editable here). Text only.
 */
import { useMemo } from 'react';
import { estimateResource, withAssumptions, type Charge } from '../../engine/cost/estimate.ts';
import { indexDesign, type Resource } from '../../engine/model/index.ts';
import { useDesign } from '../../state/designStore.ts';
import { useUiStore } from '../../state/uiStore.ts';
import { AssumptionField, usd } from './AssumptionField.tsx';
import './cost.css';

function ChargeLine({ charge }: { charge: Charge }) {
  if ('notPriced' in charge) {
    return (
      <li className="cost-charge is-unpriced" data-priced="false">
        {charge.what}: {charge.quantity} — <span className="muted">not priced: {charge.notPriced}</span>
      </li>
    );
  }
  return (
    <li className="cost-charge" data-priced="true">
      {charge.what}: {charge.quantity} {charge.unit} × ${charge.usdPerUnit} = <strong>{usd(charge.monthlyUsd)}</strong>
      <span className="cost-source">
        {' '}
        <a href={charge.source.url} target="_blank" rel="noopener noreferrer">source</a>, read {charge.source.read}
      </span>
    </li>
  );
}

export function CostEstimate({ resource }: { resource: Resource }) {
  const design = useDesign();
  const partial = useUiStore((s) => s.costAssumptions);
  const setAssumptions = useUiStore((s) => s.setCostAssumptions);
  const assumptions = useMemo(() => withAssumptions(partial), [partial]);
  const line = useMemo(() => estimateResource(indexDesign(design), resource, assumptions), [design, resource, assumptions]);
  const processes = line.charges.some((c) => /GB processed|GB sent|capacity units/.test(c.what));
  return (
    <section className="cost-estimate" aria-label="Monthly estimate" data-testid="cost-estimate">
      <h3>
        Monthly estimate: <span className="cost-total">{usd(line.monthlyUsd)}</span>
        {line.incomplete && <span className="muted"> and more not priced</span>}
      </h3>
      {line.note && <p className="muted">{line.note}</p>}
      {line.charges.length > 0 && (
        <ul className="cost-charges">
          {line.charges.map((charge, i) => (
            <ChargeLine key={i} charge={charge} />
          ))}
        </ul>
      )}
      {line.charges.length > 0 && (
        <div className="cost-assumptions">
          <AssumptionField label="Hours a month" value={assumptions.hoursPerMonth} max={744} onCommit={(hoursPerMonth) => setAssumptions({ hoursPerMonth })} />
          {processes && (
            <AssumptionField
              label="GB a month through it"
              value={assumptions.gbByResource[resource.id] ?? assumptions.gbPerFlow}
              onCommit={(gb) => setAssumptions({ gbByResource: { ...assumptions.gbByResource, [resource.id]: gb } })}
            />
          )}
          <p className="muted cost-region">Priced in {line.region ?? 'no Region'}; on-demand list prices.</p>
        </div>
      )}
    </section>
  );
}
