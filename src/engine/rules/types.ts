/**
 * What a rule is and what it reports. A rule is a pure function of the design and its
 * indexes; its id is the id from the rule catalogue (docs/rules.md), the contract with users.
 */
import type { Design, DesignIndex, KindList, OpResult, VpcResource } from '../model/index.ts';

export type Severity = 'error' | 'warning' | 'info';

/** A mechanical remedy, applied as one undo step. */
export interface QuickFix {
  /** Stable within the finding, e.g. `satellite-vpc`. */
  readonly id: string;
  readonly title: string;
  /** What it does and what it costs, in the architect's words. */
  readonly description?: string;
  /** Returns the fixed design; never mutates its input. */
  apply(design: Design): OpResult;
}

export interface Finding {
  /** Catalogue id, optionally with a suffix after a colon (`SHR-SVC:rabbitmq`). */
  readonly ruleId: string;
  readonly severity: Severity;
  /** The resources involved; the first is where the badge goes. */
  readonly resourceIds: readonly string[];
  readonly message: string;
  /** The AWS documentation that says so. */
  readonly docUrl: string;
  readonly fixes?: readonly QuickFix[];
}

export interface RuleContext {
  readonly design: Design;
  readonly index: DesignIndex;
}

export interface Rule {
  /** Catalogue id without suffix. */
  readonly id: string;
  /** Highest severity the rule reports. */
  readonly severity: Severity;
  /** One line: what it checks. */
  readonly summary: string;
  readonly docUrl: string;
  /**
   * Resource kinds whose change can alter this rule's findings. Incremental validation
   * re-runs a rule only when a resource of one of these kinds changed; omit for "always".
   * A kind list from the registry stands for its kinds as they are when validation runs.
   */
  readonly dependsOn?: readonly (string | KindList)[];
  /**
   * The rule judges by resource names (not only quotes them). Incremental validation skips
   * rules on a rename unless they read names or quote the old name.
   */
  readonly readsNames?: boolean;
  check(context: RuleContext): Finding[];
  /**
   * For rules whose findings fall into VPCs: the findings of one VPC, reading only resources
   * inside it (`vpcOf`), plus accounts, VPCs and kinds that live outside VPCs. `check` must
   * equal this over every VPC. Incremental validation then re-checks only the VPCs an edit touched.
   */
  checkVpc?(context: RuleContext, vpc: VpcResource): Finding[];
}

/** Builds a finding with the rule's id and doc link filled in. */
export function finding(
  rule: Pick<Rule, 'id' | 'docUrl'>,
  severity: Severity,
  resourceIds: readonly string[],
  message: string,
  extra: { suffix?: string; fixes?: readonly QuickFix[]; docUrl?: string } = {},
): Finding {
  return {
    ruleId: extra.suffix ? `${rule.id}:${extra.suffix}` : rule.id,
    severity,
    resourceIds,
    message,
    docUrl: extra.docUrl ?? rule.docUrl,
    ...(extra.fixes && extra.fixes.length > 0 ? { fixes: extra.fixes } : {}),
  };
}

/** How names appear in messages: `orders-mq` in backticks, as the architect typed it. */
export function named(resource: { name: string; id: string } | undefined): string {
  if (!resource) return '`(missing)`';
  return `\`${resource.name || resource.id}\``;
}
