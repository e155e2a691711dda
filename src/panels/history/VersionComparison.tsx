/**
 * A saved version beside the current design, as `lzs diff` reports it: the flows whose
 * verdict changed, findings introduced and resolved, resources added, removed and changed.
 * "Copy as Markdown" gives the same text as the command line, for a pull-request comment.
 */
import { useMemo } from 'react';
import { costChange, costChangeHeadline, costChangeMarkdown, money } from '../../engine/cost/compare.ts';
import { compareDesigns, comparisonMarkdown, markdownText, type FlowChange } from '../../engine/diff/index.ts';
import { indexDesign, type Design } from '../../engine/model/index.ts';
import { namer, reasonText, type MatrixCell } from '../../engine/sim/index.ts';
import { useUiStore } from '../../state/uiStore.ts';
import { useStudio } from '../../state/useStudio.ts';

const verdict = (cell: MatrixCell, nameOf: (id: string) => string) =>
  cell.reachable ? '✓ reachable' : cell.error !== undefined ? `✗ ${cell.error}` : `✗ ${cell.reason ? reasonText(cell.reason) : 'blocked'}${cell.at ? ` at ${nameOf(cell.at)}` : ''}`;

export function VersionComparison({ before, after, title }: { readonly before: Design; readonly after: Design; readonly title: string }) {
  const studio = useStudio();
  const comparison = useMemo(() => compareDesigns(before, after), [before, after]);
  // Both versions priced on the assumptions the inspector's estimate uses.
  const assumptions = useUiStore((s) => s.costAssumptions);
  const cost = useMemo(() => costChange(before, after, assumptions), [before, after, assumptions]);
  const nameBefore = useMemo(() => namer(indexDesign(before)), [before]);
  const afterIndex = useMemo(() => indexDesign(after), [after]);
  const nameAfter = useMemo(() => namer(afterIndex), [afterIndex]);
  const nameOf = (id: string) => (afterIndex.get(id) ? nameAfter(id) : nameBefore(id));
  const { resources, findings, flows } = comparison;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${comparisonMarkdown(comparison, before, after, { before: title, after: 'current design' }).trimEnd()}\n\n${costChangeMarkdown(cost, markdownText)}`);
      studio.notify('Copied the comparison as Markdown.', 'success');
    } catch {
      studio.notify('The browser did not allow copying to the clipboard.', 'error');
    }
  };
  const flowRow = (f: FlowChange) => (
    <li key={`${f.from}|${f.to}|${f.protocol}/${f.port}`} className="comparison-flow" data-from={f.from} data-to={f.to} data-port={f.port} data-after={f.after.reachable ? 'reachable' : 'blocked'}>
      <span className="comparison-what">
        {nameOf(f.from)} → {f.to === 'internet' ? 'the internet' : nameOf(f.to)} {f.protocol}/{f.port}
      </span>
      <span className="comparison-before">{verdict(f.before, nameBefore)}</span>
      <span className="comparison-after">now {verdict(f.after, nameAfter)}</span>
    </li>
  );
  return (
    <section className="version-comparison" aria-label={`Compared with ${title}`}>
      <header className="comparison-head">
        <strong>
          {flows.changed.length} flow{flows.changed.length === 1 ? '' : 's'} changed verdict · {findings.introduced.length} finding{findings.introduced.length === 1 ? '' : 's'} introduced, {findings.resolved.length} resolved ·{' '}
          {resources.added.length} added, {resources.removed.length} removed, {resources.changed.length} changed
        </strong>
        <button type="button" className="link-button" onClick={() => void copy()}>
          Copy as Markdown
        </button>
      </header>
      {flows.skipped ? (
        <p className="muted">Flows not compared: {flows.skipped}.</p>
      ) : flows.changed.length > 0 ? (
        <ul className="comparison-list" aria-label="Flows whose verdict changed">{flows.changed.map(flowRow)}</ul>
      ) : (
        <p className="muted">No flow changed verdict on {flows.ports.map((p) => `${p.protocol}/${p.port}`).join(', ')}.</p>
      )}
      {findings.introduced.length + findings.resolved.length > 0 && (
        <ul className="comparison-list" aria-label="Findings introduced and resolved">
          {findings.introduced.map((f, i) => (
            <li key={`i${i}`} data-rule={f.ruleId}>
              <span className={`comparison-tag tag-${f.severity}`}>introduced</span> {f.ruleId}: {f.message}
            </li>
          ))}
          {findings.resolved.map((f, i) => (
            <li key={`r${i}`} data-rule={f.ruleId}>
              <span className="comparison-tag">resolved</span> {f.ruleId}: {f.message}
            </li>
          ))}
        </ul>
      )}
      <div className="comparison-cost" data-testid="comparison-cost" data-delta={cost.deltaUsd.toFixed(2)}>
        <strong>Monthly cost:</strong> {costChangeHeadline(cost)}
        {cost.resources.length > 0 && (
          <ul className="comparison-list" aria-label="Resources whose monthly cost changed">
            {cost.resources.map((r) => (
              <li key={r.id} data-id={r.id}>
                {r.afterUsd === undefined ? nameBefore(r.id) : nameAfter(r.id)}: {r.beforeUsd === undefined ? 'new' : money(r.beforeUsd)} → {r.afterUsd === undefined ? 'removed' : money(r.afterUsd)} ({money(r.deltaUsd, true)})
              </li>
            ))}
          </ul>
        )}
      </div>
      {resources.added.length + resources.removed.length + resources.changed.length > 0 && (
        <ul className="comparison-list" aria-label="Resources added, removed and changed">
          {resources.added.map((r) => <li key={`a${r.id}`}><span className="comparison-tag">added</span> {nameAfter(r.id)}</li>)}
          {resources.removed.map((r) => <li key={`d${r.id}`}><span className="comparison-tag">removed</span> {nameBefore(r.id)}</li>)}
          {resources.changed.map((r) => <li key={`c${r.id}`}><span className="comparison-tag">changed</span> {nameAfter(r.id)}: {(r.fields ?? []).join(', ')}</li>)}
        </ul>
      )}
    </section>
  );
}
