import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { applyFix, findingsOf } from './service-testing.ts';

/** Seed scenario 2: public and private subnets in two AZs, a partner that allowlists fixed IPs. */
function prod() {
  return design('static ips')
    .account('prod')
    .vpc('v', 'prod', '10.20.0.0/16')
    .add('internet-gateway', 'igw', { parent: 'v' })
    .add('route-table', 'rt-public', { parent: 'v', routes: [{ destination: '10.20.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
    .subnet('pub-a', 'v', '10.20.0.0/24', 'ap-northeast-2a', { routeTable: 'rt-public' })
    .subnet('pub-c', 'v', '10.20.1.0/24', 'ap-northeast-2c', { routeTable: 'rt-public' })
    .add('elastic-ip', 'eip-a', { parent: 'prod', address: '3.3.3.3' })
    .add('elastic-ip', 'eip-c', { parent: 'prod', address: '4.4.4.4' })
    .add('nat-gateway', 'nat-a', { parent: 'pub-a', elasticIps: ['eip-a'] })
    .add('nat-gateway', 'nat-c', { parent: 'pub-c', elasticIps: ['eip-c'] })
    .add('route-table', 'rt-a', { parent: 'v', routes: [{ destination: '10.20.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nat-a' }] })
    .add('route-table', 'rt-c', { parent: 'v', routes: [{ destination: '10.20.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nat-c' }] })
    .subnet('app-a', 'v', '10.20.10.0/24', 'ap-northeast-2a', { routeTable: 'rt-a' })
    .subnet('app-c', 'v', '10.20.11.0/24', 'ap-northeast-2c', { routeTable: 'rt-c' })
    .add('external', 'partner', { endpointType: 'partner', cidr: '203.0.113.0/24', needsStaticIps: true });
}

const upstream = { target: 'partner', protocol: 'tcp', port: 443 };

describe('STATIC-NLB', () => {
  it('notes an internet-facing NLB without an EIP in every subnet; the fix adds them', () => {
    const d = prod()
      .add('nlb', 'nlb', { parent: 'pub-a', scheme: 'internet-facing', subnets: ['pub-a', 'pub-c'], subnetMappings: [{ subnet: 'pub-a', elasticIp: 'eip-a' }], listeners: [] })
      .update('nat-a', { elasticIps: [] })
      .update('partner', { connectsTo: ['nlb'] })
      .build();
    const [info, ...rest] = findingsOf(d, 'STATIC-NLB');
    expect(rest).toEqual([]);
    expect(info).toMatchObject({ severity: 'info', resourceIds: ['nlb', 'partner', 'pub-c'] });
    const fixed = applyFix(d, info!, 'eip-per-subnet');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });
  it('is quiet with one EIP per subnet', () => {
    const d = prod()
      .add('elastic-ip', 'eip-n1', { parent: 'prod' })
      .add('elastic-ip', 'eip-n2', { parent: 'prod' })
      .add('nlb', 'nlb', { parent: 'pub-a', scheme: 'internet-facing', subnetMappings: [{ subnet: 'pub-a', elasticIp: 'eip-n1' }, { subnet: 'pub-c', elasticIp: 'eip-n2' }], listeners: [] })
      .update('partner', { connectsTo: ['nlb'] })
      .build();
    expect(findingsOf(d, 'STATIC-NLB')).toEqual([]);
  });
});

describe('STATIC-EGRESS', () => {
  it('warns that the partner must allowlist the EIPs of every AZ\u2019s NAT gateway', () => {
    const d = prod().add('auto-scaling-group', 'app', { parent: 'app-a', subnets: ['app-a', 'app-c'], upstream }).build();
    const [warning, ...rest] = findingsOf(d, 'STATIC-EGRESS');
    expect(rest).toEqual([]);
    expect(warning?.ruleId).toBe('STATIC-EGRESS:per-az');
    expect(warning?.message).toContain('3.3.3.3 and 4.4.4.4');
  });
  it('warns about a NAT gateway without an EIP and an instance leaving with an auto-assigned public IP', () => {
    const d = prod()
      .update('nat-a', { elasticIps: [] })
      .add('instance', 'one', { parent: 'app-a', upstream })
      .add('instance', 'edge', { parent: 'pub-a', publicIp: true, upstream })
      .build();
    expect(findingsOf(d, 'STATIC-EGRESS').map((f) => f.ruleId).sort()).toEqual(['STATIC-EGRESS:no-eip', 'STATIC-EGRESS:public-ip']);
  });
  it('is quiet for one AZ behind one NAT gateway with an EIP, or a partner without an allowlist', () => {
    expect(findingsOf(prod().add('instance', 'one', { parent: 'app-a', upstream }).build(), 'STATIC-EGRESS')).toEqual([]);
    const relaxed = prod().update('partner', { needsStaticIps: false }).add('auto-scaling-group', 'app', { parent: 'app-a', subnets: ['app-a', 'app-c'], upstream }).build();
    expect(findingsOf(relaxed, 'STATIC-EGRESS')).toEqual([]);
  });
});

describe('STATIC-ASG', () => {
  it('warns when a partner needing fixed IPs talks directly to an Auto Scaling group', () => {
    const d = prod().add('auto-scaling-group', 'proxy', { parent: 'pub-a', role: 'proxy', minSize: 1, maxSize: 1, publicIp: true }).update('partner', { connectsTo: ['proxy'] }).build();
    expect(findingsOf(d, 'STATIC-ASG').map((f) => [f.severity, f.resourceIds])).toEqual([['warning', ['proxy', 'partner']]]);
    const out = prod().add('auto-scaling-group', 'proxy', { parent: 'pub-a', minSize: 1, maxSize: 1, publicIp: true, upstream }).build();
    expect(findingsOf(out, 'STATIC-ASG')).toHaveLength(1);
  });
  it('is quiet when the group leaves through a NAT gateway', () => {
    expect(findingsOf(prod().add('auto-scaling-group', 'app', { parent: 'app-a', upstream }).build(), 'STATIC-ASG')).toEqual([]);
  });
});
