import { describe, expect, it } from 'vitest';
import {
  cidrBlock,
  contains,
  containsIp,
  freeBlock,
  isPrivateIpv4,
  isValidCidr,
  nthAddress,
  overlaps,
  parseCidr,
  parseIp,
  usableAddresses,
} from './cidr.ts';

const reasonOf = (text: string) => {
  const result = parseCidr(text);
  if (result.ok) throw new Error(`${text} should be refused`);
  return result.reason;
};
const block = (text: string) => {
  const parsed = cidrBlock(text);
  if (!parsed) throw new Error(`${text} is not a CIDR`);
  return parsed;
};

describe('parseCidr refuses, saying what is wrong', () => {
  it('a prefix longer than /32', () => {
    expect(reasonOf('10.0.0.0/33')).toBe(
      '"10.0.0.0/33": the prefix length /33 is not between /0 and /32.',
    );
  });

  it('an octet over 255', () => {
    expect(reasonOf('300.1.1.1/16')).toBe(
      '"300.1.1.1/16": 300.1.1.1 is not an IPv4 address (four numbers from 0 to 255).',
    );
  });

  it('host bits set, proposing the block it probably meant', () => {
    expect(reasonOf('10.0.0.1/16')).toBe(
      '"10.0.0.1/16" has host bits set: a /16 block starts at 10.0.0.0, so write 10.0.0.0/16.',
    );
    expect(reasonOf('10.0.1.0/16')).toContain('write 10.0.0.0/16');
  });

  it('text that is not CIDR notation at all', () => {
    expect(reasonOf('10.0.0.0')).toContain('is not in CIDR notation');
    expect(reasonOf('10.0.0.0/16/2')).toContain('is not in CIDR notation');
    expect(reasonOf(' 10.0.0.0/16')).toContain('empty or has spaces');
    expect(reasonOf('')).toContain('empty or has spaces');
    expect(reasonOf('10.0.0.0/x')).toContain('the prefix length /x is not between /0 and /32');
  });

  it('bad IPv6 blocks', () => {
    expect(reasonOf('2001:db8::/129')).toContain(
      'the prefix length /129 is not between /0 and /128',
    );
    expect(reasonOf('2001:db8::1/56')).toContain('has host bits set');
    expect(reasonOf('2001:zz8::/56')).toContain('2001:zz8:: is not an IPv6 address');
  });
});

describe('parseCidr accepts', () => {
  it('IPv4 blocks from /0 to /32', () => {
    expect(parseCidr('10.0.0.0/16')).toEqual({
      ok: true,
      block: { text: '10.0.0.0/16', version: 4, prefix: 16, first: 167772160n, last: 167837695n },
    });
    expect(isValidCidr('0.0.0.0/0')).toBe(true);
    expect(isValidCidr('10.0.0.5/32')).toBe(true);
  });

  it('IPv6 blocks', () => {
    const v6 = block('2001:db8::/56');
    expect(v6).toMatchObject({ version: 6, prefix: 56 });
    expect(v6.last - v6.first + 1n).toBe(1n << 72n);
    expect(isValidCidr('::/0')).toBe(true);
  });
});

describe('block arithmetic', () => {
  it('overlaps: shared addresses, same IP version only', () => {
    expect(overlaps(block('10.0.0.0/16'), block('10.0.255.0/24'))).toBe(true);
    expect(overlaps(block('10.0.0.0/16'), block('10.1.0.0/16'))).toBe(false);
    expect(overlaps(block('10.0.0.0/24'), block('10.0.0.128/25'))).toBe(true);
    expect(overlaps(block('0.0.0.0/0'), block('::/0'))).toBe(false);
  });

  it('contains: the inner block lies wholly inside the outer', () => {
    expect(contains(block('10.0.0.0/16'), block('10.0.1.0/24'))).toBe(true);
    expect(contains(block('10.0.1.0/24'), block('10.0.0.0/16'))).toBe(false);
    expect(contains(block('10.0.0.0/16'), block('10.0.0.0/16'))).toBe(true);
    expect(contains(block('2001:db8::/56'), block('2001:db8:0:1::/64'))).toBe(true);
    expect(containsIp(block('203.0.113.0/24'), parseIp('203.0.113.7')!)).toBe(true);
    expect(containsIp(block('203.0.113.0/24'), parseIp('203.0.114.7')!)).toBe(false);
  });

  it('freeBlock finds the first aligned block that overlaps nothing taken', () => {
    const taken = ['10.0.0.0/24', '10.0.1.0/24', '10.0.3.0/24'].map(block);
    expect(freeBlock('10.0.0.0/16', 24, taken)).toBe('10.0.2.0/24');
    expect(freeBlock('10.0.0.0/16', 23, taken)).toBe('10.0.4.0/23');
    // A taken block that is not aligned to the wanted size is jumped over.
    expect(freeBlock('10.0.0.0/16', 20, [block('10.0.8.0/22')])).toBe('10.0.16.0/20');
    expect(freeBlock('10.0.0.0/24', 24, [block('10.0.0.0/25')])).toBeUndefined();
    expect(freeBlock('10.0.0.0/16', 8, [])).toBeUndefined();
    expect(freeBlock('not a cidr', 24, [])).toBeUndefined();
    expect(freeBlock('10.0.0.0/16', 16, [block('2001:db8::/56')])).toBe('10.0.0.0/16');
  });

  it('addresses: parseIp, usable addresses in a subnet, the n-th address, private ranges', () => {
    expect(parseIp('10.0.0.1')).toMatchObject({ prefix: 32, version: 4 });
    expect(parseIp('2001:db8::1')).toMatchObject({ prefix: 128, version: 6 });
    expect(parseIp('10.0.0.0/8')).toBeUndefined();
    expect(parseIp('10.0.0.256')).toBeUndefined();
    expect(usableAddresses(block('10.0.0.0/28'))).toBe(11);
    expect(usableAddresses(block('10.0.0.0/32'))).toBe(0);
    expect(nthAddress(block('10.0.1.0/24'), 10)).toBe('10.0.1.10');
    expect(isPrivateIpv4(block('100.64.1.0/24'))).toBe(true);
    expect(isPrivateIpv4(block('172.32.0.0/16'))).toBe(false);
    expect(isPrivateIpv4(block('192.168.4.0/24'))).toBe(true);
  });
});
