/**
 * Every gallery example deploys: its Terraform export is initialised from the local provider
 * mirror, validates with no error and no warning, applies to a local AWS emulator (moto) and
 * a second plan shows no change. Where Terraform, the mirror or moto are missing the test is
 * skipped and its title says why; it never passes without running.
 *
 * What moto 5 lacks and moto-shim.py adds for the test is listed in MOTO_GAPS.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectionBoundary } from '../../src/engine/iac/selection.ts';
import { generateTerraform } from '../../src/engine/iac/terraform/index.ts';
import type { GeneratedFile } from '../../src/engine/iac/types.ts';
import { parseDesign, type Design } from '../../src/engine/model/index.ts';
import { findMoto, startEmulator } from './emulator.ts';
import { diagnostics, errorsOf, fixedAddresses, overrideFor, plannedChanges, terraformMissing, variableValues, Workspace, type Diagnostic, type Step } from './terraform.ts';

/** Calls the exports make that moto 5 does not answer; moto-shim.py adds each. */
export const MOTO_GAPS = [
  'RAM AssociateResourceShare / DisassociateResourceShare (moto takes resources and principals only at CreateResourceShare)',
  'RAM ListResourceSharePermissions',
  'RAM: a resource share drops the tags it is created with; no TagResource / UntagResource',
  'Elastic Beanstalk: an application keeps no tags, and ListTagsForResource does not find it',
  'Elastic Beanstalk: no DescribeEvents, DescribeConfigurationSettings or DescribeEnvironmentResources (500, which the provider retries until it times out); an environment has an empty EnvironmentId and forgets its solution stack and option settings',
  'EC2: subnets shared through RAM are not visible to the principal accounts; a security group is created for a VPC it cannot see, without its default egress rule',
  'EC2: a rule referencing a security group loses its description',
  'EC2: a launch template\'s own tags are copied into its launch data',
  'ECS: services carry no availabilityZoneRebalancing',
  'EKS: a node group made without remote access gets an invented one (eksKeypair), so every plan replaces it',
  'EKS: a cluster has no cluster security group; a node group names an Auto Scaling group that does not exist',
  'EC2/RAM: a transit gateway shared through RAM is not found from the attaching account (attachment, describe, routes), and there is no AcceptTransitGatewayVpcAttachment',
  'EC2: a gateway with default route table association disabled still associates every attachment with its default table, and the disassociation never completes',
  'EC2: a transit gateway route drops its attachment from the response (it reads as a blackhole); an attachment drops the tags it is created with',
  'EC2: a NAT gateway ignores the private address it is asked for',
  'ELBv2: a load balancer made with subnet mappings does not report their Elastic IPs',
  'Elastic Beanstalk: an application drops its description',
];

/**
 * Examples whose apply needs what moto cannot do at all: they validate and plan against the
 * emulator, and their apply shows as skipped with the reason.
 */
const APPLY_GAPS: Readonly<Record<string, string>> = {
  'inspection-egress':
    'moto 5.2 models Network Firewall firewalls only: it has no CreateRuleGroup or CreateFirewallPolicy, which the firewall\'s policy needs',
  'hybrid-two-regions':
    'moto 5.2 has no Direct Connect gateways (no CreateDirectConnectGateway or CreateDirectConnectGatewayAssociation), and its VPN connections keep no tunnel options (inside CIDRs), so a second plan would replace the VPN',
};

/**
 * Examples whose second plan changes exactly these resources, and why. The test fails if any
 * other resource changes, or if one of these stops changing (then the entry goes).
 */
const PLAN_GAPS: Readonly<Record<string, { readonly changes: readonly string[]; readonly reason: string }>> = {
  'static-ips-partner': {
    changes: ['aws_elastic_beanstalk_application.eb_api updated in-place', 'aws_elastic_beanstalk_environment.eb_api updated in-place'],
    reason:
      'their tags: AWS provider 5.100 sends no Tags in Elastic Beanstalk CreateApplication to the emulator (the request body has none) and the environment\'s do not arrive either, so the second plan adds them again',
  },
};

const examplesDir = new URL('../../public/examples/', import.meta.url);
const CONCURRENCY = Math.max(1, Number(process.env.LZS_APPLY_CONCURRENCY ?? 3));
/** A comma-separated list of example names runs only those (while working on one). */
const ONLY = process.env.LZS_APPLY_EXAMPLES?.split(',').filter(Boolean);

