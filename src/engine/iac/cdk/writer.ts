/**
 * One stack's source being written: its constructs, the props it takes from earlier parts
 * of its environment and the fields it gives later ones, the parameters it takes from
 * other environments and the outputs it gives them (see context.ts).
 */
import type { Environment } from './context.ts';
import { code, type Code, descriptionText, pascal, render, str, type Value } from './literal.ts';

/** `name.member.member`: the common case, read without scanning for strings. */
const MEMBER = /^([A-Za-z_$][\w$]*)(?:\.[\w$]+)*$/;
const STRING = /"(?:[^"\\\n]|\\.)*"/g;
const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/** Module alias -> import path; aliases are the prefixes of class names (`ec2.CfnVPC`). */
export const MODULES: Readonly<Record<string, string>> = {
  amazonmq: 'aws-cdk-lib/aws-amazonmq',
  apigateway: 'aws-cdk-lib/aws-apigateway',
  apigatewayv2: 'aws-cdk-lib/aws-apigatewayv2',
  autoscaling: 'aws-cdk-lib/aws-autoscaling',
  cr: 'aws-cdk-lib/custom-resources',
  directconnect: 'aws-cdk-lib/aws-directconnect',
  ec2: 'aws-cdk-lib/aws-ec2',
  ecs: 'aws-cdk-lib/aws-ecs',
  eks: 'aws-cdk-lib/aws-eks',
  elasticbeanstalk: 'aws-cdk-lib/aws-elasticbeanstalk',
  elbv2: 'aws-cdk-lib/aws-elasticloadbalancingv2',
  iam: 'aws-cdk-lib/aws-iam',
  lambda: 'aws-cdk-lib/aws-lambda',
  logs: 'aws-cdk-lib/aws-logs',
  networkfirewall: 'aws-cdk-lib/aws-networkfirewall',
  ram: 'aws-cdk-lib/aws-ram',
  servicediscovery: 'aws-cdk-lib/aws-servicediscovery',
  ssm: 'aws-cdk-lib/aws-ssm',
};

const CORE = ['Stack', 'StackProps', 'CfnParameter', 'CfnOutput', 'Tags', 'Fn', 'Aws', 'App', 'Construct', 'Validations', 'Annotations'];

/** What lib/environment.ts gives every stack: account numbers and regions from the app's context. */
export const ENVIRONMENT_HELPERS = ['accountOf', 'regionOf', 'given'] as const;

interface Parameter {
  readonly varName: string;
  readonly props: Value;
  readonly constructId: string;
}

/** The comments a stack's source holds besides the header: fixed text, never a name from the design. */
export const COMMENTS = {
  props: '/** Values from earlier stacks of the same account and region (CDK exports and imports them). */',
  fields: '// Values later stacks of the same account and region take as props: imports of comma-separated outputs.',
  vpnAttachment: '// A VPN on a transit gateway: associate and propagate its attachment after deploying (CloudFormation does not return the attachment id).',
  dxAttachment: '// A Direct Connect gateway on a transit gateway: associate and propagate its attachment after deploying (CloudFormation does not return the attachment id).',
  peeringAccept: '// A transit gateway peering: accept it in the peer account and Region, then add its routes and associations (CloudFormation has no accepter).',
  refused: '// AWS will refuse this as designed (exported with --force): the warnings after it say why.',
  environment: `/*
 * Account numbers and regions come from the app's context: cdk.json holds the design's
 * values ("landing-zone:account:<account id>", "landing-zone:region:<region>"). Change them
 * there, or pass one to a command: cdk deploy --all -c landing-zone:account:<account id>=<number>.
 * A region's availability zones are named in the stacks: a stack moved to another region
 * needs its subnets' zones changed too. A snippet's values from outside its selection are
 * context values too ("landing-zone:outside:<id>:<attribute>"), empty until set.
 */`,
} as const;

/** Values per exported field: well inside an output's size with ids of ~25 characters. */
const EXPORT_CHUNK = 40;

