/**
 * The CDK exporter's output as code: string literals that hold any name, goldens for every
 * seed example, hostile names only inside strings, secrets never literal, determinism.
 * Type-checking, synthesis, cfn-lint and cdk-nag are in test/deploy/cdk-synth.test.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS } from '../../model/resources.ts';
import { generateCdk, NOT_MAPPED } from './index.ts';
import { HEADER } from './project.ts';
import { str } from './literal.ts';
import { COMMENTS } from './writer.ts';
import { FIXTURES, seedExamples } from './testing/cases.ts';
import { everyKind, HOSTILE, hostileNames } from './testing/designs.ts';
import { syntheticLandingZone } from '../../testing/synthetic.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const GOLDEN = join(ROOT, 'test/golden/cdk');

/** Every string literal's value, and everything else (code and comments) as text. */
function split(source: string): { strings: string[]; code: string; comments: string[]; errors: number } {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const strings: string[] = [];
  const comments: string[] = [];
  let code = '';
  let errors = 0;
  scanner.setOnError(() => errors++);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.StringLiteral) strings.push(scanner.getTokenValue());
    else if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) comments.push(scanner.getTokenText());
    else if (kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || kind === ts.SyntaxKind.TemplateHead) errors++;
    else code += `${scanner.getTokenText()} `;
  }
  return { strings, code, comments, errors };
}

