/** Option parsing shared by `lzs trace` and `lzs matrix`: `--name value` or `--name=value`. */
import type { Design } from '../engine/model/index.ts';
import { loadDesign } from './load.ts';
import type { Io } from './main.ts';
export type Parsed = { file: string | undefined; options: Map<string, string> } | { error: string };

export function parseOptions(args: readonly string[], known: readonly string[]): Parsed {
  const options = new Map<string, string>();
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!known.includes(name)) return { error: `unknown option --${name}` };
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) return { error: `--${name} needs a value` };
      options.set(name, value);
    } else if (file === undefined) file = arg;
    else return { error: `only one design file, got ${file} and ${arg}` };
  }
  return { file, options };
}

export function parsePort(text: string | undefined): number | string {
  if (text === undefined) return 'give a destination port with --port <n>';
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) return `--port ${text} is not a port number (0-65535)`;
  return Number(text);
}

export const PROTOCOLS = ['tcp', 'udp', 'icmp', 'all'] as const;
export type ProtocolOption = (typeof PROTOCOLS)[number];

export function parseProtocol(text: string | undefined): ProtocolOption | string {
  const value = text ?? 'tcp';
  return (PROTOCOLS as readonly string[]).includes(value) ? (value as ProtocolOption) : `--protocol ${value}: use tcp, udp, icmp or all`;
}

export interface Prepared {
  readonly design: Design;
  readonly file: string;
  readonly options: ReadonlyMap<string, string>;
  readonly port: number;
  readonly protocol: ProtocolOption;
  readonly format: string;
}

/**
 * Parses the options, checks port, protocol, format and the required options, loads the
 * design; on any problem writes one clear message to stderr and returns undefined (exit 2).
 */
export async function prepare(
  io: Io,
  command: string,
  usage: string,
  args: readonly string[],
  spec: { options: readonly string[]; formats: readonly string[]; required?: readonly [string, string][] },
): Promise<Prepared | undefined> {
  const fail = (message: string) => {
    io.err(`lzs ${command}: ${message}`);
    return undefined;
  };
  const parsed = parseOptions(args, spec.options);
  if ('error' in parsed) return fail(`${parsed.error}\n${usage}`);
  const { options } = parsed;
  const format = options.get('format') ?? 'text';
  const port = parsePort(options.get('port'));
  const protocol = parseProtocol(options.get('protocol'));
  const problems = [
    ...(spec.required ?? []).map(([name, message]) => !options.get(name) && message),
    typeof port === 'string' && port,
    !(PROTOCOLS as readonly string[]).includes(protocol) && protocol,
    !spec.formats.includes(format) && `--format ${format}: use ${spec.formats.join(', ')}`,
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length > 0) return fail(`${problems.join('; ')}\n${usage}`);
  const loaded = await loadDesign(parsed.file);
  if (!loaded.ok) return fail(loaded.message);
  return { design: loaded.design, file: parsed.file!, options, port: port as number, protocol: protocol as ProtocolOption, format };
}
