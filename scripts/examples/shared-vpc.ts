/** Seed scenario 1: a shared VPC, and a RabbitMQ broker a participant cannot run in it. */
import { design } from '../../src/engine/testing/builder.ts';
import { AZ_A, AZ_C, finish, twoTierVpc, type Example } from './common.ts';

const ORG = { organization: 'o-landingzone', ramOrganizationSharing: true };
const SHARED = ['10.0.1.0/24', '10.0.2.0/24'];

export function sharedVpc(): Example {
  const b = design('Shared VPC and a RabbitMQ broker')
    .account('network', { ...ORG, accountId: '111111111111', description: 'Owns the shared VPC.' })
    .account('dept-a', {
      ...ORG,
      accountId: '222222222222',
      description: 'A participant: runs its workloads in the shared subnets.',
    });
  twoTierVpc(b, {
    vpc: 'main',
    account: 'network',
    cidr: '10.0.0.0/16',
    publicSubnets: [
      { id: 'public-a', cidr: '10.0.11.0/24', az: AZ_A },
      { id: 'public-c', cidr: '10.0.12.0/24', az: AZ_C },
    ],
    privateSubnets: [
      { id: 'shared-a', cidr: SHARED[0]!, az: AZ_A },
      { id: 'shared-c', cidr: SHARED[1]!, az: AZ_C },
    ],
    nat: 'main-nat',
  });
  b.add('ram-share', 'share-main-private', {
    name: 'main private subnets → dept-a',
    resources: ['shared-a', 'shared-c'],
    principals: ['dept-a'],
  });
  // Participants create their own security groups in the shared VPC.
  b.add('security-group', 'dept-a-app-sg', {
    name: 'dept-a app',
    parent: 'main',
    account: 'dept-a',
    ingress: [],
    egress: [
      { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } },
    ],
  })
    .add('security-group', 'orders-mq-sg', {
      name: 'orders-mq',
      parent: 'main',
      account: 'dept-a',
      ingress: SHARED.map((cidr) => ({
        protocol: 'tcp',
        fromPort: 5671,
        toPort: 5671,
        peer: { kind: 'cidr', cidr },
        description: 'AMQPS from the shared subnets',
      })),
      egress: [],
    })
    .add('ecs-service', 'orders-svc', {
      name: 'orders',
      parent: 'shared-a',
      account: 'dept-a',
      subnets: ['shared-c'],
      launchType: 'FARGATE',
      securityGroups: ['dept-a-app-sg'],
      desiredCount: 2,
      containerPort: 8080,
      taskRole: 'orders-task',
    })
    .add('instance', 'batch-1', {
      name: 'batch',
      parent: 'shared-c',
      account: 'dept-a',
      securityGroups: ['dept-a-app-sg'],
      instanceType: 't3.medium',
    })
    .add('mq-broker', 'orders-mq', {
      parent: 'shared-a',
      account: 'dept-a',
      subnets: ['shared-c'],
      engine: 'rabbitmq',
      deploymentMode: 'CLUSTER_MULTI_AZ',
      securityGroups: ['orders-mq-sg'],
      engineVersion: '3.13',
      description: 'Dept-a’s RabbitMQ broker, placed in a subnet it only shares: AWS refuses this.',
    });
  return {
    id: 'shared-vpc-rabbitmq',
    title: 'Shared VPC and a RabbitMQ broker',
    summary:
      'Account network shares two private subnets of VPC main with dept-a through RAM. Dept-a’s ECS service and EC2 instance run there; its Amazon MQ RabbitMQ broker cannot, because the broker’s account must own the VPC.',
    file: 'shared-vpc-rabbitmq.json',
    design: finish(
      b,
      'Seed scenario 1: a landing zone in an Organization with a shared VPC, and the broker that does not fit.',
    ),
  };
}
