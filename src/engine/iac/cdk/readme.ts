/** The generated app's README: what to create first, the deployment order and what to pass. */
import type { ExportContext } from './context.ts';
import { environmentContext, givenValues } from './environment.ts';
import type { StackWriter } from './writer.ts';

export function readme(ctx: ExportContext, stacks: readonly StackWriter[]): string {
  const title = ctx.design.name || 'Landing zone';
  const waves = [...new Set(stacks.map((stack) => stack.wave))].sort((a, b) => a - b);
  const environments = [...new Map(stacks.map((stack) => [stack.env.key, stack.env])).values()];
  const crossAccount = stacks.some((stack) => stack.dependsOn.size > 0);
  const lines: string[] = [
    `# ${oneLine(title)}: CDK app`,
    '',
    'One stack per account and region, written with L1 (`Cfn*`) constructs so that the templates hold exactly the',
    'designed CIDR blocks, routes and rules. cdk-nag\'s AwsSolutions checks run on every synth: a finding the design',
    'accepts on purpose is acknowledged in code (`Validations.of(...).acknowledge`) with its reason, any other fails it.',
    '',
    '## Before the first deployment',
    '',
    '- Node.js 20 or later, then `npm ci`.',
    '- Credentials for the account you deploy from, and every target account and region bootstrapped:',
    '',
    '```sh',
    ...environments.map(
      (env) =>
        `npx cdk bootstrap aws://${env.accountNumber ?? '<account number>'}/${env.region}${environments.length > 1 ? ' --trust <deploying account>' : ''}`,
    ),
    '```',
    '',
  ];
  const context = Object.entries(environmentContext(ctx));
  if (context.length > 0) {
    lines.push(
      '## Accounts and regions',
      '',
      'The stacks take account numbers and regions from the app\'s context, which `cdk.json` sets to the design\'s',
      '(`lib/environment.ts` reads and checks them). To deploy to other accounts, change them there or pass them to',
      'each command, e.g. `npx cdk deploy --all -c landing-zone:account:<account id>=<number>`; bootstrap those instead.',
      '',
      ...context.map(([key, value]) => `- \`${oneLine(key)}\`: ${value}`),
      '',
    );
  }
  const given = givenValues(ctx);
  if (given.size > 0) {
    lines.push(
      '## Values from outside the selection',
      '',
      'This is a snippet: it creates only the selected resources. What they refer to outside the selection exists in',
      'the codebase it goes into; each such value is a context value, empty in `cdk.json` until you set it (or pass it',
      'with `-c`), or replace its `given(this, ...)` with the construct\'s attribute in your own stacks.',
      '',
      ...[...given].map(([key, description]) => `- \`${oneLine(key)}\`: ${oneLine(description)}`),
      '',
    );
  }
  if (crossAccount) {
    lines.push(
      '## Values that cross accounts and regions',
      '',
      'CloudFormation cannot import a value from another account or region. The stack that owns the value writes it',
      'to an SSM parameter under `/landing-zone/<stack>/`. Where both accounts are in one region, the parameter is',
      'advanced tier and shared with the consuming account through AWS RAM (the `SharedValues` resource share), and',
      'the consuming stack reads it by ARN with an `AWS::SSM::Parameter::Value<String>` parameter when it deploys: no',
      'value is copied by hand. Accounts outside one AWS Organization with RAM sharing enabled must accept the',
      'share\'s invitation (`aws ram accept-resource-share-invitation`) before their next stack deploys.',
      '',
      'That is why an account may have several stacks: a stack only ever waits for stacks of earlier waves, so two',
      'accounts that refer to each other (a peering, a shared transit gateway) deploy in steps instead of in a cycle.',
      '',
    );
  }
  lines.push('## Deployment order', '', '`npm run deploy` deploys every stack in this order (`cdk deploy --all`; the dependencies are declared with `addDependency`).');
  if (waves.length > 1) lines.push('To stop between waves, for instance to accept RAM invitations, run `npm run deploy:wave-1`, `npm run deploy:wave-2`, and so on.');
  lines.push('');
  for (const wave of waves) {
    if (waves.length > 1) lines.push(`Wave ${wave}:`, '');
    for (const stack of stacks.filter((candidate) => candidate.wave === wave)) {
      lines.push(`- \`${stack.stackId}\`: account ${stack.env.accountNumber ?? oneLine(ctx.index.get(stack.env.account)?.name || stack.env.account || 'of the deployer')}, ${stack.env.region}`);
    }
    lines.push('');
  }
  const inputs = stacks.flatMap((stack) => stack.inputs.map((input) => ({ stack, ...input })));
  if (inputs.length > 0) {
    lines.push(
      '## Parameters to pass',
      '',
      'These have no default: pass them with `--parameters <stack>:<name>=<value>` (secrets are NoEcho).',
      '',
      ...inputs.map(({ stack, id, description }) => `- \`${stack.stackId}:${id}\`: ${oneLine(description)}`),
      '',
    );
  }
  return lines.join('\n');
}

/** Design text on one Markdown line, never markup. */
function oneLine(text: string): string {
  return text.replace(/[\s\u2028\u2029]+/g, ' ').replace(/[`*_<>[\]#|\\]/g, (char) => `\\${char}`);
}
