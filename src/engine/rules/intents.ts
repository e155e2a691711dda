/**
 * INTENT: every flow the design promises keeps the verdict it expects. This is the check a
 * pull request runs: "the partner still reaches the NLB on 443, and nothing on the internet
 * reaches the database". Each intent is one trace without hops.
 */
import type { Intent } from '../model/index.ts';
import { intentFlowText } from '../model/index.ts';
import { checkFlow, namer, reasonText, trace, type Flow } from '../sim/index.ts';
import type { Finding, Rule, RuleContext } from './types.ts';

const DOC = 'https://docs.aws.amazon.com/vpc/latest/network-access-analyzer/what-is-network-access-analyzer.html';

export const intentFlow = (intent: Intent): Flow => ({
  from: intent.from,
  to: intent.to,
  protocol: intent.protocol,
  port: intent.port,
  ...(intent.fromSubnet ? { fromSubnet: intent.fromSubnet } : {}),
  ...(intent.host ? { host: intent.host } : {}),
});

/** The intent's findings: none when it holds. */
export function checkIntent({ design, index }: RuleContext, intent: Intent): Finding[] {
  const nameOf = namer(index);
  const label = `Intent "${intent.name || intentFlowText(intent, nameOf)}"`;
  const ends = [intent.from, intent.to].filter((id) => index.get(id));
  const finding = (message: string, at?: string): Finding => ({
    // The intent's id as the suffix: the Trace panel's list shows which intent is broken.
    ruleId: `INTENT:${intent.id}`,
    severity: 'error',
    resourceIds: [...new Set([...(at && index.get(at) ? [at] : []), ...ends])],
    message,
    docUrl: DOC,
  });
  const flow = intentFlow(intent);
  const problem = checkFlow(design, flow);
  if (problem) return [finding(`${label} cannot be traced any more: ${problem}.`)];
  const { verdict } = trace(design, flow, { hops: false });
  if (intent.expect === 'reachable' && !verdict.reachable) {
    const why = verdict.reason ? `${reasonText(verdict.reason)} (${verdict.reason})` : 'dropped';
    return [finding(`${label} should be reachable, and it is blocked: ${why}${verdict.at ? `, at ${nameOf(verdict.at)}` : ''}.`, verdict.at)];
  }
  if (intent.expect === 'blocked' && verdict.reachable) return [finding(`${label} should be blocked, and it is reachable: the request arrives and the reply gets back.`)];
  return [];
}

export const intentRule: Rule = {
  id: 'INTENT',
  severity: 'error',
  summary: 'Every intent (a flow the design promises) keeps its expected verdict',
  docUrl: DOC,
  check: (context) => (context.design.intents ?? []).flatMap((intent) => checkIntent(context, intent)),
};
