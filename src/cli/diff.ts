/**
 * `lzs diff <before> <after> [--format md|json]`: what changed between two versions of a
 * landing zone: resources, findings introduced and resolved, flows whose verdict changed and
 * the change in monthly cost, as Markdown for a pull-request comment or as JSON. Exit 0 when compared, 2 on bad input.
 */
import { costChange, costChangeMarkdown } from '../engine/cost/index.ts';
import { compareDesigns, comparisonMarkdown, markdownText } from '../engine/diff/index.ts';
import type { Command } from './commands.ts';
import { parseOptions } from './flow-args.ts';
import { loadDesign } from './load.ts';

const USAGE = 'usage: lzs diff <before> <after> [--format md|json]';
const FORMATS = ['md', 'json'];

export const diffCommand: Command = {
  summary: '<before> <after> [--format md|json]  resources, findings and flow verdicts that changed',
  usage: USAGE,
  async run(args, io) {
    const fail = (message: string) => {
      io.err(`lzs diff: ${message}`);
      return 2;
    };
    const files = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--format'));
    if (files.length !== 2) return fail(`give two files, before and after (got ${files.length})\n${USAGE}`);
    const parsed = parseOptions(args.filter((a) => a !== files[1]), ['format']);
    if ('error' in parsed) return fail(`${parsed.error}\n${USAGE}`);
    const format = parsed.options.get('format') ?? 'md';
    if (!FORMATS.includes(format)) return fail(`--format ${format}: use ${FORMATS.join(' or ')}`);
    const [beforeFile, afterFile] = files as [string, string];
    const before = await loadDesign(beforeFile);
    if (!before.ok) return fail(before.message);
    const after = await loadDesign(afterFile);
    if (!after.ok) return fail(after.message);
    const comparison = compareDesigns(before.design, after.design);
    // The monthly cost under the estimate's default assumptions (lzs cost's).
    const cost = costChange(before.design, after.design);
    io.out(
      format === 'json'
        ? JSON.stringify({ before: beforeFile, after: afterFile, ...comparison, monthlyCost: cost }, null, 2)
        : `${comparisonMarkdown(comparison, before.design, after.design, { before: beforeFile, after: afterFile }).trimEnd()}\n\n${costChangeMarkdown(cost, markdownText)}`,
    );
    return 0;
  },
};
