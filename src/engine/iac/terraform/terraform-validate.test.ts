/**
 * The strongest check there is: `terraform validate` with the real AWS provider, run where
 * Terraform and a local copy of the provider are installed (TERRAFORM_PLUGIN_DIR, default
 * /opt/tf-plugins). Elsewhere the test is skipped; the offline checks in the other tests still run.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '../../model/index.ts';
import { generateTerraform } from './index.ts';
import { everyKindDesign, HOSTILE_NAMES, hubAndSpokeDesign } from './test-designs.ts';

const run = promisify(execFile);
const pluginDir = process.env.TERRAFORM_PLUGIN_DIR ?? '/opt/tf-plugins';
const terraform = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((path) => existsSync(path));
const available = terraform !== undefined && existsSync(join(pluginDir, 'registry.terraform.io/hashicorp/aws'));
const examplesDir = new URL('../../../../public/examples/', import.meta.url);

function examples(): [string, Design][] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json') && file !== 'index.json')
    .sort()
    .map((file) => {
      const parsed = parseDesign(readFileSync(new URL(file, examplesDir), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      return [file, parsed.design];
    });
}

interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  address?: string;
}

describe.skipIf(!available)('terraform validate with the AWS provider', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lzs-tf-'));
    const config = join(dir, 'terraformrc');
    writeFileSync(config, '');
    env = { ...process.env, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
    const work = join(dir, 'work');
    writeFileSync(join(dir, 'placeholder'), '');
    rmSync(join(dir, 'placeholder'));
    await run('mkdir', ['-p', work]);
    writeFileSync(join(work, 'versions.tf'), generateTerraform(hubAndSpokeDesign())[0]!.contents);
    await run(terraform!, ['init', '-backend=false', '-input=false', `-plugin-dir=${pluginDir}`], { cwd: work, env });
  }, 120_000);

  async function validate(design: Design): Promise<Diagnostic[]> {
    const work = join(dir, 'work');
    for (const file of readdirSync(work)) if (file.endsWith('.tf')) rmSync(join(work, file));
    for (const file of generateTerraform(design)) writeFileSync(join(work, file.path), file.contents);
    const result = await run(terraform!, ['validate', '-json'], { cwd: work, env }).catch((error: { stdout: string }) => error);
    const report = JSON.parse(result.stdout) as { valid: boolean; diagnostics: Diagnostic[] };
    return report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  }

  const cases: [string, () => Design][] = [
    ...examples().map(([name, design]): [string, () => Design] => [name, () => design]),
    ['a design using every kind', () => everyKindDesign()],
    ['hostile names', () => everyKindDesign((label) => `${label} ${HOSTILE_NAMES.join(' ')}`)],
  ];

  for (const [name, build] of cases) {
    it(`accepts ${name}`, async () => {
      expect(await validate(build())).toEqual([]);
    }, 60_000);
  }
});
