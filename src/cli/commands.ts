/** The registry of CLI commands; each lives in its own file. */
import type { Io } from './main.ts';
import { check } from './check.ts';
import { exportCommand } from './export.ts';
import { matrixCommand } from './matrix.ts';
import { traceCommand } from './trace.ts';
import { validateCommand } from './validate.ts';

export interface Command {
  readonly summary: string;
  run(args: string[], io: Io): Promise<number>;
}

export const commands: Record<string, Command> = {
  check,
  export: exportCommand,
  matrix: matrixCommand,
  trace: traceCommand,
  validate: validateCommand,
};

export function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  lzs ${name.padEnd(9)} ${command.summary}`);
  return ['Landing Zone Studio command line', '', 'Usage:', ...lines, ''].join('\n');
}
