/**
 * `lzs cost <design.json> [--format text|json|csv] [--hours N] [--gb-per-flow N]`: the design's
 * monthly estimate per resource, account, VPC and total, each price with its source.
 * Exit 0 when the estimate was made (charges the table cannot price are listed, not errors), 2 on bad input.
 */
import { cents, estimate, type Charge, type Estimate, type ResourceEstimate } from '../engine/cost/index.ts';
import type { Design } from '../engine/model/index.ts';
import type { Command } from './commands.ts';
import { parseOptions } from './flow-args.ts';
import { loadDesign } from './load.ts';
import { csvField } from './matrix.ts';

const FORMATS = ['text', 'json', 'csv'];
const USAGE =
  'usage: lzs cost <design.json> [--format text|json|csv] [--hours N] [--gb-per-flow N]\n' +
  '  --hours        hours a month each resource runs; default 730\n' +
  '  --gb-per-flow  GB a month of one flow, assumed through each resource that charges per GB processed; default 100';

export const usd = (value: number): string => `$${cents(value).toFixed(2)}`;

const chargeText = (c: Charge): string =>
  'notPriced' in c
    ? `${c.what}: ${c.quantity} — not priced: ${c.notPriced}`
    : `${c.what}: ${c.quantity} ${c.unit} × $${c.usdPerUnit} = ${usd(c.monthlyUsd)}  (${c.source.url}, read ${c.source.read})`;

function resourceLines(r: ResourceEstimate): string[] {
  const head = `  ${r.name} (${r.id}, ${r.kind}${r.region ? `, ${r.region}` : ''}): ${usd(r.monthlyUsd)}${r.incomplete ? ' and more not priced' : ''}`;
  return [head, ...(r.note ? [`      ${r.note}`] : []), ...r.charges.map((c) => `      ${chargeText(c)}`)];
}

export function formatCostText(design: Design, e: Estimate): string {
  const a = e.assumptions;
  const charged = e.resources.filter((r) => r.charges.length > 0 || r.incomplete);
  const free = e.resources.length - charged.length;
  const subtotal = (s: { name: string; id: string; monthlyUsd: number; incomplete: boolean }) => `  ${s.name} (${s.id}): ${usd(s.monthlyUsd)}${s.incomplete ? ' and more not priced' : ''}`;
  return [
    `"${design.name}": ${usd(e.totalUsd)} a month${e.notPriced ? `, ${e.notPriced} charge${e.notPriced === 1 ? '' : 's'} not priced` : ''}`,
    `assumptions: ${a.hoursPerMonth} hours a month; ${a.gbPerFlow} GB a month per flow through each resource that charges per GB${Object.keys(a.gbByResource).length ? ` (other figures for ${Object.keys(a.gbByResource).join(', ')})` : ''}; a Fargate task is ${a.fargateTask.vcpu} vCPU and ${a.fargateTask.memoryGb} GB`,
    '',
    'by account:',
    ...e.accounts.map(subtotal),
    '',
    'by VPC:',
    ...e.vpcs.map(subtotal),
    '',
    'resources:',
    ...charged.flatMap(resourceLines),
    ...(free ? ['', `${free} more resource${free === 1 ? ' has' : 's have'} no charge of their own (subnets, route tables, security groups...)`] : []),
  ].join('\n');
}

export function formatCostCsv(e: Estimate): string {
  const rows = e.resources.flatMap((r) =>
    r.charges.map((c) =>
      [
        r.id,
        r.kind,
        r.account ?? '',
        r.vpc ?? '',
        r.region ?? '',
        c.what,
        String(c.quantity),
        'notPriced' in c ? '' : c.unit,
        'notPriced' in c ? '' : String(c.usdPerUnit),
        'notPriced' in c ? '' : cents(c.monthlyUsd).toFixed(2),
        'notPriced' in c ? c.notPriced : '',
        'notPriced' in c ? '' : c.source.url,
        'notPriced' in c ? '' : c.source.read,
      ]
        .map(csvField)
        .join(','),
    ),
  );
  return ['resource,kind,account,vpc,region,charge,quantity,unit,usd_per_unit,monthly_usd,not_priced,source,read', ...rows].join('\n');
}

export function formatCostJson(e: Estimate): string {
  return JSON.stringify({ ...e, totalUsd: cents(e.totalUsd) }, null, 2);
}

/** A non-negative number option, or the message naming it. */
function amount(name: string, text: string | undefined, fallback: number): number | string {
  if (text === undefined) return fallback;
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : `--${name} ${text} is not a number of 0 or more`;
}

export const costCommand: Command = {
  summary: '<design.json> [--hours N] [--gb-per-flow N]  the monthly estimate per resource, account, VPC and total',
  usage: USAGE,
  async run(args, io) {
    const fail = (message: string) => {
      io.err(`lzs cost: ${message}\n${USAGE}`);
      return 2;
    };
    const parsed = parseOptions(args, ['format', 'hours', 'gb-per-flow']);
    if ('error' in parsed) return fail(parsed.error);
    const format = parsed.options.get('format') ?? 'text';
    if (!FORMATS.includes(format)) return fail(`--format ${format}: use ${FORMATS.join(', ')}`);
    const hoursPerMonth = amount('hours', parsed.options.get('hours'), 730);
    const gbPerFlow = amount('gb-per-flow', parsed.options.get('gb-per-flow'), 100);
    if (typeof hoursPerMonth === 'string') return fail(hoursPerMonth);
    if (typeof gbPerFlow === 'string') return fail(gbPerFlow);
    if (hoursPerMonth > 744) return fail(`--hours ${hoursPerMonth}: a month has at most 744 hours`);
    const loaded = await loadDesign(parsed.file);
    if (!loaded.ok) {
      io.err(`lzs cost: ${loaded.message}`);
      return 2;
    }
    const result = estimate(loaded.design, { hoursPerMonth, gbPerFlow });
    io.out(format === 'json' ? formatCostJson(result) : format === 'csv' ? formatCostCsv(result) : formatCostText(loaded.design, result));
    return 0;
  },
};
