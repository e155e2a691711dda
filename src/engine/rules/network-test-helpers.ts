/** Shared helpers for the network rule tests. */
import type { Design } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { validate, type Finding } from './index.ts';

/** Findings of one rule id (with or without a suffix). */
export function findingsOf(subject: Design, ruleId: string): Finding[] {
  return validate(subject).filter((f) => f.ruleId === ruleId || f.ruleId.startsWith(`${ruleId}:`));
}

export function errors(subject: Design): Finding[] {
  return validate(subject).filter((f) => f.severity === 'error');
}

/** Two accounts, two VPCs with one private subnet in each of two AZs. */
export function twoVpcs(cidrA = '10.0.0.0/16', cidrB = '10.1.0.0/16') {
  const third = (cidr: string, n: number) => cidr.replace(/^(\d+)\.(\d+)\.0\.0\/16$/, `$1.$2.${n}.0/24`);
  return design()
    .account('acct-a', { name: 'team-a' })
    .account('acct-b', { name: 'team-b' })
    .vpc('vpc-a', 'acct-a', cidrA, { name: 'vpc-a' })
    .vpc('vpc-b', 'acct-b', cidrB, { name: 'vpc-b' })
    .subnet('a-1', 'vpc-a', third(cidrA, 1), 'ap-northeast-2a')
    .subnet('a-2', 'vpc-a', third(cidrA, 2), 'ap-northeast-2c')
    .subnet('b-1', 'vpc-b', third(cidrB, 1), 'ap-northeast-2a')
    .subnet('b-2', 'vpc-b', third(cidrB, 2), 'ap-northeast-2c');
}

/** One VPC with an internet gateway, a public subnet per AZ (own table) and a private subnet per AZ (main table). */
export function edgeVpc() {
  return design()
    .account('acct-net', { name: 'network' })
    .vpc('vpc', 'acct-net', '10.0.0.0/16', { name: 'main' })
    .add('internet-gateway', 'igw', { parent: 'vpc' })
    .add('route-table', 'rt-public', { parent: 'vpc', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
    .subnet('pub-a', 'vpc', '10.0.0.0/24', 'ap-northeast-2a', { routeTable: 'rt-public' })
    .subnet('pub-c', 'vpc', '10.0.10.0/24', 'ap-northeast-2c', { routeTable: 'rt-public' })
    .subnet('priv-a', 'vpc', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('priv-c', 'vpc', '10.0.2.0/24', 'ap-northeast-2c');
}
