/** The findings panel: what AWS would refuse or what would silently not work, by severity. */
import { useMemo } from 'react';
import { indexDesign } from '../../engine/model/index.ts';
import { useFindingsStore } from '../../state/findings.ts';
import { filterFindings, groupBySeverity, SEVERITIES } from './filter.ts';
import { FindingFilters } from './FindingFilters.tsx';
import { FindingGroup } from './FindingGroup.tsx';
import { useFindingFilter } from './filterStore.ts';
import { useFocusResources } from './useFocusResources.ts';
import './findings.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export default function FindingsPanel() {
  const design = useFindingsStore((s) => s.design);
  const findings = useFindingsStore((s) => s.findings);
  const counts = useFindingsStore((s) => s.counts);
  const failure = useFindingsStore((s) => s.failure);
  const severities = useFindingFilter((s) => s.severities);
  const text = useFindingFilter((s) => s.text);
  const focus = useFocusResources();

  const groups = useMemo(() => {
    const index = design ? indexDesign(design) : undefined;
    return groupBySeverity(filterFindings(findings, { severities, text }, (id) => index?.get(id)?.name));
  }, [design, findings, severities, text]);
  const shown = SEVERITIES.reduce((n, s) => n + groups[s].length, 0);

  return (
    <section className="findings-panel" aria-label="Findings">
      <header className="findings-header">
        <h2>
          Findings <span className="findings-total" data-testid="findings-total">{findings.length}</span>
        </h2>
        <p className="muted">
          {plural(counts.error, 'error')} · {plural(counts.warning, 'warning')} · {counts.info} info
        </p>
      </header>
      <FindingFilters counts={counts} />
      {failure && (
        <p role="alert" className="findings-failure">
          {failure}
        </p>
      )}
      {!design && !failure && <p className="muted">Checking the design…</p>}
      {design && !failure && findings.length === 0 && <p className="findings-clear">No findings: nothing in this design breaks a rule the studio knows.</p>}
      {findings.length > 0 && shown === 0 && <p className="muted">No finding matches the filter.</p>}
      {SEVERITIES.map((severity) =>
        groups[severity].length > 0 ? <FindingGroup key={severity} severity={severity} findings={groups[severity]} onFocus={focus} /> : null,
      )}
    </section>
  );
}
