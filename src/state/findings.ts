/**
 * Live validation. The open design is re-checked after every change, once per design
 * version, outside React: one subscription to the design store, not one per node. The
 * results feed the findings panel and the node badges.
 */
import { create } from 'zustand';
import type { Design } from '../engine/model/index.ts';
import type { Finding, Severity } from '../engine/rules/types.ts';
import { useBadgeStore } from './badges.ts';
import { getDesign, useDesignStore } from './designStore.ts';
import { findingBadges, sameBadges, type BadgeMap } from './findingBadges.ts';

export type FindingCounts = Readonly<Record<Severity, number>>;

interface FindingsState {
  /** The design version these findings describe; undefined until the first run. */
  readonly design: Design | undefined;
  /** Sorted: errors first, then warnings, then info. */
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  /** Why validation could not run, shown instead of a reassuring empty list. */
  readonly failure: string | undefined;
}

const NO_COUNTS: FindingCounts = { error: 0, warning: 0, info: 0 };

export const useFindingsStore = create<FindingsState>()(() => ({
  design: undefined,
  findings: [],
  counts: NO_COUNTS,
  failure: undefined,
}));

type Validate = (design: Design) => readonly Finding[];

let validateDesign: Validate | undefined;
let started = false;
let scheduled = false;
let badges: BadgeMap = {};

function countOf(findings: readonly Finding[], previous: FindingCounts): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const same = counts.error === previous.error && counts.warning === previous.warning && counts.info === previous.info;
  return same ? previous : counts;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Validates the current design if it is newer than the last result. */
function run(): void {
  scheduled = false;
  if (!validateDesign) return;
  const design = getDesign();
  const state = useFindingsStore.getState();
  if (state.design === design) return;
  let findings: readonly Finding[];
  try {
    findings = validateDesign(design);
  } catch (error) {
    useFindingsStore.setState({ design, failure: `Validation stopped on an internal error: ${describe(error)}` });
    return;
  }
  // The validator hands back the same list when nothing it reads changed (moving a box):
  // then the panel and the badges have nothing to redraw.
  if (findings === state.findings && !state.failure) {
    useFindingsStore.setState({ design });
    return;
  }
  useFindingsStore.setState({ design, findings, counts: countOf(findings, state.counts), failure: undefined });
  const next = findingBadges(design, findings);
  if (!sameBadges(next, badges)) {
    badges = next;
    useBadgeStore.getState().setBadges('findings', next);
  }
}

/** Several changes in one task (a fix, an undo burst) validate once, before the next paint. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(run);
}

/**
 * Starts live validation; later calls do nothing. The rules load as their own chunk so the
 * first paint does not wait for them.
 */
export function startLiveValidation(): void {
  if (started) return;
  started = true;
  useDesignStore.subscribe((state, previous) => {
    if (state.history.present !== previous.history.present) schedule();
  });
  import('../engine/rules/index.ts').then(
    (rules) => {
      // Incremental: after an edit only the rules that depend on what changed run again.
      const validator = rules.createValidator();
      validateDesign = (design) => validator.validate(design);
      schedule();
    },
    (error: unknown) => useFindingsStore.setState({ failure: `The rules could not be loaded: ${describe(error)}` }),
  );
}
