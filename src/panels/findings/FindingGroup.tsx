/** The findings of one severity; a long list shows its first rows until asked for all. */
import { useState } from 'react';
import type { Finding, Severity } from '../../engine/rules/types.ts';
import { findingKey } from './filter.ts';
import { FindingItem } from './FindingItem.tsx';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/** Enough to scan; a synthetic landing zone can report thousands. */
const FIRST_ROWS = 100;

interface Props {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
  readonly onFocus: (ids: readonly string[]) => void;
}

export function FindingGroup({ severity, findings, onFocus }: Props) {
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? findings : findings.slice(0, FIRST_ROWS);
  const heading = HEADINGS[severity];
  const seen = new Map<string, number>();
  return (
    <section className={`finding-group finding-group-${severity}`} aria-label={heading}>
      <h3>
        {heading} <span className="finding-group-count">{findings.length}</span>
      </h3>
      <ul className="finding-list">
        {rows.map((finding) => {
          // Two identical findings still need distinct keys.
          const key = findingKey(finding);
          const n = seen.get(key) ?? 0;
          seen.set(key, n + 1);
          return <FindingItem key={n === 0 ? key : `${key}#${n}`} finding={finding} onFocus={onFocus} />;
        })}
      </ul>
      {rows.length < findings.length && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {findings.length}
        </button>
      )}
    </section>
  );
}
