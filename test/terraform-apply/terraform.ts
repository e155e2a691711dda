/**
 * Runs Terraform on an export against the emulator: writes the files, a test-only
 * `moto_override.tf` that points every provider at the emulator (the exported files stay a
 * real-account export), then init from the local provider mirror, validate, apply and plan.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../../src/engine/iac/types.ts';

export const PLUGIN_DIR = process.env.TERRAFORM_PLUGIN_DIR ?? '/opt/tf-plugins';
export const TERRAFORM = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((path) => existsSync(path));

/** Why Terraform cannot run here, or undefined when it can. */
export function terraformMissing(): string | undefined {
  if (!TERRAFORM) return 'terraform is not installed (looked in /usr/local/bin and /usr/bin)';
  if (!existsSync(join(PLUGIN_DIR, 'registry.terraform.io/hashicorp/aws'))) return `no AWS provider in the local mirror ${PLUGIN_DIR} (set TERRAFORM_PLUGIN_DIR)`;
  return undefined;
}

/** Every service endpoint the exports use; an endpoint for an unused service costs nothing. */
const SERVICES = [
  'apigateway', 'apigatewayv2', 'autoscaling', 'directconnect', 'logs', 'ec2', 'ecr', 'ecs', 'eks', 'elasticbeanstalk', 'elbv2',
  'iam', 'lambda', 'mq', 'networkfirewall', 'ram', 'servicediscovery', 'ssm', 'sts',
];

/** Provider aliases of an export, from its providers.tf. */
export function providerAliases(files: readonly GeneratedFile[]): string[] {
  const providers = files.find((file) => file.path === 'providers.tf')?.contents ?? '';
  return [...providers.matchAll(/^\s*alias\s*=\s*"([^"]+)"/gm)].map((match) => match[1]!);
}

/**
 * Each provider of the export, pointed at the emulator with fake keys; assume_role stays (moto
 * accepts any account). The provider still asks STS who it is: it needs its account to read
 * rules that reference a security group, which moto answers as `account/sg-…` otherwise.
 */
export function overrideFor(files: readonly GeneratedFile[], endpoint: string): string {
  const endpoints = SERVICES.map((service) => `    ${service} = "${endpoint}"`).join('\n');
  return providerAliases(files)
    .map(
      (alias) => `provider "aws" {
  alias                       = "${alias}"
  access_key                  = "testing"
  secret_key                  = "testing"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  endpoints {
${endpoints}
  }
}
`,
    )
    .join('\n');
}

export interface Step {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

export class Workspace {
  private readonly env: NodeJS.ProcessEnv;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    const config = join(dir, '.terraformrc');
    writeFileSync(config, '');
    this.env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: config,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      // Nothing leaves the machine: no proxy, no instance metadata, no shared credentials.
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
      AWS_CONFIG_FILE: join(dir, 'no-config'),
      AWS_PROFILE: undefined,
      HTTP_PROXY: undefined,
      HTTPS_PROXY: undefined,
      http_proxy: undefined,
      https_proxy: undefined,
    };
  }

  write(files: readonly GeneratedFile[], extra: Record<string, string> = {}): void {
    for (const file of files) writeFileSync(join(this.dir, file.path), file.contents);
    for (const [path, contents] of Object.entries(extra)) writeFileSync(join(this.dir, path), contents);
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  terraform(args: readonly string[], timeoutMs: number): Promise<Step> {
    const started = performance.now();
    return new Promise((resolve) => {
      execFile(TERRAFORM!, [...args], { cwd: this.dir, env: this.env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGINT' }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr: error && error.killed ? `${stderr}\n(stopped after ${timeoutMs / 1000} s)` : stderr, seconds: (performance.now() - started) / 1000 });
      });
    });
  }

  init(): Promise<Step> {
    return this.terraform(['init', '-backend=false', '-input=false', '-no-color', `-plugin-dir=${PLUGIN_DIR}`], 180_000);
  }
}

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
}

