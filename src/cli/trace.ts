/**
 * `lzs trace <design.json> --from <id> [--from-subnet <id|name>] --to <id|ip> [--protocol tcp] --port <n> [--host <name>] [--format text|json]`:
 * the packet's path hop by hop and its reply. Exit 0 reachable, 1 blocked, 2 bad input.
 */
import { flowCost, flowCostLines } from '../engine/cost/index.ts';
import type { Design } from '../engine/model/index.ts';
import { indexDesign } from '../engine/model/index.ts';
import { checkFlow, hopWords, namer, trace, tracePath, verdictSentence, verdictWords, type Flow, type Hop, type NameOf, type TraceResult } from '../engine/sim/index.ts';
import type { Command } from './commands.ts';
import { prepare } from './flow-args.ts';

const USAGE =
  'usage: lzs trace <design.json|plan.json|...> --from <id|subnet> [--from-subnet <id|name>] --to <id|subnet|ip|internet> --port <n> [--protocol tcp] [--host <name>] [--format text|json]\n' +
  '  --from, --to   a resource id; or a subnet by id, name or imported address (an interface there whose security group allows all)\n' +
  '  --from-subnet  the subnet (and so the AZ) the source sends from, when it has interfaces in several; default: its first\n' +
  '  --host         the server name the connection asks for (HTTP Host / TLS SNI), which a Network Firewall domain list checks; default: none';

/** One hop per entry, in the Trace panel's words: step, decision, resource, what matched, why. */
function hopLines(hops: readonly Hop[], nameOf: NameOf): string[] {
  return hops.map((hop, n) => {
    const words = hopWords(hop, nameOf);
    return `  ${String(n + 1).padStart(2)}. ${words.step.padEnd(16)} ${words.decision.padEnd(9)} ${words.resource}  [${words.matched}]\n      ${words.note}`;
  });
}

/** The verdict sentence the Trace panel shows, for this design's names. */
export function traceSentence(design: Design, result: TraceResult): string {
  const index = indexDesign(design);
  return verdictSentence(verdictWords(result, namer(index), tracePath(index, result)));
}

export function formatTraceText(design: Design, result: TraceResult): string {
  const { flow, verdict } = result;
  const nameOf = namer(indexDesign(design));
  const head = `${flow.from} → ${flow.to} ${flow.protocol}/${flow.port}${flow.host ? ` host ${flow.host}` : ''}: ${verdict.reachable ? 'reachable' : `blocked (${verdict.reason} at ${verdict.at})`}`;
  return [
    head,
    traceSentence(design, result),
    '',
    'request:',
    ...hopLines(result.forward, nameOf),
    '',
    'reply:',
    ...(result.reply.length ? hopLines(result.reply, nameOf) : ['  (none)']),
    '',
    ...flowCostLines(flowCost(design, result), nameOf),
  ].join('\n');
}

export function formatTraceJson(design: Design, result: TraceResult): string {
  const { verdict } = result;
  return JSON.stringify(
    {
      reachable: verdict.reachable,
      ...(verdict.reason ? { reason: verdict.reason, at: verdict.at } : {}),
      sentence: traceSentence(design, result),
      flow: result.flow,
      hops: result.forward,
      reply: result.reply,
      costPerGb: flowCost(design, result),
    },
    null,
    2,
  );
}

export const traceCommand: Command = {
  summary: '<design.json> --from <id> --to <id|ip> --port <n>  trace a flow hop by hop, with its reply',
  usage: USAGE,
  async run(args, io) {
    const ready = await prepare(io, 'trace', USAGE, args, {
      options: ['from', 'from-subnet', 'to', 'port', 'protocol', 'host', 'format'],
      formats: ['text', 'json'],
      required: [
        ['from', 'give the source with --from <id>'],
        ['to', 'give the destination with --to <id|ip|internet>'],
      ],
    });
    if (!ready) return 2;
    const { design, options, format } = ready;
    const fromSubnet = options.get('from-subnet');
    const host = options.get('host');
    const flow: Flow = { from: options.get('from')!, to: options.get('to')!, protocol: ready.protocol, port: ready.port, ...(fromSubnet ? { fromSubnet } : {}), ...(host ? { host } : {}) };
    const problem = checkFlow(design, flow);
    if (problem) {
      io.err(`lzs trace: ${problem}`);
      return 2;
    }
    const result = trace(design, flow);
    io.out(format === 'json' ? formatTraceJson(design, result) : formatTraceText(design, result));
    return result.verdict.reachable ? 0 : 1;
  },
};
