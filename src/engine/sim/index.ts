/** The packet simulator: trace a flow hop by hop, and the reachability matrix. */
export { trace, checkFlow } from './trace.ts';
export { matrix, defaultEndpoints, type Matrix, type MatrixCell } from './matrix.ts';
export { FlowError, REASONS, type Flow, type Hop, type Step, type ForwardStep, type Decision, type Reason, type Verdict, type TraceResult } from './types.ts';
