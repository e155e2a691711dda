import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from './main.ts';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;
let before: string;
let after: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lzs-diff-'));
  before = join(dir, 'before.json');
  after = join(dir, 'after.json');
  const text = await readFile(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8');
  // Before: the proxies do not take the partner's 443; after: a rule opens it.
  const design = JSON.parse(text) as { resources: { id: string; ingress?: { description?: string }[] }[] };
  await writeFile(after, text);
  const group = design.resources.find((r) => r.id === 'proxy-sg')!;
  group.ingress = group.ingress!.filter((rule) => !rule.description?.startsWith('partner'));
  await writeFile(before, JSON.stringify(design));
});

describe('lzs diff', () => {
  it('reports, as Markdown, the flow a rule that opens a port makes reachable', async () => {
    const io = capture();
    expect(await main(['diff', before, after], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('### Flows whose verdict changed');
    expect(text).toMatch(/\| Partner network \(partner\) \| partner-nlb \| tcp\/443 \| ✗ blocked: .* \| ✓ reachable \|/);
    expect(text).toContain('| changed | security-group | proxy (proxy-sg) | ingress |');
  });

  it('compares two Terraform plans directly', async () => {
    const plan = (name: string) => new URL(`../../test/fixtures/diff/web-https.${name}.plan.json`, import.meta.url).pathname;
    const io = capture();
    expect(await main(['diff', plan('before'), plan('after')], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/\| client-1 \(instance\.client\) \| web-1 \(instance\.web\) \| tcp\/443 \| ✗ blocked: .* \| ✓ reachable \|/);
  });

  it('gives the same comparison as JSON', async () => {
    const io = capture();
    expect(await main(['diff', before, after, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('')) as { flows: { changed: { from: string; to: string; port: number; after: { reachable: boolean } }[] } };
    expect(json.flows.changed).toContainEqual(expect.objectContaining({ from: 'partner', to: 'partner-nlb', port: 443, after: { reachable: true } }));
  });

  it('refuses one file, an unknown format and an unreadable file with exit 2', async () => {
    for (const args of [['diff', before], ['diff', before, after, '--format', 'html'], ['diff', before, join(dir, 'missing.json')]]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.stderr.join('\n')).toMatch(/^lzs diff: /);
    }
  });

  it('has --help', async () => {
    const io = capture();
    expect(await main(['diff', '--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('usage: lzs diff <before> <after> [--format md|json]');
  });

  it('adds the change in monthly cost, priced on lzs cost\'s default assumptions', async () => {
    const io = capture();
    expect(await main(['diff', before, after], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('### Monthly cost');
    // A rule changes no price: the Elastic IPs cost the same before and after.
    expect(text).toMatch(/\$(\d+\.\d\d) → \$\1 a month \(\$0\.00\), before what the table cannot price, at 730 hours a month and 100 GB a month per flow\./);
    expect(text).toContain('No resource changed its estimate.');
    const json = capture();
    expect(await main(['diff', before, after, '--format', 'json'], json)).toBe(0);
    const out = JSON.parse(json.stdout.join('')) as { monthlyCost: { beforeUsd: number; afterUsd: number; deltaUsd: number; resources: unknown[] } };
    expect(out.monthlyCost.beforeUsd).toBeGreaterThan(0);
    expect(out.monthlyCost.afterUsd).toBe(out.monthlyCost.beforeUsd);
    expect(out.monthlyCost.resources).toEqual([]);
  });
});
