/**
 * A comparison as Markdown for a pull-request comment. Every name from a design is escaped:
 * it can neither format the comment, close a table cell, nor become HTML.
 */
import { indexDesign, type Design } from '../model/index.ts';
import { namer, reasonText } from '../sim/index.ts';
import type { MatrixCell } from '../sim/index.ts';
import type { DesignComparison } from './compare.ts';

/** Text that Markdown shows as written inside a line: no emphasis, code, links, HTML or table cells. */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n|\r/g, ' ');
}

const cellText = (cell: MatrixCell, nameOf: (id: string) => string) =>
  cell.reachable ? '✓ reachable' : cell.error !== undefined ? `✗ cannot be traced: ${cell.error}` : `✗ blocked: ${cell.reason ? `${reasonText(cell.reason)} (${cell.reason})` : 'dropped'}${cell.at ? ` at ${nameOf(cell.at)}` : ''}`;

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function comparisonMarkdown(comparison: DesignComparison, before: Design, after: Design, titles: { before: string; after: string }): string {
  const afterIndex = indexDesign(after);
  const nameBefore = namer(indexDesign(before));
  const nameAfter = namer(afterIndex);
  const name = (id: string) => markdownText(afterIndex.get(id) ? nameAfter(id) : nameBefore(id));
  const { resources, findings, flows } = comparison;
  const lines: string[] = [`## Landing zone changes: ${markdownText(titles.before)} → ${markdownText(titles.after)}`, ''];

  const flowCount = flows.changed.length;
  lines.push(
    `**${count(flowCount, 'flow')} changed verdict** · ${count(findings.introduced.length, 'finding')} introduced, ${findings.resolved.length} resolved · ` +
      `${resources.added.length} added, ${resources.removed.length} removed, ${resources.changed.length} changed`,
    '',
  );

  lines.push('### Flows whose verdict changed', '');
  if (flows.skipped) lines.push(`Not compared: ${markdownText(flows.skipped)}.`, '');
  else if (flowCount === 0) lines.push(`None, from ${count(flows.endpoints.length, 'endpoint')} to ${count(flows.endpoints.length + flows.destinations.length - 1, 'destination')} and the internet on ${flows.ports.map((p) => `${p.protocol}/${p.port}`).join(', ')}.`, '');
  else {
    lines.push('| from | to | port | before | after |', '|---|---|---|---|---|');
    for (const f of flows.changed) {
      const to = f.to === 'internet' ? 'the internet' : name(f.to);
      lines.push(`| ${name(f.from)} | ${to} | ${f.protocol}/${f.port} | ${markdownText(cellText(f.before, nameBefore))} | ${markdownText(cellText(f.after, nameAfter))} |`);
    }
    lines.push('', `Asked from ${count(flows.endpoints.length, 'endpoint')} to ${count(flows.endpoints.length + flows.destinations.length - 1, 'destination')} and the internet on ${flows.ports.map((p) => `${p.protocol}/${p.port}`).join(', ')}.`, '');
  }

  lines.push('### Findings', '');
  if (findings.introduced.length + findings.resolved.length === 0) lines.push('No finding introduced or resolved.', '');
  for (const f of findings.introduced) lines.push(`- **introduced** ${f.severity} \`${f.ruleId.replace(/`/g, '')}\`: ${markdownText(f.message)}`);
  for (const f of findings.resolved) lines.push(`- resolved ${f.severity} \`${f.ruleId.replace(/`/g, '')}\`: ${markdownText(f.message)}`);
  if (findings.introduced.length + findings.resolved.length > 0) lines.push('');

  lines.push('### Resources', '');
  if (resources.added.length + resources.removed.length + resources.changed.length === 0) lines.push('No resource added, removed or changed.', '');
  else {
    lines.push('| change | kind | resource | fields |', '|---|---|---|---|');
    for (const r of resources.added) lines.push(`| added | ${r.kind} | ${name(r.id)} |  |`);
    for (const r of resources.removed) lines.push(`| removed | ${r.kind} | ${name(r.id)} |  |`);
    for (const r of resources.changed) lines.push(`| changed | ${r.kind} | ${name(r.id)} | ${markdownText((r.fields ?? []).join(', '))} |`);
    lines.push('');
  }
  return lines.join('\n');
}
