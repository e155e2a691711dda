/**
 * `lzs validate <design.json> [--format text|json|sarif] [--intents FILE]`: every rule over a design file,
 * with the intents of FILE held too.
 * Exit 0 without error findings, 1 with at least one, 2 when the file cannot be used.
 */
import { indexDesign, type Design } from '../engine/model/index.ts';
import { RULES, validate, type Finding, type Severity } from '../engine/rules/index.ts';
import type { Command } from './commands.ts';
import { loadIntents, withIntents } from './intents.ts';
import { loadDesign } from './load.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

function parseArgs(args: string[]): { file?: string; format: Format; intents?: string } | { error: string } {
  let format: string = 'text';
  let file: string | undefined;
  let intents: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format' || arg === '-f') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--intents') {
      intents = args[++i];
      if (intents === undefined || intents.startsWith('--')) return { error: '--intents needs a file' };
    } else if (arg.startsWith('--intents=')) intents = arg.slice('--intents='.length);
    else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { error: `only one design file, got ${file} and ${arg}` };
  }
  if (!FORMATS.includes(format as Format)) return { error: `unknown format "${format}": use text, json or sarif` };
  return { ...(file !== undefined ? { file } : {}), format: format as Format, ...(intents !== undefined ? { intents } : {}) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;

/** A resource as findings name it: its id, and for an imported one the address it came from. */
function named(index: ReturnType<typeof indexDesign>, id: string): string {
  const source = index.get(id)?.source;
  return source ? `${id} (${source.address})` : id;
}

export function formatText(file: string, design: Design, findings: readonly Finding[]): string {
  const index = indexDesign(design);
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const lines = [`${file}: "${design.name}": ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}`];
  for (const f of findings) {
    lines.push('', `${f.severity.toUpperCase().padEnd(7)} ${f.ruleId}`, `  ${f.message}`, `  resources: ${f.resourceIds.map((id) => named(index, id)).join(', ')}`, `  see ${f.docUrl}`);
  }
  return lines.join('\n');
}

export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify(
    { findings: findings.map(({ ruleId, severity, resourceIds, message }) => ({ ruleId, severity, resourceIds, message })) },
    null,
    2,
  );
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0: one run, a reporting descriptor per reported rule id, resources as logical locations. */
export function formatSarif(file: string, design: Design, findings: readonly Finding[]): string {
  const index = indexDesign(design);
  const summaries = new Map(RULES.map((rule) => [rule.id, rule]));
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const path = (id: string): string => {
    const names: string[] = [];
    for (let current = index.get(id), hops = 0; current && hops < 64; current = index.get(current.parent), hops++) names.unshift(current.name || current.id);
    return names.length > 0 ? names.join('/') : id;
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lzs',
            fullName: 'Landing Zone Studio validator',
            informationUri: 'https://docs.aws.amazon.com/vpc/latest/userguide/',
            rules: ruleIds.map((id) => {
              const base = summaries.get(id.split(':')[0]!);
              const sample = findings.find((f) => f.ruleId === id)!;
              return {
                id,
                name: id.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ /g, ''),
                shortDescription: { text: base?.summary ?? id },
                helpUri: sample.docUrl,
                defaultConfiguration: { level: SARIF_LEVEL[base?.severity ?? sample.severity] },
              };
            }),
          },
        },
        artifacts: [{ location: { uri: file } }],
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: file, index: 0 } },
              // An imported resource is located by the Terraform address or CloudFormation logical id it came from.
              logicalLocations: f.resourceIds.map((id) => {
                const source = index.get(id)?.source;
                return {
                  name: index.get(id)?.name || id,
                  fullyQualifiedName: source?.address ?? path(id),
                  kind: 'resource',
                  ...(source ? { properties: { designId: id, file: source.file } } : {}),
                };
              }),
            },
          ],
          partialFingerprints: { 'lzsFinding/v1': `${f.ruleId}|${f.resourceIds.join(',')}` },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

export const validateCommand: Command = {
  summary: '<design.json|plan.json|template> [--format text|json|sarif] [--intents FILE]  check a design (or imported infrastructure code) against every rule and its intents',
  usage: 'usage: lzs validate <design.json|plan.json|state.json|template.yaml|network-config.yaml> [--format text|json|sarif] [--intents FILE]',
  async run(args, io) {
    const parsed = parseArgs(args);
    if ('error' in parsed) {
      io.err(`lzs validate: ${parsed.error}`);
      return 2;
    }
    const loaded = await loadDesign(parsed.file);
    if (!loaded.ok) {
      io.err(`lzs validate: ${loaded.message}`);
      return 2;
    }
    const file = parsed.file!;
    let design = loaded.design;
    if (parsed.intents !== undefined) {
      const intents = await loadIntents(parsed.intents);
      if (!intents.ok) {
        io.err(`lzs validate: ${intents.message}`);
        return 2;
      }
      design = withIntents(design, intents.intents);
    }
    const findings = validate(design);
    const output =
      parsed.format === 'json'
        ? formatJson(findings)
        : parsed.format === 'sarif'
          ? formatSarif(file, design, findings)
          : formatText(file, design, findings);
    io.out(output);
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
