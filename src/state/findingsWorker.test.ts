import { afterAll, describe, expect, it } from 'vitest';
import { removeResources } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { FakeDesignWorker } from '../workers/fakeDesignWorker.ts';
import { WORKER_THRESHOLD } from './designWorker.ts';
import { createTestStudio } from './testStudio.ts';

/** What a user would tell two findings apart by. */
const key = (f: Finding) => `${f.ruleId} ${f.resourceIds.join(',')} ${f.message}`;

describe('live validation of a large design', () => {
  const design = syntheticLandingZone({ seed: 5, resources: 2500 });
  const studio = createTestStudio({ design, id: 'big' });
  afterAll(() => studio.dispose());

  /** The findings once live validation has caught up with the open design. */
  async function settled() {
    await studio.settled();
    expect(studio.findings.getState().design).toBe(studio.getDesign());
    return studio.findings.getState();
  }

  it('runs in the worker and its findings drive the panel and the badges', async () => {
    expect(design.resources.length).toBeGreaterThan(WORKER_THRESHOLD);
    const state = await settled();
    expect(FakeDesignWorker.sent).toHaveLength(1);
    const expected = createValidator().validate(design);
    expect(expected.length).toBeGreaterThan(0);
    expect(state.findings.map(key).sort()).toEqual(expected.map(key).sort());
    const flagged = expected.filter((f) => f.severity !== 'info').length;
    const badges = studio.badges.getState().bySource['findings'] ?? {};
    expect(flagged === 0 || Object.keys(badges).length > 0).toBe(true);
  });

  it('an edit sends only what changed, and the findings follow it', async () => {
    const vpc = design.resources.find((r) => r.kind === 'vpc')!;
    const result = studio.apply((d) => removeResources(d, [vpc.id]));
    expect(result.ok).toBe(true);
    const state = await settled();
    const last = FakeDesignWorker.sent.at(-1)!;
    expect(last.patch.changed.length).toBeLessThan(50);
    expect(state.findings.some((f) => f.resourceIds.includes(vpc.id))).toBe(false);
    const present = studio.design.getState().history.present;
    expect(state.findings.map(key).sort()).toEqual(createValidator().validate(present).map(key).sort());
  });

  it("a quick fix of a finding from the worker does on the page what the rule's own fix does", async () => {
    const state = await settled();
    const finding = state.findings.find((f) => f.fixes && f.fixes.length > 0);
    expect(finding, 'a finding with a quick fix').toBeDefined();
    const fix = finding!.fixes![0]!;
    const present = studio.design.getState().history.present;
    const own = createValidator().validate(present).find((f) => key(f) === key(finding!))!.fixes!.find((f) => f.id === fix.id)!;
    const expected = own.apply(present);
    expect(expected.ok).toBe(true);
    const result = studio.apply((d) => fix.apply(d));
    expect(result.ok && expected.ok && result.design.resources).toEqual(expected.ok && expected.design.resources);
    const after = await settled();
    expect(after.findings.map(key)).toEqual(createValidator().validate(studio.design.getState().history.present).map(key));
    // Once the design no longer has the problem, the old finding's fix says so instead of changing anything.
    expect(after.findings.map(key)).not.toContain(key(finding!));
    expect(fix.apply(studio.design.getState().history.present)).toMatchObject({ ok: false });
  });
});
