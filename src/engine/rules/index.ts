/** The rule registry, whole-design validation, and incremental validation for live editing. */
import type { Design, Resource } from '../model/index.ts';
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
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.resourceIds[0] ?? '').localeCompare(b.resourceIds[0] ?? '') ||
      a.message.localeCompare(b.message),
  );
}

/** Runs every rule over the design. */
export function validate(design: Design, rules: readonly Rule[] = RULES): Finding[] {
  const context = { design, index: indexDesign(design) };
  return sortFindings(rules.flatMap((rule) => rule.check(context)));
}

/**
 * The kinds of the resources that differ between two versions of a design. Operations keep
 * untouched resource objects identical, so identity says what changed.
 */
export function changedKinds(before: Design, after: Design): Set<string> {
  const kinds = new Set<string>();
  const a = before.resources;
  const b = after.resources;
  if (a === b) return kinds;
  if (a.length === b.length) {
    let same = true;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x === y) continue;
      if (x.id !== y.id) {
        same = false;
        break;
      }
      kinds.add(x.kind).add(y.kind);
    }
    if (same) return kinds;
    kinds.clear();
  }
  const previous = new Map<string, Resource>();
  for (const resource of a) previous.set(resource.id, resource);
  for (const resource of b) {
    const old = previous.get(resource.id);
    if (old === resource) {
      previous.delete(resource.id);
      continue;
    }
    kinds.add(resource.kind);
    if (old) {
      kinds.add(old.kind);
      previous.delete(resource.id);
    }
  }
  for (const removed of previous.values()) kinds.add(removed.kind);
  return kinds;
}

export interface Validator {
  /** Findings for the design; equal to `validate(design)`, re-running only rules an edit can affect. */
  validate(design: Design): Finding[];
}

/** A validator that remembers the last design and each rule's findings for it. */
export function createValidator(rules: readonly Rule[] = RULES): Validator {
  let last: Design | undefined;
  let perRule: Finding[][] = [];
  let result: Finding[] = [];
  const dependsOn = rules.map((rule) => (rule.dependsOn ? new Set(rule.dependsOn) : undefined));
  return {
    validate(design) {
      if (design === last) return result;
      const context = { design, index: indexDesign(design) };
      if (!last) {
        perRule = rules.map((rule) => rule.check(context));
      } else {
        const kinds = changedKinds(last, design);
        if (kinds.size === 0) {
          last = design;
          return result;
        }
        perRule = rules.map((rule, i) => {
          const deps = dependsOn[i];
          if (deps && ![...kinds].some((kind) => deps.has(kind))) return perRule[i]!;
          return rule.check(context);
        });
      }
      last = design;
      result = sortFindings(perRule.flat());
      return result;
    },
  };
}
