/** CDK snippets: a selection is written alone, and what it names outside comes in as context values. */
import { describe, expect, it } from 'vitest';
import { selectionBoundary } from '../selection.ts';
import { generateCdk } from './index.ts';
import { seedExamples, SNIPPET } from './testing/cases.ts';

describe('a CDK snippet of the static-IPs NLB and its targets', () => {
  const { design, inside } = SNIPPET();
  const files = generateCdk(design, { inside });
  const text = (path: string) => files.find((file) => file.path === path)!.contents;
  const stacks = files.filter((file) => file.path.endsWith('-stack.ts'));

  it('writes the selection only: the NLB, its listener and target group and the four proxies', () => {
    expect(stacks.map((file) => file.path)).toEqual(['lib/prod-ap-northeast-2-stack.ts']);
    const stack = stacks[0]!.contents;
    for (const construct of ['elbv2.CfnLoadBalancer(this, "NlbPartnerNlb"', 'elbv2.CfnTargetGroup(this, "TargetGroupProxies"', 'elbv2.CfnListener(this, "NlbPartnerNlbListener443"']) {
      expect(stack).toContain(`new ${construct}`);
    }
    expect(stack.match(/new ec2\.CfnInstance\(/g)).toHaveLength(4);
    for (const absent of ['ec2.CfnVPC(', 'ec2.CfnSubnet(', 'ec2.CfnSecurityGroup(', 'ec2.CfnEIP(', 'elasticbeanstalk.']) expect(stack).not.toContain(absent);
  });

  it('reads what the selection names outside from context values, empty in cdk.json and described in the README', () => {
    const stack = stacks[0]!.contents;
    expect(stack).toContain('subnetId: given(this, "landing-zone:outside:public-a:Ref")');
    expect(stack).toContain('vpcId: given(this, "landing-zone:outside:prod-vpc:Ref")');
    expect(stack).toContain('groupSet: [given(this, "landing-zone:outside:proxy-sg:GroupId")]');
    const context = JSON.parse(text('cdk.json')).context as Record<string, unknown>;
    const given = Object.keys(context).filter((key) => key.startsWith('landing-zone:outside:'));
    expect(given.sort()).toEqual([...new Set([...stack.matchAll(/given\(this, "([^"]+)"\)/g)].map((match) => match[1]))].sort());
    for (const key of given) expect(context[key]).toBe('');
    const readme = text('README.md');
    expect(readme).toContain('## Values from outside the selection');
    expect(readme).toContain('- `landing-zone:outside:prod-vpc:Ref`: VPC prod');
    expect(text('lib/environment.ts')).toContain('export function given(');
  });

});

describe('CDK snippets of the gallery', () => {
  for (const { name, design } of seedExamples()) {
    it(`${name}: each VPC and each load balancer writes a stack of its own constructs`, () => {
      for (const resource of design.resources.filter((candidate) => ['vpc', 'nlb', 'alb'].includes(candidate.kind))) {
        const selected = selectionBoundary(design, [resource.id]);
        if (!selected.ok) throw new Error(selected.message);
        const stacks = generateCdk(design, { inside: selected.boundary.inside }).filter((file) => file.path.endsWith('-stack.ts'));
        const all = stacks.map((file) => file.contents).join('\n');
        // What the selection names outside is read, never created: every given value is one of the outside's.
        const outside = new Set(selected.boundary.outside.map((candidate) => candidate.id));
        for (const match of all.matchAll(/given\(this, "landing-zone:outside:([^:"]+):/g)) expect(outside.has(match[1]!), `${resource.id}: ${match[1]}`).toBe(true);
        if (resource.kind === 'vpc') expect(all, resource.id).toContain('new ec2.CfnVPC(');
      }
    });
  }
});