export class StackWriter {
  /** Names no variable may take: module aliases, core imports, constructor parameters. */
  static readonly RESERVED = [...Object.keys(MODULES), ...CORE, ...ENVIRONMENT_HELPERS, 'this', 'props', 'scope', 'id', 'app', 'cdk', 'sharedValues', 'sdkCallProvider'];

  private readonly modules = new Set<string>();
  private readonly helpers = new Set<(typeof ENVIRONMENT_HELPERS)[number]>();
  private readonly core = new Set<string>(['Stack', 'StackProps']);
  private readonly parameters = new Map<string, Parameter>();
  private readonly outputs = new Map<string, string>();
  /** Statements; a declaration keeps its variable apart, to drop it when nothing reads it. */
  private readonly statements: (string | { readonly varName: string; readonly call: string })[] = [];
  private readonly outputsCode: string[] = [];
  private readonly acknowledged = new Map<string, string>();
  /** Acknowledgements that hold only for what the finished stack holds (see acknowledgeOnWhen). */
  private readonly conditionalAcks: { varName: string; id: string; reason: string; when: () => boolean }[] = [];
  private readonly constructed = new Set<string>();
  private readonly providerAcks = new Map<string, string>();
  /**
   * Values later parts read, by reference key: joined into comma-separated outputs of at
   * most EXPORT_CHUNK values, since a stack has at most 200 outputs.
   */
  private readonly exposed = new Map<string, { field: string; index: number }>();
  private readonly exposedFields: { field: string; outputId: string; values: Code[] }[] = [];
  /** Fields this part takes from earlier parts as props. */
  readonly imports = new Map<string, { field: string; producer: StackWriter }>();
  /** Stacks of other environments this one reads values from: deployed before it. */
  readonly dependsOn = new Set<StackWriter>();
  /** Values written to SSM for other environments, and the accounts they are shared with. */
  private readonly published = new Map<string, { name: string; arn?: string }>();
  private readonly publishedCode: { varName: string; name: string; shared: boolean }[] = [];
  private readonly sharedWith = new Set<string>();
  /** Names read by code; only code (never a string literal) is scanned. */
  private readonly used = new Set<string>();
  private readonly countNames = (text: string): void => {
    const simple = MEMBER.exec(text);
    if (simple) this.used.add(simple[1]!);
    else for (const name of text.replace(STRING, '""').match(IDENTIFIER) ?? []) this.used.add(name);
  };
  resourceCount = 0;
  /** Characters of construct source so far: a template runs to at most about 1.3 bytes per character. */
  sourceSize = 0;
  private readonly declared = new Set<string>();

  declares(varName: string): boolean {
    return this.declared.has(varName);
  }

  constructor(
    readonly env: Environment,
    readonly className: string,
    readonly fileName: string,
    readonly stackId: string,
    /** Deployment wave (see context.ts): every stack of a wave deploys after those of earlier waves. */
    readonly wave = 1,
    private readonly onDeclare: (varName: string) => void = () => {},
  ) {}

  get vars() {
    return this.env.vars;
  }

  get ids() {
    return this.env.ids;
  }

  get parameterCount(): number {
    return this.parameters.size;
  }

  /** `const v = new mod.Class(this, "Id", {...});` and returns `v` (or nothing without a var). */
  construct(varName: string | undefined, className: string, constructId: string, props: Value): Code {
    this.use(className);
    this.constructed.add(className);
    this.resourceCount++;
    const call = `new ${className}(this, ${str(constructId)}, ${render(props, '    ', this.countNames)})`;
    this.sourceSize += call.length;
    this.statements.push(varName ? { varName, call } : `${call};`);
    if (varName) {
      this.declared.add(varName);
      this.onDeclare(varName);
    }
    return code(varName ?? '');
  }

  /** A construct that nothing refers to by variable; its id is made unique here. */
  add(className: string, wantedId: string, props: Value): void {
    this.construct(undefined, className, this.ids.take(wantedId), props);
  }

  statement(text: string, ...uses: string[]): void {
    for (const use of uses) this.use(use);
    this.countNames(text);
    this.statements.push(text);
  }

  tag(varName: string, key: string, value: string): void {
    this.core.add('Tags');
    this.used.add(varName);
    this.statements.push(`Tags.of(${varName}).add(${str(key)}, ${str(value)});`);
  }

