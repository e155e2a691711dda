import { describe, expect, it } from 'vitest';
import { from } from '../testing/builder.ts';
import { edgeVpc, errors, findingsOf, twoVpcs } from './network-test-helpers.ts';

const withNat = (subnet: string, fields: Record<string, unknown> = {}) =>
  edgeVpc()
    .add('elastic-ip', 'eip', { parent: 'acct-net' })
    .add('nat-gateway', 'nat', { parent: subnet, elasticIps: ['eip'], ...fields })
    .routes('vpc-rtb-main', { destination: '0.0.0.0/0', target: 'nat' });

describe('IGW', () => {
  it('refuses a second internet gateway', () => {
    const subject = edgeVpc().add('internet-gateway', 'igw-2', { parent: 'vpc' }).build();
    expect(findingsOf(subject, 'IGW')[0]?.message).toContain('a VPC can have only one');
  });

  it('refuses an instance called from the internet without a public address', () => {
    const subject = edgeVpc().add('instance', 'web', { parent: 'pub-a' }).add('external', 'users', { connectsTo: ['web'] }).build();
    expect(findingsOf(subject, 'IGW')[0]?.message).toContain('no public IPv4 address');
  });

  it('warns about a public address in a private subnet', () => {
    const subject = edgeVpc().add('instance', 'web', { parent: 'priv-a', publicIp: true }).build();
    expect(findingsOf(subject, 'IGW')[0]?.severity).toBe('warning');
  });

  it('stays quiet for a public instance in a public subnet', () => {
    const subject = edgeVpc().add('instance', 'web', { parent: 'pub-a', publicIp: true }).add('external', 'users', { connectsTo: ['web'] }).build();
    expect(findingsOf(subject, 'IGW')).toEqual([]);
  });
});

