import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, updateResource, type Design } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import { defaultEndpoints, matrix } from '../engine/sim/index.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { FakeDesignWorker } from '../workers/fakeDesignWorker.ts';
import { createTestStudio } from './testStudio.ts';

function staticIps(): Design {
  const parsed = parseDesign(readFileSync(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the static-IP example does not parse');
  return parsed.design;
}

describe('a studio', () => {
  it('computes a matrix run in its worker, and settles once every row is in', async () => {
    const design = staticIps();
    const studio = createTestStudio({ design });
    const endpoints = defaultEndpoints(design);
    studio.matrix.start(design, endpoints, 'tcp', 443);
    expect(studio.matrix.store.getState().run).toMatchObject({ status: 'running', done: 0 });
    await studio.settled();
    const run = studio.matrix.store.getState().run!;
    expect(run).toMatchObject({ status: 'done', done: endpoints.length });
    expect(run.rows).toEqual(matrix(design, endpoints, 'tcp', 443).cells);
    studio.dispose();
  });

  it('two studios on large designs validate each in a worker of its own, and disposing one leaves the other working', async () => {
    const big = syntheticLandingZone({ seed: 5, resources: 2500 });
    const workers = FakeDesignWorker.started.length;
    const first = createTestStudio({ design: big, id: 'first' });
    const second = createTestStudio({ design: big, id: 'second' });
    await Promise.all([first.settled(), second.settled()]);
    const [firstWorker, secondWorker] = FakeDesignWorker.started.slice(workers);
    expect(FakeDesignWorker.started).toHaveLength(workers + 2);

    first.dispose();
    expect(firstWorker!.terminated).toBe(true);
    expect(secondWorker!.terminated).toBe(false);

    const subnet = big.resources.find((r) => r.kind === 'subnet')!;
    second.apply((d) => updateResource(d, subnet.id, { name: 'renamed' }));
    await second.settled();
    expect(second.findings.getState().design).toBe(second.getDesign());
    const key = (f: { ruleId: string; resourceIds: readonly string[]; message: string }) => `${f.ruleId} ${f.resourceIds.join(',')} ${f.message}`;
    expect(second.findings.getState().findings.map(key)).toEqual(createValidator().validate(second.getDesign()).map(key));
    // The disposed studio no longer validates its edits.
    first.apply((d) => updateResource(d, subnet.id, { name: 'after-dispose' }));
    await first.settled();
    expect(first.findings.getState().design).toBe(big);
    second.dispose();
  });
});
