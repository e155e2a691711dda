/** Test support for the service rule families: findings of one rule, and quick fixes applied in full. */
import { describeParseError, parseDesignValue, type Design } from '../model/index.ts';
import { validate } from './index.ts';
import type { Finding } from './types.ts';

/** Findings whose id is `ruleId` or `ruleId:<suffix>`, from the full validation. */
export function findingsOf(design: Design, ruleId: string): Finding[] {
  return validate(design).filter((f) => f.ruleId === ruleId || f.ruleId.startsWith(`${ruleId}:`));
}

const key = (f: Finding) => `${f.ruleId}|${f.message}`;

/**
 * Applies a finding's quick fix and reports what the full validation says afterwards:
 * whether findings of the same rule on the same first resource remain, and errors that were not there before.
 */
export function applyFix(design: Design, found: Finding, fixId: string) {
  const fix = found.fixes?.find((f) => f.id === fixId);
  if (!fix) throw new Error(`finding ${found.ruleId} has no fix ${fixId}; it has ${found.fixes?.map((f) => f.id).join(', ') ?? 'none'}`);
  const snapshot = JSON.stringify(design);
  const result = fix.apply(design);
  if (!result.ok) throw new Error(`fix ${fixId} refused: ${result.reason}`);
  // Undo keeps the previous document: a fix must never mutate it.
  if (JSON.stringify(design) !== snapshot) throw new Error(`fix ${fixId} changed the design it was given`);
  // The fixed design must read back like a saved file: valid fields and no dangling references.
  const reread = parseDesignValue(JSON.parse(JSON.stringify(result.design)));
  if (!reread.ok) throw new Error(`fix ${fixId} made an invalid design: ${reread.errors.map(describeParseError).join('; ')}`);
  const before = new Set(validate(design).map(key));
  const after = validate(result.design);
  const base = found.ruleId.split(':')[0]!;
  return {
    design: result.design,
    ids: result.ids,
    remaining: after.filter((f) => f.ruleId.split(':')[0] === base && f.resourceIds[0] === found.resourceIds[0]),
    newErrors: after.filter((f) => f.severity === 'error' && !before.has(key(f))).map((f) => `${f.ruleId}: ${f.message}`),
  };
}
