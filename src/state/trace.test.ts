import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { indexDesign, parseDesign, type Design } from '../engine/model/index.ts';
import { from } from '../engine/testing/builder.ts';
import { createTestStudio } from './testStudio.ts';
import { pickResource, setTraceFlow, startLiveTrace, startPicking } from './trace.ts';
import { setTraceHighlight } from './traceHighlight.ts';

function staticIps(): Design {
  const parsed = parseDesign(readFileSync(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the static-IP example does not parse');
  return parsed.design;
}

const studio = createTestStudio({ design: staticIps() });
afterAll(() => studio.dispose());
const settle = () => studio.settled();

describe('the live trace', () => {
  it('traces again after an edit, and the canvas marks follow', async () => {
    startLiveTrace(studio);
    setTraceFlow(studio, { from: 'partner', to: 'partner-nlb', protocol: 'tcp', port: 443 });
    await settle();
    expect(studio.trace.getState().result?.verdict).toEqual({ reachable: true });
    expect(studio.traceHighlight.getState().verdict).toBe('reachable');
    expect(studio.traceHighlight.getState().nodes['eb-app-1']).toBeDefined();

    studio.apply((design) => {
      const group = indexDesign(design).getOf('proxy-sg', 'security-group')!;
      return from(design).update('proxy-sg', { ingress: group.ingress.filter((r) => !(r.peer.kind === 'cidr' && r.peer.cidr === '203.0.113.0/24')) }).build();
    });
    await settle();
    expect(studio.trace.getState().result?.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'proxy-sg' });
    expect(studio.traceHighlight.getState().nodes['proxy-1']?.drop).toBe('SG_DENY');
    expect(studio.traceHighlight.getState().nodes['eb-app-1']).toBeUndefined();

    studio.design.getState().undo();
    await settle();
    expect(studio.trace.getState().result?.verdict).toEqual({ reachable: true });
  });

  it('says why a flow cannot be traced instead of drawing a path', async () => {
    setTraceFlow(studio, { from: 'partner', to: 'proxy-sg' });
    await settle();
    expect(studio.trace.getState().result).toBeUndefined();
    expect(studio.trace.getState().error).toContain('proxy-sg');
    expect(Object.keys(studio.traceHighlight.getState().nodes)).toHaveLength(0);
  });

  it('a node clicked while picking fills the field; one a flow cannot use does not', async () => {
    setTraceFlow(studio, { from: 'partner', to: 'partner-nlb' });
    startPicking(studio, 'to');
    pickResource(studio, 'proxy-sg');
    expect(studio.trace.getState()).toMatchObject({ to: 'partner-nlb', picking: 'to' });
    studio.select(['eb-alb']);
    expect(studio.trace.getState()).toMatchObject({ to: 'eb-alb', picking: undefined });
    await settle();
    expect(studio.trace.getState().result?.flow.to).toBe('eb-alb');
  });

  it('keeps the mark object of a node whose mark did not change, so it does not redraw', () => {
    const mark = { order: [2], title: 'Step 2 of the path' };
    setTraceHighlight(studio.traceHighlight, { nodes: { a: mark }, edgeResources: new Set(), verdict: 'reachable' });
    setTraceHighlight(studio.traceHighlight, { nodes: { a: { order: [2], title: 'Step 2 of the path' }, b: { order: [3], title: 'Step 3 of the path' } }, edgeResources: new Set(), verdict: 'reachable' });
    expect(studio.traceHighlight.getState().nodes.a).toBe(mark);
  });
});
