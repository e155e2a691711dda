import { describe, expect, it } from 'vitest';
import { generate } from '../engine/iac/index.ts';
import { updateResource, type Design } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { checkFlow, trace, type Flow } from '../engine/sim/index.ts';
import { syntheticLandingZone } from '../engine/testing/synthetic.ts';
import { createDesignJob } from './designJob.ts';
import { createPatcher, type DesignAsk, type DesignRequest } from './designMirror.ts';

/** What a user would tell two findings apart by. */
const key = (f: Pick<Finding, 'ruleId' | 'resourceIds' | 'message'>) => `${f.ruleId} ${f.resourceIds.join(',')} ${f.message}`;

const large = () => syntheticLandingZone({ seed: 3, resources: 1800 });

/** The page's side of the conversation, without a worker in between. */
function conversation() {
  const job = createDesignJob();
  const patch = createPatcher();
  const sent: DesignRequest[] = [];
  let id = 0;
  const ask = (design: Design, question: DesignAsk) => {
    const request = { ...question, id: ++id, patch: patch(design) };
    sent.push(request);
    // Both ways through structuredClone, as postMessage would.
    return structuredClone(job(structuredClone(request)));
  };
  return { ask, sent };
}

const firstInstance = (design: Design, vpc: string) => design.resources.find((r) => r.kind === 'instance' && r.id.startsWith(`${vpc}-`))!.id;

describe('the design worker job', () => {
  it('finds what validating on the page finds, and says when nothing changed', () => {
    const { ask } = conversation();
    const design = large();
    const answer = ask(design, { type: 'validate' });
    expect(answer.type).toBe('findings');
    const expected = createValidator().validate(design);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.type === 'findings' && answer.findings.map(key)).toEqual(expected.map(key));
    // A new design object with the same resources (a layout change): nothing to report.
    expect(ask({ ...design, layout: { x: { x: 1, y: 2 } } }, { type: 'validate' }).type).toBe('unchanged');
  });

  it('traces a flow to the same verdict and hops as tracing on the page, from the design it already holds', () => {
    const { ask, sent } = conversation();
    const design = large();
    const a = firstInstance(design, 'vpc-0001');
    const flows: Flow[] = [
      { from: a, to: 'internet', protocol: 'tcp', port: 443 },
      { from: a, to: firstInstance(design, 'vpc-0002'), protocol: 'tcp', port: 443 },
      { from: a, to: 'ext-onprem', protocol: 'udp', port: 53 },
    ];
    const verdicts = flows.map((flow) => {
      const answer = ask(design, { type: 'trace', flow });
      expect(answer.type).toBe('traced');
      const expected = trace(design, flow);
      expect(answer.type === 'traced' && answer.result).toEqual(expected);
      return expected.verdict.reachable;
    });
    // Both outcomes are covered, so the hops compared are not all alike.
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
    expect(sent[0]!.patch.changed).toHaveLength(design.resources.length);
    expect(sent.slice(1).map((r) => r.patch.changed.length)).toEqual([0, 0]);
  });

  it('says why a flow cannot be traced, in the words the page would use', () => {
    const { ask } = conversation();
    const design = large();
    const group = design.resources.find((r) => r.kind === 'security-group')!.id;
    const flow: Flow = { from: firstInstance(design, 'vpc-0001'), to: group, protocol: 'tcp', port: 443 };
    const answer = ask(design, { type: 'trace', flow });
    expect(answer).toMatchObject({ type: 'untraceable', problem: checkFlow(design, flow) });
    expect(answer.type === 'untraceable' && answer.problem).toContain(group);
  });

  it('validates and traces the same mirrored design without one disturbing the other', () => {
    const { ask } = conversation();
    const design = large();
    const flow: Flow = { from: firstInstance(design, 'vpc-0001'), to: 'internet', protocol: 'tcp', port: 443 };
    const before = ask(design, { type: 'trace', flow });
    expect(before.type === 'traced' && before.result.verdict).toEqual({ reachable: true });
    const groupId = before.type === 'traced' ? before.result.forward.find((h) => h.step === 'sg-egress')!.resourceId : '';
    ask(design, { type: 'validate' });

    // The instance's group loses its outbound rules: the flow stops at the group.
    const update = updateResource(design, groupId, { egress: [] });
    if (!update.ok) throw new Error(update.reason);
    const edited = update.design;
    const after = ask(edited, { type: 'trace', flow });
    expect(after.type === 'traced' && after.result).toEqual(trace(edited, flow));
    expect(after.type === 'traced' && after.result.verdict).toMatchObject({ reachable: false, reason: 'SG_DENY', at: groupId });
    const findings = ask(edited, { type: 'validate' });
    const expected = createValidator().validate(edited).map(key);
    expect(findings.type === 'findings' ? findings.findings.map(key) : findings.type).toEqual(expected);
  });

  it('exports the Terraform and the CDK app the page would, and follows an edit', () => {
    const { ask, sent } = conversation();
    const design = large();
    ask(design, { type: 'validate' });
    for (const format of ['terraform', 'cdk'] as const) {
      const answer = ask(design, { type: 'export', format });
      expect(answer.type).toBe('exported');
      expect(answer.type === 'exported' && answer.files).toEqual(generate(design, format));
    }
    // The design was already in the worker: the export requests carried no resources.
    expect(sent.slice(1).every((request) => request.patch.changed.length === 0)).toBe(true);

    const vpc = design.resources.find((r) => r.kind === 'vpc')!;
    const renamed = updateResource(design, vpc.id, { name: 'renamed-in-the-inspector' });
    if (!renamed.ok) throw new Error(renamed.reason);
    const answer = ask(renamed.design, { type: 'export', format: 'terraform' });
    expect(answer.type === 'exported' && answer.files.some((f) => f.contents.includes('renamed-in-the-inspector'))).toBe(true);
    expect(sent.at(-1)!.patch.changed.map((r) => r.id)).toEqual([vpc.id]);
  });
});
