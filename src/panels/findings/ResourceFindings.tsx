/**
 * The findings that involve one resource, for the inspector: an edit that breaks a rule shows
 * its finding next to the field being typed in, before the field loses focus.
 */
import { useMemo } from 'react';
import { useFindingsStore } from '../../state/findings.ts';
import { findingKey } from './filter.ts';
import { FindingItem } from './FindingItem.tsx';
import { useFocusResources } from './useFocusResources.ts';
import './findings.css';

export function ResourceFindings({ resourceId }: { resourceId: string }) {
  const findings = useFindingsStore((s) => s.findings);
  const mine = useMemo(() => findings.filter((f) => f.resourceIds.includes(resourceId)), [findings, resourceId]);
  const focus = useFocusResources();
  if (mine.length === 0) return null;
  return (
    <section className="resource-findings" aria-label="Findings on this resource">
      <ul className="finding-list">
        {mine.map((finding, i) => (
          <FindingItem key={`${findingKey(finding)}#${i}`} finding={finding} onFocus={focus} />
        ))}
      </ul>
    </section>
  );
}
