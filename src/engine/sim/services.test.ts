import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { AZ_A, AZ_C, allow, allowGroup, group, oneVpc, path, run, show } from './testing.ts';

/** Seed scenario 5: REST API → VPC link v1 → internal NLB → NodePort services on EKS nodes. */
function apiToNodePorts(nodeIngress = [allow('10.30.0.0/16', 30000, 32767)]) {
  const b = design()
    .account('api')
    .vpc('vpc', 'api', '10.30.0.0/16')
    .subnet('p-a', 'vpc', '10.30.1.0/24', AZ_A)
    .subnet('p-c', 'vpc', '10.30.2.0/24', AZ_C)
    .add('eks-cluster', 'eks', { parent: 'p-a', subnets: ['p-c'], compute: 'managed-nodes', nodeSecurityGroups: ['sg-nodes'] })
    .add('k8s-service', 'svc-a', { parent: 'eks', serviceType: 'NodePort', port: 8080, nodePort: 30080 })
    .add('k8s-service', 'svc-b', { parent: 'eks', serviceType: 'NodePort', port: 8081, nodePort: 30081 })
    .add('target-group', 'tg-a', { parent: 'vpc', targetType: 'instance', protocol: 'TCP', port: 30080, targets: [{ target: 'eks' }] })
    .add('target-group', 'tg-b', { parent: 'vpc', targetType: 'instance', protocol: 'TCP', port: 30081, targets: [{ target: 'eks' }] })
    .add('nlb', 'nlb', { parent: 'p-a', subnets: ['p-c'], scheme: 'internal', listeners: [{ protocol: 'TCP', port: 8080, targetGroup: 'tg-a' }, { protocol: 'TCP', port: 8081, targetGroup: 'tg-b' }] })
    .add('vpc-link', 'link', { parent: 'api', version: 'v1', targets: ['nlb'] })
    .add('api-gateway', 'rest', { parent: 'api', apiType: 'rest', integrations: [{ path: '/a/{proxy+}', method: 'ANY', vpcLink: 'link', target: 'nlb', port: 8080 }] })
    .add('external', 'client', { endpointType: 'internet' })
    .add('instance', 'tester', { parent: 'p-a' });
  return group(b, 'sg-nodes', 'vpc', nodeIngress);
}

describe('API Gateway and VPC links', () => {
  it('internet client → API → VPC link v1 → NLB:8080 → node:30080 is reachable', () => {
    const result = run(apiToNodePorts().build(), 'client', 'rest', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const steps = path(result);
    expect(steps).toEqual(expect.arrayContaining(['api-gateway rest allow', 'vpc-link link forward', 'listener nlb allow', 'sg-ingress sg-nodes allow']));
    expect(result.forward.find((h) => h.step === 'sg-ingress')?.matched).toContain('30000-32767');
    // PrivateLink never preserves the client address: the node sees the NLB.
    expect(result.forward.find((h) => h.step === 'target')?.note).toContain("sees nlb's address");
  });

  it('is blocked at the nodes when their group does not allow the NLB subnets', () => {
    const result = run(apiToNodePorts([allow('10.99.0.0/16', 30000, 32767)]).build(), 'client', 'rest', 443);
    expect(result.verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-nodes' });
  });

  it('a v1 link cannot reach an ALB; a v2 link can, from its own interfaces (APIGW-REST, APIGW-V2)', () => {
    const withAlb = () =>
      apiToNodePorts()
        .add('security-group', 'sg-alb', { parent: 'vpc', ingress: [allow('10.30.0.0/16', 443)], egress: [allow('0.0.0.0/0')] })
        .add('target-group', 'tg-alb', { parent: 'vpc', targetType: 'instance', protocol: 'HTTP', port: 30080, targets: [{ target: 'eks' }] })
        .add('alb', 'alb', { parent: 'p-a', subnets: ['p-c'], scheme: 'internal', securityGroups: ['sg-alb'], listeners: [{ protocol: 'HTTPS', port: 443, targetGroup: 'tg-alb' }] });
    const v1 = withAlb()
      .add('vpc-link', 'link-alb', { parent: 'api', version: 'v1', targets: ['alb'] })
      .update('rest', { integrations: [{ path: '/', method: 'ANY', vpcLink: 'link-alb', target: 'alb', port: 443 }] })
      .build();
    expect(run(v1, 'client', 'rest', 443).verdict).toEqual({ reachable: false, reason: 'NO_TARGET', at: 'link-alb' });
    const v2 = withAlb()
      .add('vpc-link', 'link-v2', { parent: 'api', version: 'v2', targets: ['alb'], subnets: ['p-a', 'p-c'] })
      .update('rest', { integrations: [{ path: '/', method: 'ANY', vpcLink: 'link-v2', target: 'alb', port: 443 }] })
      .build();
    const result = run(v2, 'client', 'rest', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'vpc-link')?.note).toContain("VPC link's interface");
  });

  it('an API listens on 443 only', () => {
    expect(run(apiToNodePorts().build(), 'client', 'rest', 80).verdict).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'rest' });
  });
});

