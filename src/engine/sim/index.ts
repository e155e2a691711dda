/** The packet simulator: trace a flow hop by hop, and the reachability matrix. */
export { trace, checkFlow, sourceSubnets } from './trace.ts';
export { matrix, matrixPerPair, matrixRows, defaultEndpoints, type Matrix, type MatrixCell } from './matrix.ts';
export { tracePath, type TracePath } from './path.ts';
export { REASON_TEXT, reasonText, namer, verdictWords, verdictSentence, hopWords, type NameOf, type VerdictWords, type HopWords } from './reasons.ts';
export {
  FlowError,
  REASONS,
  type Flow,
  type Hop,
  type HopInterface,
  type Decider,
  type Step,
  type ForwardStep,
  type Decision,
  type Reason,
  type Verdict,
  type TraceResult,
} from './types.ts';
