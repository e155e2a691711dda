import { describe, expect, it } from 'vitest';
import type { NetworkAclEntry } from '../model/fields.ts';
import { allow, allowGroup, group, oneVpc, run, show } from './testing.ts';

const entry = (ruleNumber: number, action: 'allow' | 'deny', cidr: string, fromPort = 0, toPort = 65535, protocol: NetworkAclEntry['protocol'] = fromPort === 0 && toPort === 65535 ? 'all' : 'tcp'): NetworkAclEntry => ({
  ruleNumber,
  protocol,
  fromPort,
  toPort,
  cidr,
  action,
});

/** client in a, server in c; the server's subnet has NACL `acl-c`. */
function naclOnServer(inbound: NetworkAclEntry[], outbound: NetworkAclEntry[], os: 'linux' | 'windows' = 'linux') {
  return oneVpc()
    .add('network-acl', 'acl-c', { parent: 'main', inbound, outbound })
    .update('c', { networkAcl: 'acl-c' })
    .add('instance', 'client', { parent: 'a', operatingSystem: os })
    .add('instance', 'server', { parent: 'c' })
    .build();
}

describe('network ACLs', () => {
  it('allows the request but not the reply when the ephemeral ports are closed (NACL-MODEL)', () => {
    const d = naclOnServer([entry(100, 'allow', '10.0.0.0/16', 443, 443)], [entry(100, 'allow', '10.0.0.0/16', 443, 443)]);
    const result = run(d, 'client', 'server');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'REPLY_NACL_DENY', at: 'acl-c' });
    expect(result.forward.find((h) => h.resourceId === 'acl-c')?.decision).toBe('allow');
    expect(result.reply.at(-1)).toMatchObject({ step: 'reply-nacl-out', decision: 'drop', matched: 'acl-c implicit deny (*)' });
  });

  it('judges the reply by the originator\'s ephemeral range (NACL-EPHEM)', () => {
    const outbound = [entry(100, 'allow', '10.0.0.0/16', 49152, 65535)];
    const inbound = [entry(100, 'allow', '10.0.0.0/16', 443, 443)];
    expect(run(naclOnServer(inbound, outbound, 'windows'), 'client', 'server').verdict).toEqual({ reachable: true });
    const linux = run(naclOnServer(inbound, outbound, 'linux'), 'client', 'server');
    expect(linux.verdict).toEqual({ reachable: false, reason: 'REPLY_NACL_DENY', at: 'acl-c' });
    expect(linux.reply.at(-1)?.note).toContain('32768-49151');
  });

  it('the lowest rule number decides, then the implicit deny', () => {
    const denyFirst = naclOnServer([entry(50, 'deny', '10.0.1.0/24', 443, 443), entry(100, 'allow', '0.0.0.0/0')], [entry(100, 'allow', '0.0.0.0/0')]);
    const result = run(denyFirst, 'client', 'server');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NACL_DENY', at: 'acl-c' });
    expect(result.forward.at(-1)?.matched).toContain('#50 deny');
    const allowFirst = naclOnServer([entry(50, 'allow', '0.0.0.0/0'), entry(100, 'deny', '10.0.1.0/24', 443, 443)], [entry(100, 'allow', '0.0.0.0/0')]);
    expect(run(allowFirst, 'client', 'server').verdict).toEqual({ reachable: true });
    const empty = naclOnServer([], [entry(100, 'allow', '0.0.0.0/0')]);
    expect(run(empty, 'client', 'server').forward.at(-1)?.matched).toBe('acl-c implicit deny (*)');
  });
});

describe('security groups', () => {
  function servers(ingress: Parameters<typeof group>[3], egress?: Parameters<typeof group>[4]) {
    const b = oneVpc()
      .add('prefix-list', 'pl-office', { parent: 'net', cidrs: ['10.0.1.0/24'] })
      .add('instance', 'client', { parent: 'a', securityGroups: ['sg-client'] })
      .add('instance', 'server', { parent: 'c', securityGroups: ['sg-server'] });
    group(b, 'sg-client', 'main', [], egress);
    return group(b, 'sg-server', 'main', ingress).build();
  }

  it('allows by CIDR on the right port only', () => {
    expect(run(servers([allow('10.0.1.0/24', 443)]), 'client', 'server').verdict).toEqual({ reachable: true });
    expect(run(servers([allow('10.0.1.0/24', 443)]), 'client', 'server', 22).verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-server' });
    expect(run(servers([allow('10.9.0.0/16', 443)]), 'client', 'server').verdict).toMatchObject({ reason: 'SG_DENY' });
  });

  it('allows by a reference to the caller\'s group (SG-REF)', () => {
    expect(run(servers([allowGroup('sg-client', 443)]), 'client', 'server').verdict).toEqual({ reachable: true });
    expect(run(servers([allowGroup('main-sg-default', 443)]), 'client', 'server').verdict).toMatchObject({ reason: 'SG_DENY' });
  });

  it('allows by a prefix list', () => {
    const d = servers([{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'prefix-list', prefixList: 'pl-office' } }]);
    const result = run(d, 'client', 'server');
    expect(result.verdict).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'sg-ingress')?.matched).toContain('pl-office');
  });

  it('checks egress at the source', () => {
    const result = run(servers([allow('10.0.0.0/16', 443)], [allow('10.0.0.0/16', 80)]), 'client', 'server');
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-client' });
    expect(result.forward).toHaveLength(1);
    expect(result.forward[0]?.step).toBe('sg-egress');
  });

  it('uses the default group for a resource without groups', () => {
    const d = oneVpc().add('instance', 'x', { parent: 'a' }).add('instance', 'y', { parent: 'c' }).build();
    expect(run(d, 'x', 'y').forward.find((h) => h.step === 'sg-ingress')?.resourceId).toBe('main-sg-default');
  });
});

describe('protocols', () => {
  it('icmp needs an icmp (or all-traffic) rule; a tcp rule does not carry it', () => {
    const b = oneVpc().add('instance', 'client', { parent: 'a' }).add('instance', 'server', { parent: 'c', securityGroups: ['sg-server'] });
    const tcpOnly = group(b, 'sg-server', 'main', [allow('10.0.0.0/16', 0, 65535, 'tcp')]).build();
    expect(run(tcpOnly, 'client', 'server', 0, 'icmp').verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-server' });
    const withIcmp = oneVpc().add('instance', 'client', { parent: 'a' }).add('instance', 'server', { parent: 'c', securityGroups: ['sg-server'] });
    const icmp = group(withIcmp, 'sg-server', 'main', [allow('10.0.0.0/16', 0, 65535, 'icmp')]).build();
    expect(run(icmp, 'client', 'server', 0, 'icmp').verdict).toEqual({ reachable: true });
  });
});
