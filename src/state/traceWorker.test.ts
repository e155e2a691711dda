import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, updateResource, type Design } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { trace, type Flow } from '../engine/sim/index.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { FakeDesignWorker } from '../workers/fakeDesignWorker.ts';
import { WORKER_THRESHOLD } from './designWorker.ts';
import { createTestStudio } from './testStudio.ts';
import { setTraceFlow, startLiveTrace, type TraceFlowInput } from './trace.ts';
import { canvasPath } from './tracePath.ts';

/** What a user would tell two findings apart by. */
const key = (f: Finding) => `${f.ruleId} ${f.resourceIds.join(',')} ${f.message}`;

const design = syntheticLandingZone({ seed: 5, resources: 2500 });
const studio = createTestStudio({ design, id: 'big' });
afterAll(() => studio.dispose());

const present = () => studio.getDesign();
/** One task: a held worker answer released now has arrived after it. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Traces `flow` and waits until the trace and the findings describe the open design and it. */
async function traced(flow: TraceFlowInput) {
  setTraceFlow(studio, flow);
  await studio.settled();
  const { design, result } = studio.trace.getState();
  expect(design).toBe(present());
  expect(result?.flow).toMatchObject({ from: flow.from, to: flow.to });
  expect(studio.findings.getState().design).toBe(present());
}
const instances = design.resources.filter((r) => r.kind === 'instance' && r.id.startsWith('vpc-0001-')).map((r) => r.id);
const toInternet: Flow = { from: instances[0]!, to: 'internet', protocol: 'tcp', port: 443 };
const toNeighbour: Flow = { from: instances[0]!, to: instances[1]!, protocol: 'tcp', port: 443 };
const toThird: Flow = { from: instances[0]!, to: instances[2]!, protocol: 'tcp', port: 443 };

/** The group whose outbound rules let the flow out. */
function egressGroup(flow: Flow): string {
  return trace(design, flow).forward.find((h) => h.step === 'sg-egress')!.resourceId;
}

