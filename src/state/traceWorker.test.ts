import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, updateResource, type Design } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { trace, type Flow } from '../engine/sim/index.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { FakeDesignWorker } from '../workers/fakeDesignWorker.ts';
import { applyOperation, useDesignStore } from './designStore.ts';
import { setDesignWorkerFactory, WORKER_THRESHOLD } from './designWorker.ts';
import { startLiveValidation, useFindingsStore } from './findings.ts';
import { setTraceFlow, startLiveTrace, useTraceStore } from './trace.ts';
import { useTraceHighlight } from './traceHighlight.ts';
import { canvasPath } from './tracePath.ts';

/** What a user would tell two findings apart by. */
const key = (f: Finding) => `${f.ruleId} ${f.resourceIds.join(',')} ${f.message}`;

const present = () => useDesignStore.getState().history.present;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 400; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${what}: not yet after two seconds`);
}

/** The trace shown describes the open design and this flow. */
const tracedNow = (flow: Flow) => () => {
  const { design, result } = useTraceStore.getState();
  return design === present() && result?.flow.from === flow.from && result.flow.to === flow.to;
};

const design = syntheticLandingZone({ seed: 5, resources: 2500 });
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
    setDesignWorkerFactory(() => new FakeDesignWorker() as unknown as Worker);
    useDesignStore.getState().open('big', design);
    startLiveValidation();
    startLiveTrace();
    await until(() => useFindingsStore.getState().design === present(), 'the first validation');
  });

  it('traces in the worker that validates, to the verdict and hops the page would find, and draws the path', async () => {
    expect(design.resources.length).toBeGreaterThan(WORKER_THRESHOLD);
    setTraceFlow(toInternet);
    await until(tracedNow(toInternet), 'the trace to the internet');
    const { result, path, error } = useTraceStore.getState();
    expect(error).toBeUndefined();
    expect(result).toEqual(trace(design, toInternet));
    expect(result?.verdict).toEqual({ reachable: true });
    expect(path).toEqual(canvasPath(design, result!));
    expect(useTraceHighlight.getState().verdict).toBe('reachable');
    expect(useTraceHighlight.getState().nodes[toInternet.from]?.order).toEqual([1]);

    setTraceFlow(toNeighbour);
    await until(tracedNow(toNeighbour), 'the trace to the neighbour');
    expect(useTraceStore.getState().result).toEqual(trace(design, toNeighbour));
    expect(useTraceStore.getState().result?.verdict.reachable).toBe(false);

    // One worker, sent the design once: the traces carried no resources.
    expect(FakeDesignWorker.started).toHaveLength(1);
    const traces = FakeDesignWorker.sent.filter((r) => r.type === 'trace');
    expect(traces).toHaveLength(2);
    expect(traces.map((r) => r.patch.changed.length)).toEqual([0, 0]);
    expect(FakeDesignWorker.sent.filter((r) => r.patch.changed.length > 0)).toHaveLength(1);
  });

  it('an edit sends only what changed and the trace follows it; undo brings the verdict back; the findings stay right', async () => {
    setTraceFlow(toInternet);
    await until(tracedNow(toInternet), 'the trace to the internet');
    const group = egressGroup(toInternet);
    const before = FakeDesignWorker.sent.length;
    applyOperation((d) => updateResource(d, group, { egress: [] }));
    await until(tracedNow(toInternet), 'the trace after the edit');
    expect(useTraceStore.getState().result).toEqual(trace(present(), toInternet));
    expect(useTraceStore.getState().result?.verdict).toMatchObject({ reachable: false, reason: 'SG_DENY', at: group });
    expect(useTraceHighlight.getState().verdict).toBe('blocked');
    const sinceEdit = FakeDesignWorker.sent.slice(before);
    expect(sinceEdit.map((r) => r.type).sort()).toEqual(['trace', 'validate']);
    expect(sinceEdit.flatMap((r) => r.patch.changed.map((c) => c.id))).toEqual([group]);

    useDesignStore.getState().undo();
    await until(tracedNow(toInternet), 'the trace after undo');
    expect(useTraceStore.getState().result?.verdict).toEqual({ reachable: true });
    await until(() => useFindingsStore.getState().design === present(), 'validation after undo');
    expect(useFindingsStore.getState().findings.map(key)).toEqual(createValidator().validate(present()).map(key));
  });

  it('keeps the last result while the worker is busy, and drops answers about an older flow or design', async () => {
    setTraceFlow(toInternet);
    await until(tracedNow(toInternet), 'the trace to the internet');
    const shown = useTraceStore.getState().result;
    FakeDesignWorker.holding = true;
    try {
      setTraceFlow(toNeighbour);
      await flush();
      setTraceFlow(toThird);
      await flush();
      expect(FakeDesignWorker.waiting).toBe(2);
      expect(useTraceStore.getState().result).toBe(shown);
      // The neighbour's answer arrives after the third instance was asked for: not shown.
      FakeDesignWorker.release(1);
      await flush();
      expect(useTraceStore.getState().result).toBe(shown);
      FakeDesignWorker.release();
      await until(tracedNow(toThird), 'the trace to the third instance');
      expect(useTraceStore.getState().result).toEqual(trace(present(), toThird));

      // An edit and its undo before the worker answers either: the edited design never shows.
      const original = present();
      applyOperation((d) => updateResource(d, egressGroup(toThird), { egress: [] }));
      await flush();
      const edited = present();
      useDesignStore.getState().undo();
      await flush();
      expect(present()).toBe(original);
      while (FakeDesignWorker.waiting > 0) {
        FakeDesignWorker.release(1);
        await flush();
        expect(useTraceStore.getState().design).not.toBe(edited);
        expect(useFindingsStore.getState().design).not.toBe(edited);
      }
      expect(useTraceStore.getState().result).toEqual(trace(original, toThird));
      expect(useFindingsStore.getState().findings.map(key)).toEqual(createValidator().validate(original).map(key));
    } finally {
      FakeDesignWorker.holding = false;
      FakeDesignWorker.release();
    }
  });

  it('shows the simulator error when the worker fails, and the next trace starts a new worker with the whole design', async () => {
    FakeDesignWorker.holding = true;
    try {
      setTraceFlow(toNeighbour);
      await flush();
      FakeDesignWorker.started.at(-1)!.crash('out of memory');
      await flush();
      expect(useTraceStore.getState().error).toBe('The simulator stopped on an internal error: out of memory');
      expect(useTraceStore.getState().result).toBeUndefined();
      expect(Object.keys(useTraceHighlight.getState().nodes)).toHaveLength(0);
    } finally {
      FakeDesignWorker.holding = false;
      FakeDesignWorker.release();
    }
    const workers = FakeDesignWorker.started.length;
    setTraceFlow(toInternet);
    await until(tracedNow(toInternet), 'the trace in a new worker');
    expect(useTraceStore.getState().error).toBeUndefined();
    expect(FakeDesignWorker.started).toHaveLength(workers + 1);
    expect(FakeDesignWorker.sent.at(-1)!.patch.changed).toHaveLength(present().resources.length);
  });

  it('a small design is traced right away on the page, without the worker', async () => {
    const parsed = parseDesign(readFileSync(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('the static-IP example does not parse');
    const small: Design = parsed.design;
    useDesignStore.getState().open('small', small);
    const sent = FakeDesignWorker.sent.length;
    setTraceFlow({ from: 'partner', to: 'partner-nlb', protocol: 'tcp', port: 443 });
    // Microtasks only: no task for a worker's answer to arrive in.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(useTraceStore.getState().design).toBe(small);
    expect(useTraceStore.getState().result?.verdict).toEqual({ reachable: true });
    expect(FakeDesignWorker.sent).toHaveLength(sent);
  });
});
