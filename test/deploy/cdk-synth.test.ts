/**
 * Proof that the generated CDK apps really work (a deploy test: about a minute on two cores,
 * most of it synthesis and cfn-lint): every seed example and fixture is written
 * to test/generated/cdk/run-<pid>/<name>/ (KEEP_GENERATED=1 keeps it), type-checked by one TypeScript program against the
 * installed aws-cdk-lib with the app's own tsconfig, then synthesised in one Node process
 * the way the CDK CLI runs it (cdk.json context in CDK_CONTEXT_JSON, so
 * '@aws-cdk/core:validateAgainstDefaultRules' turns schema findings into errors). The
 * templates must hold exactly the resources the design calls for, pass cfn-lint, and every
 * finding of cdk-nag's AwsSolutions pack must be fixed or acknowledged with a reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCdk } from '../../src/engine/iac/cdk/index.ts';
import { TSCONFIG, VERSIONS } from '../../src/engine/iac/cdk/project.ts';
import { FIXTURES, LARGE_TEMPLATES, seedExamples, SNIPPET, SYNTHETIC, type Case } from '../../src/engine/iac/cdk/testing/cases.ts';
import { expectedCounts } from '../../src/engine/iac/cdk/testing/expected-counts.ts';

const ROOT = join(import.meta.dirname, '../..');
// One folder per test process, so two runs at once never write over each other's apps.
const OUT = join(ROOT, 'test/generated/cdk', `run-${process.pid}`);

/** Warnings a design may cause on purpose; anything else the validator reports fails. */
const ACCEPTED_WARNINGS = new Set([
  'W2531', // the design's Lambda runtime is deprecated: the architect's choice, reported by the rules
]);

interface NagFinding {
  readonly rule: string;
  readonly severity: string;
  readonly path: string;
}

interface Acknowledgement {
  readonly id: string;
  readonly path: string;
  readonly reason: string;
}

interface Synthesis {
  readonly ok: boolean;
  readonly error?: string;
  /** What the AwsSolutions pack finds in the app with every acknowledgement ignored. */
  readonly findings?: NagFinding[];
  readonly acknowledgements?: Acknowledgement[];
}

/**
 * Synthesises each app as `cdk synth` does, then runs the AwsSolutions pack once more over the
 * same construct tree with acknowledgements ignored, so the test sees every finding and can
 * hold each one against the acknowledgement that silences it.
 */
const RUNNER = `
const { join } = require('node:path');
const core = require('aws-cdk-lib');
const nag = require('cdk-nag');
let app;
const synth = core.App.prototype.synth;
core.App.prototype.synth = function (...args) { app = this; return synth.apply(this, args); };
const acknowledgementsOf = (construct, out) => {
  for (const entry of construct.node.metadata) {
    if (entry.type !== core.Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
    for (const [id, reason] of Object.entries(entry.data)) out.push({ id: id.replace(/^annotation::/i, ''), path: construct.node.path, reason });
  }
  for (const child of construct.node.children) acknowledgementsOf(child, out);
  return out;
};
const results = {};
for (const dir of JSON.parse(process.argv[2])) {
  process.env.CDK_OUTDIR = join(dir, 'cdk.out');
  process.env.CDK_CONTEXT_JSON = JSON.stringify(require(join(dir, 'cdk.json')).context);
  app = undefined;
  try {
    require(join(dir, 'bin/app.ts'));
    results[dir] = { ok: true };
  } catch (error) {
    results[dir] = { ok: false, error: String(error && error.message) };
  }
  if (!app) continue;
  const isAcknowledged = nag.NagPack.prototype.isAcknowledged;
  nag.NagPack.prototype.isAcknowledged = () => false;
  try {
    const report = new nag.AwsSolutionsChecks().validateScope(app);
    results[dir].findings = report.violations.flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, severity: v.severity, path: r.constructPath })));
  } finally {
    nag.NagPack.prototype.isAcknowledged = isAcknowledged;
  }
  results[dir].acknowledgements = acknowledgementsOf(app, []);
}
process.stdout.write('\\nRESULTS' + JSON.stringify(results));
`;

