/** The shapes every importer shares: what it reads, what it gives back, and why it left something out. */
import type { Design } from '../../model/index.ts';

export type ImportFormat = 'tf-plan' | 'tf-state' | 'cfn' | 'lza';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['tf-plan', 'tf-state', 'cfn', 'lza'];

/** One input file: its name (as the user gave it) and its text. */
export interface ImportFile {
  readonly name: string;
  readonly text: string;
}

export interface ImportInput {
  readonly file: ImportFile;
  /** LZA only: accounts-config.yaml, for account names. */
  readonly accounts?: ImportFile | undefined;
}

/** Why something in the input is not (fully) in the design. */
export interface ImportNote {
  /** Terraform address, CloudFormation logical id, or LZA path (`vpcs[2].subnets[0]`). */
  readonly address: string;
  /** The input's type for it (`aws_flow_log`, `AWS::EC2::FlowLog`, `vpcFlowLogs`). */
  readonly type?: string | undefined;
  /**
   * skipped: nothing of it is in the design; partial: some fields were dropped; inferred: a
   * relationship was recovered from structure, not read.
   */
  readonly level: 'skipped' | 'partial' | 'inferred';
  readonly message: string;
}

export interface ImportResult {
  readonly format: ImportFormat;
  /** Passes parseDesign; laid out by `importFile`. */
  readonly design: Design;
  readonly notes: readonly ImportNote[];
}

/** Reads one format; throws ImportError for unreadable input. Layout is `importFile`'s job. */
export type Importer = (input: ImportInput) => ImportResult;

/** Unreadable input; the message names the file and the field, e.g. "main.yaml: Resources.Vpc.Properties.CidrBlock: 10.0.0.0/33 is not a CIDR". */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** What an import is doing, for progress: reading the input into a design, laying it out, checking it. */
export type ImportStage = 'reading' | 'laying-out' | 'checking';