function examples(): [string, Design][] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json') && file !== 'index.json' && (!ONLY || ONLY.includes(file.replace(/\.json$/, ''))))
    .sort()
    .map((file) => {
      const parsed = parseDesign(readFileSync(new URL(file, examplesDir), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      return [file.replace(/\.json$/, ''), parsed.design];
    });
}

const moto = findMoto();
const missing = terraformMissing() ?? ('missing' in moto ? moto.missing : undefined);
if (missing) console.warn(`terraform apply test skipped: ${missing}`);

interface Outcome {
  readonly validate: Diagnostic[];
  readonly apply?: Step;
  readonly plan?: Step;
  readonly log: string;
}

/** A selection exported on its own: an NLB, its target group and its four proxies. */
const SNIPPET = { example: 'static-ips-partner', ids: ['partner-nlb', 'proxy-tg', 'proxy-1', 'proxy-2', 'proxy-3', 'proxy-4'] } as const;

function snippetFiles(design: Design): GeneratedFile[] {
  const selected = selectionBoundary(design, SNIPPET.ids);
  if (!selected.ok) throw new Error(selected.message);
  return generateTerraform(design, { inside: selected.boundary.inside });
}

/** A snippet plans against the emulator with what it names outside set as variables; it is not applied (those do not exist). */
async function planSnippet(root: string, files: readonly GeneratedFile[]): Promise<Outcome> {
  const workspace = new Workspace(join(root, 'snippet'));
  workspace.write(files, { 'terraform.tfvars': variableValues(files).tfvars });
  const init = await workspace.init();
  if (init.code !== 0) return { validate: [{ severity: 'error', summary: `terraform init failed:\n${errorsOf(init)}` }], log: '' };
  const validate = diagnostics(await workspace.terraform(['validate', '-json', '-no-color'], 120_000));
  const emulator = await startEmulator((moto as { python: string }).python, { LZS_MOTO_ADDRESSES: JSON.stringify(fixedAddresses(files)) });
  try {
    workspace.write([], { 'moto_override.tf': overrideFor(files, emulator.endpoint) });
    const plan = await workspace.terraform(['plan', '-input=false', '-no-color'], 600_000);
    workspace.write([], { 'plan.log': `${plan.stdout}\n${plan.stderr}` });
    return { validate, plan, log: emulator.log() };
  } finally {
    await emulator.stop();
  }
}

async function deploy(root: string, name: string, design: Design): Promise<Outcome> {
  const files = generateTerraform(design);
  const workspace = new Workspace(join(root, name));
  workspace.write(files, { 'terraform.tfvars': variableValues(files).tfvars });
  const init = await workspace.init();
  if (init.code !== 0) return { validate: [{ severity: 'error', summary: `terraform init failed:\n${errorsOf(init)}` }], log: '' };
  // Validate before the override exists: the export alone must be clean.
  const validate = diagnostics(await workspace.terraform(['validate', '-json', '-no-color'], 120_000));
  const emulator = await startEmulator((moto as { python: string }).python, { LZS_MOTO_ADDRESSES: JSON.stringify(fixedAddresses(files)) });
  try {
    workspace.write([], { 'moto_override.tf': overrideFor(files, emulator.endpoint) });
    if (APPLY_GAPS[name]) {
      const plan = await workspace.terraform(['plan', '-input=false', '-no-color'], 600_000);
      workspace.write([], { 'plan.log': `${plan.stdout}\n${plan.stderr}` });
      return { validate, plan, log: emulator.log() };
    }
    const apply = await workspace.terraform(['apply', '-auto-approve', '-input=false', '-no-color'], 900_000);
    workspace.write([], { 'apply.log': `${apply.stdout}\n${apply.stderr}` });
    if (apply.code !== 0) return { validate, apply, log: emulator.log() };
    const plan = await workspace.terraform(['plan', '-detailed-exitcode', '-input=false', '-no-color'], 600_000);
    workspace.write([], { 'plan.log': `${plan.stdout}\n${plan.stderr}` });
    return { validate, apply, plan, log: emulator.log() };
  } finally {
    await emulator.stop();
  }
}

/** One line per example for the run's log: what each step found and how long it took. */
function summary(name: string, outcome: Outcome): string {
  const count = (severity: Diagnostic['severity']) => outcome.validate.filter((d) => d.severity === severity).length;
  const apply = outcome.apply ? `apply ${outcome.apply.code === 0 ? 'ok' : 'FAILED'} in ${Math.round(outcome.apply.seconds)} s` : 'not applied';
  const plan = !outcome.plan
    ? ''
    : !outcome.apply
      ? `plan ${outcome.plan.code === 0 ? 'ok' : 'FAILED'}`
      : outcome.plan.code === 0
        ? 'second plan: no change'
        : `second plan: ${plannedChanges(outcome.plan).length} to change`;
  return `${name}: validate ${count('error')} errors, ${count('warning')} warnings; ${apply}${plan ? `; ${plan}` : ''}`;
}

/** Runs `work` over `items`, at most `limit` at a time: the machine has two cores. */
function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R>[] {
  let running = 0;
  const waiting: (() => void)[] = [];
  return items.map(async (item) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work(item);
    } finally {
      running--;
      waiting.shift()?.();
    }
  });
}

