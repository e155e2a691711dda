import { describe, expect, it } from 'vitest';
import { AZ_A, allow, group, oneVpc, path, run, show } from './testing.ts';

/** main 10.0.0.0/16 peered with other 10.1.0.0/16; app in main/a, peer-app in other. */
function peered() {
  return oneVpc()
    .vpc('other', 'net', '10.1.0.0/16')
    .subnet('o1', 'other', '10.1.1.0/24', AZ_A)
    .subnet('o2', 'other', '10.1.2.0/24', AZ_A)
    .add('vpc-peering', 'pcx', { requesterVpc: 'main', accepterVpc: 'other' })
    .routes('other-rtb-main', { destination: '10.0.0.0/16', target: 'pcx' })
    .add('instance', 'app', { parent: 'a' })
    .add('instance', 'peer-app', { parent: 'o1' })
    .add('instance', 'peer-db', { parent: 'o2' })
    .update('other-sg-default', { ingress: [allow('10.0.0.0/16')] });
}

describe('route tables', () => {
  it('delivers inside a VPC by the local route', () => {
    const d = oneVpc().add('instance', 'x', { parent: 'a' }).add('instance', 'y', { parent: 'c' }).build();
    const result = run(d, 'x', 'y');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toContain('route main-rtb-main forward');
    expect(result.forward.find((h) => h.step === 'route')?.matched).toBe('10.0.0.0/16 → local');
  });

  it('traffic inside one subnet skips route tables and NACLs', () => {
    const d = oneVpc()
      .add('network-acl', 'closed', { parent: 'main', inbound: [], outbound: [] })
      .update('a', { networkAcl: 'closed' })
      .add('instance', 'x', { parent: 'a' })
      .add('instance', 'y', { parent: 'a' })
      .build();
    const result = run(d, 'x', 'y');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.some((h) => h.step.startsWith('nacl'))).toBe(false);
    expect(result.forward.find((h) => h.step === 'route')?.matched).toBe('same subnet');
  });

  it('a longer prefix beats a shorter route', () => {
    const base = () => peered().add('internet-gateway', 'igw', { parent: 'main' });
    // 0.0.0.0/0 → igw would drop (no public IP); 10.1.0.0/16 → pcx is longer and wins.
    const d = base().routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'igw' }, { destination: '10.1.0.0/16', target: 'pcx' }).build();
    const result = run(d, 'app', 'peer-app');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'route')?.matched).toBe('10.1.0.0/16 → pcx');
    // Only the default route: the private address would go to the internet, where it is lost.
    const onlyDefault = base().routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'igw' }).build();
    const lost = run(onlyDefault, 'app', 'peer-app');
    expect(lost.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'main-rtb-main' });
    expect(lost.forward.at(-1)?.matched).toBe('0.0.0.0/0 → igw');
  });

  it('a more specific blackhole route drops only its own block', () => {
    const d = peered()
      .routes('main-rtb-main', { destination: '10.1.0.0/16', target: 'pcx' }, { destination: '10.1.2.0/24', target: 'nat-deleted' })
      .build();
    expect(run(d, 'app', 'peer-app').verdict).toEqual({ reachable: true });
    const result = run(d, 'app', 'peer-db');
    expect(result.verdict).toEqual({ reachable: false, reason: 'BLACKHOLE', at: 'main-rtb-main' });
    expect(result.forward.at(-1)?.matched).toBe('10.1.2.0/24 → nat-deleted');
  });

  it('a route to a pending peering is a blackhole', () => {
    const d = peered().update('pcx', { status: 'pending-acceptance' }).routes('main-rtb-main', { destination: '10.1.0.0/16', target: 'pcx' }).build();
    expect(run(d, 'app', 'peer-app').verdict).toMatchObject({ reachable: false, reason: 'BLACKHOLE', at: 'pcx' });
  });

  it('a static route beats a propagated one for the same prefix', () => {
    const d = peered()
      .update('main-rtb-main', {
        routes: [
          { destination: '10.0.0.0/16', target: 'local' },
          { destination: '10.1.0.0/16', target: 'vgw-gone', origin: 'propagated' },
          { destination: '10.1.0.0/16', target: 'pcx' },
        ],
      })
      .build();
    expect(run(d, 'app', 'peer-app').verdict).toEqual({ reachable: true });
  });

  it('uses the explicit route table of a subnet, else the main one', () => {
    const d = peered()
      .routes('main-rtb-main', { destination: '10.1.0.0/16', target: 'pcx' })
      .add('route-table', 'rt-a', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }] })
      .update('a', { routeTable: 'rt-a' })
      .add('instance', 'app-c', { parent: 'c' })
      .build();
    expect(run(d, 'app', 'peer-app').verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'rt-a' });
    expect(run(d, 'app-c', 'peer-app').verdict).toEqual({ reachable: true });
  });

  it('a route to an instance needs its source/destination check off', () => {
    const base = () => oneVpc()
      .vpc('other', 'net', '10.1.0.0/16')
      .subnet('o1', 'other', '10.1.1.0/24', AZ_A)
      .add('vpc-peering', 'pcx', { requesterVpc: 'main', accepterVpc: 'other' })
      .add('route-table', 'rt-a', { parent: 'main', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '10.1.0.0/16', target: 'fw' }] })
      .update('a', { routeTable: 'rt-a' })
      .routes('main-rtb-main', { destination: '10.1.0.0/16', target: 'pcx' })
      .routes('other-rtb-main', { destination: '10.0.0.0/16', target: 'pcx' })
      .add('instance', 'app', { parent: 'a' })
      .add('instance', 'peer-app', { parent: 'o1' })
      .update('other-sg-default', { ingress: [allow('10.0.0.0/16')] });
    const checking = group(base().add('instance', 'fw', { parent: 'c', securityGroups: ['sg-fw'] }), 'sg-fw', 'main', [allow('0.0.0.0/0')]).build();
    expect(run(checking, 'app', 'peer-app').verdict).toEqual({ reachable: false, reason: 'SOURCE_DEST_CHECK', at: 'fw' });
    const forwarding = group(base().add('instance', 'fw', { parent: 'c', securityGroups: ['sg-fw'], sourceDestCheck: false }), 'sg-fw', 'main', [allow('0.0.0.0/0')]).build();
    const result = run(forwarding, 'app', 'peer-app');
    // The reply routes straight back by main's main table (local), bypassing the firewall.
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'fw' });
    expect(path(result)).toContain('middlebox fw forward');
  });

  it('without a route there is no path', () => {
    const d = peered().build();
    const result = run(d, 'app', 'peer-app');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'main-rtb-main' });
    expect(result.forward.at(-1)?.decision).toBe('drop');
  });
});
