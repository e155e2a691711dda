import { beforeEach, describe, expect, it } from 'vitest';
import { ZONE_ID_BASE } from '../../engine/testing/hostile-addresses.ts';
import type { Studio } from '../../state/studio.ts';
import { createTestStudio } from '../../state/testStudio.ts';
import { cidrListValue, commitField as commitIn } from './useFieldCommit.ts';

let studio: Studio;
beforeEach(() => {
  studio = createTestStudio({ design: ZONE_ID_BASE, id: 'zone-ids' });
  return () => studio.dispose();
});
const commitField = (resourceId: string, key: string, value: unknown) => commitIn(studio, resourceId, key, value);

describe('typing an address with a zone id into the inspector', () => {
  it('shows the reason in a single-address field and leaves the design alone', () => {
    expect(commitField('web', 'privateIp', 'fe80::1%eth0')).toBe(
      '"fe80::1%eth0": fe80::1%eth0 has a zone id (%eth0); AWS VPC addresses have no zone ids, so write fe80::1.',
    );
    expect(studio.getDesign()).toBe(ZONE_ID_BASE);
  });

  it('shows the reason in a block field', () => {
    expect(commitField('a', 'ipv6Cidr', '2001:db8::%1/64')).toContain('has a zone id (%1)');
    expect(studio.getDesign()).toBe(ZONE_ID_BASE);
  });

  it('names the row of a target-group target', () => {
    expect(
      commitField('tg', 'targets', [{ target: '10.0.1.10' }, { target: 'fe80::1%eth0' }]),
    ).toBe(
      'Row 2, target: "fe80::1%eth0": fe80::1%eth0 has a zone id (%eth0); AWS VPC addresses have no zone ids, so write fe80::1.',
    );
    expect(studio.getDesign()).toBe(ZONE_ID_BASE);
  });

  it('names the entry of a CIDR list that is wrong', () => {
    expect(cidrListValue('10.0.0.0/16, 2001:db8::%1/64', false)).toEqual({
      ok: false,
      reason:
        '"2001:db8::%1/64": 2001:db8::%1 has a zone id (%1); AWS VPC addresses have no zone ids, so write 2001:db8::.',
    });
    expect(cidrListValue('10.0.0.0/16, 10.1.0.0/16', false)).toEqual({
      ok: true,
      value: ['10.0.0.0/16', '10.1.0.0/16'],
    });
    expect(cidrListValue(' ', true)).toEqual({ ok: true, value: undefined });
  });

  it('applies a value that parses', () => {
    expect(commitField('web', 'privateIp', '10.0.1.20')).toBeUndefined();
    expect(studio.getDesign().resources.find((r) => r.id === 'web')).toMatchObject({
      privateIp: '10.0.1.20',
    });
  });
});