  use(name: string): void {
    const alias = name.split('.')[0]!;
    if (alias in MODULES) this.modules.add(alias);
    else if (CORE.includes(alias)) this.core.add(alias);
  }

  /** The number of a design account the app's context gives (cdk.json, the design's number by default). */
  accountOf(account: string): Code {
    if (account === this.env.account) return code('this.account');
    this.helpers.add('accountOf');
    return code(`accountOf(this, ${str(account)})`);
  }

  /** The region the app's context deploys a design region to (cdk.json, the same region by default). */
  regionOf(region: string): Code {
    if (region === this.env.region) return code('this.region');
    this.helpers.add('regionOf');
    return code(`regionOf(this, ${str(region)})`);
  }

  /** Context values a snippet's stack reads (what its selection names outside), by key, with what each is. */
  readonly givens = new Map<string, string>();

  /** A value of a resource outside a snippet: a context value the codebase it goes into sets. */
  given(key: string, description: string): Code {
    this.helpers.add('given');
    if (!this.givens.has(key)) this.givens.set(key, descriptionText(description));
    return code(`given(this, ${str(key)})`);
  }

  /** A value this stack takes from outside (another environment's output, a secret, an account number). */
  parameter(key: string, wantedId: string, props: Value): Code {
    let parameter = this.parameters.get(key);
    if (!parameter) {
      this.core.add('CfnParameter');
      const constructId = this.ids.take(wantedId);
      const description = (props as { description?: unknown }).description;
      if (typeof description === 'string') props = { ...(props as Record<string, Value>), description: descriptionText(description) };
      parameter = { varName: this.vars.take(`param${constructId}`), props, constructId };
      this.parameters.set(key, parameter);
    }
    return code(`${parameter.varName}.valueAsString`);
  }

  /** Parameters the deployer gives (no default): their ids and descriptions, for the README. */
  get inputs(): { id: string; description: string }[] {
    return [...this.parameters.values()]
      .map(({ props, constructId }) => ({ props: props as Record<string, unknown>, constructId }))
      .filter(({ props }) => props.default === undefined)
      .map(({ props, constructId }) => ({ id: constructId, description: String(props.description ?? '') }));
  }

  /** Exposes a value under an output id others' parameters are named after. */
  output(key: string, wantedId: string, value: Code, description: string): string {
    const existing = this.outputs.get(key);
    if (existing) return existing;
    const constructId = this.ids.take(wantedId);
    this.outputs.set(key, constructId);
    this.core.add('CfnOutput');
    this.outputsCode.push(`new CfnOutput(this, ${str(constructId)}, ${render({ value, description: descriptionText(description) }, '    ', this.countNames)});`);
    return constructId;
  }

  /**
   * Writes `value` to an SSM parameter for a stack of another environment. With `consumer`
   * (the reading stack, of another account of the design), the parameter is advanced tier and
   * shared with that account through RAM, and its ARN is returned as the consumer's code: what
   * its `AWS::SSM::Parameter::Value<String>` parameter reads.
   */
  publish(key: string, wantedId: string, value: Code, what: string, consumer: StackWriter | undefined): { name: string; arn?: Code } {
    const account = consumer?.env.account;
    let entry = this.published.get(key);
    if (!entry) {
      const outputId = this.output(key, wantedId, value, `${what} (used by another stack)`);
      const name = `/landing-zone/${this.stackId}/${outputId}`;
      const varName = this.vars.take(`value${outputId}`);
      const shared = account !== undefined;
      this.construct(varName, 'ssm.CfnParameter', this.ids.take(`${outputId}Parameter`), {
        name,
        type: 'String',
        value,
        tier: shared ? 'Advanced' : undefined,
        description: descriptionText(`${what} (read by another account or region)`),
      });
      this.publishedCode.push({ varName, name, shared });
      if (shared) this.used.add(varName);
      entry = { name };
      this.published.set(key, entry);
    }
    // Shared or not is settled by the first consumer; a later one in another account reads it as a plain parameter.
    if (account === undefined || !this.publishedCode.find((published) => published.name === entry.name)?.shared) return { name: entry.name };
    this.sharedWith.add(account);
    this.use('ram');
    const partition = this.env.region.startsWith('cn-') ? 'aws-cn' : this.env.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
    const arn = [`arn:${partition}:ssm:`, consumer!.regionOf(this.env.region), ':', consumer!.accountOf(this.env.account), `:parameter${entry.name}`];
    return { name: entry.name, arn: code(arn.map((part) => (typeof part === 'string' ? str(part) : part.text)).join(' + ')) };
  }

