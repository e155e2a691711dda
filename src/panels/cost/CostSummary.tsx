/** The design's monthly estimate per account, per VPC and in total, and the assumptions for all of it. Text only. */
import { useMemo } from 'react';
import { estimate, type Subtotal } from '../../engine/cost/estimate.ts';
import { useDesign } from '../../state/designStore.ts';
import { useUiStore } from '../../state/uiStore.ts';
import { AssumptionField, usd } from './AssumptionField.tsx';
import './cost.css';

function Subtotals({ title, rows }: { title: string; rows: readonly Subtotal[] }) {
  if (rows.length === 0) return null;
  return (
    <table className="cost-subtotals" aria-label={title}>
      <caption>{title}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-id={row.id}>
            <th scope="row">{row.name}</th>
            <td>
              {usd(row.monthlyUsd)}
              {row.incomplete && <span className="muted"> +</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CostSummary() {
  const design = useDesign();
  const partial = useUiStore((s) => s.costAssumptions);
  const setAssumptions = useUiStore((s) => s.setCostAssumptions);
  const result = useMemo(() => estimate(design, partial), [design, partial]);
  if (design.resources.length === 0) return null;
  const a = result.assumptions;
  return (
    <section className="cost-summary" aria-label="Cost" data-testid="cost-summary">
      <h3>
        Monthly estimate: <span className="cost-total">{usd(result.totalUsd)}</span>
      </h3>
      {result.notPriced > 0 && (
        <p className="muted">
          {result.notPriced} charge{result.notPriced === 1 ? '' : 's'} not priced (a Region or a price the table does not have): the sums are a floor; + marks them. Select a resource for its charges.
        </p>
      )}
      <Subtotals title="By account" rows={result.accounts} />
      <Subtotals title="By VPC" rows={result.vpcs} />
      <div className="cost-assumptions">
        <AssumptionField label="Hours a month" value={a.hoursPerMonth} max={744} onCommit={(hoursPerMonth) => setAssumptions({ hoursPerMonth })} />
        <AssumptionField label="GB a month per flow" value={a.gbPerFlow} onCommit={(gbPerFlow) => setAssumptions({ gbPerFlow })} />
        <AssumptionField label="Fargate task vCPU" value={a.fargateTask.vcpu} step={0.25} onCommit={(vcpu) => setAssumptions({ fargateTask: { ...a.fargateTask, vcpu } })} />
        <AssumptionField label="Fargate task GB" value={a.fargateTask.memoryGb} step={0.5} onCommit={(memoryGb) => setAssumptions({ fargateTask: { ...a.fargateTask, memoryGb } })} />
      </div>
    </section>
  );
}
