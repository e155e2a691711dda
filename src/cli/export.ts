import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { generate, isExportFormat, EXPORT_FORMATS } from '../engine/iac/index.ts';
import { selectionBoundary } from '../engine/iac/selection.ts';
import { validate } from '../engine/rules/index.ts';
import type { Command } from './commands.ts';
import { loadDesign } from './load.ts';

const USAGE = 'usage: lzs export <design.json> --format terraform|cdk|lza --out <dir> [--only id,id] [--force]';

interface ExportArgs {
  file?: string;
  format?: string;
  out?: string;
  force: boolean;
  only?: string[];
  problem?: string;
}

function parseArgs(args: readonly string[]): ExportArgs {
  const result: ExportArgs = { force: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--force') result.force = true;
    else if (flag === '--format' || flag === '--out' || flag === '--only') {
      const value = inlineValue ?? args[++i];
      if (value === undefined || value === '') return { ...result, problem: `${flag} needs a value` };
      if (flag === '--format') result.format = value;
      else if (flag === '--only') result.only = [...(result.only ?? []), ...value.split(',').map((id) => id.trim()).filter(Boolean)];
      else result.out = value;
    } else if (arg.startsWith('-')) return { ...result, problem: `unknown option ${arg}` };
    else if (result.file === undefined) result.file = arg;
    else return { ...result, problem: `unexpected argument ${arg}` };
  }
  return result;
}

export const exportCommand: Command = {
  summary: '<design.json> --format terraform|cdk|lza --out <dir> [--only id,id] [--force]  write Terraform, a CDK app or a Landing Zone Accelerator network-config.yaml, or a snippet of some resources',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (parsed.problem) {
      io.err(`lzs export: ${parsed.problem}\n${USAGE}`);
      return 2;
    }
    if (!parsed.file || !parsed.out) {
      io.err(`lzs export: ${!parsed.file ? 'no design file given' : 'no output folder given (--out)'}\n${USAGE}`);
      return 2;
    }
    if (!isExportFormat(parsed.format)) {
      io.err(`lzs export: ${parsed.format === undefined ? 'no format given' : `unknown format "${parsed.format}"`}; use --format ${EXPORT_FORMATS.join(' or --format ')}`);
      return 2;
    }
    const loaded = await loadDesign(parsed.file);
    if (!loaded.ok) {
      io.err(loaded.message);
      return 2;
    }
    let inside: ReadonlySet<string> | undefined;
    if (parsed.only) {
      const selected = selectionBoundary(loaded.design, parsed.only);
      if (!selected.ok) {
        io.err(`lzs export: --only: ${selected.message}`);
        return 2;
      }
      inside = selected.boundary.inside;
    }
    // A snippet answers for its own resources only.
    const errors = validate(loaded.design).filter((finding) => finding.severity === 'error' && (!inside || finding.resourceIds.some((id) => inside.has(id))));
    if (errors.length > 0 && !parsed.force) {
      const lines = errors.map((finding) => `  - ${finding.ruleId} [${finding.resourceIds.join(', ')}]: ${finding.message}`);
      io.err(
        [`lzs export: ${parsed.file} has ${errors.length} error${errors.length === 1 ? '' : 's'}; AWS would refuse or the network would not work:`, ...lines, 'Fix them, or export anyway with --force.'].join('\n'),
      );
      return 1;
    }
    const notes = new Map<string, string[]>();
    for (const finding of errors) for (const id of finding.resourceIds) notes.set(id, [...(notes.get(id) ?? []), `${finding.ruleId}: ${finding.message}`]);
    const files = generate(loaded.design, parsed.format, { ...(inside ? { inside } : {}), ...(errors.length > 0 ? { notes } : {}) });
    for (const file of files) {
      const relative = normalize(file.path);
      if (isAbsolute(relative) || relative.startsWith('..')) throw new Error(`refusing to write outside ${parsed.out}: ${file.path}`);
      const target = join(parsed.out, relative);
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.contents, 'utf8');
      } catch (error) {
        // The output folder is the user's to fix (permissions, a file in the way, a full disk).
        const code = (error as NodeJS.ErrnoException).code;
        io.err(`lzs export: cannot write ${target}${code ? ` (${code})` : ''}`);
        return 2;
      }
    }
    const forced = errors.length > 0 ? ` despite ${errors.length} error${errors.length === 1 ? '' : 's'} (--force)` : '';
    const snippet = inside ? ` (a snippet of ${inside.size} resource${inside.size === 1 ? '' : 's'})` : '';
    io.out(`${parsed.format}: wrote ${files.length} files to ${parsed.out}${snippet}${forced}`);
    for (const file of files) io.out(`  ${file.path}`);
    return 0;
  },
};
