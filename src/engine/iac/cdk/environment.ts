/**
 * Where a generated app's account numbers and regions come from: its context, which cdk.json
 * sets to the design's values, read and checked by lib/environment.ts in every stack.
 */
import type { ExportContext } from './context.ts';
import { COMMENTS } from './writer.ts';

/** The context keys lib/environment.ts reads, set to the design's account numbers and regions. */
export function environmentContext(ctx: ExportContext): Record<string, string> {
  const context: Record<string, string> = {};
  for (const account of ctx.index.ofKind('account')) if (account.accountId) context[accountKey(account.id)] = account.accountId;
  const regions = new Set(ctx.environments.map((env) => env.region));
  for (const vpc of ctx.index.ofKind('vpc')) regions.add(vpc.region);
  for (const region of [...regions].sort()) context[regionKey(region)] = region;
  return context;
}

/** A snippet's values from outside its selection, by context key, with what each is: no default, the codebase sets them. */
export function givenValues(ctx: ExportContext): Map<string, string> {
  const given = new Map<string, string>();
  for (const stack of ctx.stacks) for (const [key, description] of stack.givens) if (!given.has(key)) given.set(key, description);
  return new Map([...given].sort(([a], [b]) => a.localeCompare(b)));
}

const accountKey = (account: string): string => `landing-zone:account:${account}`;
const regionKey = (region: string): string => `landing-zone:region:${region}`;

/** lib/environment.ts: fixed source, the same in every app. */
export const ENVIRONMENT_SOURCE = `${COMMENTS.environment}
import { ok } from 'node:assert';
import type { IConstruct } from 'constructs';

export function accountOf(scope: IConstruct, account: string): string {
  return contextValue(scope, 'landing-zone:account:' + account, new RegExp('^[0-9]{12}$'), 'a 12-digit AWS account number');
}

export function regionOf(scope: IConstruct, region: string): string {
  return contextValue(scope, 'landing-zone:region:' + region, new RegExp('^[a-z]{2}(-[a-z]+)+-[0-9]+$'), 'an AWS region name such as ap-northeast-2');
}

export function given(scope: IConstruct, key: string): string {
  return contextValue(scope, key, new RegExp('.'), 'set to a value of what the snippet does not create (README.md)');
}

function contextValue(scope: IConstruct, key: string, pattern: RegExp, what: string): string {
  const value: unknown = scope.node.tryGetContext(key);
  const text = typeof value === 'number' ? String(value) : value;
  ok(typeof text === 'string' && pattern.test(text), 'The context value ' + key + ' (cdk.json or -c) must be ' + what + ', not ' + JSON.stringify(value));
  return text;
}
`;
