/**
 * The flow being traced, and its live result. The trace runs again once per design version,
 * outside React (one subscription to the design store), so the path on the canvas follows
 * every edit even while another panel is open. Large designs are traced in the design worker
 * (designWorker.ts), the one that validates them; small ones right here, before the next
 * paint. Picking a node on the canvas fills a field.
 */
import { create } from 'zustand';
import type { Design, Protocol } from '../engine/model/index.ts';
import { indexDesign, KINDS } from '../engine/model/index.ts';
import { checkFlow, trace, type Flow, type TraceResult } from '../engine/sim/index.ts';
import { DESTINATION_KINDS } from '../engine/sim/matrix.ts';
import { getDesign, useDesignStore } from './designStore.ts';
import { askDesignWorker, runsInWorker } from './designWorker.ts';
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
/** The flow the result on show describes. */
let lastKey = '';
/** The design and flow the newest run is about: answers about any other are dropped. */
let wanted: { design: Design | undefined; key: string } = { design: undefined, key: '' };

const failed = (design: Design, message: string) => {
  useTraceStore.setState({ design, result: undefined, path: undefined, error: `The simulator stopped on an internal error: ${message}` });
  clearTraceHighlight();
};

/** The flow cannot be traced in this design (an unknown id, a bad port...). */
function untraceable(design: Design, problem: string): void {
  useTraceStore.setState({ design, result: undefined, path: undefined, error: problem });
  setTraceHighlight({ nodes: {}, edgeResources: new Set(), verdict: 'invalid' });
}

/** The path is computed once per result; the panel and the canvas marks both read it. */
function show(design: Design, result: TraceResult): void {
  const path = canvasPath(design, result);
  useTraceStore.setState({ design, result, path, error: undefined });
  setTraceHighlight(highlightOf(design, result, path));
}

/** A large design is traced in the design worker; the panel keeps the last result meanwhile. */
function traceInWorker(design: Design, flow: Flow, key: string): void {
  const asked = wanted;
  void askDesignWorker(design, { type: 'trace', flow }).then((answer) => {
    if (wanted !== asked) return;
    lastKey = key;
    if (answer.type === 'traced') show(design, answer.result);
    else if (answer.type === 'untraceable') untraceable(design, answer.problem);
    else failed(design, answer.message);
  });
}

function run(): void {
  scheduled = false;
  const state = useTraceStore.getState();
  const design = getDesign();
  const key = `${state.from}\u0000${state.to}\u0000${state.protocol}\u0000${state.port}`;
  if (wanted.design === design && wanted.key === key) return;
  wanted = { design, key };
  if (state.design === design && key === lastKey) return;
  if (!state.from || !state.to) {
    lastKey = key;
    useTraceStore.setState({ design, result: undefined, path: undefined, error: undefined });
    clearTraceHighlight();
    return;
  }
  const flow = { from: state.from, to: state.to, protocol: state.protocol, port: state.port };
  if (runsInWorker(design)) {
    traceInWorker(design, flow, key);
    return;
  }
  lastKey = key;
  try {
    const problem = checkFlow(design, flow);
    if (problem) untraceable(design, problem);
    else show(design, trace(design, flow));
  } catch (error) {
    failed(design, describe(error));
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
