/** The rule registry, whole-design validation, and incremental validation for live editing. */
import type { Design, Resource } from '../model/index.ts';
import { fromRegistry, indexDesign, kindList } from '../model/index.ts';
import { intentRule } from './intents.ts';
import { networkRules } from './network-rules.ts';
import { serviceRules } from './service-rules.ts';
import type { Finding, Rule, RuleContext } from './types.ts';

export * from './types.ts';

export const RULES: readonly Rule[] = [...networkRules, ...serviceRules, intentRule];

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
  /** Each changed resource: before (absent when added), after (absent when removed). */
  readonly changes: { old?: Resource; now?: Resource; renamedOnly: boolean }[];
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
  const change: DesignChange = {
    kinds: new Set(),
    renamedKinds: new Set(),
    oldNames: new Set(),
    changes: [],
  };
  const note = (old: Resource | undefined, now: Resource | undefined) => {
    const renamedOnly = !!old && !!now && onlyRenamed(old, now);
    change.changes.push({ ...(old ? { old } : {}), ...(now ? { now } : {}), renamedOnly });
    if (renamedOnly) {
      change.renamedKinds.add(now!.kind);
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
    change.changes.length = 0;
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

/** Kinds that live inside one VPC; a change to anything else concerns every VPC. */
const VPC_LOCAL_KINDS = kindList((info) => info.vpcLocal);

type Cached = { whole: Finding[] } | { byVpc: Map<string, Finding[]> };

/**
 * A validator that remembers the last design and each rule's findings for it. After an edit
 * it re-runs the rules whose `dependsOn` kinds (plus accounts and VPCs) changed in substance;
 * rules with `checkVpc` re-check only the VPCs the edit touched. A rename re-runs only the
 * rules that judge by names (`readsNames`) and the findings that quote the old name, which is
 * also the safety net for messages naming other kinds.
 */
export function createValidator(rules: readonly Rule[] = RULES): Validator {
  let last: Design | undefined;
  let cached: Cached[] = [];
  let result: Finding[] = [];
  // Every rule reaches accounts and VPCs through ownerOf/vpcOf (names, CIDRs, Regions), so
  // they are implicit dependencies of all rules. Kind lists are read per registry version.
  const dependencies = fromRegistry(() =>
    rules.map((rule) =>
      rule.dependsOn
        ? new Set<string>([...rule.dependsOn.flatMap((entry): readonly string[] => (typeof entry === 'string' ? [entry] : entry.list())), ...IMPLICIT_DEPENDENCIES])
        : undefined,
    ),
  );
  const runWhole = (rule: Rule, context: RuleContext): Cached =>
    rule.checkVpc
      ? {
          byVpc: new Map(
            context.index.ofKind('vpc').map((vpc) => [vpc.id, rule.checkVpc!(context, vpc)]),
          ),
        }
      : { whole: rule.check(context) };
  const flat = (entry: Cached, context: RuleContext): Finding[] => {
    if ('whole' in entry) return entry.whole;
    return context.index.ofKind('vpc').flatMap((vpc) => entry.byVpc.get(vpc.id) ?? []);
  };

  return {
    validate(design) {
      if (design === last) return result;
      const context: RuleContext = { design, index: indexDesign(design) };
      if (!last) {
        cached = rules.map((rule) => runWhole(rule, context));
      } else {
        const change = diffDesigns(last, design);
        // Intents are design-level: a pinned or removed intent re-runs the rules that always run.
        if (change.changes.length === 0 && design.intents === last.intents) {
          last = design;
          return result;
        }
        const before = indexDesign(last);
        // The VPCs each change concerns; undefined means every VPC.
        const scopes = change.changes.map((c) => {
          const kind = (c.now ?? c.old)!.kind;
          const vpcs = [
            c.old && before.vpcOf(c.old.id)?.id,
            c.now && context.index.vpcOf(c.now.id)?.id,
          ];
          const local = VPC_LOCAL_KINDS.has(kind) && (!c.old || vpcs[0]) && (!c.now || vpcs[1]);
          return {
            kind,
            renamedOnly: c.renamedOnly,
            vpcs: local ? (vpcs.filter(Boolean) as string[]) : undefined,
          };
        });
        const names = [...change.oldNames];
        const quotes = (text: string | undefined) =>
          !!text && names.some((name) => text.includes(name));
        const mentions = (findings: readonly Finding[]) =>
          names.length > 0 &&
          findings.some(
            (f) =>
              quotes(f.message) ||
              (f.fixes ?? []).some((fix) => quotes(fix.title) || quotes(fix.description)),
          );
        const dependsOn = dependencies();
        cached = rules.map((rule, i) => {
          const deps = dependsOn[i];
          const previous = cached[i]!;
          if (!deps) return runWhole(rule, context);
          const relevant = scopes.filter(
            (s) => deps.has(s.kind) && (!s.renamedOnly || rule.readsNames === true),
          );
          if ('whole' in previous) {
            return relevant.length > 0 || mentions(previous.whole)
              ? runWhole(rule, context)
              : previous;
          }
          if (relevant.some((s) => s.vpcs === undefined)) return runWhole(rule, context);
          const stale = new Set(relevant.flatMap((s) => s.vpcs!));
          for (const [vpcId, findings] of previous.byVpc) if (mentions(findings)) stale.add(vpcId);
          if (stale.size === 0) return previous;
          const byVpc = new Map(previous.byVpc);
          for (const vpcId of stale) {
            const vpc = context.index.getOf(vpcId, 'vpc');
            if (vpc) byVpc.set(vpcId, rule.checkVpc!(context, vpc));
            else byVpc.delete(vpcId);
          }
          return { byVpc };
        });
      }
      last = design;
      result = sortFindings(cached.flatMap((entry) => flat(entry, context)));
      return result;
    },
  };
}
