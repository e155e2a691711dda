import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { applyFix, findingsOf } from './service-testing.ts';

/** Seed scenario 5's account: a VPC with private subnets in two AZs and a public one with an IGW. */
function apiVpc() {
  return design('api')
    .account('api')
    .vpc('v', 'api', '10.30.0.0/16')
    .subnet('p1', 'v', '10.30.1.0/24', 'ap-northeast-2a')
    .subnet('p2', 'v', '10.30.2.0/24', 'ap-northeast-2c')
    .add('internet-gateway', 'igw', { parent: 'v' })
    .add('route-table', 'rt-public', { parent: 'v', routes: [{ destination: '10.30.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }] })
    .subnet('pub', 'v', '10.30.100.0/24', 'ap-northeast-2a', { routeTable: 'rt-public' });
}

const cluster = (compute = 'managed-nodes', fields: Record<string, unknown> = {}) =>
  apiVpc().add('eks-cluster', 'eks', { parent: 'p1', subnets: ['p1', 'p2'], compute, ...fields });

describe('EKS-NODEPORT', () => {
  it('refuses NodePort 8080 and offers a free port in range', () => {
    const d = cluster()
      .add('k8s-service', 'orders', { parent: 'eks', serviceType: 'NodePort', port: 80, nodePort: 30000 })
      .add('k8s-service', 'users', { parent: 'eks', serviceType: 'NodePort', port: 80, nodePort: 8080 })
      .build();
    const [error, ...rest] = findingsOf(d, 'EKS-NODEPORT');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ ruleId: 'EKS-NODEPORT:range', severity: 'error', resourceIds: ['users'] });
    expect(error!.message).toContain('8080');
    const fixed = applyFix(d, error!, 'free-node-port');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });
  it('refuses a NodePort Service on Fargate and a node target group outside the range', () => {
    const fargate = cluster('fargate').add('k8s-service', 'orders', { parent: 'eks', serviceType: 'NodePort', port: 80, nodePort: 30080 }).build();
    expect(findingsOf(fargate, 'EKS-NODEPORT').map((f) => f.ruleId)).toEqual(['EKS-NODEPORT:fargate']);
    const tg = cluster().add('target-group', 'tg', { parent: 'v', targetType: 'instance', port: 8080, targets: [{ target: 'eks' }] }).build();
    expect(findingsOf(tg, 'EKS-NODEPORT').map((f) => [f.ruleId, f.severity])).toEqual([['EKS-NODEPORT:target', 'warning']]);
  });
  it('refuses instance-mode load balancer targets on Fargate, a LoadBalancer Service by default and an instance target group (EKS-FG)', () => {
    const lbService = (fields: Record<string, unknown>) =>
      cluster('fargate')
        .add('nlb', 'nlb-1', { parent: 'p1', subnets: ['p1', 'p2'] })
        .add('k8s-service', 'orders', { parent: 'eks', serviceType: 'LoadBalancer', port: 80, loadBalancer: 'nlb-1', ...fields })
        .build();
    for (const fields of [{}, { targetType: 'instance' }]) {
      const [found, ...rest] = findingsOf(lbService(fields), 'EKS-NODEPORT');
      expect(rest).toEqual([]);
      expect(found).toMatchObject({ ruleId: 'EKS-NODEPORT:fargate-target', severity: 'error', resourceIds: ['orders', 'eks'], docUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html' });
      const fixed = applyFix(lbService(fields), found!, 'ip-targets');
      expect(fixed.remaining).toEqual([]);
      expect(fixed.newErrors).toEqual([]);
    }
    const tg = cluster('fargate').add('target-group', 'tg', { parent: 'v', targetType: 'instance', port: 30080, targets: [{ target: 'eks' }] }).build();
    expect(findingsOf(tg, 'EKS-NODEPORT').map((f) => [f.ruleId, f.severity])).toEqual([['EKS-NODEPORT:fargate-target', 'error']]);
  });
  it('stays quiet for IP targets on Fargate, and for a LoadBalancer Service in instance mode on nodes', () => {
    const ipMode = cluster('fargate')
      .add('nlb', 'nlb-1', { parent: 'p1', subnets: ['p1', 'p2'] })
      .add('k8s-service', 'orders', { parent: 'eks', serviceType: 'LoadBalancer', port: 80, loadBalancer: 'nlb-1', targetType: 'ip' })
      .add('target-group', 'tg', { parent: 'v', targetType: 'ip', port: 8080, targets: [{ target: 'eks' }] })
      .build();
    expect(findingsOf(ipMode, 'EKS-NODEPORT')).toEqual([]);
    const nodes = cluster().add('k8s-service', 'orders', { parent: 'eks', serviceType: 'LoadBalancer', port: 80, targetType: 'instance' }).build();
    expect(findingsOf(nodes, 'EKS-NODEPORT')).toEqual([]);
  });
  it('is quiet for seed 5: NodePorts 30080–30082 with target groups on them', () => {
    let b = cluster();
    for (const port of [30080, 30081, 30082]) {
      b = b
        .add('k8s-service', `svc-${port}`, { parent: 'eks', serviceType: 'NodePort', port: 80, nodePort: port })
        .add('target-group', `tg-${port}`, { parent: 'v', targetType: 'instance', port, targets: [{ target: 'eks' }] });
    }
    expect(findingsOf(b.build(), 'EKS-NODEPORT')).toEqual([]);
  });
});

describe('EKS-LBSVC', () => {
  it('notes one NLB per LoadBalancer Service and warns when two Services name one NLB', () => {
    const d = cluster()
      .add('nlb', 'nlb-1', { parent: 'p1', subnets: ['p1', 'p2'] })
      .add('k8s-service', 'a', { parent: 'eks', serviceType: 'LoadBalancer', port: 80, loadBalancer: 'nlb-1' })
      .add('k8s-service', 'b', { parent: 'eks', serviceType: 'LoadBalancer', port: 80, loadBalancer: 'nlb-1' })
      .build();
    expect(findingsOf(d, 'EKS-LBSVC').map((f) => [f.ruleId, f.severity])).toEqual([
      ['EKS-LBSVC:shared', 'warning'],
      ['EKS-LBSVC:one-per-service', 'info'],
    ]);
  });
  it('its fix serves the Services through one Ingress', () => {
    const d = cluster()
      .add('k8s-service', 'a', { parent: 'eks', serviceType: 'LoadBalancer', port: 80 })
      .add('k8s-service', 'b', { parent: 'eks', serviceType: 'LoadBalancer', port: 8080 })
      .build();
    const [info] = findingsOf(d, 'EKS-LBSVC');
    const fixed = applyFix(d, info!, 'use-ingress');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    const ingress = indexDesign(fixed.design).ofKind('k8s-ingress');
    expect(ingress.map((i) => i.rules.map((r) => `${r.service}:${r.port}`))).toEqual([['a:80', 'b:8080']]);
  });
  it('warns when the NLB has fewer EIPs than subnets', () => {
    const d = cluster()
      .add('elastic-ip', 'eip-1', { parent: 'api' })
      .add('nlb', 'nlb-1', { parent: 'pub', scheme: 'internet-facing', subnetMappings: [{ subnet: 'pub', elasticIp: 'eip-1' }, { subnet: 'p2' }] })
      .add('k8s-service', 'a', { parent: 'eks', serviceType: 'LoadBalancer', port: 80, loadBalancer: 'nlb-1' })
      .build();
    expect(findingsOf(d, 'EKS-LBSVC').map((f) => f.ruleId)).toEqual(['EKS-LBSVC:eips']);
  });
  it('is quiet for one LoadBalancer Service and an Ingress', () => {
    const d = cluster()
      .add('k8s-service', 'a', { parent: 'eks', serviceType: 'LoadBalancer', port: 80 })
      .add('k8s-service', 'b', { parent: 'eks', serviceType: 'ClusterIP', port: 80 })
      .add('k8s-ingress', 'ing', { parent: 'eks', targetType: 'ip', rules: [{ path: '/', service: 'b', port: 80 }] })
      .build();
    expect(findingsOf(d, 'EKS-LBSVC')).toEqual([]);
  });
});

describe('EKS-INGRESS', () => {
  it('refuses instance mode to a ClusterIP Service, and instance mode on Fargate; IP mode fixes both', () => {
    const clusterIp = cluster()
      .add('k8s-service', 'b', { parent: 'eks', serviceType: 'ClusterIP', port: 80 })
      .add('k8s-ingress', 'ing', { parent: 'eks', targetType: 'instance', rules: [{ path: '/', service: 'b', port: 80 }] })
      .build();
    const [error] = findingsOf(clusterIp, 'EKS-INGRESS');
    expect(error?.ruleId).toBe('EKS-INGRESS:instance-mode');
    const fixed = applyFix(clusterIp, error!, 'ip-mode');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    const fargate = cluster('fargate').add('k8s-ingress', 'ing', { parent: 'eks', targetType: 'instance', rules: [] }).build();
    expect(findingsOf(fargate, 'EKS-INGRESS').map((f) => f.ruleId)).toEqual(['EKS-INGRESS:fargate']);
  });
  it('refuses an Ingress whose cluster has subnets in one AZ only', () => {
    const d = apiVpc().add('eks-cluster', 'eks', { parent: 'p1', compute: 'managed-nodes' }).add('k8s-ingress', 'ing', { parent: 'eks', targetType: 'ip', rules: [] }).build();
    expect(findingsOf(d, 'EKS-INGRESS').map((f) => f.ruleId)).toEqual(['EKS-INGRESS:subnets']);
  });
  it('is quiet for instance mode to a NodePort Service across two AZs', () => {
    const d = cluster()
      .add('k8s-service', 'b', { parent: 'eks', serviceType: 'NodePort', port: 80, nodePort: 30080 })
      .add('k8s-ingress', 'ing', { parent: 'eks', targetType: 'instance', rules: [{ path: '/', service: 'b', port: 80 }] })
      .build();
    expect(findingsOf(d, 'EKS-INGRESS')).toEqual([]);
  });
});

describe('EKS-TAGS', () => {
  it('warns when no subnet carries the internal-elb tag; the fix tags the private subnets', () => {
    const d = cluster().add('k8s-ingress', 'ing', { parent: 'eks', targetType: 'ip', rules: [] }).build();
    const [warning] = findingsOf(d, 'EKS-TAGS');
    expect(warning?.message).toContain('kubernetes.io/role/internal-elb');
    const fixed = applyFix(d, warning!, 'tag-subnets');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });
  it('asks for the elb tag for an internet-facing load balancer', () => {
    const d = cluster()
      .add('nlb', 'nlb-1', { parent: 'pub', scheme: 'internet-facing' })
      .add('k8s-service', 'a', { parent: 'eks', serviceType: 'LoadBalancer', port: 80, loadBalancer: 'nlb-1' })
      .update('p1', { tags: { 'kubernetes.io/role/internal-elb': '1' } })
      .build();
    expect(findingsOf(d, 'EKS-TAGS').map((f) => f.message.includes('kubernetes.io/role/elb'))).toEqual([true]);
  });
  it('is quiet when a subnet is tagged, or when nothing asks for a load balancer', () => {
    const tagged = cluster().update('p1', { tags: { 'kubernetes.io/role/internal-elb': '1' } }).add('k8s-ingress', 'ing', { parent: 'eks', targetType: 'ip', rules: [] }).build();
    expect(findingsOf(tagged, 'EKS-TAGS')).toEqual([]);
    expect(findingsOf(cluster().build(), 'EKS-TAGS')).toEqual([]);
  });
});

describe('EKS-FARGATE', () => {
  it('refuses Fargate pods in a public subnet', () => {
    const d = apiVpc().add('eks-cluster', 'eks', { parent: 'p1', subnets: ['p1', 'pub'], compute: 'fargate' }).build();
    expect(findingsOf(d, 'EKS-FARGATE').map((f) => f.resourceIds)).toEqual([['eks', 'pub']]);
  });
  it('is quiet in private subnets', () => {
    expect(findingsOf(cluster('fargate').build(), 'EKS-FARGATE')).toEqual([]);
  });
});

describe('EKS-SGPOD', () => {
  it('warns on t-family nodes and on externalTrafficPolicy: Local', () => {
    const d = cluster('managed-nodes', { securityGroupsForPods: true, nodeInstanceType: 't3.large' })
      .add('k8s-service', 'a', { parent: 'eks', serviceType: 'NodePort', port: 80, nodePort: 30080, externalTrafficPolicy: 'Local' })
      .build();
    expect(findingsOf(d, 'EKS-SGPOD').map((f) => f.ruleId).sort()).toEqual(['EKS-SGPOD:instance-type', 'EKS-SGPOD:traffic-policy']);
  });
  it('is quiet on Nitro nodes, on Fargate, or without security groups for pods', () => {
    expect(findingsOf(cluster('managed-nodes', { securityGroupsForPods: true, nodeInstanceType: 'm5.large' }).build(), 'EKS-SGPOD')).toEqual([]);
    expect(findingsOf(cluster('fargate', { securityGroupsForPods: true, nodeInstanceType: 't3.large' }).build(), 'EKS-SGPOD')).toEqual([]);
    expect(findingsOf(cluster('managed-nodes', { nodeInstanceType: 't3.large' }).build(), 'EKS-SGPOD')).toEqual([]);
  });
});

/** Seed scenario 4: opsnow's Fargate services behind an internal ALB. */
function opsnow() {
  return apiVpc()
    .add('alb', 'alb', { parent: 'p1', subnets: ['p1', 'p2'] })
    .add('target-group', 'tg-orders', { parent: 'v', targetType: 'ip', protocol: 'HTTP', port: 8080, targets: [] })
    .add('ecs-service', 'orders', { parent: 'p1', subnets: ['p1', 'p2'], targetGroups: ['tg-orders'] });
}

describe('ECS-AWSVPC', () => {
  it('refuses a Fargate service whose target group is of type instance; the fix makes it ip', () => {
    const d = opsnow().update('tg-orders', { targetType: 'instance' }).build();
    const [error, ...rest] = findingsOf(d, 'ECS-AWSVPC');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ ruleId: 'ECS-AWSVPC:target-type', severity: 'error', resourceIds: ['orders', 'tg-orders'] });
    const fixed = applyFix(d, error!, 'ip-target-group');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
  });
  it('warns that a Fargate service in a public subnet without a public IP cannot pull images', () => {
    const d = opsnow().add('ecs-service', 'edge', { parent: 'pub', assignPublicIp: false }).build();
    const [warning, ...rest] = findingsOf(d, 'ECS-AWSVPC');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ ruleId: 'ECS-AWSVPC:image-pull', severity: 'warning', resourceIds: ['edge', 'pub'] });
    expect(warning!.message).toContain('cannot pull their images');
    const fixed = applyFix(d, warning!, 'assign-public-ip');
    expect(fixed.remaining).toEqual([]);
  });
  it('refuses Fargate in bridge mode, an EC2 task with a public IP, and too many groups', () => {
    const groups = Array.from({ length: 6 }, (_, i) => `sg-${i}`);
    let b = opsnow();
    for (const id of groups) b = b.add('security-group', id, { parent: 'v', ingress: [], egress: [] });
    const d = b
      .add('ecs-service', 'bridge', { parent: 'p1', networkMode: 'bridge' })
      .add('ecs-service', 'ec2', { parent: 'p1', launchType: 'EC2', assignPublicIp: true })
      .add('ecs-service', 'crowded', { parent: 'p1', securityGroups: groups })
      .build();
    expect(findingsOf(d, 'ECS-AWSVPC').map((f) => f.ruleId).sort()).toEqual(['ECS-AWSVPC:network-mode', 'ECS-AWSVPC:public-ip', 'ECS-AWSVPC:security-groups']);
  });
  it('is quiet for seed 4 as drawn: Fargate in private subnets behind ip target groups, or public with a public IP', () => {
    expect(findingsOf(opsnow().build(), 'ECS-AWSVPC')).toEqual([]);
    expect(findingsOf(opsnow().add('ecs-service', 'edge', { parent: 'pub', assignPublicIp: true }).build(), 'ECS-AWSVPC')).toEqual([]);
  });
});
