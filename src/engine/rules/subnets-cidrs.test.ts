import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { errors, findingsOf } from './network-test-helpers.ts';

const vpc = (cidrs: string | string[] = '10.0.0.0/16') => design().account('acct').vpc('vpc', 'acct', cidrs, { name: 'main' });

describe('CIDR-SIZE', () => {
  it('refuses a /8 VPC and a /29 subnet', () => {
    const subject = vpc('10.0.0.0/8').subnet('tiny', 'vpc', '10.0.0.0/29', 'ap-northeast-2a').build();
    expect(findingsOf(subject, 'CIDR-SIZE').map((f) => f.resourceIds[0])).toEqual(['tiny', 'vpc']);
  });
  it('refuses an IPv6 subnet that is not /64', () => {
    const subject = vpc().update('vpc', { ipv6Cidrs: ['2001:db8::/56'] }).subnet('s', 'vpc', '10.0.0.0/24', 'ap-northeast-2a', { ipv6Cidr: '2001:db8::/60' }).build();
    expect(findingsOf(subject, 'CIDR-SIZE')[0]?.message).toContain('/64');
  });
  it('accepts /16 to /28', () => {
    expect(findingsOf(vpc().subnet('s', 'vpc', '10.0.0.0/28', 'ap-northeast-2a').build(), 'CIDR-SIZE')).toEqual([]);
  });
});

describe('CIDR-RSV', () => {
  it('refuses a fixed address AWS reserves', () => {
    const subject = vpc().subnet('s', 'vpc', '10.0.1.0/24', 'ap-northeast-2a').add('instance', 'i', { parent: 's', privateIp: '10.0.1.2' }).build();
    expect(findingsOf(subject, 'CIDR-RSV')[0]?.message).toContain('as the DNS server');
  });
  it('refuses a subnet too small for what it holds', () => {
    const subject = vpc().subnet('s', 'vpc', '10.0.1.0/28', 'ap-northeast-2a').add('ecs-service', 'svc', { parent: 's', desiredCount: 20 }).build();
    expect(findingsOf(subject, 'CIDR-RSV').map((f) => f.ruleId)).toEqual(['CIDR-RSV:full']);
  });
  it('accepts a usable fixed address', () => {
    const subject = vpc().subnet('s', 'vpc', '10.0.1.0/24', 'ap-northeast-2a').add('instance', 'i', { parent: 's', privateIp: '10.0.1.10' }).build();
    expect(findingsOf(subject, 'CIDR-RSV')).toEqual([]);
  });
});

describe('SUBNET-AZ', () => {
  it('refuses overlapping subnets and moves one to a free block as a fix', () => {
    const subject = vpc().subnet('a', 'vpc', '10.0.0.0/24', 'ap-northeast-2a').subnet('b', 'vpc', '10.0.0.128/25', 'ap-northeast-2c').build();
    const [found] = findingsOf(subject, 'SUBNET-AZ');
    expect(found?.ruleId).toBe('SUBNET-AZ:overlap');
    const applied = found!.fixes![0]!.apply(subject);
    expect(applied.ok && errors(applied.design)).toEqual([]);
  });
  it('refuses a subnet outside its VPC and an AZ of another Region', () => {
    const subject = vpc().subnet('a', 'vpc', '10.1.0.0/24', 'us-east-1a').build();
    expect(findingsOf(subject, 'SUBNET-AZ').map((f) => f.ruleId).sort()).toEqual(['SUBNET-AZ:outside', 'SUBNET-AZ:region']);
  });
  it('accepts disjoint subnets inside the VPC', () => {
    const subject = vpc().subnet('a', 'vpc', '10.0.0.0/24', 'ap-northeast-2a').subnet('b', 'vpc', '10.0.1.0/24', 'ap-northeast-2c').build();
    expect(findingsOf(subject, 'SUBNET-AZ')).toEqual([]);
  });
});

describe('CIDR-SEC', () => {
  it('refuses overlapping blocks of one VPC', () => {
    expect(findingsOf(vpc(['10.0.0.0/16', '10.0.128.0/17']).build(), 'CIDR-SEC')[0]?.message).toContain('overlap');
  });
  it('refuses a secondary block as large as an existing route’s destination', () => {
    const subject = vpc()
      .add('internet-gateway', 'igw', { parent: 'vpc' })
      .routes('vpc-rtb-main', { destination: '10.1.0.0/24', target: 'igw' })
      .update('vpc', { cidrs: ['10.0.0.0/16', '10.1.0.0/16'] })
      .build();
    expect(findingsOf(subject, 'CIDR-SEC')[0]?.message).toContain('same as or larger than the destination 10.1.0.0/24');
  });
  it('warns beyond five blocks, accepts up to five', () => {
    const blocks = ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16', '10.5.0.0/16'];
    expect(findingsOf(vpc(blocks).build(), 'CIDR-SEC').map((f) => f.ruleId)).toEqual(['CIDR-SEC:quota']);
    expect(findingsOf(vpc(blocks.slice(0, 5)).build(), 'CIDR-SEC')).toEqual([]);
  });
});

describe('CIDR-RANGE', () => {
  it('refuses link-local, warns on the Docker range, refuses a secondary block from another RFC 1918 range', () => {
    expect(findingsOf(vpc('169.254.0.0/16').build(), 'CIDR-RANGE')[0]?.severity).toBe('error');
    expect(findingsOf(vpc('172.17.0.0/16').build(), 'CIDR-RANGE').map((f) => f.ruleId)).toEqual(['CIDR-RANGE:docker']);
    expect(findingsOf(vpc(['10.0.0.0/16', '192.168.0.0/16']).build(), 'CIDR-RANGE').map((f) => f.ruleId)).toEqual(['CIDR-RANGE:secondary']);
  });
  it('accepts RFC 1918 with a 100.64.0.0/10 secondary', () => {
    expect(findingsOf(vpc(['10.0.0.0/16', '100.64.0.0/16']).build(), 'CIDR-RANGE')).toEqual([]);
  });
});
