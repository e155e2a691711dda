import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTerraform } from '../engine/iac/terraform/index.ts';
import { design } from '../engine/testing/builder.ts';
import { main, type Io } from './main.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** Equal blocks on both sides of a peering: AWS refuses it (an error finding). */
const peered = (cidrB: string) =>
  design('peered').account('acct-a', { name: 'team-a' }).vpc('vpc-a', 'acct-a', '10.0.0.0/16').vpc('vpc-b', 'acct-a', cidrB).connect('vpc-a', 'vpc-b').build();

let dir: string;
let broken: string;
let clean: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lzs-export-'));
  broken = join(dir, 'broken.json');
  clean = join(dir, 'clean.json');
  await writeFile(broken, JSON.stringify(peered('10.0.0.0/16')));
  await writeFile(clean, JSON.stringify(peered('10.1.0.0/16')));
  await writeFile(join(dir, 'not-json.json'), '{ nope');
});

describe('lzs export', () => {
  it('writes the Terraform files of a design', async () => {
    const io = capture();
    const out = join(dir, 'tf-clean');
    expect(await main(['export', clean, '--format', 'terraform', '--out', out], io)).toBe(0);
    const expected = generateTerraform(peered('10.1.0.0/16'));
    expect((await readdir(out)).sort()).toEqual(expected.map((file) => file.path).sort());
    for (const file of expected) expect(await readFile(join(out, file.path), 'utf8')).toBe(file.contents);
    expect(io.stdout.join('\n')).toContain(`wrote ${expected.length} files`);
  });

  it('writes a Landing Zone Accelerator network-config.yaml', async () => {
    const io = capture();
    const out = join(dir, 'lza-clean');
    expect(await main(['export', clean, '--format', 'lza', '--out', out], io)).toBe(0);
    expect(await readdir(out)).toEqual(['network-config.yaml']);
    const text = await readFile(join(out, 'network-config.yaml'), 'utf8');
    expect(text).toContain('  - name: vpc-b\n    account: team-a\n');
    expect(text).toContain('vpcPeering:\n  - name: "vpc-a ↔ vpc-b"\n    vpcs:\n      - vpc-a\n      - vpc-b\n');
    expect(text).toContain('# Everything in the design that LZA networking expresses is in this file.');
    expect(io.stdout.join('\n')).toContain('lza: wrote 1 files');
  });

  it('refuses a design with error findings and lists them, unless --force', async () => {
    const io = capture();
    const out = join(dir, 'tf-broken');
    expect(await main(['export', broken, '--format', 'terraform', '--out', out], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/has \d+ errors?/);
    expect(io.stderr.join('\n')).toContain('--force');
    await expect(readdir(out)).rejects.toThrow();
    const forced = capture();
    expect(await main(['export', broken, '--format=terraform', '--out', out, '--force'], forced)).toBe(0);
    expect(forced.stdout.join('\n')).toContain('(--force)');
    expect(await readdir(out)).toContain('network.tf');
  });

  it('marks the peering AWS will refuse in a CDK app forced past the error', async () => {
    const io = capture();
    const out = join(dir, 'cdk-broken');
    expect(await main(['export', broken, '--format', 'cdk', '--out', out, '--force'], io)).toBe(0);
    const stack = await readFile(join(out, 'lib', (await readdir(join(out, 'lib'))).find((file) => file.endsWith('-stack.ts'))!), 'utf8');
    expect(stack).toMatch(/\/\/ AWS will refuse this as designed \(exported with --force\)[^\n]*\n\s+const (\w+) = new ec2\.CfnVPCPeeringConnection\(/);
    expect(stack).toMatch(/Annotations\.of\(\w+\)\.addWarningV2\("landing-zone:refused", "AWS will refuse this: [A-Z-]+: /);
  });

  it('writes a CDK snippet of the resources --only names, what they name outside as context values', async () => {
    const io = capture();
    const out = join(dir, 'cdk-only');
    const example = new URL('../../public/examples/static-ips-partner.json', import.meta.url).pathname;
    expect(await main(['export', example, '--format', 'cdk', '--out', out, '--only', 'partner-nlb,proxy-tg'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('(a snippet of 2 resources)');
    const stack = await readFile(join(out, 'lib', 'prod-ap-northeast-2-stack.ts'), 'utf8');
    expect(stack).toContain('new elbv2.CfnLoadBalancer(this, "NlbPartnerNlb"');
    expect(stack).not.toContain('new ec2.CfnVPC(');
    expect(JSON.parse(await readFile(join(out, 'cdk.json'), 'utf8')).context['landing-zone:outside:public-a:Ref']).toBe('');
  });

  it.each([
    [['export'], 'no design file given'],
    [['export', 'x.json', '--format', 'terraform'], 'no output folder'],
    [['export', 'x.json', '--out', 'o'], 'no format given'],
    [['export', 'x.json', '--format', 'pulumi', '--out', 'o'], 'unknown format "pulumi"'],
    [['export', 'x.json', '--format'], '--format needs a value'],
    [['export', 'x.json', '--what', '--format', 'terraform', '--out', 'o'], 'unknown option --what'],
  ])('exits 2 on bad arguments %j', async (args, message) => {
    const io = capture();
    expect(await main(args, io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(message);
  });

  it('exits 2 on a missing or invalid design file and writes nothing', async () => {
    const io = capture();
    expect(await main(['export', join(dir, 'missing.json'), '--format', 'terraform', '--out', join(dir, 'o1')], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('cannot read');
    const bad = capture();
    expect(await main(['export', join(dir, 'not-json.json'), '--format', 'terraform', '--out', join(dir, 'o2')], bad)).toBe(2);
    expect(bad.stderr.join('\n')).toContain('not a valid design');
    await expect(readdir(join(dir, 'o2'))).rejects.toThrow();
  });

  it('runs as `npx lzs export`', async () => {
    const out = join(dir, 'tf-npx');
    const { stdout } = await run('npx', ['lzs', 'export', clean, '--format', 'terraform', '--out', out], { cwd: root.pathname });
    expect(stdout).toContain('terraform: wrote');
    expect(await readFile(join(out, 'versions.tf'), 'utf8')).toContain('hashicorp/aws');
    const failed = await run('npx', ['lzs', 'export', broken, '--format', 'terraform', '--out', join(dir, 'tf-npx-broken')], { cwd: root.pathname }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((failed as { code: number }).code).toBe(1);
  }, 60_000);
});
