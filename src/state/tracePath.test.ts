import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDesign, parseDesign, type Design } from '../engine/model/index.ts';
import { trace } from '../engine/sim/index.ts';
import { AZ_A, allow, oneVpc } from '../engine/sim/testing.ts';
import { from } from '../engine/testing/builder.ts';
import { canvasPath, highlightOf } from './tracePath.ts';

function staticIps(): Design {
  const parsed = parseDesign(readFileSync(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the static-IP example does not parse');
  return parsed.design;
}

function withoutPartnerCidr(design: Design): Design {
  const group = indexDesign(design).getOf('proxy-sg', 'security-group')!;
  return from(design)
    .update('proxy-sg', { ingress: group.ingress.filter((r) => !(r.peer.kind === 'cidr' && r.peer.cidr === '203.0.113.0/24')) })
    .build();
}

const flow = { from: 'partner', to: 'partner-nlb', protocol: 'tcp', port: 443 } as const;

describe('a trace on the canvas', () => {
  it('numbers the boxes of partner → NLB → proxy → ALB → app in path order, and marks no drop', () => {
    const design = staticIps();
    const path = canvasPath(design, trace(design, flow));
    const at = (id: string) => path.steps.indexOf(id);
    expect(at('partner')).toBe(0);
    for (const [a, b] of [['partner', 'partner-nlb'], ['partner-nlb', 'proxy-1'], ['proxy-1', 'eb-alb'], ['eb-alb', 'eb-app-1']]) {
      expect(at(a!), `${a} before ${b} in ${path.steps.join(' → ')}`).toBeGreaterThanOrEqual(0);
      expect(at(a!)).toBeLessThan(at(b!));
    }
    // Badges (groups, tables, ACLs) and frames (subnets) are never steps of their own.
    for (const id of path.steps) expect(['security-group', 'route-table', 'network-acl', 'subnet', 'vpc']).not.toContain(indexDesign(design).get(id)!.kind);
    expect(path.dropNode).toBeUndefined();
    const marks = highlightOf(design, trace(design, flow));
    expect(marks.verdict).toBe('reachable');
    expect(marks.nodes['eb-app-1']!.order).toEqual([path.steps.length]);
    expect(Object.values(marks.nodes).some((m) => m.drop)).toBe(false);
  });

  it("puts a security group's hops at the interface it guards", () => {
    const design = staticIps();
    const result = trace(design, flow);
    const path = canvasPath(design, result);
    const boxOf = (resourceId: string, step: string) => path.forwardNodes[result.forward.findIndex((h) => h.resourceId === resourceId && h.step === step)];
    expect(boxOf('proxy-sg', 'sg-ingress')).toBe('proxy-1');
    expect(boxOf('eb-alb-sg', 'sg-ingress')).toBe('eb-alb');
    expect(boxOf('eb-alb-sg', 'sg-egress')).toBe('eb-alb');
    expect(boxOf('eb-app-sg', 'sg-ingress')).toBe('eb-app-1');
  });

  it("marks the proxy as the drop when its group loses the partner's CIDR", () => {
    const design = withoutPartnerCidr(staticIps());
    const result = trace(design, flow);
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'proxy-sg' });
    const path = canvasPath(design, result);
    expect(path.dropNode).toBe('proxy-1');
    expect(path.steps).not.toContain('eb-alb');
    const marks = highlightOf(design, result);
    expect(marks.verdict).toBe('blocked');
    expect(marks.nodes['proxy-1']).toMatchObject({ drop: 'SG_DENY' });
    expect(marks.nodes['proxy-1']!.title).toContain('security group');
    expect(marks.nodes['proxy-1']!.title).toContain('proxy');
  });

  it('marks a peering edge that refuses transit, and the box the packet left from', () => {
    const d = oneVpc()
      .vpc('b', 'net', '10.1.0.0/16')
      .subnet('b1', 'b', '10.1.1.0/24', AZ_A)
      .vpc('vc', 'net', '10.2.0.0/16')
      .subnet('c1', 'vc', '10.2.1.0/24', AZ_A)
      .add('vpc-peering', 'pcx-ab', { requesterVpc: 'main', accepterVpc: 'b' })
      .add('vpc-peering', 'pcx-bc', { requesterVpc: 'b', accepterVpc: 'vc' })
      .add('instance', 'app', { parent: 'a' })
      .add('instance', 'far', { parent: 'c1' })
      .routes('main-rtb-main', { destination: '10.2.0.0/16', target: 'pcx-ab' })
      .routes('b-rtb-main', { destination: '10.2.0.0/16', target: 'pcx-bc' })
      .routes('vc-rtb-main', { destination: '10.0.0.0/16', target: 'pcx-bc' })
      .update('vc-sg-default', { ingress: [allow('10.0.0.0/8')] })
      .build();
    const result = trace(d, { from: 'app', to: 'far', protocol: 'tcp', port: 443 });
    expect(result.verdict.reason).toBe('PEERING_TRANSIT');
    const path = canvasPath(d, result);
    expect(path.dropEdge).toBe('pcx-ab');
    expect(path.dropNode).toBe('app');
    expect(highlightOf(d, result).dropEdge).toBe('pcx-ab');
  });

  it('marks the subnet when its network ACL denies the request', () => {
    const d = oneVpc()
      .add('instance', 'app', { parent: 'a' })
      .add('instance', 'db', { parent: 'c' })
      .add('network-acl', 'acl-c', {
        parent: 'main',
        inbound: [{ ruleNumber: 100, protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0', action: 'allow' }],
        outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }],
      })
      .update('c', { networkAcl: 'acl-c' })
      .update('main-sg-default', { ingress: [allow('10.0.0.0/16')] })
      .build();
    const result = trace(d, { from: 'app', to: 'db', protocol: 'tcp', port: 5432 });
    expect(result.verdict, JSON.stringify(result.forward.at(-1))).toEqual({ reachable: false, reason: 'NACL_DENY', at: 'acl-c' });
    expect(canvasPath(d, result).dropNode).toBe('c');
  });
});