describe('live tracing of a large design', () => {
  beforeAll(async () => {
    startLiveTrace(studio);
    await studio.settled();
  });

  it('traces in the worker that validates, to the verdict and hops the page would find, and draws the path', async () => {
    expect(design.resources.length).toBeGreaterThan(WORKER_THRESHOLD);
    await traced(toInternet);
    const { result, path, error } = studio.trace.getState();
    expect(error).toBeUndefined();
    expect(result).toEqual(trace(design, toInternet));
    expect(result?.verdict).toEqual({ reachable: true });
    expect(path).toEqual(canvasPath(design, result!));
    expect(studio.traceHighlight.getState().verdict).toBe('reachable');
    expect(studio.traceHighlight.getState().nodes[toInternet.from]?.order).toEqual([1]);

    await traced(toNeighbour);
    expect(studio.trace.getState().result).toEqual(trace(design, toNeighbour));
    expect(studio.trace.getState().result?.verdict.reachable).toBe(false);

    // One worker, sent the design once: the traces carried no resources.
    expect(FakeDesignWorker.started).toHaveLength(1);
    const traces = FakeDesignWorker.sent.filter((r) => r.type === 'trace');
    expect(traces).toHaveLength(2);
    expect(traces.map((r) => r.patch.changed.length)).toEqual([0, 0]);
    expect(FakeDesignWorker.sent.filter((r) => r.patch.changed.length > 0)).toHaveLength(1);
  });

  it('an edit sends only what changed and the trace follows it; undo brings the verdict back; the findings stay right', async () => {
    await traced(toInternet);
    const group = egressGroup(toInternet);
    const before = FakeDesignWorker.sent.length;
    studio.apply((d) => updateResource(d, group, { egress: [] }));
    await traced(toInternet);
    expect(studio.trace.getState().result).toEqual(trace(present(), toInternet));
    expect(studio.trace.getState().result?.verdict).toMatchObject({ reachable: false, reason: 'SG_DENY', at: group });
    expect(studio.traceHighlight.getState().verdict).toBe('blocked');
    const sinceEdit = FakeDesignWorker.sent.slice(before);
    expect(sinceEdit.map((r) => r.type).sort()).toEqual(['trace', 'validate']);
    expect(sinceEdit.flatMap((r) => r.patch.changed.map((c) => c.id))).toEqual([group]);

    studio.design.getState().undo();
    await traced(toInternet);
    expect(studio.trace.getState().result?.verdict).toEqual({ reachable: true });
    expect(studio.findings.getState().findings.map(key)).toEqual(createValidator().validate(present()).map(key));
  });

  it('keeps the last result while the worker is busy, and drops answers about an older flow or design', async () => {
    await traced(toInternet);
    const shown = studio.trace.getState().result;
    FakeDesignWorker.holding = true;
    try {
      setTraceFlow(studio, toNeighbour);
      await flush();
      setTraceFlow(studio, toThird);
      await flush();
      expect(FakeDesignWorker.waiting).toBe(2);
      expect(studio.trace.getState().result).toBe(shown);
      // The neighbour's answer arrives after the third instance was asked for: not shown.
      FakeDesignWorker.release(1);
      await flush();
      expect(studio.trace.getState().result).toBe(shown);
      FakeDesignWorker.release();
      await traced(toThird);
      expect(studio.trace.getState().result).toEqual(trace(present(), toThird));

      // An edit and its undo before the worker answers either: the edited design never shows.
      const original = present();
      studio.apply((d) => updateResource(d, egressGroup(toThird), { egress: [] }));
      await flush();
      const edited = present();
      studio.design.getState().undo();
      await flush();
      expect(present()).toBe(original);
      while (FakeDesignWorker.waiting > 0) {
        FakeDesignWorker.release(1);
        await flush();
        expect(studio.trace.getState().design).not.toBe(edited);
        expect(studio.findings.getState().design).not.toBe(edited);
      }
      expect(studio.trace.getState().result).toEqual(trace(original, toThird));
      expect(studio.findings.getState().findings.map(key)).toEqual(createValidator().validate(original).map(key));
    } finally {
      FakeDesignWorker.holding = false;
      FakeDesignWorker.release();
    }
  });

  it('shows the simulator error when the worker fails, and the next trace starts a new worker with the whole design', async () => {
    FakeDesignWorker.holding = true;
    try {
      setTraceFlow(studio, toNeighbour);
      await flush();
      FakeDesignWorker.started.at(-1)!.crash('out of memory');
      await flush();
      expect(studio.trace.getState().error).toBe('The simulator stopped on an internal error: out of memory');
      expect(studio.trace.getState().result).toBeUndefined();
      expect(Object.keys(studio.traceHighlight.getState().nodes)).toHaveLength(0);
    } finally {
      FakeDesignWorker.holding = false;
      FakeDesignWorker.release();
    }
    const workers = FakeDesignWorker.started.length;
    await traced(toInternet);
    expect(studio.trace.getState().error).toBeUndefined();
    expect(FakeDesignWorker.started).toHaveLength(workers + 1);
    expect(FakeDesignWorker.sent.at(-1)!.patch.changed).toHaveLength(present().resources.length);
  });

  it('a small design is traced right away on the page, without the worker', async () => {
    const parsed = parseDesign(readFileSync(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('the static-IP example does not parse');
    const small: Design = parsed.design;
    studio.design.getState().open('small', small);
    const sent = FakeDesignWorker.sent.length;
    setTraceFlow(studio, { from: 'partner', to: 'partner-nlb', protocol: 'tcp', port: 443 });
    // Microtasks only: no task for a worker's answer to arrive in.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(studio.trace.getState().design).toBe(small);
    expect(studio.trace.getState().result?.verdict).toEqual({ reachable: true });
    expect(FakeDesignWorker.sent).toHaveLength(sent);
  });
});
