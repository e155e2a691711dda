import { describe, expect, it } from 'vitest';
import { renameResource, setLayout } from '../engine/model/index.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { createPatcher, createReceiver } from './designMirror.ts';

const large = () => syntheticLandingZone({ seed: 3, resources: 1800 });

describe('sending designs to the design worker', () => {
  it('sends every resource once, then only the ones an edit replaced', () => {
    const patch = createPatcher();
    const design = large();
    expect(patch(design).changed).toHaveLength(design.resources.length);
    const subnet = design.resources.find((r) => r.kind === 'subnet')!;
    const renamed = renameResource(design, subnet.id, 'renamed-subnet');
    if (!renamed.ok) throw new Error(renamed.reason);
    const second = patch(renamed.design);
    expect(second.changed.map((r) => r.id)).toContain(subnet.id);
    expect(second.changed.length).toBeLessThan(5);
  });

  it('sends nothing but the version for a design the worker already holds, or one whose boxes only moved', () => {
    const patch = createPatcher();
    const design = large();
    const first = patch(design);
    expect(patch(design)).toEqual({ version: first.version, changed: [] });
    const vpc = design.resources.find((r) => r.kind === 'vpc')!;
    const moved = setLayout(design, { [vpc.id]: { x: 40, y: 80 } });
    expect(moved).not.toBe(design);
    expect(patch(moved)).toEqual({ version: first.version, changed: [] });
  });

  it('rebuilds the same resources on the worker side, keeping unchanged ones, and the design, as the same objects', () => {
    const patch = createPatcher();
    const receive = createReceiver({ format: 'landing-zone-studio/design', version: 2 });
    const design = large();
    const first = receive(patch(design));
    expect(first.resources).toEqual(design.resources);
    expect(receive(patch(design))).toBe(first);
    const removed = { ...design, resources: design.resources.slice(1) };
    const second = receive(patch(removed));
    expect(second.resources).toHaveLength(design.resources.length - 1);
    expect(second.resources[0]).toBe(first.resources[1]);
    // Back to the first design (an undo): the resource removed comes back.
    const third = receive(patch(design));
    expect(third.resources.map((r) => r.id)).toEqual(design.resources.map((r) => r.id));
  });

  it('a worker that does not hold the version a patch names says so instead of answering about another design', () => {
    const receive = createReceiver({ format: 'landing-zone-studio/design', version: 2 });
    expect(() => receive({ version: 4, changed: [] })).toThrow(/version 4/);
  });

  it('sends the intents when they change, and the worker design holds them', () => {
    const patch = createPatcher();
    const receive = createReceiver({ format: 'landing-zone-studio/design', version: 2 });
    const design = large();
    const [from, to] = design.resources.filter((r) => r.kind === 'instance').map((r) => r.id);
    receive(patch(design));
    const intents = [{ id: 'i1', from: from!, to: to!, protocol: 'tcp' as const, port: 443, expect: 'reachable' as const }];
    const pinned = receive(patch({ ...design, intents }));
    expect(pinned.intents).toEqual(intents);
    expect(receive(patch({ ...design, intents: [] })).intents).toEqual([]);
  });
});
