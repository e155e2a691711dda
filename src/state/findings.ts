/**
 * Live validation. The open design is re-checked after every change, once per design
 * version, outside React: one subscription to the design store, not one per node. The
 * results feed the findings panel and the node badges. Large designs are validated in the
 * design worker (designWorker.ts), so no edit waits for the rules; small ones right here,
 * before the next paint.
 */
import { create } from 'zustand';
import type { Design } from '../engine/model/index.ts';
import type { Finding, Rule, Severity } from '../engine/rules/types.ts';
import { useBadgeStore } from './badges.ts';
import { getDesign, useDesignStore } from './designStore.ts';
import { findingBadges, sameBadges, type BadgeMap } from './findingBadges.ts';
import { askDesignWorker, runsInWorker } from './designWorker.ts';
import { withFixes } from './workerFixes.ts';

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
/** The rules, once their chunk loaded: the worker's findings rebuild their quick fixes from them. */
let rules: readonly Rule[] | undefined;
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

/** Findings for a design arrived (from here or the worker): the panel and the badges follow. */
function publish(design: Design, findings: readonly Finding[]): void {
  const state = useFindingsStore.getState();
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

const failed = (design: Design, message: string) =>
  useFindingsStore.setState({ design, failure: `Validation stopped on an internal error: ${message}` });

/** The design the newest run is about: answers about any other are not published. */
let wanted: Design | undefined;
/** Designs sent to the worker for validation and not yet answered. */
const pending = new Set<Design>();
/** The worker's latest findings, published or not: an `unchanged` answer refers to them. */
let latest: readonly Finding[] = [];

function validateInWorker(design: Design): void {
  if (pending.has(design)) return;
  pending.add(design);
  void askDesignWorker(design, { type: 'validate' }).then((answer) => {
    pending.delete(design);
    if (answer.type === 'findings') latest = withFixes(answer.findings, () => rules);
    // A newer design was asked about meanwhile: its answer will follow.
    if (design !== wanted) return;
    if (answer.type === 'error') failed(design, answer.message);
    else publish(design, latest);
  });
}

/** Validates the current design if it is newer than the last result. */
function run(): void {
  scheduled = false;
  const design = getDesign();
  wanted = design;
  if (useFindingsStore.getState().design === design) return;
  if (runsInWorker(design)) {
    validateInWorker(design);
    return;
  }
  if (!validateDesign) return;
  let findings: readonly Finding[];
  try {
    findings = validateDesign(design);
  } catch (error) {
    failed(design, describe(error));
    return;
  }
  publish(design, findings);
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
    (loaded) => {
      // Incremental: after an edit only the rules that depend on what changed run again.
      const validator = loaded.createValidator();
      validateDesign = (design) => validator.validate(design);
      rules = loaded.RULES;
      schedule();
    },
    (error: unknown) => useFindingsStore.setState({ failure: `The rules could not be loaded: ${describe(error)}` }),
  );
}
