import { describe, expect, it } from 'vitest';
import { kindsOf, referenceMetaOf, referencesOf, type Reference } from './references.ts';
import { Subnet, type Resource } from './resources.ts';

const sorted = (refs: Reference[]) => refs.map((r) => ({ ...r, kinds: [...r.kinds].sort() }));

describe('referencesOf reads the reference marks on the schemas', () => {
  it('finds ids in nested fields, lists and union options, and skips `local` and the parent', () => {
    const table = {
      id: 'rt', kind: 'route-table', name: 'rt', parent: 'vpc', account: 'acct',
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { prefixList: 'pl', target: 'igw' },
      ],
      edgeAssociation: 'igw',
    } as Resource;
    expect(sorted(referencesOf(table))).toEqual([
      { path: 'account', id: 'acct', kinds: ['account'] },
      { path: 'routes.1.prefixList', id: 'pl', kinds: ['prefix-list'] },
      {
        path: 'routes.1.target', id: 'igw', weak: true,
        kinds: ['egress-only-internet-gateway', 'gwlb-endpoint', 'instance', 'internet-gateway', 'nat-gateway', 'network-firewall', 'transit-gateway', 'virtual-private-gateway', 'vpc-endpoint', 'vpc-peering'],
      },
      { path: 'edgeAssociation', id: 'igw', kinds: ['internet-gateway'] },
    ]);
    const group = {
      id: 'sg', kind: 'security-group', name: 'sg',
      ingress: [
        { protocol: 'tcp', fromPort: 1, toPort: 2, peer: { kind: 'security-group', securityGroup: 'sg-2' } },
        { protocol: 'tcp', fromPort: 1, toPort: 2, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } },
      ],
      egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'prefix-list', prefixList: 'pl' } }],
    } as Resource;
    expect(referencesOf(group).map((r) => `${r.path}=${r.id}:${r.kinds.join('|')}`)).toEqual([
      'ingress.0.peer.securityGroup=sg-2:security-group',
      'egress.0.peer.prefixList=pl:prefix-list',
    ]);
  });

  it('resolves roles through the kind registry: target groups take an Amazon MQ broker, v1 VPC links load balancers', () => {
    const group = { id: 'tg', kind: 'target-group', name: 'tg', targetType: 'ip', protocol: 'TCP', port: 5671, targets: [{ target: 'mq' }, { target: '10.0.0.9' }] } as Resource;
    const [broker, ip] = referencesOf(group);
    expect(broker).toMatchObject({ path: 'targets.0.target', id: 'mq', weak: true });
    expect(broker!.kinds).toContain('mq-broker');
    expect(broker!.kinds).not.toContain('subnet');
    expect(ip).toMatchObject({ path: 'targets.1.target', id: '10.0.0.9', weak: true });
    const link = { id: 'l', kind: 'vpc-link', name: 'l', version: 'v1', targets: ['nlb'] } as Resource;
    expect(referencesOf(link)).toEqual([{ path: 'targets.0', id: 'nlb', kinds: ['nlb', 'alb'] }]);
  });

  it('gives the inspector the kinds of a field from its schema alone', () => {
    const meta = referenceMetaOf(Subnet.shape.routeTable);
    expect(meta && kindsOf(meta)).toEqual(['route-table']);
    expect(referenceMetaOf(Subnet.shape.cidr)).toBeUndefined();
  });
});
