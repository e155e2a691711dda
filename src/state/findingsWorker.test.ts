import { beforeAll, describe, expect, it } from 'vitest';
import { removeResources } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { createValidationJob } from '../workers/validationJob.ts';
import type { ValidationRequest } from '../workers/validationPatch.ts';
import { useBadgeStore } from './badges.ts';
import { applyOperation, useDesignStore } from './designStore.ts';
import { setValidationWorkerFactory, startLiveValidation, useFindingsStore, WORKER_THRESHOLD } from './findings.ts';

/** What a user would tell two findings apart by. */
const key = (f: Finding) => `${f.ruleId} ${f.resourceIds.join(',')} ${f.message}`;

/** Runs the worker's job a task later, as a real worker would, and counts the messages. */
class FakeWorker {
  static sent: ValidationRequest[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly job = createValidationJob();
  postMessage(request: ValidationRequest) {
    FakeWorker.sent.push(request);
    setTimeout(() => this.onmessage?.({ data: this.job(request) } as MessageEvent), 0);
  }
  terminate() {}
}

async function settled() {
  for (let i = 0; i < 400; i++) {
    if (useFindingsStore.getState().design === useDesignStore.getState().history.present) return useFindingsStore.getState();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('live validation did not catch up');
}

describe('live validation of a large design', () => {
  const design = syntheticLandingZone({ seed: 5, resources: 2500 });

  beforeAll(() => {
    setValidationWorkerFactory(() => new FakeWorker() as unknown as Worker);
    useDesignStore.getState().open('big', design);
    startLiveValidation();
  });

  it('runs in the worker and its findings drive the panel and the badges', async () => {
    expect(design.resources.length).toBeGreaterThan(WORKER_THRESHOLD);
    const state = await settled();
    expect(FakeWorker.sent).toHaveLength(1);
    const expected = createValidator().validate(design);
    expect(expected.length).toBeGreaterThan(0);
    expect(state.findings.map(key).sort()).toEqual(expected.map(key).sort());
    const flagged = expected.filter((f) => f.severity !== 'info').length;
    const badges = useBadgeStore.getState().bySource['findings'] ?? {};
    expect(flagged === 0 || Object.keys(badges).length > 0).toBe(true);
  });

  it('an edit sends only what changed, and the findings follow it', async () => {
    const vpc = design.resources.find((r) => r.kind === 'vpc')!;
    const result = applyOperation((d) => removeResources(d, [vpc.id]));
    expect(result.ok).toBe(true);
    const state = await settled();
    const last = FakeWorker.sent.at(-1)!;
    expect(last.changed.length).toBeLessThan(50);
    expect(state.findings.some((f) => f.resourceIds.includes(vpc.id))).toBe(false);
    const present = useDesignStore.getState().history.present;
    expect(state.findings.map(key).sort()).toEqual(createValidator().validate(present).map(key).sort());
  });
});
