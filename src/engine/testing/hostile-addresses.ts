/**
 * Design files with an IPv6 zone id in each kind of address field: a block, a single
 * address and a free-text target. Used by the parser, share-link, CLI and app tests.
 */
import { serializeDesign } from '../model/index.ts';
import { design } from './builder.ts';

export const ZONE_ID_BASE = design('zone ids')
  .account('net', { name: 'network' })
  .vpc('main', 'net', '10.0.0.0/16')
  .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
  .add('instance', 'web', { parent: 'a', securityGroups: ['main-sg-default'] })
  .add('target-group', 'tg', {
    parent: 'main',
    targetType: 'ip',
    protocol: 'TCP',
    port: 443,
    targets: [{ target: '10.0.1.10' }],
  })
  .build();

type RawResource = Record<string, unknown>;

export interface ZoneIdCase {
  /** The field, as the parse error names it (within `resources.<n>.`). */
  readonly field: string;
  readonly resourceId: string;
  readonly value: string;
  /** The reason the parser gives for the value. */
  readonly reason: string;
  readonly set: (resource: RawResource) => void;
}

const ETH0 =
  '"fe80::1%eth0": fe80::1%eth0 has a zone id (%eth0); AWS VPC addresses have no zone ids, so write fe80::1.';

export const ZONE_ID_CASES: readonly ZoneIdCase[] = [
  {
    field: 'ipv6Cidr',
    resourceId: 'a',
    value: '2001:db8::%1/64',
    reason:
      '"2001:db8::%1/64": 2001:db8::%1 has a zone id (%1); AWS VPC addresses have no zone ids, so write 2001:db8::.',
    set: (r) => (r.ipv6Cidr = '2001:db8::%1/64'),
  },
  {
    field: 'privateIp',
    resourceId: 'web',
    value: 'fe80::1%eth0',
    reason: ETH0,
    set: (r) => (r.privateIp = 'fe80::1%eth0'),
  },
  {
    field: 'targets.0.target',
    resourceId: 'tg',
    value: 'fe80::1%eth0',
    reason: ETH0,
    set: (r) => (r.targets = [{ target: 'fe80::1%eth0' }]),
  },
];

/** Cases as `it.each` rows: a title and the case. */
export const zoneIdRows = () =>
  ZONE_ID_CASES.map((zoneCase) => [`${zoneCase.resourceId}.${zoneCase.field}`, zoneCase] as const);

/** The text of the base design with one zone-id case applied. */
export function zoneIdFile(zoneCase: ZoneIdCase): { text: string; index: number } {
  const file = JSON.parse(serializeDesign(ZONE_ID_BASE)) as { resources: RawResource[] };
  const index = file.resources.findIndex((r) => r.id === zoneCase.resourceId);
  zoneCase.set(file.resources[index]!);
  return { text: JSON.stringify(file), index };
}