describe.skipIf(missing !== undefined)(`terraform apply to the AWS emulator${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const cases = examples();
  let root: string;
  let outcomes: Map<string, Promise<Outcome>>;

  const snippetDesign = cases.find(([name]) => name === SNIPPET.example)?.[1];
  let snippet: Promise<Outcome> | undefined;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lzs-apply-'));
    const started = pool(cases, CONCURRENCY, ([name, design]) => deploy(root, name, design));
    outcomes = new Map(cases.map(([name], i) => [name, started[i]!]));
    if (snippetDesign) {
      // After the examples, so it never takes one of their places in the pool.
      snippet = Promise.allSettled(started).then(() => planSnippet(root, snippetFiles(snippetDesign)));
      snippet.catch(() => undefined);
    }
    // Every outcome is awaited by its test; none may reject unobserved meanwhile.
    for (const outcome of started) outcome.catch(() => undefined);
  });

  afterAll(() => {
    if (root && !process.env.LZS_KEEP_APPLY) rmSync(root, { recursive: true, force: true });
  });

  it.runIf(snippetDesign !== undefined)(`a selection of ${SNIPPET.example}'s NLB and its targets validates clean and plans on its own`, async () => {
    const files = snippetFiles(snippetDesign!);
    const text = files.map((file) => file.contents).join('\n');
    // Only the selection is created; the VPC, subnets and groups it names come in as variables.
    expect(text).toMatch(/^resource "aws_lb" "partner_nlb"/m);
    expect(text).not.toMatch(/^resource "aws_(vpc|subnet|security_group)" /m);
    expect(files.find((file) => file.path === 'variables.tf')?.contents).toMatch(/^variable "prod_vpc_id"/m);
    const outcome = await snippet!;
    console.info(summary('selection', outcome));
    expect(outcome.validate.map((d) => `${d.severity}: ${d.summary}${d.detail ? ` (${d.detail})` : ''}`), 'terraform validate').toEqual([]);
    expect(outcome.plan?.code, `plan:\n${outcome.plan ? errorsOf(outcome.plan) : ''}`).toBe(0);
    expect(outcome.plan?.stdout).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy/);
  }, 1_500_000);

  for (const [name] of cases) {
    const gap = APPLY_GAPS[name];
    if (gap) {
      it(`${name}: validates clean and plans against the emulator`, async () => {
        const outcome = await outcomes.get(name)!;
        console.info(summary(name, outcome));
        expect(outcome.validate.map((d) => `${d.severity}: ${d.summary}`), 'terraform validate').toEqual([]);
        expect(outcome.plan?.code, `plan:\n${outcome.plan ? errorsOf(outcome.plan) : ''}`).toBe(0);
      }, 1_500_000);
      it.skip(`${name}: applies and plans no change (not proven: ${gap})`, () => undefined);
      continue;
    }
    const planGap = PLAN_GAPS[name];
    const title = planGap ? `plans no change but ${planGap.changes.length} named (${planGap.reason})` : 'plans no change';
    it(`${name}: validates clean, applies, and ${title}`, async () => {
      const outcome = await outcomes.get(name)!;
      console.info(summary(name, outcome));
      expect(outcome.validate.map((d) => `${d.severity}: ${d.summary}${d.detail ? ` (${d.detail})` : ''}`), 'terraform validate').toEqual([]);
      expect(outcome.apply?.code, `terraform apply:\n${outcome.apply ? errorsOf(outcome.apply) : ''}`).toBe(0);
      const changes = outcome.plan ? plannedChanges(outcome.plan) : [];
      if (planGap) {
        // -detailed-exitcode: 2 is "changes", and they must be exactly the named ones.
        expect(outcome.plan?.code, `second plan:\n${outcome.plan ? errorsOf(outcome.plan) : ''}`).toBe(2);
        expect([...changes].sort(), `second plan (${planGap.reason})`).toEqual([...planGap.changes].sort());
        return;
      }
      expect(outcome.plan?.code, `second plan:\n${changes.join('\n') || (outcome.plan ? errorsOf(outcome.plan) : '')}`).toBe(0);
    }, 1_500_000);
  }
});
