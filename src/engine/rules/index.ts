/** The rule registry and whole-design validation. */
import type { Design } from '../model/index.ts';
import { indexDesign } from '../model/index.ts';
import { networkRules } from './network-rules.ts';
import { serviceRules } from './service-rules.ts';
import type { Finding, Rule } from './types.ts';

export * from './types.ts';

export const RULES: readonly Rule[] = [...networkRules, ...serviceRules];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Deterministic order: severity, then rule id, then the first resource. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      (a.resourceIds[0] ?? '').localeCompare(b.resourceIds[0] ?? '') ||
      a.message.localeCompare(b.message),
  );
}

/** Runs every rule over the design. */
export function validate(design: Design, rules: readonly Rule[] = RULES): Finding[] {
  const context = { design, index: indexDesign(design) };
  return sortFindings(rules.flatMap((rule) => rule.check(context)));
}
