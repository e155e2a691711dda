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

/** What an edit changed: kinds changed in substance, kinds only renamed, and old names that changed or went away. */
export interface DesignChange {
  readonly kinds: Set<string>;
  readonly renamedKinds: Set<string>;
  readonly oldNames: Set<string>;
}

const label = (resource: Resource) => resource.name || resource.id;

/** True when two versions of a resource differ in nothing but their name. */
function onlyRenamed(old: Resource, now: Resource): boolean {
  if (label(old) === label(now)) return false;
  return JSON.stringify({ ...old, name: '' }) === JSON.stringify({ ...now, name: '' });
}

/**
 * What differs between two versions of a design. Operations keep untouched resource objects
 * identical, so identity says what changed.
 */
export function diffDesigns(before: Design, after: Design): DesignChange {
  const change: DesignChange = { kinds: new Set(), renamedKinds: new Set(), oldNames: new Set() };
  const note = (old: Resource | undefined, now: Resource | undefined) => {
    if (old && now && onlyRenamed(old, now)) {
      change.renamedKinds.add(now.kind);
      change.oldNames.add(label(old));
      return;
    }
    if (old) change.kinds.add(old.kind);
    if (now) change.kinds.add(now.kind);
    if (old && (!now || label(old) !== label(now))) change.oldNames.add(label(old));
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
    change.renamedKinds.clear();
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
  const { kinds, renamedKinds } = diffDesigns(before, after);
  return new Set([...kinds, ...renamedKinds]);
}

/** Kinds every rule depends on, whatever its `dependsOn` says. */
export const IMPLICIT_DEPENDENCIES = ['account', 'vpc'] as const;

export interface Validator {
  /** Findings for the design; equal to `validate(design)`, re-running only rules an edit can affect. */
  validate(design: Design): Finding[];
}

/**
 * A validator that remembers the last design and each rule's findings for it. After an edit
 * it re-runs the rules whose `dependsOn` kinds (plus accounts and VPCs) changed in substance.
 * A rename re-runs only the rules that judge by names (`readsNames`) and those whose findings
 * quote the old name, which is also the safety net for messages naming other kinds.
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
        const { kinds, renamedKinds, oldNames } = diffDesigns(last, design);
        if (kinds.size === 0 && renamedKinds.size === 0) {
          last = design;
          return result;
        }
        const names = [...oldNames];
        const quotes = (text: string | undefined) =>
          !!text && names.some((name) => text.includes(name));
        const mentions = (findings: Finding[]) =>
          names.length > 0 &&
          findings.some(
            (f) =>
              quotes(f.message) ||
              (f.fixes ?? []).some((fix) => quotes(fix.title) || quotes(fix.description)),
          );
        perRule = rules.map((rule, i) => {
          const deps = dependsOn[i];
          const previous = perRule[i]!;
          if (!deps) return rule.check(context);
          const touched =
            [...kinds].some((kind) => deps.has(kind)) ||
            (rule.readsNames === true && [...renamedKinds].some((kind) => deps.has(kind)));
          return touched || mentions(previous) ? rule.check(context) : previous;
        });
      }
      last = design;
      result = sortFindings(perRule.flat());
      return result;
    },
  };
}
