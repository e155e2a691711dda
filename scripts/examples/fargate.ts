/** Seed scenario 4: three ECS services on Fargate behind one internal ALB, found through Cloud Map. */
import { design } from '../../src/engine/testing/builder.ts';
import { AZ_A, AZ_C, finish, twoTierVpc, type Example } from './common.ts';

const VPC_CIDR = '10.40.0.0/16';
const NAMESPACE = 'opsnow.local';
const anywhere = [
  { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } },
];
const fromGroup = (securityGroup: string, port: number, description: string) => ({
  protocol: 'tcp',
  fromPort: port,
  toPort: port,
  peer: { kind: 'security-group', securityGroup },
  description,
});

/** Who may call whom: the web calls the API, the API calls billing. */
const SERVICES = [
  { id: 'web', listener: 80, callers: [] as string[] },
  { id: 'api', listener: 8080, callers: ['web'] },
  { id: 'billing', listener: 8081, callers: ['api'] },
];

export function fargate(): Example {
  const b = design('ECS on Fargate rather than Kubernetes').account('opsnow', {
    accountId: '666666666666',
  });
  twoTierVpc(b, {
    vpc: 'opsnow-vpc',
    account: 'opsnow',
    cidr: VPC_CIDR,
    name: 'opsnow',
    publicSubnets: [
      { id: 'public-a', cidr: '10.40.0.0/24', az: AZ_A },
      { id: 'public-c', cidr: '10.40.1.0/24', az: AZ_C },
    ],
    privateSubnets: [
      { id: 'private-a', cidr: '10.40.10.0/24', az: AZ_A },
      { id: 'private-c', cidr: '10.40.11.0/24', az: AZ_C },
    ],
    nat: 'nat',
  });

  b.add('security-group', 'alb-sg', {
    name: 'internal alb',
    parent: 'opsnow-vpc',
    ingress: SERVICES.map((s) => ({
      protocol: 'tcp',
      fromPort: s.listener,
      toPort: s.listener,
      peer: { kind: 'cidr', cidr: VPC_CIDR },
    })),
    egress: anywhere,
  });
  for (const service of SERVICES) {
    b.add('security-group', `${service.id}-sg`, {
      name: service.id,
      parent: 'opsnow-vpc',
      ingress: [
        fromGroup('alb-sg', 8080, 'from the ALB'),
        ...service.callers.map((caller) =>
          fromGroup(`${caller}-sg`, 8080, `${caller} calls ${service.id} through Cloud Map`),
        ),
      ],
      egress: anywhere,
    }).add('target-group', `${service.id}-tg`, {
      name: service.id,
      parent: 'opsnow-vpc',
      targetType: 'ip',
      protocol: 'HTTP',
      port: 8080,
      targets: [{ target: `${service.id}-svc`, port: 8080 }],
    });
  }
  b.add('alb', 'internal-alb', {
    name: 'opsnow internal',
    parent: 'private-a',
    scheme: 'internal',
    subnets: ['private-c'],
    securityGroups: ['alb-sg'],
    listeners: SERVICES.map((s) => ({
      protocol: 'HTTP',
      port: s.listener,
      targetGroup: `${s.id}-tg`,
    })),
  });
  SERVICES.forEach((service, i) => {
    b.add('ecs-service', `${service.id}-svc`, {
      name: service.id,
      parent: i % 2 === 0 ? 'private-a' : 'private-c',
      subnets: [i % 2 === 0 ? 'private-c' : 'private-a'],
      launchType: 'FARGATE',
      networkMode: 'awsvpc',
      securityGroups: [`${service.id}-sg`],
      assignPublicIp: false,
      desiredCount: 2,
      containerPort: 8080,
      targetGroups: [`${service.id}-tg`],
      serviceDiscoveryNamespace: NAMESPACE,
      taskRole: `${service.id}-task`,
      image: `666666666666.dkr.ecr.ap-northeast-2.amazonaws.com/${service.id}:latest`,
    });
  });
  return {
    id: 'ecs-fargate',
    title: 'ECS on Fargate rather than Kubernetes',
    summary:
      'Three Fargate services (web, api, billing), each with its own security group and task role, registered in the Cloud Map namespace opsnow.local and behind one internal ALB with ip target groups. The api allows the web’s group; billing allows the api’s.',
    file: 'ecs-fargate.json',
    design: finish(
      b,
      'Seed scenario 4: ECS on Fargate with awsvpc networking, ip target groups and security-group references.',
    ),
  };
}
