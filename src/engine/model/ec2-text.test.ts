import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidRuleDescription, refusedDescriptionCharacters, sanitizeRuleDescription } from './ec2-text.ts';

describe('security-group rule descriptions', () => {
  it('accepts the characters EC2 allows and refuses the others', () => {
    expect(isValidRuleDescription('from the ALB: tcp/8080 (web) #1, ops@corp [a+b=c; {x}! $y*]')).toBe(true);
    expect(isValidRuleDescription('from the environment’s ALB')).toBe(false);
    expect(isValidRuleDescription('a & b')).toBe(false);
    expect(isValidRuleDescription('x'.repeat(256))).toBe(false);
    expect(refusedDescriptionCharacters('it’s “quoted” – ok’')).toEqual(['’', '“', '”', '–']);
  });

  it('writes the nearest accepted text', () => {
    expect(sanitizeRuleDescription('from the environment’s ALB')).toBe('from the environments ALB');
    expect(sanitizeRuleDescription('Café – “prod” & ops')).toBe('Cafe - prod + ops');
    expect(sanitizeRuleDescription('already fine: tcp/443')).toBe('already fine: tcp/443');
  });

  it('always gives text EC2 accepts, and leaves accepted text as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const clean = sanitizeRuleDescription(text);
        expect(isValidRuleDescription(clean)).toBe(true);
        expect(sanitizeRuleDescription(clean)).toBe(clean);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9._\-:/()#,@[\]+=;{}!$*]([a-zA-Z0-9 ._\-:/()#,@[\]+=;{}!$*]{0,50}[a-zA-Z0-9._\-:/()#,@[\]+=;{}!$*])?$/), (text) => {
        fc.pre(!/ {2}/.test(text));
        expect(sanitizeRuleDescription(text)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
