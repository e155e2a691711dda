import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/indexes.ts';
import { tracePath } from './path.ts';
import { REASON_TEXT, hopWords, namer, reasonText, verdictSentence, verdictWords } from './reasons.ts';
import { allow, oneVpc, run } from './testing.ts';
import { REASONS } from './types.ts';

const design = () =>
  oneVpc()
    .add('instance', 'app', { parent: 'a', name: 'web' })
    .add('instance', 'db', { parent: 'c' })
    .update('main-sg-default', { ingress: [allow('10.0.0.0/16', 5432)] });

const sentence = (d: ReturnType<ReturnType<typeof design>['build']>, port: number) => {
  const result = run(d, 'app', 'db', port);
  const index = indexDesign(d);
  return verdictSentence(verdictWords(result, namer(index), tracePath(index, result)));
};

describe('the words of a trace', () => {
  it('has a sentence for every reason code', () => {
    for (const reason of REASONS) expect(reasonText(reason), reason).toBe(REASON_TEXT[reason]);
    expect(new Set(REASONS.map(reasonText)).size).toBe(REASONS.length);
    expect(reasonText('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('names resources by name with the id, and says who dropped a blocked flow and at which box', () => {
    const d = design().build();
    expect(sentence(d, 5432)).toBe('✓ Reachable: tcp/5432 from web (app) to db: the request arrives and the reply gets back.');
    expect(sentence(d, 22)).toBe('✗ Blocked: tcp/22 from web (app) to db: a security group does not allow it (SG_DENY). Dropped by default (main-sg-default) at db.');
  });

  it('says when the reply is what was dropped', () => {
    const d = design()
      .add('network-acl', 'acl-a', {
        parent: 'main',
        inbound: [{ ruleNumber: 100, protocol: 'tcp', fromPort: 1, toPort: 1023, cidr: '0.0.0.0/0', action: 'allow' }],
        outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }],
      })
      .update('a', { networkAcl: 'acl-a' })
      .build();
    expect(sentence(d, 5432)).toMatch(/^✗ Blocked on the way back: .*: a network ACL denies the reply \(REPLY_NACL_DENY\)\. Dropped by acl-a at a\.$/);
  });

  it('gives a hop its step without the reply prefix and its resource by name', () => {
    const d = design().build();
    const result = run(d, 'app', 'db', 5432);
    const last = result.reply.at(-1)!;
    expect(hopWords(last, namer(indexDesign(d)))).toMatchObject({ step: 'deliver', decision: 'allow', resource: 'web (app)' });
  });
});
