/**
 * The flow being traced, and its live result. The trace runs again once per design version,
 * outside React (one subscription to the design store), so the path on the canvas follows
 * every edit even while another panel is open. Picking a node on the canvas fills a field.
 */
import { create } from 'zustand';
import type { Design, Protocol } from '../engine/model/index.ts';
import { indexDesign, KINDS } from '../engine/model/index.ts';
import { checkFlow, trace, type TraceResult } from '../engine/sim/index.ts';
import { DESTINATION_KINDS } from '../engine/sim/matrix.ts';
import { getDesign, useDesignStore } from './designStore.ts';
import { canvasPath, highlightOf, type CanvasPath } from './tracePath.ts';
import { clearTraceHighlight, setTraceHighlight } from './traceHighlight.ts';
import { notify, useUiStore } from './uiStore.ts';

export type TraceField = 'from' | 'to';

export interface TraceFlowInput {
  /** A resource id, or empty while not chosen. */
  readonly from: string;
  /** A resource id, an IPv4 address, `internet`, or empty. */
  readonly to: string;
  readonly protocol: Protocol;
  readonly port: number;
}

interface TraceState extends TraceFlowInput {
  /** The field a click on a canvas node fills, while picking. */
  readonly picking: TraceField | undefined;
  /** The design version the result describes. */
  readonly design: Design | undefined;
  readonly result: TraceResult | undefined;
  readonly path: CanvasPath | undefined;
  /** Why the flow cannot be traced (unknown id, bad port...). */
  readonly error: string | undefined;
}

export const useTraceStore = create<TraceState>()(() => ({
  from: '',
  to: '',
  protocol: 'tcp',
  port: 443,
  picking: undefined,
  design: undefined,
  result: undefined,
  path: undefined,
  error: undefined,
}));

/** Kinds a flow can start at; a destination may also be an API or an Ingress. */
const SOURCE_KINDS = new Set([...DESTINATION_KINDS].filter((k) => k !== 'api-gateway' && k !== 'k8s-ingress'));

export function canBe(field: TraceField, kind: string): boolean {
  return (field === 'from' ? SOURCE_KINDS : DESTINATION_KINDS).has(kind);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

let scheduled = false;
let lastKey = '';

function run(): void {
  scheduled = false;
  const state = useTraceStore.getState();
  const design = getDesign();
  const key = `${state.from}\u0000${state.to}\u0000${state.protocol}\u0000${state.port}`;
  if (state.design === design && key === lastKey) return;
  lastKey = key;
  if (!state.from || !state.to) {
    useTraceStore.setState({ design, result: undefined, path: undefined, error: undefined });
    clearTraceHighlight();
    return;
  }
  const flow = { from: state.from, to: state.to, protocol: state.protocol, port: state.port };
  try {
    const problem = checkFlow(design, flow);
    if (problem) {
      useTraceStore.setState({ design, result: undefined, path: undefined, error: problem });
      setTraceHighlight({ nodes: {}, edgeResources: new Set(), verdict: 'invalid' });
      return;
    }
    const result = trace(design, flow);
    useTraceStore.setState({ design, result, path: canvasPath(design, result), error: undefined });
    setTraceHighlight(highlightOf(design, result));
  } catch (error) {
    useTraceStore.setState({ design, result: undefined, path: undefined, error: `The simulator stopped on an internal error: ${describe(error)}` });
    clearTraceHighlight();
  }
}

/** Several changes in one task (an undo burst, a cell click setting four fields) trace once. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(run);
}

let started = false;

/** Starts live tracing; later calls do nothing. */
export function startLiveTrace(): void {
  if (started) return;
  started = true;
  useDesignStore.subscribe((state, previous) => {
    // Another design opened: its ids are not this flow's.
    if (state.designId !== previous.designId) useTraceStore.setState({ from: '', to: '', picking: undefined });
    if (state.history.present !== previous.history.present) schedule();
  });
  useTraceStore.subscribe((state, previous) => {
    if (state.from !== previous.from || state.to !== previous.to || state.protocol !== previous.protocol || state.port !== previous.port) schedule();
  });
  // A node clicked while picking fills the field being picked.
  useUiStore.subscribe((state, previous) => {
    const { picking } = useTraceStore.getState();
    if (!picking || state.selection === previous.selection || state.selection.length !== 1) return;
    pickResource(state.selection[0]!);
  });
  schedule();
}

/** Fills the field being picked with a resource, if a flow can use it there. */
export function pickResource(id: string): void {
  const { picking } = useTraceStore.getState();
  if (!picking) return;
  const resource = indexDesign(getDesign()).get(id);
  if (!resource) return;
  if (!canBe(picking, resource.kind)) {
    const label = KINDS[resource.kind].label;
    notify(`${resource.name || id} is a ${label.toLowerCase()}: ${picking === 'from' ? 'a flow starts at something with a network interface or an external network' : 'pick something a packet is addressed to'}. Pick another node, or press Escape.`, 'error');
    return;
  }
  useTraceStore.setState({ [picking]: id, picking: undefined });
}

export function setTraceFlow(flow: Partial<TraceFlowInput>): void {
  useTraceStore.setState(flow);
}

export function startPicking(field: TraceField | undefined): void {
  // Clearing the selection lets a click on the node that is already selected count as a pick.
  if (field) useUiStore.getState().select([]);
  useTraceStore.setState({ picking: field });
}

export function clearTrace(): void {
  useTraceStore.setState({ from: '', to: '', picking: undefined });
}