describe('string literals', () => {
  it('hold any text exactly and nothing that ends a script, a comment or a template', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const literal = str(text);
        const { strings, code, errors } = split(`x(${literal});`);
        expect(errors).toBe(0);
        expect(strings).toEqual([text]);
        expect(code.replace(/\s/g, '')).toBe('x();');
        expect(literal).not.toMatch(/<\/script|<!--|`|\$\{|[\n\r\u2028\u2029]/i);
      }),
      { numRuns: 500 },
    );
  });
});

describe('generated app', () => {
  it('covers every modelled kind: a construct for each, or a reason it has none', () => {
    const files = generateCdk(everyKind());
    const text = files.map((file) => file.contents).join('\n');
    const kinds = new Set(everyKind().resources.map((resource) => resource.kind));
    expect([...RESOURCE_KINDS].filter((kind) => !kinds.has(kind))).toEqual([]);
    for (const kind of Object.keys(NOT_MAPPED)) expect(RESOURCE_KINDS).toContain(kind);
    // Spot checks that each family lands in its service module.
    for (const module of ['ec2', 'elbv2', 'iam', 'ram', 'amazonmq', 'apigateway', 'apigatewayv2', 'ecs', 'eks', 'elasticbeanstalk', 'lambda', 'autoscaling']) {
      expect(text).toContain(`import * as ${module} from`);
    }
  });

  it('is the same text every time', () => {
    expect(generateCdk(everyKind())).toEqual(generateCdk(everyKind()));
  });

  it('puts each account and region in lib/, in as many parts as their references need, and wires them in bin/app.ts', () => {
    const files = generateCdk(everyKind());
    // Peering and the shared transit gateway go both ways between the two: three waves each.
    expect(files.map((file) => file.path)).toEqual([
      '.gitignore',
      'bin/app.ts',
      'cdk.json',
      'lib/app-ap-northeast-1-part-2-stack.ts',
      'lib/app-ap-northeast-1-part-3-stack.ts',
      'lib/app-ap-northeast-1-stack.ts',
      'lib/environment.ts',
      'lib/network-ap-northeast-2-part-2-stack.ts',
      'lib/network-ap-northeast-2-part-3-stack.ts',
      'lib/network-ap-northeast-2-stack.ts',
      'package.json',
      'README.md',
      'tsconfig.json',
    ]);
    const app = files.find((file) => file.path === 'bin/app.ts')!.contents;
    // Account numbers and regions come from the context, which holds the design's values.
    expect(app).toContain('env: { account: accountOf(app, "net"), region: regionOf(app, "ap-northeast-2") }');
    expect(app).toContain('env: { region: regionOf(app, "ap-northeast-1") }');
    const cdkJson = JSON.parse(files.find((file) => file.path === 'cdk.json')!.contents);
    expect(cdkJson.context['@aws-cdk/core:validateAgainstDefaultRules']).toBe(true);
    expect(cdkJson.context['landing-zone:account:net']).toBe('111111111111');
    expect(cdkJson.context['landing-zone:region:ap-northeast-1']).toBe('ap-northeast-1');
    expect(cdkJson.context['landing-zone:region:ap-northeast-2']).toBe('ap-northeast-2');
  });

  it('asks for broker passwords as NoEcho parameters and never writes one', () => {
    const network = generateCdk(everyKind()).find((file) => file.path === 'lib/network-ap-northeast-2-stack.ts')!.contents;
    const password = /const (param\w+AdminPassword) = new CfnParameter\(this, "\w+", \{\n\s+type: "String",\n\s+noEcho: true,/g;
    expect([...network.matchAll(password)]).toHaveLength(2);
    expect(network).toMatch(/password: param\w+AdminPassword\.valueAsString/);
    expect(network).not.toMatch(/password: "/);
  });

  it('passes values between two accounts of a region through SSM parameters shared with the consumer', () => {
    const files = generateCdk(seedExamples().find(({ name }) => name === 'eks-ecs-peering')!.design);
    const text = (path: string) => files.find((file) => file.path === path)!.contents;
    const accepter = text('lib/team-ecs-ap-northeast-2-stack.ts');
    const requester = text('lib/team-eks-ap-northeast-2-part-2-stack.ts');
    const accepterRoutes = text('lib/team-ecs-ap-northeast-2-part-2-stack.ts');
    // The accepter's first stack writes its VPC id and the accepting role's ARN, shared with the requester's account.
    expect(accepter).toMatch(/new ssm\.CfnParameter\(this, "VpcVpcBRefParameter", \{\n\s+name: "\/landing-zone\/team-ecs-ap-northeast-2\/VpcVpcBRef",/);
    expect(accepter).toMatch(/new iam\.CfnRole\(this, "PeeringABAccepterRole"/);
    expect(accepter).toMatch(/new ram\.CfnResourceShare\(this, "SharedValues", \{[\s\S]*?principals: \[accountOf\(this, "team-eks"\)\]/);
    // The requester reads them by ARN when it deploys; then the accepter's routes read the peering.
    expect(requester).toMatch(
      /type: "AWS::SSM::Parameter::Value\\u003cString\\u003e",\n\s+default: "arn:aws:ssm:" \+ this\.region \+ ":" \+ accountOf\(this, "team-ecs"\) \+ ":parameter\/landing-zone\/team-ecs-ap-northeast-2\/VpcVpcBRef",/,
    );
    expect(requester).toMatch(/peerRoleArn: paramPeeringABPeerRoleArn\.valueAsString/);
    expect(accepterRoutes).toMatch(/vpcPeeringConnectionId: paramPeeringABRef\.valueAsString/);
    const app = text('bin/app.ts');
    expect(app).toContain('stackTeamEksApNortheast2Part2.addDependency(stackTeamEcsApNortheast2);');
    expect(app).toContain('stackTeamEcsApNortheast2Part2.addDependency(stackTeamEksApNortheast2Part2);');
    expect(JSON.parse(text('package.json')).scripts.deploy).toBe('cdk deploy --all');
  });

  it('names the SSM parameter to pass where CloudFormation cannot read it (another region)', () => {
    const files = generateCdk(everyKind());
    const network = files.find((file) => file.path === 'lib/network-ap-northeast-2-part-2-stack.ts')!.contents;
    expect(network).toMatch(/peerVpcId: paramVpcSpokeRef\.valueAsString/);
    expect(network).toMatch(/description: "VPC spoke: the value of SSM parameter \/landing-zone\/app-ap-northeast-1\/VpcSpokeRef \(account app, ap-northeast-1\)/);
    expect(network).toMatch(/peerOwnerId: paramAccountAppNumber\.valueAsString/);
    expect(network).toMatch(/peerRegion: regionOf\(this, "ap-northeast-1"\)/);
    expect(files.find((file) => file.path === 'README.md')!.contents).toContain('`network-ap-northeast-2-part-2:VpcSpokeRef`');
  });
});

describe('hostile names', () => {
  const files = generateCdk(hostileNames());

  it('appear only inside string literals, intact, and comments hold no user text', () => {
    const everything = files.filter((file) => file.path.endsWith('.ts'));
    expect(everything.length).toBeGreaterThan(2);
    const allStrings: string[] = [];
    for (const file of everything) {
      const { strings, code, comments, errors } = split(file.contents);
      expect(errors, file.path).toBe(0);
      for (const marker of ['jndi', 'process.exit', 'alert', 'throw', '</script', 'line\nbreak', '\u2028']) {
        expect(code, `${file.path}: ${marker}`).not.toContain(marker);
      }
      for (const comment of comments) expect([HEADER, ...Object.values(COMMENTS)].some((fixed) => fixed.includes(comment)), comment).toBe(true);
      allStrings.push(...strings);
    }
    // Each hostile name survives whole somewhere (a description, an API name), not only
    // mangled; the DEL and C1 one happens to label only tagged resources, where AWS refuses them.
    for (const name of HOSTILE.filter((text) => !/[\u007f-\u009f]/.test(text))) expect(allStrings.some((value) => value.includes(name)), name).toBe(true);
  });

  it('parse as TypeScript without syntax errors', () => {
    for (const file of files.filter((candidate) => candidate.path.endsWith('.ts'))) {
      const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), file.path).toEqual([]);
    }
  });
});

describe('golden files', () => {
  const cases = [...seedExamples(), ...FIXTURES.map((fixture) => fixture())];
  it('exist for every seed example', () => {
    expect(seedExamples().length).toBeGreaterThanOrEqual(5);
  });
  for (const { name, design } of cases) {
    it(`${name} matches test/golden/cdk/${name} (UPDATE_GOLDEN=1 rewrites)`, () => {
      const dir = join(GOLDEN, name);
      const files = generateCdk(design);
      if (process.env.UPDATE_GOLDEN === '1') {
        rmSync(dir, { recursive: true, force: true });
        for (const file of files) {
          mkdirSync(dirname(join(dir, file.path)), { recursive: true });
          writeFileSync(join(dir, file.path), file.contents);
        }
      }
      expect(existsSync(dir), `no golden for ${name}; run with UPDATE_GOLDEN=1`).toBe(true);
      const onDisk = listFiles(dir).map((path) => relative(dir, path)).sort();
      expect(onDisk).toEqual(files.map((file) => file.path).sort());
      for (const file of files) expect(file.contents, file.path).toBe(readFileSync(join(dir, file.path), 'utf8'));
    });
  }
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('generated landing zones', () => {
  it('export without error to code that parses, whatever the seed', () => {
    for (let seed = 1; seed <= 6; seed++) {
      for (const file of generateCdk(syntheticLandingZone({ seed, resources: 300 + 100 * seed }))) {
        if (!file.path.endsWith('.ts')) continue;
        const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
        const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
        expect(diagnostics.length, `seed ${seed} ${file.path}`).toBe(0);
      }
    }
  });
});

describe('a large landing zone', () => {
  // CloudFormation refuses a stack with over 500 resources, 200 parameters or 200 outputs.
  it('is split into stacks CloudFormation accepts, each part taking values only from earlier ones', () => {
    const files = generateCdk(syntheticLandingZone({ seed: 1, resources: 5_000 }));
    const stacks = files.filter((file) => file.path.startsWith('lib/'));
    expect(stacks.length).toBeGreaterThan(20);
    const app = files.find((file) => file.path === 'bin/app.ts')!.contents;
    const order = [...app.matchAll(/new (\w+)\(app,/g)].map((match) => match[1]!);
    for (const stack of stacks) {
      const text = stack.contents;
      expect(text.match(/new \w+\.Cfn\w+\(this/g)?.length ?? 0, stack.path).toBeLessThanOrEqual(500);
      expect(text.match(/new CfnParameter\(/g)?.length ?? 0, stack.path).toBeLessThanOrEqual(200);
      const outputs = text.match(/new CfnOutput\(/g)?.length ?? 0;
      expect(outputs, stack.path).toBeLessThanOrEqual(200);
    }
    // A part's props come from stacks constructed before it.
    for (const match of app.matchAll(/^ {2}(\w+): (\w+)\.\1,$/gm)) {
      const producer = match[2]!;
      const declared = app.indexOf(`const ${producer} = new `);
      expect(declared, producer).toBeGreaterThanOrEqual(0);
      expect(declared).toBeLessThan(match.index);
    }
    expect(new Set(order).size).toBe(order.length);
  });
});
