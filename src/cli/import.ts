/**
 * `lzs import FILE [--from tf-plan|tf-state|cfn|lza] [--accounts accounts-config.yaml] [--out design.json]`:
 * infrastructure code in, a design out (laid out as the app lays out an import), and the import
 * report: each resource skipped, partly taken or whose links were inferred, by address and why.
 * Exit 0 imported, 2 bad input.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { IMPORT_FORMATS, ImportError, importFile, type ImportFormat, type ImportResult } from '../engine/io/import/index.ts';
import { serializeDesign } from '../engine/model/index.ts';
import type { Command } from './commands.ts';
import { parseOptions } from './flow-args.ts';
import { readSized } from './load.ts';

const USAGE =
  'usage: lzs import <file> [--from tf-plan|tf-state|cfn|lza] [--accounts accounts-config.yaml] [--out design.json]\n' +
  '  --from      the input format; detected from the file when not given\n' +
  '  --accounts  Landing Zone Accelerator only: accounts-config.yaml, for the account names\n' +
  '  --out       where to write the design; without it the design goes to stdout and the report to stderr';

/** The import report: a count line, then each note with its address, type and why. */
export function importReport(file: string, result: ImportResult): string {
  const count = (level: string) => result.notes.filter((n) => n.level === level).length;
  const resources = result.design.resources.length;
  const lines = [`${file} (${result.format}): ${resources} resource${resources === 1 ? '' : 's'} imported; ${count('skipped')} skipped, ${count('partial')} partly taken, ${count('inferred')} inferred`];
  for (const level of ['skipped', 'partial', 'inferred'] as const) {
    for (const note of result.notes.filter((n) => n.level === level)) lines.push(`  ${level.padEnd(8)} ${note.address}${note.type ? ` (${note.type})` : ''}: ${note.message}`);
  }
  return lines.join('\n');
}

export const importCommand: Command = {
  summary: '<file> [--from tf-plan|tf-state|cfn|lza] [--out design.json]  a Terraform plan or state, CloudFormation template or LZA config as a design, with the import report',
  usage: USAGE,
  async run(args, io) {
    const fail = (message: string) => {
      io.err(`lzs import: ${message}`);
      return 2;
    };
    const parsed = parseOptions(args, ['from', 'accounts', 'out']);
    if ('error' in parsed) return fail(`${parsed.error}\n${USAGE}`);
    if (!parsed.file) return fail(`give the file to import\n${USAGE}`);
    const from = parsed.options.get('from');
    if (from !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(from)) return fail(`--from ${from}: use ${IMPORT_FORMATS.join(', ')}`);
    const read = await readSized(parsed.file, 'a file lzs imports');
    if (!read.ok) return fail(read.message);
    const accountsPath = parsed.options.get('accounts');
    let accounts: { name: string; text: string } | undefined;
    if (accountsPath !== undefined) {
      const readAccounts = await readSized(accountsPath, 'an accounts-config.yaml');
      if (!readAccounts.ok) return fail(readAccounts.message);
      accounts = { name: basename(accountsPath), text: readAccounts.text };
    }
    let result: ImportResult;
    try {
      result = await importFile({ file: { name: basename(parsed.file), text: read.text }, accounts }, from as ImportFormat | undefined);
    } catch (error) {
      if (error instanceof ImportError) return fail(error.message);
      throw error;
    }
    const out = parsed.options.get('out');
    const report = importReport(parsed.file, result);
    if (out === undefined) {
      io.out(serializeDesign(result.design));
      io.err(report);
      return 0;
    }
    try {
      await writeFile(out, serializeDesign(result.design));
    } catch (error) {
      return fail(`cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    io.out(`${report}\nwrote ${out}`);
    return 0;
  },
};
