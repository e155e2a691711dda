/** Option parsing shared by `lzs trace` and `lzs matrix`: `--name value` or `--name=value`. */
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
