import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type Io } from './main.ts';

const root = new URL('../../', import.meta.url);
const example = (name: string) => fileURLToPath(new URL(`public/examples/${name}.json`, root));

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** The Fargate example moved to us-east-1, where the table prices NAT gateways. */
async function inUsEast1(name: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const text = (await readFile(example(name), 'utf8')).replaceAll('ap-northeast-2', 'us-east-1');
  const file = join(await mkdtemp(join(tmpdir(), 'lzs-cost-')), `${name}.json`);
  await writeFile(file, text);
  return file;
}

describe('lzs cost', () => {
  it('prints the total, the assumptions and each priced charge with its source', async () => {
    const io = capture();
    expect(await main(['cost', await inUsEast1('ecs-fargate')], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('assumptions: 730 hours a month; 100 GB a month per flow');
    expect(text).toMatch(/NAT gateway hours: 730 hour × \$0\.045 = \$32\.85 {2}\(https:\/\/\S+, read \d{4}-\d{2}-\d{2}\)/);
    expect(text).toContain('GB processed: 100 GB × $0.045 = $4.50');
    expect(text).toContain('by account:');
    expect(text).toContain('by VPC:');
  });

  it('follows --hours and --gb-per-flow', async () => {
    const io = capture();
    expect(await main(['cost', await inUsEast1('ecs-fargate'), '--hours', '100', '--gb-per-flow=10', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('')) as { assumptions: { hoursPerMonth: number; gbPerFlow: number }; resources: { id: string; monthlyUsd: number }[] };
    expect(out.assumptions).toMatchObject({ hoursPerMonth: 100, gbPerFlow: 10 });
    // 100 × 0.045 + 10 × 0.045
    expect(out.resources.find((r) => r.id === 'nat-a')!.monthlyUsd).toBeCloseTo(4.95, 9);
  });

  it('writes one CSV row per charge, an unpriced one with its reason', async () => {
    const io = capture();
    expect(await main(['cost', example('inspection-egress'), '--format', 'csv'], io)).toBe(0);
    const [header, ...rows] = io.stdout.join('\n').split('\n');
    expect(header).toBe('resource,kind,account,vpc,region,charge,quantity,unit,usd_per_unit,monthly_usd,not_priced,source,read');
    const nat = rows.find((r) => r.startsWith('egress-nat-a,nat-gateway,'))!;
    expect(nat).toContain('ap-northeast-2,NAT gateway hours,730,,,,no pricing page we read gives a figure for this Region,,');
    const ip = rows.find((r) => r.startsWith('egress-nat-a-eip,elastic-ip,'))!;
    expect(ip).toMatch(/,3\.65,,https:\/\//);
  });

  it('refuses a bad number or format with exit 2, naming the option, and shows its options in --help', async () => {
    for (const args of [['--hours', 'many'], ['--gb-per-flow', '-1'], ['--hours', '800'], ['--format', 'xml'], ['--wat', '1']]) {
      const io = capture();
      expect(await main(['cost', example('ecs-fargate'), ...args], io), args.join(' ')).toBe(2);
      expect(io.stderr.join('\n')).toMatch(new RegExp(`lzs cost: .*${args[0]!.replace(/^--/, '')}`));
    }
    const missing = capture();
    expect(await main(['cost'], missing)).toBe(2);
    expect(missing.stderr.join('')).toContain('no design file given');
    const help = capture();
    expect(await main(['cost', '--help'], help)).toBe(0);
    expect(help.stdout.join('')).toContain('--gb-per-flow');
    expect(help.stdout.join('')).toContain('Exit codes');
  });
});
