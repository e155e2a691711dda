import { describe, expect, it } from 'vitest';
import { checkFlow, trace } from './trace.ts';
import { oneVpc, show } from './testing.ts';

describe('a subnet as the end of a flow', () => {
  it('traces between two subnets of a VPC with no workloads: an interface in each whose group allows everything', () => {
    const d = oneVpc().build();
    const result = trace(d, { from: 'a', to: 'c', protocol: 'tcp', port: 5432 });
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.flow).toEqual({ from: 'a', to: 'c', protocol: 'tcp', port: 5432 });
  });

  it('still obeys routes and network ACLs', () => {
    const d = oneVpc()
      .add('network-acl', 'locked', { parent: 'main', inbound: [{ ruleNumber: 100, protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0', action: 'allow' }], outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }] })
      .update('c', { networkAcl: 'locked' })
      .build();
    const denied = trace(d, { from: 'a', to: 'c', protocol: 'tcp', port: 443 });
    expect(denied.verdict, show(denied)).toMatchObject({ reachable: false, at: 'locked' });
    const internet = trace(d, { from: 'a', to: 'internet', protocol: 'tcp', port: 443 });
    expect(internet.verdict.reachable, show(internet)).toBe(false);
  });

  it('finds a subnet by name or by the address it was imported from, and says when a name is ambiguous', () => {
    const d = oneVpc()
      .update('a', { name: 'app', source: { file: 'plan.json', address: 'module.vpc.aws_subnet.private[0]' } })
      .update('c', { name: 'db' })
      .build();
    expect(trace(d, { from: 'module.vpc.aws_subnet.private[0]', to: 'db', protocol: 'tcp', port: 443 }).verdict).toEqual({ reachable: true });
    expect(trace(d, { from: 'app', to: '10.0.2.10', protocol: 'tcp', port: 443 }).forward[0]?.iface?.subnet).toBe('a');
    const twins = oneVpc().update('a', { name: 'same' }).update('c', { name: 'same' }).build();
    expect(checkFlow(twins, { from: 'same', to: 'internet', protocol: 'tcp', port: 443 })).toBe('more than one subnet is named "same" (a, c): give its id');
  });
});
