/**
 * Live validation. The open design is re-checked after every change, once per design
 * version, outside React: one subscription to the design store, not one per node. The
 * results feed the findings panel and the node badges. Large designs are validated in the
 * design worker, so no edit waits for the rules; small ones right here, before the next
 * paint (liveDerivation.ts schedules and drops stale answers).
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Design } from '../engine/model/index.ts';
import type { Finding, Rule, Severity } from '../engine/rules/types.ts';
import type { BadgeState } from './badges.ts';
import type { DesignState } from './designStore.ts';
import type { DesignWorkerClient } from './designWorker.ts';
import { findingBadges, sameBadges, type BadgeMap } from './findingBadges.ts';
import { createLiveDerivation, NOT_READY, type LiveDerivation } from './liveDerivation.ts';
import { useStudio } from './useStudio.ts';
import { withFixes } from './workerFixes.ts';

export type FindingCounts = Readonly<Record<Severity, number>>;

export interface FindingsState {
  /** The design version these findings describe; undefined until the first run. */
  readonly design: Design | undefined;
  /** Sorted: errors first, then warnings, then info. */
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  /** Why validation could not run, shown instead of a reassuring empty list. */
  readonly failure: string | undefined;
}

const NO_COUNTS: FindingCounts = { error: 0, warning: 0, info: 0 };

export const createFindingsStore = (): StoreApi<FindingsState> =>
  createStore<FindingsState>()(() => ({ design: undefined, findings: [], counts: NO_COUNTS, failure: undefined }));

/** One slice of the live findings. */
export function useFindingsStore<T>(selector: (state: FindingsState) => T): T {
  return useStore(useStudio().findings, selector);
}

function countOf(findings: readonly Finding[], previous: FindingCounts): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const same = counts.error === previous.error && counts.warning === previous.warning && counts.info === previous.info;
  return same ? previous : counts;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The findings of one design, or why there are none. */
type Validation = readonly Finding[] | { readonly failure: string };

const internalError = (message: string) => ({ failure: `Validation stopped on an internal error: ${message}` });

interface LiveFindingsParts {
  readonly design: StoreApi<DesignState>;
  readonly findings: StoreApi<FindingsState>;
  readonly badges: StoreApi<BadgeState>;
  readonly worker: DesignWorkerClient;
}

/**
 * Starts live validation of a studio's design. The rules load as their own chunk so the
 * first paint does not wait for them.
 */
export function createLiveFindings({ design: designStore, findings: store, badges: badgeStore, worker }: LiveFindingsParts): LiveDerivation {
  type Validate = (design: Design) => readonly Finding[];
  let validate: Validate | undefined;
  let loadFailure: string | undefined;
  /** The rules, once their chunk loaded: the worker's findings rebuild their quick fixes from them. */
  let rules: readonly Rule[] | undefined;
  let badges: BadgeMap = {};
  /** The worker's latest findings, shown or not: an `unchanged` answer refers to them. */
  let latest: readonly Finding[] = [];

  /** Findings for a design arrived (from here or the worker): the panel and the badges follow. */
  function publish(design: Design, validation: Validation): void {
    if ('failure' in validation) {
      store.setState({ design, failure: validation.failure });
      return;
    }
    const findings = validation;
    const state = store.getState();
    // The validator hands back the same list when nothing it reads changed (moving a box):
    // then the panel and the badges have nothing to redraw.
    if (findings === state.findings && !state.failure) {
      store.setState({ design });
      return;
    }
    store.setState({ design, findings, counts: countOf(findings, state.counts), failure: undefined });
    const next = findingBadges(design, findings);
    if (!sameBadges(next, badges)) {
      badges = next;
      badgeStore.getState().setBadges('findings', next);
    }
  }

  const live = createLiveDerivation<Validation>({
    design: () => designStore.getState().history.present,
    key: () => '',
    local: (design) => {
      if (loadFailure) return { failure: loadFailure };
      return validate ? validate(design) : NOT_READY;
    },
    remote: (design) =>
      worker.ask(design, { type: 'validate' }).then((answer) => {
        if (answer.type === 'error') return internalError(answer.message);
        if (answer.type === 'findings') latest = withFixes(answer.findings, () => rules);
        return latest;
      }),
    publish: (design, _key, validation) => publish(design, validation),
    failed: (design, _key, message) => publish(design, internalError(message)),
    watch: (changed) =>
      designStore.subscribe((state, previous) => {
        if (state.history.present !== previous.history.present) changed();
      }),
  });

  import('../engine/rules/index.ts').then(
    (loaded) => {
      // Incremental: after an edit only the rules that depend on what changed run again.
      const validator = loaded.createValidator();
      validate = (design) => validator.validate(design);
      rules = loaded.RULES;
      live.schedule();
    },
    (error: unknown) => {
      loadFailure = `The rules could not be loaded: ${describe(error)}`;
      live.schedule();
    },
  );
  return live;
}
