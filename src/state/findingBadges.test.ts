import { describe, expect, it } from 'vitest';
import { indexDesign } from '../engine/model/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { design } from '../engine/testing/builder.ts';
import { badgeTarget, findingBadges, findingCounts, sameBadges } from './findingBadges.ts';

const d = design()
  .account('net')
  .vpc('main', 'net', '10.0.0.0/16')
  .vpc('other', 'net', '10.1.0.0/16')
  .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
  .add('security-group', 'sg', { parent: 'main' })
  .add('nlb', 'nlb-1', { parent: 'a' })
  .connect('main', 'other')
  .build();
const peering = d.resources.find((r) => r.kind === 'vpc-peering')!.id;

const found = (severity: Finding['severity'], resourceIds: string[], message = 'something is wrong'): Finding => ({
  ruleId: 'TEST',
  severity,
  resourceIds,
  message,
  docUrl: 'https://docs.aws.amazon.com/',
});

describe('finding badges', () => {
  it('go on the first resource, counting errors and warnings apart, with every message in the tooltip', () => {
    const badges = findingBadges(d, [found('error', ['nlb-1', 'a'], 'first'), found('error', ['nlb-1'], 'second'), found('warning', ['nlb-1'], 'third')]);
    expect(Object.keys(badges)).toEqual(['nlb-1']);
    const [errors, warnings] = badges['nlb-1']!;
    expect(errors).toMatchObject({ tone: 'error', label: '✖ 2' });
    expect(errors!.title).toContain('TEST: first');
    expect(errors!.title).toContain('TEST: second');
    expect(warnings).toMatchObject({ tone: 'warning', label: '▲ 1' });
  });

  it('carry their counts as numbers, which the diagram export reads rather than the labels', () => {
    const badges = findingBadges(d, [...Array.from({ length: 12 }, () => found('error', ['nlb-1'])), found('warning', ['sg'])]);
    expect(badges['nlb-1']).toMatchObject([{ tone: 'error', count: 12, label: '✖ 12' }]);
    expect(findingCounts(badges)).toEqual(new Map([['nlb-1', { errors: 12, warnings: 0 }], ['main', { errors: 0, warnings: 1 }]]));
    // A label is for people: reworded, it changes nothing the export counts.
    const relabelled = { 'nlb-1': badges['nlb-1']!.map((b) => ({ ...b, label: 'many' })) };
    expect(findingCounts(relabelled).get('nlb-1')).toEqual({ errors: 12, warnings: 0 });
  });

  it('lend a security group finding to its VPC, and a peering finding to the next resource named, else its requester VPC', () => {
    const index = indexDesign(d);
    expect(badgeTarget(index, ['sg'])).toBe('main');
    expect(badgeTarget(index, [peering, 'other', 'main'])).toBe('other');
    expect(badgeTarget(index, [peering])).toBe('main');
  });

  it('leave info findings and vanished resources off the canvas', () => {
    expect(findingBadges(d, [found('info', ['nlb-1']), found('error', ['gone'])])).toEqual({});
  });

  it('compare equal when they would draw the same', () => {
    const a = findingBadges(d, [found('error', ['nlb-1'])]);
    expect(sameBadges(a, findingBadges(d, [found('error', ['nlb-1'])]))).toBe(true);
    expect(sameBadges(a, findingBadges(d, [found('error', ['nlb-1'], 'other text')]))).toBe(false);
    expect(sameBadges(a, {})).toBe(false);
  });
});
