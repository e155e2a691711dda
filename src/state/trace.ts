/**
 * Tracing the flow in the trace store, live. The trace runs again once per design version
 * and flow, outside React, so the path on the canvas follows every edit even while another
 * panel is open. Large designs are traced in the design worker, the one that validates
 * them; small ones right here, before the next paint (liveDerivation.ts). This module
 * holds the simulator and loads with the trace panel. Picking a node on the canvas fills
 * a field.
 */
import type { Design } from '../engine/model/index.ts';
import { canReceiveFlows, canSendFlows, indexDesign, KINDS } from '../engine/model/index.ts';
import { checkFlow, trace, type Flow, type TraceResult } from '../engine/sim/index.ts';
import { createLiveDerivation, type LiveDerivation } from './liveDerivation.ts';
import { runsInWorker } from './designWorker.ts';
import type { Studio } from './studio.ts';
import { clearTraceHighlight, setTraceHighlight } from './traceHighlight.ts';
import { canvasPath, highlightOf } from './tracePath.ts';
import { flowKey, type TraceField } from './traceStore.ts';

export { clearTrace, setTraceFlow, startPicking, useTraceStore, type TraceField, type TraceFlowInput } from './traceStore.ts';

/**
 * Whether a resource of this kind can fill a field of the flow (the registry says who sends and
 * who is addressed). A subnet can fill either: it stands for an interface there whose security
 * group allows everything, for designs with routes but no workloads yet (imported ones).
 */
export function canBe(field: TraceField, kind: string): boolean {
  if (kind === 'subnet') return true;
  return field === 'from' ? canSendFlows(kind) : canReceiveFlows(kind);
}

/** What a trace of one flow in one design came to. */
type Traced =
  | { readonly type: 'none' }
  | { readonly type: 'traced'; readonly result: TraceResult }
  | { readonly type: 'untraceable'; readonly problem: string }
  | { readonly type: 'error'; readonly message: string };

function createLiveTrace(studio: Studio): LiveDerivation {
  const { trace: store, traceHighlight } = studio;
  const flowOf = (): Flow | undefined => {
    const { from, to, protocol, port, fromSubnet, host } = store.getState();
    return from && to ? { from, to, protocol, port, ...(fromSubnet ? { fromSubnet } : {}), ...(host ? { host } : {}) } : undefined;
  };
  const failed = (design: Design, message: string) => {
    store.setState({ design, result: undefined, path: undefined, error: `The simulator stopped on an internal error: ${message}` });
    clearTraceHighlight(traceHighlight);
  };
  const publish = (design: Design, traced: Traced) => {
    switch (traced.type) {
      case 'none':
        store.setState({ design, result: undefined, path: undefined, error: undefined });
        clearTraceHighlight(traceHighlight);
        return;
      case 'traced': {
        // The path is computed once per result; the panel and the canvas marks both read it.
        const path = canvasPath(design, traced.result);
        store.setState({ design, result: traced.result, path, error: undefined });
        setTraceHighlight(traceHighlight, highlightOf(design, traced.result, path));
        return;
      }
      case 'untraceable':
        // The flow cannot be traced in this design (an unknown id, a bad port...).
        store.setState({ design, result: undefined, path: undefined, error: traced.problem });
        setTraceHighlight(traceHighlight, { nodes: {}, edgeResources: new Set(), verdict: 'invalid' });
        return;
      case 'error':
        failed(design, traced.message);
    }
  };
  return createLiveDerivation<Traced>({
    design: studio.getDesign,
    key: () => flowKey(store.getState()),
    // Nothing to trace is answered right here, whatever the design's size.
    inWorker: (design) => runsInWorker(design) && flowOf() !== undefined,
    local: (design) => {
      const flow = flowOf();
      if (!flow) return { type: 'none' };
      const problem = checkFlow(design, flow);
      return problem ? { type: 'untraceable', problem } : { type: 'traced', result: trace(design, flow) };
    },
    remote: (design) => studio.worker.ask(design, { type: 'trace', flow: flowOf()! }),
    publish: (design, _key, traced) => publish(design, traced),
    failed: (design, _key, message) => failed(design, message),
    watch: (changed) => {
      const stopDesign = studio.design.subscribe((state, previous) => {
        // Another design opened: its ids are not this flow's.
        if (state.designId !== previous.designId) store.setState({ from: '', to: '', fromSubnet: '', host: '', picking: undefined });
        if (state.history.present !== previous.history.present) changed();
      });
      const stopFlow = store.subscribe((state, previous) => {
        if (flowKey(state) !== flowKey(previous)) changed();
      });
      // A node clicked while picking fills the field being picked.
      const stopPicking = studio.ui.subscribe((state, previous) => {
        if (!store.getState().picking || state.selection === previous.selection || state.selection.length !== 1) return;
        pickResource(studio, state.selection[0]!);
      });
      return () => {
        stopDesign();
        stopFlow();
        stopPicking();
      };
    },
  });
}

/** Starts live tracing in a studio; later calls do nothing. */
export function startLiveTrace(studio: Studio): void {
  studio.attach('trace', () => createLiveTrace(studio));
}

/** Fills the field being picked with a resource, if a flow can use it there. */
export function pickResource(studio: Studio, id: string): void {
  const { picking } = studio.trace.getState();
  if (!picking) return;
  const resource = indexDesign(studio.getDesign()).get(id);
  if (!resource) return;
  if (!canBe(picking, resource.kind)) {
    const label = KINDS[resource.kind].label;
    studio.notify(`${resource.name || id} is a ${label.toLowerCase()}: ${picking === 'from' ? 'a flow starts at something with a network interface or an external network' : 'pick something a packet is addressed to'}. Pick another node, or press Escape.`, 'error');
    return;
  }
  studio.trace.setState({ [picking]: id, ...(picking === 'from' && id !== studio.trace.getState().from ? { fromSubnet: '' } : {}), picking: undefined });
}
