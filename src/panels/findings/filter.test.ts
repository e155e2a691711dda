import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine/rules/types.ts';
import { filterFindings, groupBySeverity, SEVERITIES } from './filter.ts';

const f = (ruleId: string, severity: Finding['severity'], message: string, resourceIds: string[] = []): Finding => ({
  ruleId,
  severity,
  message,
  resourceIds,
  docUrl: 'https://docs.aws.amazon.com/',
});

const findings = [
  f('MQ-SHARED', 'error', 'Broker `orders-mq` is in subnet `shared-a`.', ['mq-1']),
  f('PEER-ROUTES', 'warning', 'Peering has no routes.', ['pcx-1']),
  f('EGRESS-INTERNET', 'info', 'Traffic leaves the AWS network.', ['alb-1']),
];
const names: Record<string, string> = { 'mq-1': 'orders-mq', 'pcx-1': 'a-to-b', 'alb-1': 'public-alb' };
const all = { severities: new Set(SEVERITIES), text: '' };

describe('findings filter', () => {
  it('shows only the chosen severities', () => {
    const shown = filterFindings(findings, { ...all, severities: new Set(['warning', 'info'] as const) }, (id) => names[id]);
    expect(shown.map((x) => x.ruleId)).toEqual(['PEER-ROUTES', 'EGRESS-INTERNET']);
  });

  it('matches every typed word, case apart, against rule id, message and resource names', () => {
    expect(filterFindings(findings, { ...all, text: 'mq-shared' }, (id) => names[id]).map((x) => x.ruleId)).toEqual(['MQ-SHARED']);
    expect(filterFindings(findings, { ...all, text: 'a-to-b' }, (id) => names[id]).map((x) => x.ruleId)).toEqual(['PEER-ROUTES']);
    expect(filterFindings(findings, { ...all, text: 'traffic  public' }, (id) => names[id]).map((x) => x.ruleId)).toEqual(['EGRESS-INTERNET']);
    expect(filterFindings(findings, { ...all, text: 'traffic broker' }, (id) => names[id])).toEqual([]);
  });

  it('groups by severity, keeping order within a group', () => {
    const groups = groupBySeverity([...findings, f('MQ-PUBLIC', 'error', 'x')]);
    expect(groups.error.map((x) => x.ruleId)).toEqual(['MQ-SHARED', 'MQ-PUBLIC']);
    expect(groups.warning).toHaveLength(1);
    expect(groups.info).toHaveLength(1);
  });
});
