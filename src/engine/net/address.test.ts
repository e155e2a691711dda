import fc from 'fast-check';
import { IPv6, Validator } from 'ip-num';
import { describe, expect, it } from 'vitest';
import { formatIpv6, looksLikeAddress, parseAddress } from './address.ts';

const reasonOf = (value: unknown, form: 'address' | 'cidr' = 'cidr', version?: 4 | 6) => {
  const result = parseAddress(value, version ? { form, version } : { form });
  if (result.ok) throw new Error(`${String(value)} should be refused`);
  return result.reason;
};

describe('IPv6 zone ids', () => {
  it('are refused in a block, naming the zone and what to write instead', () => {
    expect(reasonOf('2001:db8::%1/64')).toBe(
      '"2001:db8::%1/64": 2001:db8::%1 has a zone id (%1); AWS VPC addresses have no zone ids, so write 2001:db8::.',
    );
    expect(reasonOf('fe80::1%eth0/128')).toContain('has a zone id (%eth0)');
  });

  it('are refused in a single address', () => {
    expect(reasonOf('fe80::1%eth0', 'address')).toBe(
      '"fe80::1%eth0": fe80::1%eth0 has a zone id (%eth0); AWS VPC addresses have no zone ids, so write fe80::1.',
    );
    expect(reasonOf('fe80::%', 'address')).toContain('has a zone id (%)');
  });
});

describe('IPv4 text', () => {
  it('names a leading zero instead of only saying it is not an address', () => {
    expect(reasonOf('010.0.0.0/8')).toBe(
      '"010.0.0.0/8": 010.0.0.0 is not an IPv4 address: 010 has a leading zero (write 10; some tools read a leading zero as octal).',
    );
    expect(reasonOf('10.0.00.1', 'address')).toContain('00 has a leading zero (write 0;');
    expect(parseAddress('10.0.0.0/8', { form: 'cidr' }).ok).toBe(true);
  });

  it('quotes the value when the other family is given', () => {
    expect(reasonOf('::/0', 'cidr', 4)).toBe(
      '"::/0" is an IPv6 CIDR block; an IPv4 CIDR block is needed here.',
    );
    expect(reasonOf('10.0.0.0/16', 'cidr', 6)).toBe(
      '"10.0.0.0/16" is an IPv4 CIDR block; an IPv6 CIDR block is needed here.',
    );
    expect(reasonOf('2001:db8::1', 'address', 4)).toContain(
      'is an IPv6 address; an IPv4 address is needed here',
    );
  });

  it('tells a block from an address', () => {
    expect(reasonOf('10.0.0.1/32', 'address')).toBe(
      '"10.0.0.1/32" is a block, not a single address: write it without the /32.',
    );
    expect(reasonOf('10.0.0.1')).toContain('is not in CIDR notation');
  });
});

describe('IPv6 text', () => {
  it('proposes the block an address with host bits probably meant', () => {
    expect(reasonOf('2001:db8::1/56')).toBe(
      '"2001:db8::1/56" has host bits set: a /56 block starts at 2001:db8::, so write 2001:db8::/56.',
    );
  });

  it('refuses two :: and too many groups', () => {
    expect(reasonOf('2001::db8::/64')).toContain('is not an IPv6 address');
    expect(reasonOf('1:2:3:4:5:6:7:8:9', 'address')).toContain('is not an IPv6 address');
    expect(reasonOf('1:2:3:4:5:6:7', 'address')).toContain('is not an IPv6 address');
    expect(reasonOf('12345::', 'address')).toContain('is not an IPv6 address');
  });

  it('writes addresses as RFC 5952 does', () => {
    expect(formatIpv6(0n)).toBe('::');
    expect(formatIpv6(1n)).toBe('::1');
    expect(formatIpv6(0x20010db8000000000000000000000000n)).toBe('2001:db8::');
    expect(formatIpv6(0x20010db8000000010000000000000001n)).toBe('2001:db8:0:1::1');
    expect(formatIpv6(0x20010db8000100010001000100010001n)).toBe('2001:db8:1:1:1:1:1:1');
  });
});

describe('anything at all', () => {
  it('answers every string and every JSON value with a block or a reason, never a throw', () => {
    const alphabet = fc.constantFrom(...'0123456789abcdefABCDEF:./%-xz '.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: alphabet, maxLength: 50 }),
          fc.string({ maxLength: 80 }),
          fc.anything(),
        ),
        fc.constantFrom('address' as const, 'cidr' as const),
        fc.constantFrom(undefined, 4 as const, 6 as const),
        (value, form, version) => {
          const result = parseAddress(value, version ? { form, version } : { form });
          if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('agrees with ip-num on every well-formed IPv6 address', () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        (groups, upper) => {
          const full = groups.map((g) => g.toString(16)).join(':');
          const text = formatIpv6(IPv6.fromString(full).getValue());
          const written = upper ? text.toUpperCase() : text;
          expect(Validator.isValidIPv6String(written)[0]).toBe(true);
          const ours = parseAddress(written, { form: 'address' });
          expect(ours.ok && ours.block.first).toBe(IPv6.fromString(full).getValue());
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
  });
});

describe('looksLikeAddress', () => {
  it('tells addresses from resource ids in a free-text field', () => {
    for (const text of [
      '10.0.0.1',
      '010.0.0.1',
      '10.0.0',
      'fe80::1%eth0',
      '2001:db8::/64',
      '1:2:3',
      '10%1',
    ])
      expect(looksLikeAddress(text), text).toBe(true);
    for (const text of ['web', 'tg-1', 'i-0abc', '123', 'svc.orders', 'tgw:rt1', 'a:b'])
      expect(looksLikeAddress(text), text).toBe(false);
  });
});
