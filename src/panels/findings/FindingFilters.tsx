/** Severity toggles with their counts, and a text filter. */
import type { FindingCounts } from '../../state/findings.ts';
import { SEVERITIES } from './filter.ts';
import { useFindingFilter } from './filterStore.ts';

const LABELS = { error: 'Errors', warning: 'Warnings', info: 'Info' } as const;

export function FindingFilters({ counts }: { counts: FindingCounts }) {
  const severities = useFindingFilter((s) => s.severities);
  const text = useFindingFilter((s) => s.text);
  const toggle = useFindingFilter((s) => s.toggle);
  const setText = useFindingFilter((s) => s.setText);
  return (
    <div className="finding-filters">
      <div className="severity-toggles" role="group" aria-label="Severities shown">
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            className={`severity-toggle severity-${severity}`}
            aria-pressed={severities.has(severity)}
            onClick={() => toggle(severity)}
          >
            {LABELS[severity]} {counts[severity]}
          </button>
        ))}
      </div>
      <input
        type="search"
        className="finding-search"
        aria-label="Filter findings"
        placeholder="Filter by rule, message or name"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </div>
  );
}
