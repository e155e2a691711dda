/** Which findings the panel shows: chosen severities, and every typed word somewhere in the finding. */
import type { Finding, Severity } from '../../engine/rules/types.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingFilter {
  readonly severities: ReadonlySet<Severity>;
  /** Words matched against the rule id, the message and the names and ids of the resources. */
  readonly text: string;
}

export function filterFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  nameOf: (id: string) => string | undefined,
): Finding[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter((finding) => {
    if (!filter.severities.has(finding.severity)) return false;
    if (words.length === 0) return true;
    const haystack = [finding.ruleId, finding.message, ...finding.resourceIds.flatMap((id) => [id, nameOf(id) ?? ''])]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}

/** Stable across re-validation while the finding itself is the same, so list rows keep their state. */
export function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.resourceIds.join(',')}|${finding.message}`;
}
