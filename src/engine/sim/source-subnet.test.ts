import { describe, expect, it } from 'vitest';
import { checkFlow, sourceSubnets, trace } from './trace.ts';
import { allow, group, oneVpc, show } from './testing.ts';
import { namer, verdictSentence, verdictWords } from './reasons.ts';
import { indexDesign } from '../model/index.ts';

/** Service `orders` has tasks in subnets a and c (named app-c); the database admits c only. */
function twoSubnets() {
  const b = oneVpc()
    .update('c', { name: 'app-c' })
    .add('ecs-service', 'orders', { parent: 'a', subnets: ['c'], launchType: 'FARGATE', securityGroups: ['sg-orders'] })
    .add('instance', 'db', { parent: 'a', securityGroups: ['sg-db'] })
    .add('external', 'web', { endpointType: 'internet' });
  group(b, 'sg-orders', 'main', []);
  return group(b, 'sg-db', 'main', [allow('10.0.2.0/24', 5432)]).build();
}

describe('the source subnet of a flow', () => {
  it('lists the subnets a source can send from', () => {
    const d = twoSubnets();
    expect(sourceSubnets(d, 'orders')).toEqual(['a', 'c']);
    expect(sourceSubnets(d, 'db')).toEqual(['a']);
    expect(sourceSubnets(d, 'web')).toEqual([]);
  });

  it('starts at the first interface by default, and in the chosen subnet (by id or name) when given', () => {
    const d = twoSubnets();
    const first = trace(d, { from: 'orders', to: 'db', protocol: 'tcp', port: 5432 });
    expect(first.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-db' });
    expect(first.forward[0]?.iface?.subnet).toBe('a');
    for (const fromSubnet of ['c', 'app-c']) {
      const chosen = trace(d, { from: 'orders', to: 'db', protocol: 'tcp', port: 5432, fromSubnet });
      expect(chosen.verdict, show(chosen)).toEqual({ reachable: true });
      expect(chosen.forward[0]?.iface).toMatchObject({ owner: 'orders', subnet: 'c', az: 'ap-northeast-2c' });
    }
    const words = verdictWords(trace(d, { from: 'orders', to: 'db', protocol: 'tcp', port: 5432, fromSubnet: 'c' }), namer(indexDesign(d)));
    expect(verdictSentence(words)).toContain('from orders in app-c (c) to db');
  });

  it('names what is wrong with a subnet the source cannot send from', () => {
    const d = twoSubnets();
    const problem = (from: string, fromSubnet: string) => checkFlow(d, { from, to: 'db', protocol: 'tcp', port: 5432, fromSubnet });
    expect(problem('orders', 'nope')).toBe('there is no subnet "nope" to send from (give a subnet id or name)');
    expect(problem('orders', 'main')).toBe('"main" is a vpc, not a subnet: give the subnet orders sends from');
    expect(checkFlow(d, { from: 'db', to: 'orders', protocol: 'tcp', port: 80, fromSubnet: 'c' })).toBe('db has no network interface in subnet c; it sends from a');
    expect(problem('web', 'a')).toContain('web is an external network');
  });
});
