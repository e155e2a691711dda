/**
 * `lzs`: the engine from a command line, so designs can be checked in CI.
 * Exit codes: 0 fine, 1 the design has problems the command reports, 2 bad input,
 * 3 an internal error (a bug in lzs, never a verdict on the design).
 */
import { commandHelp, commands, usage } from './commands.ts';
import { printable } from './printable.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export const INTERNAL_ERROR = 3;

/** The message of an exception nobody expected, with a request to report it. */
export function internalError(command: string, error: unknown): string {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return [
    `lzs ${command}: internal error: ${detail.slice(0, 500)}`,
    'This is a bug in lzs, not a problem with your design or options. Please report it with the command you ran and, if you can, the design file.',
  ].join('\n');
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  // Everything printed may carry a design's strings: none of it reaches the terminal raw.
  const safe: Io = {
    out: (text) => io.out(printable(text)),
    err: (text) => io.err(printable(text)),
  };
  const [name, ...rest] = argv;
  if (!name || isHelp(name) || name === 'help') {
    safe.out(usage());
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    safe.err(`lzs: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.some(isHelp)) {
    safe.out(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(rest, safe);
  } catch (error) {
    safe.err(internalError(name, error));
    return INTERNAL_ERROR;
  }
}
