import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDesign, parseDesign, type Design } from '../engine/model/index.ts';
import { from } from '../engine/testing/builder.ts';
import { applyOperation, useDesignStore } from './designStore.ts';
import { pickResource, setTraceFlow, startLiveTrace, startPicking, useTraceStore } from './trace.ts';
import { setTraceHighlight, useTraceHighlight } from './traceHighlight.ts';
import { selectIds } from './uiStore.ts';

function staticIps(): Design {
  const parsed = parseDesign(readFileSync(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the static-IP example does not parse');
  return parsed.design;
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the live trace', () => {
  it('traces again after an edit, and the canvas marks follow', async () => {
    useDesignStore.getState().open('d1', staticIps());
    startLiveTrace();
    setTraceFlow({ from: 'partner', to: 'partner-nlb', protocol: 'tcp', port: 443 });
    await settle();
    expect(useTraceStore.getState().result?.verdict).toEqual({ reachable: true });
    expect(useTraceHighlight.getState().verdict).toBe('reachable');
    expect(useTraceHighlight.getState().nodes['eb-app-1']).toBeDefined();

    applyOperation((design) => {
      const group = indexDesign(design).getOf('proxy-sg', 'security-group')!;
      return from(design).update('proxy-sg', { ingress: group.ingress.filter((r) => !(r.peer.kind === 'cidr' && r.peer.cidr === '203.0.113.0/24')) }).build();
    });
    await settle();
    expect(useTraceStore.getState().result?.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'proxy-sg' });
    expect(useTraceHighlight.getState().nodes['proxy-1']?.drop).toBe('SG_DENY');
    expect(useTraceHighlight.getState().nodes['eb-app-1']).toBeUndefined();

    useDesignStore.getState().undo();
    await settle();
    expect(useTraceStore.getState().result?.verdict).toEqual({ reachable: true });
  });

  it('says why a flow cannot be traced instead of drawing a path', async () => {
    setTraceFlow({ from: 'partner', to: 'proxy-sg' });
    await settle();
    expect(useTraceStore.getState().result).toBeUndefined();
    expect(useTraceStore.getState().error).toContain('proxy-sg');
    expect(Object.keys(useTraceHighlight.getState().nodes)).toHaveLength(0);
  });

  it('a node clicked while picking fills the field; one a flow cannot use does not', async () => {
    setTraceFlow({ from: 'partner', to: 'partner-nlb' });
    startPicking('to');
    pickResource('proxy-sg');
    expect(useTraceStore.getState()).toMatchObject({ to: 'partner-nlb', picking: 'to' });
    selectIds(['eb-alb']);
    expect(useTraceStore.getState()).toMatchObject({ to: 'eb-alb', picking: undefined });
    await settle();
    expect(useTraceStore.getState().result?.flow.to).toBe('eb-alb');
  });

  it('keeps the mark object of a node whose mark did not change, so it does not redraw', () => {
    const mark = { order: [2], title: 'Step 2 of the path' };
    setTraceHighlight({ nodes: { a: mark }, edgeResources: new Set(), verdict: 'reachable' });
    setTraceHighlight({ nodes: { a: { order: [2], title: 'Step 2 of the path' }, b: { order: [3], title: 'Step 3 of the path' } }, edgeResources: new Set(), verdict: 'reachable' });
    expect(useTraceHighlight.getState().nodes.a).toBe(mark);
  });
});
