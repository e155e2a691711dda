import { describe, expect, it } from 'vitest';
import { renameResource } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { createValidationJob } from './validationJob.ts';
import { createPatcher, createReceiver } from './validationPatch.ts';

/** What a user would tell two findings apart by. */
const key = (f: Finding) => `${f.ruleId} ${f.resourceIds.join(',')} ${f.message}`;

const large = () => syntheticLandingZone({ seed: 3, resources: 1800 });

describe('sending designs to the validation worker', () => {
  it('sends every resource once, then only the ones an edit replaced', () => {
    const patch = createPatcher();
    const design = large();
    expect(patch(design, 1).changed).toHaveLength(design.resources.length);
    const subnet = design.resources.find((r) => r.kind === 'subnet')!;
    const renamed = renameResource(design, subnet.id, 'renamed-subnet');
    if (!renamed.ok) throw new Error(renamed.reason);
    const second = patch(renamed.design, 2);
    expect(second.changed.map((r) => r.id)).toContain(subnet.id);
    expect(second.changed.length).toBeLessThan(5);
  });

  it('rebuilds the same resources on the worker side, keeping unchanged ones as the same objects', () => {
    const patch = createPatcher();
    const receive = createReceiver({ format: 'landing-zone-studio/design', version: 2 });
    const design = large();
    const first = receive(patch(design, 1));
    expect(first.resources).toEqual(design.resources);
    const removed = { ...design, resources: design.resources.slice(1) };
    const second = receive(patch(removed, 2));
    expect(second.resources).toHaveLength(design.resources.length - 1);
    expect(second.resources[0]).toBe(first.resources[1]);
  });

  it('the worker finds what validating on the page finds, and says when nothing changed', () => {
    const patch = createPatcher();
    const job = createValidationJob();
    const design = large();
    const answer = job(patch(design, 1));
    expect(answer.type).toBe('findings');
    const expected = createValidator().validate(design);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.type === 'findings' && answer.findings.map(key)).toEqual(expected.map(key));
    // A new design object with the same resources (a layout change): nothing to report.
    expect(job(patch({ ...design, layout: { x: { x: 1, y: 2 } } }, 2)).type).toBe('unchanged');
  });
});
