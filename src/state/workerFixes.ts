/**
 * Quick fixes of findings that came from the design worker. A fix's `apply` is a function,
 * which cannot cross postMessage; here it runs the finding's rule on the page, over the
 * design the fix is applied to, and applies the fix that rule gives for the same finding.
 */
import { indexDesign, type Design, type OpResult } from '../engine/model/index.ts';
import type { Finding, Rule } from '../engine/rules/types.ts';
import type { PostedFinding } from '../workers/designMirror.ts';

const sameFinding = (a: PostedFinding, b: Finding) =>
  a.ruleId === b.ruleId && a.message === b.message && a.resourceIds.length === b.resourceIds.length && a.resourceIds.every((id, i) => id === b.resourceIds[i]);

function applyOnPage(design: Design, finding: PostedFinding, fixId: string, rules: readonly Rule[] | undefined): OpResult {
  if (!rules) return { ok: false, reason: 'the rules are still loading; try again in a moment' };
  const ruleId = finding.ruleId.split(':')[0];
  const rule = rules.find((r) => r.id === ruleId);
  const now = rule?.check({ design, index: indexDesign(design) }).find((f) => sameFinding(finding, f));
  const fix = now?.fixes?.find((f) => f.id === fixId);
  return fix ? fix.apply(design) : { ok: false, reason: 'the design no longer has this problem in this form' };
}

/** The worker's findings with working fixes; `rules` is read when a fix is applied. */
export function withFixes(findings: readonly PostedFinding[], rules: () => readonly Rule[] | undefined): Finding[] {
  return findings.map((finding) => {
    const { fixes, ...rest } = finding;
    return fixes ? { ...rest, fixes: fixes.map((fix) => ({ ...fix, apply: (design: Design) => applyOnPage(design, finding, fix.id, rules()) })) } : rest;
  });
}
