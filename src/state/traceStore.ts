/**
 * The flow being traced and its live result, as state: the trace panel, the matrix and the
 * diagram export read it. Tracing itself (trace.ts) loads with the trace panel.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Design, Protocol } from '../engine/model/index.ts';
import type { TraceResult } from '../engine/sim/index.ts';
import type { Studio } from './studio.ts';
import type { CanvasPath } from './tracePath.ts';
import { useStudio } from './useStudio.ts';

export type TraceField = 'from' | 'to';

export interface TraceFlowInput {
  /** A resource id, or empty while not chosen. */
  readonly from: string;
  /** A resource id, an IPv4 address, `internet`, or empty. */
  readonly to: string;
  readonly protocol: Protocol;
  readonly port: number;
  /** The subnet the source sends from when it has interfaces in several; empty or absent: its first. */
  readonly fromSubnet?: string | undefined;
  /** The server name the connection asks for (HTTP Host / TLS SNI), which firewall domain lists check; empty or absent: none. */
  readonly host?: string | undefined;
}

export interface TraceState extends TraceFlowInput {
  /** The field a click on a canvas node fills, while picking. */
  readonly picking: TraceField | undefined;
  /** The design version the result describes. */
  readonly design: Design | undefined;
  readonly result: TraceResult | undefined;
  readonly path: CanvasPath | undefined;
  /** Why the flow cannot be traced (unknown id, bad port...). */
  readonly error: string | undefined;
}

export const createTraceStore = (): StoreApi<TraceState> =>
  createStore<TraceState>()(() => ({
    from: '',
    to: '',
    protocol: 'tcp',
    port: 443,
    fromSubnet: '',
    host: '',
    picking: undefined,
    design: undefined,
    result: undefined,
    path: undefined,
    error: undefined,
  }));

/** One slice of the trace. */
export function useTraceStore<T>(selector: (state: TraceState) => T): T {
  return useStore(useStudio().trace, selector);
}

/** The flow's fields as one key: equal exactly when the flows are. */
export const flowKey = (flow: TraceFlowInput): string => `${flow.from}\u0000${flow.to}\u0000${flow.protocol}\u0000${flow.port}\u0000${flow.fromSubnet ?? ''}\u0000${flow.host ?? ''}`;

/** Sets fields of the flow; another source starts from its first subnet unless one is given. */
export function setTraceFlow(studio: Studio, flow: Partial<TraceFlowInput>): void {
  const changesSource = flow.from !== undefined && flow.from !== studio.trace.getState().from;
  studio.trace.setState(changesSource && flow.fromSubnet === undefined ? { ...flow, fromSubnet: '' } : flow);
}

export function clearTrace(studio: Studio): void {
  studio.trace.setState({ from: '', to: '', fromSubnet: '', host: '', picking: undefined });
}

export function startPicking(studio: Studio, field: TraceField | undefined): void {
  // Clearing the selection lets a click on the node that is already selected count as a pick.
  if (field) studio.select([]);
  studio.trace.setState({ picking: field });
}
