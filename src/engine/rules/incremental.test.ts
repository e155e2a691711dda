import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addResource,
  connect,
  moveResource,
  newResource,
  removeResources,
  updateResource,
  type Design,
  type OpResult,
} from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { syntheticLandingZone } from '../testing/synthetic.ts';
import { changedKinds, createValidator, validate, type Finding } from './index.ts';

/** A small landing zone touching most network kinds, as the base for random edits. */
function base(): Design {
  return design()
    .account('network', { organization: 'o-1' })
    .account('dept-a', { organization: 'o-1' })
    .vpc('main', 'network', '10.0.0.0/16')
    .vpc('sat', 'dept-a', '10.1.0.0/24')
    .vpc('other', 'dept-a', '10.2.0.0/16')
    .subnet('pub-a', 'main', '10.0.0.0/24', 'ap-northeast-2a')
    .subnet('priv-a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('priv-c', 'main', '10.0.2.0/24', 'ap-northeast-2c')
    .subnet('sat-a', 'sat', '10.1.0.0/25', 'ap-northeast-2a')
    .subnet('other-a', 'other', '10.2.0.0/24', 'ap-northeast-2a')
    .add('internet-gateway', 'igw', { parent: 'main' })
    .add('route-table', 'rt-pub', {
      parent: 'main',
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { destination: '0.0.0.0/0', target: 'igw' },
      ],
    })
    .update('pub-a', { routeTable: 'rt-pub' })
    .add('elastic-ip', 'eip', { parent: 'network' })
    .add('nat-gateway', 'nat', { parent: 'pub-a', elasticIps: ['eip'] })
    .routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'nat' })
    .connect('sat', 'main')
    .connect('priv-a', 'dept-a')
    .add('security-group', 'sg-a', { parent: 'main', account: 'dept-a', ingress: [], egress: [] })
    .add('instance', 'app', { parent: 'priv-a', account: 'dept-a', securityGroups: ['sg-a'] })
    .add('transit-gateway', 'tgw', {
      parent: 'network',
      routeTables: [{ id: 'tgw-rt', name: 'rt', routes: [] }],
    })
    .connect('other', 'tgw')
    .build();
}

const CIDRS = [
  '10.0.0.0/16',
  '10.1.0.0/24',
  '10.2.0.0/16',
  '10.0.3.0/24',
  '10.0.0.0/8',
  '0.0.0.0/0',
  '169.254.169.0/24',
  '172.17.0.0/16',
  '10.0.1.0/24',
];
const AZS = ['ap-northeast-2a', 'ap-northeast-2c', 'us-east-1a'];

type Edit = (d: Design, pick: (n: number) => number) => OpResult;
const ids = (d: Design, kind?: string) =>
  d.resources.filter((r) => !kind || r.kind === kind).map((r) => r.id);
const any = <T>(list: readonly T[], pick: (n: number) => number) => list[pick(list.length)];

