import { describe, expect, it } from 'vitest';
import { describeParseError, parseDesign, serializeDesign } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { findingsOf } from './service-testing.ts';

/** An account with its network in `region` and the customer gateway of its office. */
function office(gateway: Record<string, unknown> = {}, region = 'ap-northeast-2') {
  return design('office VPN')
    .account('net')
    .vpc('main', 'net', '10.0.0.0/16', { region })
    .add('customer-gateway', 'office', { parent: 'net', ...gateway })
    .build();
}

describe('CGW-ASN', () => {
  it('stays quiet for AWS’s default ASN and for a 4-byte private one', () => {
    expect(findingsOf(office(), 'CGW-ASN')).toEqual([]);
    expect(findingsOf(office({ bgpAsn: 4_200_000_001 }), 'CGW-ASN')).toEqual([]);
  });

  it('refuses 0 and 4,294,967,295, which no BGP speaker may use', () => {
    for (const bgpAsn of [0, 4_294_967_295]) {
      const [error, ...rest] = findingsOf(office({ bgpAsn }), 'CGW-ASN');
      expect(rest).toEqual([]);
      expect(error).toMatchObject({ ruleId: 'CGW-ASN:range', severity: 'error', resourceIds: ['office'] });
    }
  });

  it('refuses 7224 in any Region, and 9059 only where AWS keeps it (eu-west-1)', () => {
    expect(findingsOf(office({ bgpAsn: 7224 }), 'CGW-ASN').map((f) => f.ruleId)).toEqual(['CGW-ASN:reserved']);
    expect(findingsOf(office({ bgpAsn: 9059 }), 'CGW-ASN')).toEqual([]);
    const [error] = findingsOf(office({ bgpAsn: 9059 }, 'eu-west-1'), 'CGW-ASN');
    expect(error?.message).toContain('which AWS reserves in eu-west-1');
  });
});

describe('CGW-IP', () => {
  it('stays quiet for a public static address, and for a private one when the device has a certificate', () => {
    expect(findingsOf(office({ ipAddress: '198.51.100.7' }), 'CGW-IP')).toEqual([]);
    const certificateArn = 'arn:aws:acm:ap-northeast-2:111122223333:certificate/0f8c1a3e-2b7d-4c9e-8a61-5d2f3b4c6e7a';
    expect(findingsOf(office({ ipAddress: '10.20.0.1', certificateArn }), 'CGW-IP')).toEqual([]);
  });

  it('warns about a private address and a carrier-grade NAT one without a certificate', () => {
    const [privateOne] = findingsOf(office({ ipAddress: '192.168.10.1' }), 'CGW-IP');
    expect(privateOne).toMatchObject({ severity: 'warning', resourceIds: ['office'] });
    expect(privateOne?.message).toContain('a private (RFC 1918) address');
    const [shared] = findingsOf(office({ ipAddress: '100.72.3.4' }), 'CGW-IP');
    expect(shared?.message).toContain('carrier-grade NAT (RFC 6598)');
  });
});

describe('the customer gateway in a file', () => {
  it('refuses an outside address that is not IPv4, naming the resource and the field', () => {
    const file = JSON.parse(serializeDesign(office())) as { resources: Record<string, unknown>[] };
    for (const r of file.resources) if (r.id === 'office') r.ipAddress = '2001:db8::1';
    const parsed = parseDesign(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatchObject({ type: 'invalid-resource', resourceId: 'office' });
      expect(describeParseError(parsed.error)).toMatch(/ipAddress.*IPv4/s);
    }
  });
});
