import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { findingsOf } from './network-test-helpers.ts';
import { QUOTAS } from './quotas.ts';

const base = () => design().account('acct').vpc('vpc', 'acct', '10.0.0.0/16');
const rule = (n: number) => ({ protocol: 'tcp', fromPort: 1000 + n, toPort: 1000 + n, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } });
const nacl = (n: number) => ({ ruleNumber: n + 1, protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '10.0.0.0/8', action: 'allow' });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('quotas', () => {
  it('QUOTA-EIP: warns beyond five Elastic IPs in a Region, quiet at five', () => {
    const eips = (n: number) => range(n).reduce((b, i) => b.add('elastic-ip', `eip-${i}`, { parent: 'acct', region: 'ap-northeast-2' }), base()).build();
    expect(findingsOf(eips(QUOTAS.elasticIpsPerRegion + 1), 'QUOTA-EIP')).toHaveLength(1);
    expect(findingsOf(eips(QUOTAS.elasticIpsPerRegion), 'QUOTA-EIP')).toEqual([]);
  });

  it('QUOTA-SUBNETS: warns beyond 200 subnets in a VPC', () => {
    const subnets = (n: number) =>
      range(n).reduce((b, i) => b.subnet(`s-${i}`, 'vpc', `10.0.${i}.0/24`, 'ap-northeast-2a'), base()).build();
    expect(findingsOf(subnets(201), 'QUOTA-SUBNETS')).toHaveLength(1);
    expect(findingsOf(subnets(200), 'QUOTA-SUBNETS')).toEqual([]);
  });

  it('QUOTA-ROUTES: warns beyond 50 static routes in a table', () => {
    const routes = (n: number) => base().add('internet-gateway', 'igw', { parent: 'vpc' }).routes('vpc-rtb-main', ...range(n).map((i) => ({ destination: `192.0.${i}.0/24`, target: 'igw' }))).build();
    expect(findingsOf(routes(51), 'QUOTA-ROUTES')).toHaveLength(1);
    expect(findingsOf(routes(50), 'QUOTA-ROUTES')).toEqual([]);
  });

  it('QUOTA-SG-RULES: warns beyond 60 inbound rules', () => {
    const group = (n: number) => base().add('security-group', 'sg', { parent: 'vpc', ingress: range(n).map(rule), egress: [] }).build();
    expect(findingsOf(group(61), 'QUOTA-SG-RULES')).toHaveLength(1);
    expect(findingsOf(group(60), 'QUOTA-SG-RULES')).toEqual([]);
  });

  it('QUOTA-SG-PER-ENI: warns beyond five groups on one interface', () => {
    const withGroups = (n: number) => {
      const b = range(6).reduce((acc, i) => acc.add('security-group', `sg-${i}`, { parent: 'vpc', ingress: [], egress: [] }), base());
      return b.subnet('s', 'vpc', '10.0.0.0/24', 'ap-northeast-2a').add('instance', 'i', { parent: 's', securityGroups: range(n).map((i) => `sg-${i}`) }).build();
    };
    expect(findingsOf(withGroups(6), 'QUOTA-SG-PER-ENI')).toHaveLength(1);
    expect(findingsOf(withGroups(5), 'QUOTA-SG-PER-ENI')).toEqual([]);
  });

  it('QUOTA-NACL-RULES: warns beyond 20 rules per direction', () => {
    const acl = (n: number) => base().add('network-acl', 'acl', { parent: 'vpc', inbound: range(n).map(nacl), outbound: [] }).build();
    expect(findingsOf(acl(21), 'QUOTA-NACL-RULES')).toHaveLength(1);
    expect(findingsOf(acl(20), 'QUOTA-NACL-RULES')).toEqual([]);
  });

  it('QUOTA-PEERINGS: warns beyond 50 active peerings on a VPC', () => {
    const peered = (n: number) =>
      range(n)
        .reduce((b, i) => b.vpc(`p-${i}`, 'acct', `10.${i + 1}.0.0/16`).add('vpc-peering', `pcx-${i}`, { requesterVpc: 'vpc', accepterVpc: `p-${i}` }), base())
        .build();
    expect(findingsOf(peered(51), 'QUOTA-PEERINGS').map((f) => f.resourceIds[0])).toEqual(['vpc']);
    expect(findingsOf(peered(50), 'QUOTA-PEERINGS')).toEqual([]);
  });

  it('QUOTA-TGW-PER-VPC and QUOTA-TGW-ATTACH: more than five transit gateways; two attachments to one', () => {
    const attached = (n: number, twice = false) => {
      let b = base().subnet('s', 'vpc', '10.0.0.0/24', 'ap-northeast-2a');
      for (const i of range(n)) {
        b = b.add('transit-gateway', `tgw-${i}`, { parent: 'acct', routeTables: [] }).add('tgw-attachment', `att-${i}`, { vpc: 'vpc', transitGateway: `tgw-${i}`, subnets: ['s'] });
      }
      if (twice) b = b.add('tgw-attachment', 'att-again', { vpc: 'vpc', transitGateway: 'tgw-0', subnets: ['s'] });
      return b.build();
    };
    expect(findingsOf(attached(6), 'QUOTA-TGW-PER-VPC')).toHaveLength(1);
    expect(findingsOf(attached(5), 'QUOTA-TGW-PER-VPC')).toEqual([]);
    expect(findingsOf(attached(1, true), 'QUOTA-TGW-ATTACH')[0]?.severity).toBe('error');
    expect(findingsOf(attached(1), 'QUOTA-TGW-ATTACH')).toEqual([]);
  });

  it('QUOTA-PARTICIPANTS: warns beyond 100 participant accounts', () => {
    const shared = (n: number) =>
      range(n)
        .reduce((b, i) => b.account(`p-${i}`).connect('s', `p-${i}`), base().subnet('s', 'vpc', '10.0.0.0/24', 'ap-northeast-2a'))
        .build();
    expect(findingsOf(shared(101), 'QUOTA-PARTICIPANTS')).toHaveLength(1);
    expect(findingsOf(shared(100), 'QUOTA-PARTICIPANTS')).toEqual([]);
  });
});