  /** Makes `value` readable by later parts of the environment: a field and a position in it. */
  expose(key: string, value: Code): { field: string; index: number } {
    let exposed = this.exposed.get(key);
    if (!exposed) {
      let last = this.exposedFields[this.exposedFields.length - 1];
      if (!last || last.values.length >= EXPORT_CHUNK) {
        const field = this.env.fields.take(`valuesOf${this.className.replace(/Stack$/, '')}`);
        last = { field, outputId: this.ids.take(pascal(field)), values: [] };
        this.exposedFields.push(last);
      }
      exposed = { field: last.field, index: last.values.length };
      last.values.push(value);
      this.countNames(value.text);
      this.core.add('Fn');
      this.core.add('CfnOutput');
      this.exposed.set(key, exposed);
    }
    return exposed;
  }

  /** A value an earlier part of the environment exposes, taken from its props. */
  importProp(field: string, index: number, producer: StackWriter): Code {
    if (!this.imports.has(field)) this.imports.set(field, { field, producer });
    this.core.add('Fn');
    return code(`Fn.select(${index}, Fn.split(",", props.${field}))`);
  }

  /** Accepts a finding on one construct (our reason, never user text); an id may hold the stack's account and region as code. */
  acknowledgeOn(varName: string, id: string | Code, reason: string): void {
    this.core.add('Validations');
    this.used.add(varName);
    this.statements.push(`Validations.of(${varName}).acknowledge(${render({ id, reason }, '    ')});`);
  }

  /** Like acknowledgeOn, for a finding that depends on the rest of the stack: decided when it is rendered. */
  acknowledgeOnWhen(varName: string, id: string, reason: string, when: () => boolean): void {
    this.conditionalAcks.push({ varName, id, reason, when });
  }

  /** Accepts a finding on the function CDK makes for the stack's SDK calls (our reason, never user text). */
  acknowledgeProvider(id: string, reason: string): void {
    if (this.providerAcks.has(id)) return;
    this.providerAcks.set(id, reason);
    this.core.add('Validations');
  }

  /** Where the next statement goes: for `refused`, which marks what is written from here on. */
  get mark(): number {
    return this.statements.length;
  }

  /**
   * What AWS will refuse about the construct `varName` and what was written with it since `mark`
   * (an export forced past errors): a comment above, and each reason as a synth warning, since
   * a reason may quote the design's names, which only ever go into string literals.
   */
  refused(varName: string, mark: number, reasons: readonly string[]): void {
    this.statements.splice(mark, 0, COMMENTS.refused);
    this.core.add('Annotations');
    for (const reason of reasons) this.statement(`Annotations.of(${varName}).addWarningV2("landing-zone:refused", ${str(`AWS will refuse this: ${reason}`)});`);
  }

  /** Whether the stack holds a construct of this class (e.g. `ec2.CfnLaunchTemplate`). */
  has(className: string): boolean {
    return this.constructed.has(className);
  }

  /** Accepts a validation warning the design asks for on purpose (our reason, never user text). */
  acknowledge(id: string, reason: string): void {
    this.core.add('Validations');
    this.acknowledged.set(id, reason);
  }

  get isEmpty(): boolean {
    return this.statements.length === 0 && this.outputsCode.length === 0 && this.exposedFields.length === 0;
  }

  get propsType(): string {
    return this.imports.size > 0 ? `${this.className}Props` : 'StackProps';
  }

