/*
 * Account numbers and regions come from the app's context: cdk.json holds the design's
 * values ("landing-zone:account:<account id>", "landing-zone:region:<region>"). Change them
 * there, or pass one to a command: cdk deploy --all -c landing-zone:account:<account id>=<number>.
 * A region's availability zones are named in the stacks: a stack moved to another region
 * needs its subnets' zones changed too. A snippet's values from outside its selection are
 * context values too ("landing-zone:outside:<id>:<attribute>"), empty until set.
 */
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
