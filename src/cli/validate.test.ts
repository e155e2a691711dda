import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { design } from '../engine/testing/builder.ts';
import { main, type Io } from './main.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** Two peered VPCs; with equal blocks AWS refuses the peering (PEER-OVERLAP, an error). */
const peered = (cidrB: string) => {
  const built = design('peered').account('acct-a', { name: 'team-a' }).vpc('vpc-a', 'acct-a', '10.0.0.0/16').vpc('vpc-b', 'acct-a', cidrB).connect('vpc-a', 'vpc-b');
  if (cidrB === '10.0.0.0/16') return built.build();
  return built.routes('vpc-a-rtb-main', { destination: cidrB, target: 'pcx-1' }).routes('vpc-b-rtb-main', { destination: '10.0.0.0/16', target: 'pcx-1' }).build();
};

let dir: string;
let broken: string;
let clean: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lzs-validate-'));
  broken = join(dir, 'broken.json');
  clean = join(dir, 'clean.json');
  await writeFile(broken, JSON.stringify(peered('10.0.0.0/16')));
  await writeFile(clean, JSON.stringify(peered('10.1.0.0/16')));
});

describe('lzs validate', () => {
  it('prints findings for people and exits 1 when there is an error', async () => {
    const io = capture();
    expect(await main(['validate', broken], io)).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toContain('"peered": 1 error');
    expect(text).toContain('ERROR   PEER-OVERLAP');
    expect(text).toContain('see https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html');
  });

  it('exits 0 when no finding is an error', async () => {
    const io = capture();
    expect(await main(['validate', clean], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('0 errors');
  });

  it('writes JSON findings with rule id, severity, resources and message', async () => {
    const io = capture();
    expect(await main(['validate', broken, '--format', 'json'], io)).toBe(1);
    const { findings } = JSON.parse(io.stdout.join('')) as { findings: Record<string, unknown>[] };
    const overlap = findings.find((f) => f.ruleId === 'PEER-OVERLAP');
    expect(overlap).toEqual({ ruleId: 'PEER-OVERLAP', severity: 'error', resourceIds: ['pcx-1', 'vpc-a', 'vpc-b'], message: expect.stringContaining('overlap') });
    expect(findings.every((f) => Object.keys(f).sort().join() === 'message,resourceIds,ruleId,severity')).toBe(true);
  });

  it('writes SARIF 2.1.0 that the official schema accepts', async () => {
    const io = capture();
    expect(await main(['validate', broken, '--format=sarif'], io)).toBe(1);
    const log = JSON.parse(io.stdout.join(''));
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // The schema is written for draft-04 (`id`); it uses no draft-04-only keywords, so draft-07 reads it the same.
    // One of its patterns is not valid in Unicode mode, hence unicodeRegExp: false.
    const { $schema: _draft, id, ...schema } = JSON.parse(await readFile(schemaPath, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
    const check = ajv.compile({ ...schema, $id: String(id) });
    expect(check(log), JSON.stringify(check.errors)).toBe(true);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'PEER-OVERLAP');
    expect(result.level).toBe('error');
    expect(result.locations[0].logicalLocations.map((l: { fullyQualifiedName: string }) => l.fullyQualifiedName)).toEqual([
      'vpc-a ↔ vpc-b',
      'team-a/vpc-a',
      'team-a/vpc-b',
    ]);
    const rule = log.runs[0].tool.driver.rules[result.ruleIndex];
    expect(rule.helpUri).toBe('https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html');
  });

  it('exits 2 with a message on stderr when the file is missing, not a design, or the format is unknown', async () => {
    const notJson = join(dir, 'not.json');
    await writeFile(notJson, '{ "format": "landing-zone-studio/design", ');
    for (const args of [['validate', join(dir, 'missing.json')], ['validate', notJson], ['validate', clean, '--format', 'xml'], ['validate']]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.stdout).toEqual([]);
      expect(io.stderr.join('\n')).toMatch(/lzs validate: /);
    }
  });

  it('works as `npx lzs` in a child process', async () => {
    const failure = await run('npx', ['lzs', 'validate', broken, '--format', 'json'], { cwd: root }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failure && failure.code).toBe(1);
    expect(JSON.parse(failure.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'PEER-OVERLAP')).toBe(true);
    const success = await run('npx', ['lzs', 'validate', clean], { cwd: root });
    expect(success.stdout).toContain('0 errors');
  });
});

describe('identical blocks propagated into one transit gateway table (TGW-OVERLAP)', () => {
  /** Two VPCs sharing a 100.64.0.0/16 pod block; static routes reach each VPC's own block. */
  const shared = design('shared-pods')
    .account('acct-a', { name: 'team-a' })
    .vpc('vpc-a', 'acct-a', '10.0.0.0/16', { name: 'vpc-a' })
    .vpc('vpc-b', 'acct-a', '10.1.0.0/16', { name: 'vpc-b' })
    .update('vpc-a', { cidrs: ['10.0.0.0/16', '100.64.0.0/16'] })
    .update('vpc-b', { cidrs: ['10.1.0.0/16', '100.64.0.0/16'] })
    .subnet('a-1', 'vpc-a', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('b-1', 'vpc-b', '10.1.1.0/24', 'ap-northeast-2a')
    .add('transit-gateway', 'tgw', {
      parent: 'acct-a',
      routeTables: [{ id: 'tgw-rt', name: 'shared', routes: [{ destination: '10.0.0.0/16', attachment: 'tgw-attach-1' }, { destination: '10.1.0.0/16', attachment: 'tgw-attach-2' }] }],
    })
    .connect('vpc-a', 'tgw')
    .connect('vpc-b', 'tgw')
    .routes('vpc-a-rtb-main', { destination: '10.1.0.0/16', target: 'tgw' })
    .routes('vpc-b-rtb-main', { destination: '10.0.0.0/16', target: 'tgw' })
    .build();

  it('is a warning naming the VPC that lost the route: validate exits 0 and export writes the files', async () => {
    const file = join(dir, 'shared-pods.json');
    await writeFile(file, JSON.stringify(shared));
    const io = capture();
    expect(await main(['validate', file, '--format', 'json'], io)).toBe(0);
    const { findings } = JSON.parse(io.stdout.join('')) as { findings: { ruleId: string; severity: string; message: string }[] };
    const overlap = findings.filter((f) => f.ruleId.startsWith('TGW-OVERLAP'));
    expect(overlap.map((f) => f.severity)).toEqual(['warning']);
    expect(overlap[0]!.message).toContain('`vpc-b` lost its propagated route for 100.64.0.0/16');
    const exported = capture();
    expect(await main(['export', file, '--format', 'terraform', '--out', join(dir, 'tf-shared-pods')], exported)).toBe(0);
  });
});