describe('NAT-PUBLIC', () => {
  it('refuses a public NAT gateway in a private subnet; moving it to the public subnet of its AZ fixes it', () => {
    const subject = withNat('priv-a').build();
    const [found] = findingsOf(subject, 'NAT-PUBLIC');
    expect(found?.message).toContain('is in `priv-a`, a private subnet');
    const move = found!.fixes!.find((f) => f.id === 'move-to-public-subnet')!;
    expect(move.title).toContain('`pub-a`');
    const applied = move.apply(subject);
    expect(applied.ok && findingsOf(applied.design, 'NAT-PUBLIC').filter((f) => f.severity === 'error')).toEqual([]);
    expect(applied.ok && errors(applied.design)).toEqual([]);
  });

  it('or routing its subnet to the internet gateway fixes it without touching the other subnets', () => {
    const subject = withNat('priv-a').build();
    const route = findingsOf(subject, 'NAT-PUBLIC')[0]!.fixes!.find((f) => f.id === 'route-to-internet-gateway')!;
    const applied = route.apply(subject);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(findingsOf(applied.design, 'NAT-PUBLIC').filter((f) => f.severity === 'error')).toEqual([]);
    expect(errors(applied.design)).toEqual([]);
    const privC = applied.design.resources.find((r) => r.id === 'priv-c');
    expect(privC?.kind === 'subnet' && privC.routeTable).toBeUndefined();
  });

  it('refuses a public NAT gateway without an Elastic IP, and allocates one as a fix', () => {
    const subject = withNat('pub-a', { elasticIps: [] }).build();
    const found = findingsOf(subject, 'NAT-PUBLIC');
    expect(found.map((f) => f.ruleId)).toEqual(['NAT-PUBLIC:eip', 'NAT-PUBLIC:cross-az']);
    const applied = found[0]!.fixes![0]!.apply(subject);
    expect(applied.ok && findingsOf(applied.design, 'NAT-PUBLIC').map((f) => f.ruleId)).toEqual(['NAT-PUBLIC:cross-az']);
    expect(applied.ok && errors(applied.design)).toEqual([]);
  });

  it('warns when a subnet uses the NAT gateway of another AZ', () => {
    const found = findingsOf(withNat('pub-a').build(), 'NAT-PUBLIC');
    expect(found.map((f) => [f.ruleId, f.resourceIds[0]])).toEqual([['NAT-PUBLIC:cross-az', 'priv-c']]);
  });

  it('stays quiet with one NAT gateway per AZ in public subnets', () => {
    const subject = withNat('pub-a')
      .add('elastic-ip', 'eip-c', { parent: 'acct-net' })
      .add('nat-gateway', 'nat-c', { parent: 'pub-c', elasticIps: ['eip-c'] })
      .add('route-table', 'rt-c', { parent: 'vpc', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nat-c' }] })
      .update('priv-c', { routeTable: 'rt-c' })
      .build();
    expect(findingsOf(subject, 'NAT-PUBLIC')).toEqual([]);
  });
});

describe('NAT-PRIVATE and NAT-REGIONAL', () => {
  it('refuses internet routes to a private NAT gateway', () => {
    const subject = withNat('priv-a', { connectivity: 'private', elasticIps: [] }).build();
    expect(findingsOf(subject, 'NAT-PRIVATE')[0]?.message).toContain('cannot reach the internet');
  });

  it('accepts a private NAT gateway for private ranges', () => {
    const subject = edgeVpc()
      .add('nat-gateway', 'pnat', { parent: 'priv-a', connectivity: 'private', elasticIps: [] })
      .routes('vpc-rtb-main', { destination: '192.168.0.0/16', target: 'pnat' })
      .build();
    expect(findingsOf(subject, 'NAT-PRIVATE')).toEqual([]);
  });

  it('notes a regional NAT gateway, and stays quiet for zonal ones', () => {
    expect(findingsOf(withNat('pub-a', { availabilityMode: 'regional' }).build(), 'NAT-REGIONAL')).toHaveLength(1);
    expect(findingsOf(withNat('pub-a').build(), 'NAT-REGIONAL')).toEqual([]);
  });
});

describe('EIGW', () => {
  const base = () => edgeVpc().add('egress-only-internet-gateway', 'eigw', { parent: 'vpc' });
  it('refuses IPv4 routes to an egress-only internet gateway', () => {
    expect(findingsOf(base().routes('rt-public', { destination: '192.0.2.0/24', target: 'eigw' }).build(), 'EIGW')).toHaveLength(1);
  });
  it('accepts ::/0', () => {
    expect(findingsOf(base().routes('rt-public', { destination: '::/0', target: 'eigw' }).build(), 'EIGW')).toEqual([]);
  });
});

describe('BPA', () => {
  it('warns that bidirectional Block Public Access stops the NAT gateway', () => {
    const subject = withNat('pub-a').update('vpc', { blockPublicAccess: 'bidirectional' }).build();
    expect(findingsOf(subject, 'BPA')[0]?.message).toContain('`nat`');
  });
  it('stays quiet when it is off', () => {
    expect(findingsOf(withNat('pub-a').build(), 'BPA')).toEqual([]);
  });
});

describe('VPC-INTERNET-PATH', () => {
  const calling = (scheme: string) =>
    from(twoVpcs().add('internet-gateway', 'igw-b', { parent: 'vpc-b' }).build())
      .add('alb', 'alb-b', { parent: 'b-1', subnets: ['b-2'], scheme })
      .add('instance', 'client', { parent: 'a-1', upstream: { target: 'alb-b', protocol: 'tcp', port: 443 } })
      .build();

  it('notes that a call to another VPC’s internet-facing load balancer leaves the AWS network', () => {
    const [found] = findingsOf(calling('internet-facing'), 'VPC-INTERNET-PATH');
    expect(found?.severity).toBe('info');
    expect(found?.message).toContain('`client` in `vpc-a` calls `alb-b` in `vpc-b` at its public address');
  });

  it('stays quiet for an internal endpoint', () => {
    expect(findingsOf(calling('internal'), 'VPC-INTERNET-PATH')).toEqual([]);
  });
});
