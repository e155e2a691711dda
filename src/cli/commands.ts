/** The registry of CLI commands; each lives in its own file. */
import type { Io } from './main.ts';
import { check } from './check.ts';
import { costCommand } from './cost.ts';
import { diagramCommand } from './diagram.ts';
import { diffCommand } from './diff.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { matrixCommand } from './matrix.ts';
import { traceCommand } from './trace.ts';
import { validateCommand } from './validate.ts';

export interface Command {
  readonly summary: string;
  /** What `lzs <command> --help` prints. */
  readonly usage: string;
  run(args: string[], io: Io): Promise<number>;
}

export const commands: Record<string, Command> = {
  check,
  cost: costCommand,
  diagram: diagramCommand,
  diff: diffCommand,
  export: exportCommand,
  import: importCommand,
  matrix: matrixCommand,
  trace: traceCommand,
  validate: validateCommand,
};

export const EXIT_CODES = 'Exit codes: 0 fine, 1 the design has the problems reported, 2 bad input, 3 an internal error (please report it).';

export function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  lzs ${name.padEnd(9)} ${command.summary}`);
  return ['Landing Zone Studio command line', '', 'Usage:', ...lines, '', 'lzs <command> --help shows the options of one command.', EXIT_CODES, ''].join('\n');
}

/** `lzs <command> --help`: its usage line, what it does and the exit codes. */
export function commandHelp(command: Command): string {
  return [command.usage, '', command.summary.replace(/^.*? {2}/, ''), '', EXIT_CODES, ''].join('\n');
}