describe('Kubernetes Services', () => {
  it('a NodePort Service is reached on its node port on the nodes (EKS-NODEPORT)', () => {
    const result = run(apiToNodePorts().build(), 'tester', 'svc-a', 8080);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'sg-ingress')?.note).toContain('tcp/30080');
  });

  it('a ClusterIP Service is not reachable from outside its cluster', () => {
    const d = apiToNodePorts().add('k8s-service', 'internal', { parent: 'eks', serviceType: 'ClusterIP', port: 80 }).build();
    expect(run(d, 'tester', 'internal', 80).verdict).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'internal' });
  });

  it('a LoadBalancer Service is its NLB, and an Ingress its ALB', () => {
    const d = apiToNodePorts()
      .add('k8s-service', 'lb-svc', { parent: 'eks', serviceType: 'LoadBalancer', port: 8080, nodePort: 30080, loadBalancer: 'nlb' })
      .add('security-group', 'sg-ing', { parent: 'vpc', ingress: [allow('10.30.0.0/16', 80)], egress: [allow('0.0.0.0/0')] })
      .add('alb', 'ing-alb', { parent: 'p-a', subnets: ['p-c'], scheme: 'internal', securityGroups: ['sg-ing'], listeners: [{ protocol: 'HTTP', port: 80 }] })
      .add('k8s-ingress', 'ing', { parent: 'eks', loadBalancer: 'ing-alb', targetType: 'instance', rules: [{ path: '/', service: 'svc-a', port: 8080 }] })
      .build();
    const viaService = run(d, 'tester', 'lb-svc', 8080);
    expect(viaService.verdict, show(viaService)).toEqual({ reachable: true });
    expect(path(viaService)).toContain('listener nlb allow');
    const viaIngress = run(d, 'tester', 'ing', 80);
    expect(viaIngress.verdict, show(viaIngress)).toEqual({ reachable: true });
    expect(viaIngress.forward.find((h) => h.step === 'target')?.matched).toContain('eks:30080');
  });
});

describe('a LoadBalancer Service without a target group of its own', () => {
  const owned = (targetType?: 'instance' | 'ip') =>
    apiToNodePorts([allow('10.30.0.0/16', 0)])
      .add('nlb', 'svc-nlb', { parent: 'p-a', subnets: ['p-c'], scheme: 'internal', listeners: [{ protocol: 'TCP', port: 80 }] })
      .add('k8s-service', 'web', { parent: 'eks', serviceType: 'LoadBalancer', port: 80, targetPort: 8080, nodePort: 30090, loadBalancer: 'svc-nlb', ...(targetType ? { targetType } : {}) })
      .build();
  it('sends to the nodes\' NodePort in instance mode, the default', () => {
    for (const mode of [undefined, 'instance'] as const) {
      const result = run(owned(mode), 'tester', 'web', 80);
      expect(result.verdict, show(result)).toEqual({ reachable: true });
      expect(result.forward.find((h) => h.step === 'target')?.matched).toContain('eks:30090');
    }
  });
  it('sends to the pods\' target port with IP targets', () => {
    const result = run(owned('ip'), 'tester', 'web', 80);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'target')?.matched).toContain('eks:8080');
  });
});

describe('ECS tasks and Amazon MQ', () => {
  /** Seed scenario 4: Fargate services with their own groups. */
  function fargate(calleeIngress: Parameters<typeof group>[3]) {
    const b = oneVpc()
      .add('ecs-service', 'orders', { parent: 'a', subnets: ['c'], launchType: 'FARGATE', securityGroups: ['sg-orders'] })
      .add('ecs-service', 'payments', { parent: 'c', subnets: ['a'], launchType: 'FARGATE', securityGroups: ['sg-payments'], containerPort: 8080 })
      .add('ecs-service', 'search', { parent: 'a', launchType: 'FARGATE', securityGroups: ['sg-search'] });
    group(b, 'sg-orders', 'main', []);
    group(b, 'sg-search', 'main', []);
    return group(b, 'sg-payments', 'main', calleeIngress).build();
  }

  it("reaches a task when its group allows the caller's group, not otherwise", () => {
    const d = fargate([allowGroup('sg-orders', 8080)]);
    const result = run(d, 'orders', 'payments', 8080);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'sg-ingress')?.matched).toContain('from sg-orders');
    expect(run(d, 'search', 'payments', 8080).verdict).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-payments' });
  });

  it("reaches a RabbitMQ broker's endpoint on 5671 through the broker's groups (MQ-PRIVATE)", () => {
    const b = oneVpc()
      .add('mq-broker', 'mq', { parent: 'a', engine: 'rabbitmq', deploymentMode: 'SINGLE_INSTANCE', securityGroups: ['sg-mq'] })
      .add('ecs-service', 'worker', { parent: 'c', securityGroups: ['sg-worker'] });
    group(b, 'sg-worker', 'main', []);
    const d = group(b, 'sg-mq', 'main', [allow('10.0.2.0/24', 5671)]).build();
    expect(run(d, 'worker', 'mq', 5671).verdict).toEqual({ reachable: true });
    expect(run(d, 'worker', 'mq', 5672).verdict).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'mq' });
  });
});
