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

/** What an edit changed: the kinds touched, and names (as messages quote them) that changed or went away. */
export interface DesignChange {
  readonly kinds: Set<string>;
  readonly oldNames: Set<string>;
}

const quoted = (resource: Resource) => `\`${resource.name || resource.id}\``;

/**
 * What differs between two versions of a design. Operations keep untouched resource objects
 * identical, so identity says what changed.
 */
export function diffDesigns(before: Design, after: Design): DesignChange {
  const change: DesignChange = { kinds: new Set(), oldNames: new Set() };
  const note = (old: Resource | undefined, now: Resource | undefined) => {
    if (old) change.kinds.add(old.kind);
    if (now) change.kinds.add(now.kind);
    if (old && (!now || quoted(old) !== quoted(now))) change.oldNames.add(quoted(old));
  };
  const a = before.resources;
  const b = after.resources;
  if (a === b) return change;
  if (a.length === b.length) {
    let aligned = true;
    for (let i = 0; i < a.length && aligned; i++) {
      if (a[i] === b[i]) continue;
      if (a[i]!.id !== b[i]!.id) aligned = false;
      else note(a[i], b[i]);
    }
    if (aligned) return change;
    change.kinds.clear();
    change.oldNames.clear();
  }
  const previous = new Map<string, Resource>();
  for (const resource of a) previous.set(resource.id, resource);
  for (const resource of b) {
    const old = previous.get(resource.id);
    previous.delete(resource.id);
    if (old !== resource) note(old, resource);
  }
  for (const removed of previous.values()) note(removed, undefined);
  return change;
}

/** The kinds of the resources that differ between two versions of a design. */
export function changedKinds(before: Design, after: Design): Set<string> {
  return diffDesigns(before, after).kinds;
}

/** Kinds every rule depends on, whatever its `dependsOn` says. */
export const IMPLICIT_DEPENDENCIES = ['account', 'vpc'] as const;

export interface Validator {
  /** Findings for the design; equal to `validate(design)`, re-running only rules an edit can affect. */
  validate(design: Design): Finding[];
}

/**
 * A validator that remembers the last design and each rule's findings for it. After an edit
 * it re-runs the rules whose `dependsOn` kinds (plus accounts and VPCs) changed, and, as a safety net for messages,
 * any rule whose findings quote a name that changed or went away.
 */
export function createValidator(rules: readonly Rule[] = RULES): Validator {
  let last: Design | undefined;
  let perRule: Finding[][] = [];
  let result: Finding[] = [];
  // Every rule reaches accounts and VPCs through ownerOf/vpcOf (names, CIDRs, Regions), so
  // they are implicit dependencies of all rules.
  const dependsOn = rules.map((rule) =>
    rule.dependsOn ? new Set([...rule.dependsOn, ...IMPLICIT_DEPENDENCIES]) : undefined,
  );
  return {
    validate(design) {
      if (design === last) return result;
      const context = { design, index: indexDesign(design) };
      if (!last) {
        perRule = rules.map((rule) => rule.check(context));
      } else {
        const { kinds, oldNames } = diffDesigns(last, design);
        if (kinds.size === 0) {
          last = design;
          return result;
        }
        const mentions = (findings: Finding[]) =>
          oldNames.size > 0 &&
          findings.some((f) => [...oldNames].some((name) => f.message.includes(name)));
        perRule = rules.map((rule, i) => {
          const deps = dependsOn[i];
          const previous = perRule[i]!;
          if (deps && ![...kinds].some((kind) => deps.has(kind)) && !mentions(previous))
            return previous;
          return rule.check(context);
        });
      }
      last = design;
      result = sortFindings(perRule.flat());
      return result;
    },
  };
}