export function diagnostics(step: Step): Diagnostic[] {
  try {
    return (JSON.parse(step.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  } catch {
    return [{ severity: 'error', summary: `terraform validate printed no JSON: ${step.stderr.slice(0, 2_000)}` }];
  }
}

/** The error lines of a failed apply or plan, short enough for a test message. */
export function errorsOf(step: Step): string {
  const text = step.stderr.trim() || step.stdout.trim();
  const lines = text.split('\n').filter((line) => /Error|error|stopped after/.test(line) || line.startsWith('│'));
  return lines.slice(0, 40).join('\n');
}

/** Resources a plan would change, from `terraform plan -no-color` output. */
export function plannedChanges(step: Step): string[] {
  return [...step.stdout.matchAll(/^\s*# (\S+) (will be|must be) (.*)$/gm)].map((match) => `${match[1]} ${match[3]}`);
}

/** A test value for a variable the export leaves to the team (no default), by its name. */
function testValue(name: string, n: number): string {
  if (name.startsWith('account_id_')) return String(100000000000 + n * 1111);
  if (name.endsWith('_password')) return 'Testing-password-1';
  if (name.startsWith('ami_')) return 'ami-0123456789abcdef0';
  if (name.endsWith('_image')) return '111111111111.dkr.ecr.us-east-1.amazonaws.com/app:1';
  return `lzs-${name.replace(/_/g, '-')}`;
}

/**
 * Every string variable's value in the test: its default where the export gives one, else a test
 * value (those, and only those, go in terraform.tfvars, as a team would set them).
 */
export function variableValues(files: readonly GeneratedFile[]): { values: Map<string, string>; tfvars: string } {
  const variables = files.find((file) => file.path === 'variables.tf')?.contents ?? '';
  const values = new Map<string, string>();
  let tfvars = '';
  let n = 0;
  for (const chunk of variables.split(/^(?=variable ")/m)) {
    const name = /^variable "([^"]+)"/.exec(chunk)?.[1];
    if (!name) continue;
    n++;
    if (/^\s+default\s+=/m.test(chunk)) {
      const literal = /^\s+default\s+=\s+"([^"]*)"$/m.exec(chunk)?.[1];
      if (literal !== undefined) values.set(name, literal);
      continue;
    }
    const value = testValue(name, n);
    values.set(name, value);
    tfvars += `${name} = "${value}"\n`;
  }
  return { values, tfvars };
}

/** The account and region of each provider alias (moto's default account when no role is assumed). */
export function providerAccounts(files: readonly GeneratedFile[]): Map<string, { account: string; region: string }> {
  const providers = files.find((file) => file.path === 'providers.tf')?.contents ?? '';
  const { values } = variableValues(files);
  const valueOf = (text: string | undefined) => (text?.startsWith('var.') ? values.get(text.slice(4)) : text?.replace(/^"|"$/g, ''));
  const out = new Map<string, { account: string; region: string }>();
  for (const chunk of providers.split(/^provider "aws" \{/m).slice(1)) {
    const alias = /alias\s*=\s*"([^"]+)"/.exec(chunk)?.[1];
    const region = valueOf(/region\s*=\s*(\S+)/.exec(chunk)?.[1]);
    const accountExpr = /arn:aws:iam::(\d{12}|\$\{var\.[a-z0-9_]+\}):role\//.exec(chunk)?.[1];
    const account = (accountExpr?.startsWith('${') ? values.get(accountExpr.slice(6, -1)) : accountExpr) ?? '123456789012';
    if (alias && region) out.set(alias, { account, region });
  }
  return out;
}

/** Elastic IPs the export looks up (`data "aws_eip"` by public address): they must exist before the apply. */
export function fixedAddresses(files: readonly GeneratedFile[]): { account: string; region: string; address: string }[] {
  const accounts = providerAccounts(files);
  const out: { account: string; region: string; address: string }[] = [];
  for (const file of files) {
    for (const match of file.contents.matchAll(/^data "aws_eip" "[^"]+" \{([^}]*)\}/gm)) {
      const alias = /provider\s*=\s*aws\.(\S+)/.exec(match[1]!)?.[1];
      const address = /public_ip\s*=\s*"([^"]+)"/.exec(match[1]!)?.[1];
      const where = alias ? accounts.get(alias) : undefined;
      if (where && address) out.push({ ...where, address });
    }
  }
  return out;
}