let cases: Case[] = [];
const diagnostics = new Map<string, string[]>();
let synthesis: Record<string, Synthesis> = {};

beforeAll(() => {
  cases = allCases();
  rmSync(OUT, { recursive: true, force: true });
  const roots: string[] = [];
  for (const { name, design, inside } of cases) {
    for (const file of generateCdk(design, inside ? { inside } : {})) {
      const path = join(OUT, name, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, inside && file.path === 'cdk.json' ? givenContext(design, file.contents) : file.contents);
      if (path.endsWith('.ts')) roots.push(path);
    }
  }

  // One program for every app: the compiler options are the generated tsconfig's own.
  const { options, errors } = ts.convertCompilerOptionsFromJson(TSCONFIG.compilerOptions, OUT);
  expect(errors).toEqual([]);
  const program = ts.createProgram(roots, options);
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? 'tsconfig';
    const app = file.startsWith(OUT) ? file.slice(OUT.length + 1).split('/')[0]! : file;
    const text = `${file}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    diagnostics.set(app, [...(diagnostics.get(app) ?? []), text]);
  }

  writeFileSync(join(OUT, 'synth.cjs'), RUNNER);
  const dirs = cases.map(({ name }) => join(OUT, name));
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(OUT, 'synth.cjs'), JSON.stringify(dirs)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const marker = run.stdout.lastIndexOf('\nRESULTS');
  if (marker < 0) throw new Error(`synthesis did not finish: ${run.error ?? ''}\n${run.stderr.slice(-4000)}`);
  const byDir = JSON.parse(run.stdout.slice(marker + '\nRESULTS'.length)) as Record<string, Synthesis>;
  synthesis = Object.fromEntries(cases.map(({ name }) => [name, byDir[join(OUT, name)]!]));
}, 300_000);

const ID_PREFIX: Readonly<Record<string, string>> = { vpc: 'vpc', subnet: 'subnet', 'security-group': 'sg' };

/** A snippet's cdk.json with its values from outside the selection set, as the codebase it goes into would. */
function givenContext(design: Case['design'], text: string): string {
  const json = JSON.parse(text) as { context: Record<string, unknown> };
  for (const key of Object.keys(json.context)) {
    if (!key.startsWith('landing-zone:outside:') || json.context[key] !== '') continue;
    const kind = design.resources.find((resource) => resource.id === key.split(':')[2])?.kind ?? '';
    json.context[key] = `${ID_PREFIX[kind] ?? 'given'}-0123456789abcdef0`;
  }
  return JSON.stringify(json, null, 2);
}

function templates(name: string): { name: string; template: { Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }>; Parameters?: Record<string, { NoEcho?: boolean }> } }[] {
  const dir = join(OUT, name, 'cdk.out');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.template.json'))
    .sort()
    .map((file) => ({ name: file, template: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

/** Values passed between accounts (SSM parameters and their share): checked by the deployment order test. */
function isPlumbing(logicalId: string, resource: { Type: string; Properties?: Record<string, unknown> }): boolean {
  if (resource.Type === 'AWS::SSM::Parameter') return String(resource.Properties?.Name).startsWith('/landing-zone/');
  return resource.Type === 'AWS::RAM::ResourceShare' && logicalId === 'SharedValues';
}

function countTypes(name: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { template } of templates(name)) {
    for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
      if (resource.Type === 'AWS::CDK::Metadata' || isPlumbing(logicalId, resource)) continue;
      counts[resource.Type] = (counts[resource.Type] ?? 0) + 1;
    }
  }
  return counts;
}

interface Violation {
  ruleName: string;
  severity: string;
  description: string;
}

function violations(name: string): Violation[] {
  const report = JSON.parse(readFileSync(join(OUT, name, 'cdk.out', 'validation-report.json'), 'utf8')) as {
    pluginReports: { violations: Violation[] }[];
  };
  return report.pluginReports.flatMap((plugin) => plugin.violations);
}

function allCases(): Case[] {
  return [...seedExamples(), ...FIXTURES.map((fixture) => fixture()), SYNTHETIC(), LARGE_TEMPLATES(), SNIPPET()];
}

afterAll(() => {
  if (process.env.KEEP_GENERATED !== '1') rmSync(OUT, { recursive: true, force: true });
});

const names = allCases().map(({ name }) => name);

describe.each(names)('%s', (name) => {
  it('type-checks against the installed aws-cdk-lib', () => {
    expect(diagnostics.get(name) ?? []).toEqual([]);
  });

  it('synthesises with validateAgainstDefaultRules without findings', () => {
    expect(synthesis[name]).toEqual(expect.objectContaining({ ok: true }));
    const found = violations(name).filter((violation) => !ACCEPTED_WARNINGS.has(violation.ruleName) || violation.severity === 'error');
    expect(found.map((violation) => `${violation.ruleName} ${violation.severity}: ${violation.description}`)).toEqual([]);
  });

  it('has the resources the design calls for, by CloudFormation type', () => {
    const { design, inside } = cases.find((candidate) => candidate.name === name)!;
    expect(countTypes(name)).toEqual(expectedCounts(design, inside));
  });
});

describe('a snippet of the static-IPs NLB and its targets', () => {
  it('creates the selection only: the NLB, its listener, target group and proxies, none of the VPC, subnets or groups they name', () => {
    const counts = countTypes(SNIPPET().name);
    expect(counts).toEqual(expect.objectContaining({ 'AWS::ElasticLoadBalancingV2::LoadBalancer': 1, 'AWS::ElasticLoadBalancingV2::Listener': 1, 'AWS::ElasticLoadBalancingV2::TargetGroup': 1, 'AWS::EC2::Instance': 4 }));
    for (const type of ['AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::SecurityGroup', 'AWS::EC2::EIP']) expect(counts[type], type).toBeUndefined();
  });
});

interface StackArtifact {
  readonly id: string;
  readonly account: string;
  readonly region: string;
  readonly dependencies: string[];
  readonly template: {
    Parameters?: Record<string, { Type: string; Default?: string; NoEcho?: boolean }>;
    Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
    Outputs?: Record<string, { Export?: { Name: string } }>;
  };
}

/** The stacks of a synthesised app as the CDK CLI reads them: environments and declared dependencies. */
function stackArtifacts(name: string): StackArtifact[] {
  const dir = join(OUT, name, 'cdk.out');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    artifacts: Record<string, { type: string; environment?: string; dependencies?: string[]; properties?: { templateFile: string } }>;
  };
  return Object.entries(manifest.artifacts)
    .filter(([, artifact]) => artifact.type === 'aws:cloudformation:stack')
    .map(([id, artifact]) => {
      const [account = '', region = ''] = artifact.environment!.replace('aws://', '').split('/');
      return {
        id,
        account,
        region,
        dependencies: artifact.dependencies ?? [],
        template: JSON.parse(readFileSync(join(dir, artifact.properties!.templateFile), 'utf8')),
      };
    });
}

/** The order `cdk deploy --all` follows: each stack after what it depends on; throws on a cycle. */
function deployOrder(stacks: readonly StackArtifact[]): string[] {
  const byId = new Map(stacks.map((stack) => [stack.id, stack]));
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (id: string) => {
    if (order.includes(id) || !byId.has(id)) return;
    if (visiting.has(id)) throw new Error(`deployment cycle through ${id}`);
    visiting.add(id);
    for (const dependency of byId.get(id)!.dependencies) visit(dependency);
    visiting.delete(id);
    order.push(id);
  };
  for (const stack of stacks) visit(stack.id);
  return order;
}

const MULTI_ACCOUNT = seedExamples()
  .filter(({ design }) => design.resources.filter((resource) => resource.kind === 'account').length > 1)
  .map(({ name }) => name);

describe.each(MULTI_ACCOUNT)('deployment order of %s', (name) => {
  it('has no cycle, and every value a stack reads from another is written by a stack deployed before it', () => {
    const stacks = stackArtifacts(name);
    const order = deployOrder(stacks);
    expect(order).toHaveLength(stacks.length);
    const before = (consumer: StackArtifact, producer: StackArtifact) => order.indexOf(producer.id) < order.indexOf(consumer.id);
    let crossAccount = 0;
    for (const consumer of stacks) {
      for (const [id, parameter] of Object.entries(consumer.template.Parameters ?? {})) {
        if (id === 'BootstrapVersion') continue;
        // Anything else without a default would have to be typed in by whoever deploys.
        expect(parameter.Default ?? (parameter.NoEcho ? 'secret' : undefined), `${consumer.id}: parameter ${id} has no value`).toBeDefined();
        if (parameter.Type !== 'AWS::SSM::Parameter::Value<String>' || !parameter.Default?.startsWith('arn:')) continue;
        const [, , , region, account, resource] = parameter.Default.split(':');
        const parameterName = resource!.replace(/^parameter/, '');
        const producer = stacks.find(
          (stack) =>
            stack.account === account &&
            stack.region === region &&
            Object.values(stack.template.Resources ?? {}).some((r) => r.Type === 'AWS::SSM::Parameter' && r.Properties?.Name === parameterName),
        );
        expect(producer, `${consumer.id}: ${parameterName} is written by no stack`).toBeDefined();
        expect(before(consumer, producer!), `${producer!.id} deploys before ${consumer.id}`).toBe(true);
        const shares = Object.values(producer!.template.Resources ?? {}).filter((r) => r.Type === 'AWS::RAM::ResourceShare');
        expect(shares.some((share) => (share.Properties?.Principals as string[]).includes(consumer.account)), `${producer!.id} shares with ${consumer.account}`).toBe(true);
        crossAccount++;
      }
      for (const imported of JSON.stringify(consumer.template).match(/"Fn::ImportValue":"[^"]+"/g) ?? []) {
        const exportName = imported.slice('"Fn::ImportValue":"'.length, -1);
        const producer = stacks.find((stack) => Object.values(stack.template.Outputs ?? {}).some((output) => output.Export?.Name === exportName));
        expect(producer && before(consumer, producer), `${consumer.id} imports ${exportName} from an earlier stack`).toBe(true);
      }
    }
    expect(crossAccount).toBeGreaterThan(0);
  });
});

/** cfn-lint on PATH (the Python package): the templates are linted with it when it is there. */
const CFN_LINT = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const HAS_CFN_LINT = CFN_LINT.status === 0;
if (!HAS_CFN_LINT) console.warn('cfn-lint not found: the templates are not linted. pip install cfn-lint to run that test.');

interface LintMatch {
  readonly Level: string;
  readonly Rule: { readonly Id: string };
  readonly Message: string;
  readonly Filename: string;
}

describe('cfn-lint', () => {
  it.skipIf(!HAS_CFN_LINT)(`finds no error in any synthesised template (${HAS_CFN_LINT ? CFN_LINT.stdout.trim() : 'cfn-lint not found: pip install cfn-lint'})`, () => {
    const files = names.flatMap((name) => templates(name).map((template) => join(OUT, name, 'cdk.out', template.name)));
    expect(files.length).toBeGreaterThan(names.length);
    const run = spawnSync('cfn-lint', ['--format', 'json', '--', ...files], { encoding: 'utf8', timeout: 280_000, maxBuffer: 64 * 1024 * 1024 });
    // Exit code 0 is clean; 2, 4 and 8 are errors, warnings and notes found; anything else is cfn-lint failing.
    expect(run.error).toBeUndefined();
    expect(run.stdout.trim().startsWith('['), run.stderr.slice(-2000)).toBe(true);
    const matches = JSON.parse(run.stdout) as LintMatch[];
    const errors = matches.filter((match) => match.Level === 'Error');
    expect(errors.map((match) => `${relative(OUT, match.Filename)} ${match.Rule.Id}: ${match.Message}`)).toEqual([]);
  }, 300_000);
});

const SEED_NAMES = new Set(seedExamples().map(({ name }) => name));

/** Whether an acknowledgement made at `at` covers a finding on `path` (CDK looks up the tree). */
const covers = (at: string, path: string) => path === at || path.startsWith(`${at}/`);

describe.each(names)('cdk-nag on %s', (name) => {
  it('fails synthesis on no AwsSolutions finding: each one is acknowledged on its resource with a reason that says why', () => {
    expect(synthesis[name]).toEqual(expect.objectContaining({ ok: true }));
    const report = JSON.parse(readFileSync(join(OUT, name, 'cdk.out', 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; violations: Violation[] }[];
    };
    const unacknowledged = report.pluginReports.find((plugin) => plugin.pluginName === 'AwsSolutions')?.violations ?? [];
    expect(unacknowledged.map((violation) => `${violation.ruleName} ${violation.severity}`)).toEqual([]);

    const { findings = [], acknowledgements = [] } = synthesis[name]!;
    const nagAcknowledgements = acknowledgements.filter((ack) => ack.id.startsWith('AwsSolutions-'));
    // The pack ran over the app: every gallery design has something it flags (VPC flow logs at least).
    if (SEED_NAMES.has(name)) expect(findings.length).toBeGreaterThan(0);
    const silenced = (finding: NagFinding) => nagAcknowledgements.find((ack) => ack.id === finding.rule && covers(ack.path, finding.path));
    expect(findings.filter((finding) => finding.severity === 'error' && !silenced(finding)).map((f) => `${f.rule} on ${f.path}`)).toEqual([]);
    for (const ack of nagAcknowledgements) {
      expect(ack.reason.length, `${ack.id} on ${ack.path}: a reason, not a word`).toBeGreaterThan(30);
      expect(findings.some((finding) => finding.rule === ack.id && covers(ack.path, finding.path)), `${ack.id} on ${ack.path} acknowledges something the pack finds`).toBe(true);
    }
  });
});

describe('synthesised templates', () => {
  it('split by size: an account too large for one template deploys in parts, each under CloudFormation\'s 1 MB', () => {
    const files = readdirSync(join(OUT, 'large-security-groups', 'cdk.out')).filter((file) => file.endsWith('.template.json'));
    const sizes = files.map((file) => statSync(join(OUT, 'large-security-groups', 'cdk.out', file)).size);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeGreaterThan(1_000_000);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toBeLessThan(1_000_000);
  });

  it('keep broker passwords out of the template: NoEcho parameters only', () => {
    const every = templates('every-kind');
    const brokers = every.flatMap(({ template }) =>
      Object.values(template.Resources ?? {}).filter((resource) => resource.Type === 'AWS::AmazonMQ::Broker'),
    );
    expect(brokers).toHaveLength(2);
    for (const broker of brokers) {
      const users = broker.Properties!.Users as { Password: unknown }[];
      const ref = (users[0]!.Password as { Ref: string }).Ref;
      const parameter = every.map(({ template }) => template.Parameters?.[ref]).find(Boolean);
      expect(parameter?.NoEcho).toBe(true);
    }
  });

  it('declare the aws-cdk-lib, constructs and cdk-nag versions that were checked', () => {
    const pkg = JSON.parse(readFileSync(join(OUT, 'every-kind', 'package.json'), 'utf8'));
    const installed = (name: string) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    expect(installed('aws-cdk-lib')).toBe(VERSIONS['aws-cdk-lib']);
    expect(installed('constructs')).toBe(VERSIONS.constructs);
    expect(installed('typescript')).toBe(VERSIONS.typescript);
    expect(pkg.dependencies['aws-cdk-lib']).toBe(`^${VERSIONS['aws-cdk-lib']}`);
    expect(installed('cdk-nag')).toBe(VERSIONS['cdk-nag']);
    expect(pkg.dependencies['cdk-nag']).toBe(`^${VERSIONS['cdk-nag']}`);
  });
});
