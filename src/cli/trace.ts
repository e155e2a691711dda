/**
 * `lzs trace <design.json> --from <id> --to <id|ip> [--protocol tcp] --port <n> [--format text|json]`:
 * the packet's path hop by hop and its reply. Exit 0 reachable, 1 blocked, 2 bad input.
 */
import { checkFlow, trace, type Flow, type Hop, type TraceResult } from '../engine/sim/index.ts';
import type { Command } from './commands.ts';
import { prepare } from './flow-args.ts';

const USAGE = 'usage: lzs trace <design.json> --from <id> --to <id|ip|internet> --port <n> [--protocol tcp] [--format text|json]';

function hopLines(hops: readonly Hop[]): string[] {
  return hops.map((hop, n) => `  ${String(n + 1).padStart(2)}. ${hop.step.padEnd(18)} ${hop.decision.padEnd(9)} ${hop.resourceId}  [${hop.matched}]\n      ${hop.note}`);
}

export function formatTraceText(result: TraceResult): string {
  const { flow, verdict } = result;
  const head = `${flow.from} → ${flow.to} ${flow.protocol}/${flow.port}: ${verdict.reachable ? 'reachable' : `blocked (${verdict.reason} at ${verdict.at})`}`;
  return [head, '', 'request:', ...hopLines(result.forward), '', 'reply:', ...(result.reply.length ? hopLines(result.reply) : ['  (none)'])].join('\n');
}

export function formatTraceJson(result: TraceResult): string {
  const { verdict } = result;
  return JSON.stringify(
    {
      reachable: verdict.reachable,
      ...(verdict.reason ? { reason: verdict.reason, at: verdict.at } : {}),
      flow: result.flow,
      hops: result.forward,
      reply: result.reply,
    },
    null,
    2,
  );
}

export const traceCommand: Command = {
  summary: '<design.json> --from <id> --to <id|ip> --port <n>  trace a flow hop by hop, with its reply',
  async run(args, io) {
    const ready = await prepare(io, 'trace', USAGE, args, {
      options: ['from', 'to', 'port', 'protocol', 'format'],
      formats: ['text', 'json'],
      required: [
        ['from', 'give the source with --from <id>'],
        ['to', 'give the destination with --to <id|ip|internet>'],
      ],
    });
    if (!ready) return 2;
    const { design, options, format } = ready;
    const flow: Flow = { from: options.get('from')!, to: options.get('to')!, protocol: ready.protocol, port: ready.port };
    const problem = checkFlow(design, flow);
    if (problem) {
      io.err(`lzs trace: ${problem}`);
      return 2;
    }
    const result = trace(design, flow);
    io.out(format === 'json' ? formatTraceJson(result) : formatTraceText(result));
    return result.verdict.reachable ? 0 : 1;
  },
};
