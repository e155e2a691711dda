import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignValue } from '../../../model/index.ts';
import { parseYaml } from '../yaml.ts';
import { FactsChecker } from '../testing.ts';
import { azLetter } from '../implicit.ts';
import { importCloudFormation } from './index.ts';

const DIR = new URL('../../../../../test/fixtures/import/cloudformation/', import.meta.url);
const FIXTURES = ['cfn-vpc-managed-nat.yaml'];
/** Types whose resources the design holds inside others: a route in its table, an association on its subnet. */
const FOLDED = new Set(['AWS::EC2::Route', 'AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::SubnetNetworkAclAssociation', 'AWS::EC2::NetworkAclEntry', 'AWS::EC2::VPCGatewayAttachment']);

describe.each(FIXTURES)('the CloudFormation fixture %s', (name) => {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  const facts = JSON.parse(readFileSync(new URL(name.replace(/\.ya?ml$/, '.facts.json'), DIR), 'utf8')) as Record<string, unknown> & { fixture: string };
  const result = importCloudFormation({ file: { name, text } });
  const template = parseYaml(text, name) as { Resources: Record<string, { Type: string }> };

  it('imports as a design the parser accepts', () => {
    const parsed = parseDesignValue(result.design);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('reproduces every fact', () => {
    const checker = new FactsChecker(result.design, result.notes, {
      folded: FOLDED,
      addressesOfType: (type) => Object.entries(template.Resources).filter(([, r]) => r.Type === type).map(([id]) => id),
      az: (az, vpc) => az.replace(/^az-index:(\d+)$/, (_, n: string) => `${vpc?.kind === 'vpc' ? vpc.region : ''}${azLetter(Number(n))}`),
    });
    expect(checker.all(facts)).toEqual([]);
  });

  it('records the file and logical id of each mapped resource, and the implicit ones under the # keys', () => {
    const addresses = result.design.resources.map((r) => r.source?.address);
    for (const id of Object.keys(template.Resources)) {
      if (['AWS::EC2::Route', 'AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::SubnetNetworkAclAssociation', 'AWS::EC2::NetworkAclEntry', 'AWS::EC2::VPCGatewayAttachment'].includes(template.Resources[id]!.Type)) continue;
      expect(addresses).toContain(id);
    }
    expect(addresses).toEqual(expect.arrayContaining(['VPC#main_route_table', 'VPC#default_network_acl']));
    expect(result.design.resources.every((r) => r.kind === 'account' || r.source?.file === name)).toBe(true);
  });
});

describe('the facts checker', () => {
  it('notices a route, an association and a reachability fact the design gets wrong', () => {
    const name = FIXTURES[0]!;
    const text = readFileSync(new URL(name, DIR), 'utf8');
    const facts = JSON.parse(readFileSync(new URL(name.replace(/\.ya?ml$/, '.facts.json'), DIR), 'utf8')) as Record<string, unknown> & { fixture: string };
    const { design, notes } = importCloudFormation({ file: { name, text } });
    const broken = {
      ...design,
      resources: design.resources.map((r) => (r.id === 'PrivateRouteTable0' && r.kind === 'route-table' ? { ...r, routes: r.routes.filter((route) => route.target === 'local') } : r.id === 'PublicSubnet1' && r.kind === 'subnet' ? { ...r, routeTable: 'PrivateRouteTable1' } : r)),
    };
    const problems = new FactsChecker(broken, notes).all(facts).join('\n');
    expect(problems).toContain('route table PrivateRouteTable0: no route 0.0.0.0/0 → nat NATGateway0');
    expect(problems).toContain('subnet PublicSubnet1 route table');
    expect(problems).toContain('reachability internet_egress_ipv4 from PrivateSubnet0 to internet: reachable');
  });
});