  render(header: string): string {
    const acks = this.conditionalAcks.filter((ack) => ack.when());
    // The share's principals are account numbers from the context: the helper is imported above.
    const principals = [...this.sharedWith].sort().map((account) => this.accountOf(account));
    if (acks.length > 0) this.core.add('Validations');
    const lines: string[] = [header, "import { Construct } from 'constructs';"];
    lines.push(`import { ${[...this.core].sort().map((name) => (name === 'StackProps' ? 'type StackProps' : name)).join(', ')} } from 'aws-cdk-lib';`);
    for (const alias of [...this.modules].sort()) lines.push(`import * as ${alias} from '${MODULES[alias]}';`);
    if (this.helpers.size > 0) lines.push(`import { ${[...this.helpers].sort().join(', ')} } from './environment';`);
    lines.push('');
    if (this.imports.size > 0) {
      lines.push(COMMENTS.props);
      lines.push(`export interface ${this.className}Props extends StackProps {`);
      for (const { field } of this.imports.values()) lines.push(`  readonly ${field}: string;`);
      lines.push('}', '');
    }
    lines.push(`export class ${this.className} extends Stack {`);
    if (this.exposedFields.length > 0) {
      lines.push(`  ${COMMENTS.fields}`);
      for (const { field } of this.exposedFields) lines.push(`  readonly ${field}: string;`);
      lines.push('');
    }
    lines.push(`  constructor(scope: Construct, id: string, props${this.imports.size > 0 ? '' : '?'}: ${this.propsType}) {`);
    lines.push('    super(scope, id, props);');
    const body: string[] = [];
    for (const parameter of this.parameters.values()) {
      body.push(`const ${parameter.varName} = new CfnParameter(this, ${str(parameter.constructId)}, ${render(parameter.props, '    ')});`);
    }
    for (const [id, reason] of [...this.acknowledged].sort()) {
      body.push(`Validations.of(this).acknowledge(${render({ id, reason }, '    ')});`);
    }
    const used = new Set([...this.used, ...acks.map((ack) => ack.varName)]);
    for (const statement of this.statements) {
      if (typeof statement === 'string') body.push(statement);
      // `const x = new ...` only where something reads `x`.
      else body.push(used.has(statement.varName) ? `const ${statement.varName} = ${statement.call};` : `${statement.call};`);
    }
    for (const { varName, id, reason } of acks) body.push(`Validations.of(${varName}).acknowledge(${render({ id, reason }, '    ')});`);
    for (const { field, outputId, values } of this.exposedFields) {
      // An explicit export, read through Fn::ImportValue by name: a reference CDK exported itself
      // would carry the whole joined list into the consumer's template at every use.
      const exportName = `${this.stackId}:${field}`;
      body.push(`this.${field} = new CfnOutput(this, ${str(outputId)}, ${render({ value: code(`Fn.join(",", ${render(values, '    ')})`), exportName }, '    ')}).importValue;`);
    }
    if (this.providerAcks.size > 0) {
      // The function AwsCustomResource shares within the stack, found by the id CDK gives it.
      body.push('const sdkCallProvider = this.node.findChild("AWS" + cr.AwsCustomResource.PROVIDER_FUNCTION_UUID.split("-").join(""));');
      for (const [id, reason] of this.providerAcks) body.push(`Validations.of(sdkCallProvider).acknowledge(${render({ id, reason }, '    ')});`);
    }
    body.push(...this.outputsCode);
    const shared = this.publishedCode.filter((entry) => entry.shared);
    if (shared.length > 0) {
      // Advanced-tier parameters shared through RAM: what the consuming accounts' stacks read.
      const arns = shared.map(({ name }) => code(`this.formatArn({ service: "ssm", resource: "parameter", resourceName: ${str(name.slice(1))} })`));
      body.push(
        `const sharedValues = new ram.CfnResourceShare(this, "SharedValues", ${render(
          { name: `${this.stackId} values`, resourceArns: arns, principals, allowExternalPrincipals: true },
          '    ',
        )});`,
        ...shared.map(({ varName }) => `sharedValues.addDependency(${varName});`),
      );
    }
    if (body.length > 0) lines.push('', `    ${body.join('\n    ')}`);
    lines.push('  }', '}', '');
    return lines.join('\n');
  }
}