const EDITS: Edit[] = [
  (d, p) => updateResource(d, any(ids(d), p) ?? '', { name: `renamed-${p(100)}` }),
  (d, p) => updateResource(d, any(ids(d, 'vpc'), p) ?? '', { cidrs: [any(CIDRS, p)!] }),
  (d, p) => {
    const table = d.resources.find((r) => r.id === any(ids(d, 'route-table'), p));
    if (table?.kind !== 'route-table') return { ok: false, reason: '' };
    return updateResource(d, table.id, {
      routes: [...table.routes, { destination: any(CIDRS, p)!, target: any(ids(d), p)! }],
    });
  },
  (d, p) => removeResources(d, [any(ids(d), p) ?? '']),
  (d, p) =>
    addResource(
      d,
      newResource(d, 'subnet', {
        parent: any(ids(d, 'vpc'), p),
        cidr: any(CIDRS, p),
        availabilityZone: any(AZS, p),
      }),
    ),
  (d, p) => connect(d, any(ids(d, 'vpc'), p) ?? '', any(ids(d, 'vpc'), p) ?? ''),
  (d, p) =>
    updateResource(d, any(ids(d, 'vpc-peering'), p) ?? '', {
      status: p(2) ? 'active' : 'pending-acceptance',
    }),
  (d, p) => updateResource(d, any(ids(d, 'subnet'), p) ?? '', { availabilityZone: any(AZS, p) }),
  (d, p) =>
    addResource(
      d,
      newResource(d, 'nat-gateway', {
        parent: any(ids(d, 'subnet'), p),
        connectivity: p(2) ? 'public' : 'private',
        elasticIps: [],
      }),
    ),
  (d, p) => updateResource(d, any(ids(d, 'instance'), p) ?? '', { publicIp: p(2) === 1 }),
  (d, p) => connect(d, any(ids(d, 'subnet'), p) ?? '', any(ids(d, 'account'), p) ?? ''),
  (d, p) => connect(d, any(ids(d, 'vpc'), p) ?? '', 'tgw'),
  (d, p) => moveResource(d, any(ids(d, 'instance'), p) ?? '', any(ids(d, 'subnet'), p)),
  (d, p) =>
    updateResource(d, any(ids(d, 'security-group'), p) ?? '', {
      ingress: [
        {
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          peer: { kind: 'security-group', securityGroup: any(ids(d, 'security-group'), p) },
        },
      ],
    }),
  (d, p) =>
    addResource(
      d,
      newResource(d, 'instance', {
        parent: any(ids(d, 'subnet'), p),
        account: any(ids(d, 'account'), p),
        securityGroups: ids(d, 'security-group').slice(0, p(3)),
      }),
    ),
  (d, p) =>
    addResource(
      d,
      newResource(d, p(2) ? 'alb' : 'nlb', {
        parent: any(ids(d, 'subnet'), p),
        account: any(ids(d, 'account'), p),
        scheme: p(2) ? 'internal' : 'internet-facing',
        listeners: [{ protocol: 'TCP', port: 443 }],
      }),
    ),
  (d, p) =>
    updateResource(d, any(ids(d, 'subnet'), p) ?? '', {
      tags: { 'kubernetes.io/role/elb': '1' },
      mapPublicIpOnLaunch: p(2) === 1,
    }),
  (d, p) =>
    updateResource(d, any(ids(d, 'nat-gateway'), p) ?? '', {
      connectivity: p(2) ? 'public' : 'private',
      availabilityMode: p(2) ? 'zonal' : 'regional',
    }),
  (d, p) =>
    addResource(
      d,
      newResource(d, 'elastic-ip', { parent: any(ids(d, 'account'), p), region: 'ap-northeast-2' }),
    ),
];

/** What a user sees of a finding (fixes by id: they are functions). */
const seen = (findings: Finding[]) =>
  findings.map(({ fixes, ...rest }) => ({
    ...rest,
    fixes: (fixes ?? []).map((f) => `${f.id}: ${f.title}`),
  }));

function checkRandomEdits(start: Design, numRuns: number): void {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(fc.nat(EDITS.length - 1), fc.array(fc.nat(1000), { minLength: 6, maxLength: 6 })),
        { maxLength: 12 },
      ),
      (steps) => {
        const validator = createValidator();
        let current = start;
        expect(seen(validator.validate(current))).toEqual(seen(validate(current)));
        for (const [which, numbers] of steps) {
          let k = 0;
          const pick = (n: number) => (n <= 0 ? 0 : numbers[k++ % numbers.length]! % n);
          const result = EDITS[which]!(current, pick);
          if (!result.ok) continue;
          current = result.design;
          expect(seen(validator.validate(current))).toEqual(seen(validate(current)));
        }
      },
    ),
    { numRuns },
  );
}

describe('createValidator', () => {
  it('gives the same findings as a full validation after every random edit', () => {
    checkRandomEdits(base(), 150);
  });

  it('does so on a synthetic landing zone of many VPCs, where rules re-check single VPCs', () => {
    checkRandomEdits(syntheticLandingZone({ seed: 7, resources: 400 }), 30);
  });

  it('re-runs nothing when only the layout changed', () => {
    const start = base();
    const validator = createValidator();
    const first = validator.validate(start);
    expect(validator.validate({ ...start, layout: { main: { x: 1, y: 2 } } })).toBe(first);
  });
});

describe('changedKinds', () => {
  it('names the kinds of updated, added and removed resources only', () => {
    const start = base();
    const renamed = updateResource(start, 'nat', { name: 'egress' });
    expect(renamed.ok && [...changedKinds(start, renamed.design)]).toEqual(['nat-gateway']);
    const removed = removeResources(start, ['app']);
    expect(removed.ok && [...changedKinds(start, removed.design)]).toEqual(['instance']);
  });
});
