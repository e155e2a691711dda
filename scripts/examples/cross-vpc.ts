/** Seed scenario 3: EKS in one VPC calling ECS in another: peering, and the overlapping-CIDR workaround. */
import { design, type DesignBuilder } from '../../src/engine/testing/builder.ts';
import {
  AZ_A,
  AZ_C,
  finish,
  REGION,
  routeTable,
  subnets,
  twoTierVpc,
  type Example,
} from './common.ts';

const anywhere = [
  { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } },
];
const tcp = (port: number, peer: Record<string, string>, description?: string) => ({
  protocol: 'tcp',
  fromPort: port,
  toPort: port,
  peer,
  ...(description ? { description } : {}),
});

/** A workload VPC 10.<octet>.0.0/16 with a NAT gateway and `peerRoutes` on its private table. */
function workloadVpc(
  b: DesignBuilder,
  vpc: string,
  account: string,
  octet: number,
  peerRoutes: { destination: string; target: string }[],
) {
  twoTierVpc(b, {
    vpc,
    account,
    cidr: `10.${octet}.0.0/16`,
    publicSubnets: [
      { id: `${vpc}-public-a`, cidr: `10.${octet}.0.0/24`, az: AZ_A, name: 'public-a' },
      { id: `${vpc}-public-c`, cidr: `10.${octet}.1.0/24`, az: AZ_C, name: 'public-c' },
    ],
    privateSubnets: [
      { id: `${vpc}-private-a`, cidr: `10.${octet}.10.0/24`, az: AZ_A, name: 'private-a' },
      { id: `${vpc}-private-c`, cidr: `10.${octet}.11.0/24`, az: AZ_C, name: 'private-c' },
    ],
    nat: `${vpc}-nat`,
    routes: peerRoutes,
  });
}

/** B's internal ALB → ECS service (ip targets) in `subnets`, ALB open to `clients`. */
function ecsBehindAlb(
  b: DesignBuilder,
  vpc: string,
  albSubnets: readonly string[],
  serviceSubnets: readonly string[],
  clients: readonly string[],
) {
  b.add('security-group', `${vpc}-alb-sg`, {
    name: 'orders alb',
    parent: vpc,
    ingress: clients.map((cidr) => tcp(80, { kind: 'cidr', cidr }, 'callers in the other VPC')),
    egress: anywhere,
  })
    .add('security-group', `${vpc}-orders-sg`, {
      name: 'orders tasks',
      parent: vpc,
      ingress: [
        tcp(8080, { kind: 'security-group', securityGroup: `${vpc}-alb-sg` }, 'from the ALB'),
      ],
      egress: anywhere,
    })
    .add('target-group', `${vpc}-orders-tg`, {
      name: 'orders',
      parent: vpc,
      targetType: 'ip',
      protocol: 'HTTP',
      port: 8080,
      targets: [{ target: `${vpc}-orders`, port: 8080 }],
    })
    .add('alb', `${vpc}-alb`, {
      name: 'orders internal alb',
      parent: albSubnets[0],
      scheme: 'internal',
      subnets: albSubnets.slice(1),
      securityGroups: [`${vpc}-alb-sg`],
      listeners: [{ protocol: 'HTTP', port: 80, targetGroup: `${vpc}-orders-tg` }],
    })
    .add('ecs-service', `${vpc}-orders`, {
      name: 'orders',
      parent: serviceSubnets[0],
      subnets: serviceSubnets.slice(1),
      launchType: 'FARGATE',
      securityGroups: [`${vpc}-orders-sg`],
      desiredCount: 2,
      containerPort: 8080,
      targetGroups: [`${vpc}-orders-tg`],
    });
}

function eksCluster(b: DesignBuilder, vpc: string, subnetIds: readonly string[]) {
  b.add('security-group', `${vpc}-nodes-sg`, {
    name: 'eks nodes',
    parent: vpc,
    ingress: [tcp(443, { kind: 'security-group', securityGroup: `${vpc}-nodes-sg` })],
    egress: anywhere,
  }).add('eks-cluster', `${vpc}-eks`, {
    name: 'shop eks',
    parent: subnetIds[0],
    subnets: subnetIds.slice(1),
    compute: 'managed-nodes',
    nodeInstanceType: 'm6i.large',
    nodeSecurityGroups: [`${vpc}-nodes-sg`],
  });
}

export function peeredVpcs(): Example {
  const b = design('EKS in one VPC, ECS in another')
    .account('team-eks', { accountId: '444444444444' })
    .account('team-ecs', { accountId: '555555555555' });
  workloadVpc(b, 'vpc-a', 'team-eks', 0, [{ destination: '10.1.0.0/16', target: 'pcx-a-b' }]);
  workloadVpc(b, 'vpc-b', 'team-ecs', 1, [
    { destination: '10.0.0.0/16', target: 'pcx-a-b' },
    { destination: '10.2.0.0/16', target: 'pcx-b-c' },
  ]);
  workloadVpc(b, 'vpc-c', 'team-ecs', 2, [{ destination: '10.1.0.0/16', target: 'pcx-b-c' }]);
  b.add('vpc-peering', 'pcx-a-b', {
    name: 'A ↔ B',
    requesterVpc: 'vpc-a',
    accepterVpc: 'vpc-b',
  }).add('vpc-peering', 'pcx-b-c', {
    name: 'B ↔ C',
    requesterVpc: 'vpc-b',
    accepterVpc: 'vpc-c',
  });
  eksCluster(b, 'vpc-a', ['vpc-a-private-a', 'vpc-a-private-c']);
  ecsBehindAlb(
    b,
    'vpc-b',
    ['vpc-b-private-a', 'vpc-b-private-c'],
    ['vpc-b-private-a', 'vpc-b-private-c'],
    ['10.0.0.0/16'],
  );
  b.add('instance', 'vpc-c-reports', {
    name: 'reports',
    parent: 'vpc-c-private-a',
    securityGroups: ['vpc-c-sg-default'],
    port: 8080,
  });
  return {
    id: 'eks-ecs-peering',
    title: 'EKS in one VPC, ECS in another',
    summary:
      'VPC A (EKS, account team-eks) calls the ECS service behind VPC B’s internal ALB (account team-ecs) over a peering with routes on both sides; B’s ALB allows A’s CIDR. VPC C is peered with B only, so A cannot reach it.',
    file: 'eks-ecs-peering.json',
    design: finish(
      b,
      'Seed scenario 3: VPC peering between an EKS VPC and an ECS VPC, the working state.',
    ),
  };
}

export function overlappingVpcs(): Example {
  const b = design('Overlapping CIDRs: private NAT and a transit gateway')
    .account('team-eks', { accountId: '444444444444' })
    .account('team-ecs', { accountId: '555555555555' });
  // Both VPCs use 10.0.0.0/16; each adds a routable secondary block for the traffic between them.
  const sides = [
    { vpc: 'vpc-a', account: 'team-eks', routable: '10.100.0.0/24', remote: '10.101.0.0/24' },
    { vpc: 'vpc-b', account: 'team-ecs', routable: '10.101.0.0/24', remote: '10.100.0.0/24' },
  ];
  b.add('transit-gateway', 'tgw', {
    name: 'shared tgw',
    parent: 'team-eks',
    region: REGION,
    amazonSideAsn: 64512,
    routeTables: [
      {
        id: 'tgw-rtb',
        name: 'routable',
        routes: sides.map((side) => ({
          destination: side.routable,
          attachment: `${side.vpc}-attach`,
        })),
      },
    ],
  }).add('ram-share', 'share-tgw', {
    name: 'shared tgw → team-ecs',
    resources: ['tgw'],
    principals: ['team-ecs'],
  });
  for (const side of sides) {
    const { vpc, account, routable, remote } = side;
    // The routable /24: two /26s for workloads, two /28s for the attachment alone (TGW-NACL).
    const prefix = routable.slice(0, routable.lastIndexOf('.') + 1);
    b.vpc(vpc, account, ['10.0.0.0/16', routable], { name: vpc });
    const toRemote = vpc === 'vpc-a' ? 'vpc-a-private-nat' : 'tgw';
    routeTable(
      b,
      `${vpc}-rtb-private`,
      vpc,
      ['10.0.0.0/16', routable],
      [{ destination: remote, target: toRemote }],
      `${vpc} private`,
    );
    routeTable(
      b,
      `${vpc}-rtb-routable`,
      vpc,
      ['10.0.0.0/16', routable],
      [{ destination: remote, target: 'tgw' }],
      `${vpc} routable`,
    );
    subnets(
      b,
      vpc,
      [
        { id: `${vpc}-private-a`, cidr: '10.0.1.0/24', az: AZ_A, name: 'private-a' },
        { id: `${vpc}-private-c`, cidr: '10.0.2.0/24', az: AZ_C, name: 'private-c' },
      ],
      { routeTable: `${vpc}-rtb-private` },
    );
    subnets(
      b,
      vpc,
      [
        { id: `${vpc}-routable-a`, cidr: `${prefix}0/26`, az: AZ_A, name: 'routable-a' },
        { id: `${vpc}-routable-c`, cidr: `${prefix}64/26`, az: AZ_C, name: 'routable-c' },
        { id: `${vpc}-tgw-a`, cidr: `${prefix}128/28`, az: AZ_A, name: 'tgw-a' },
        { id: `${vpc}-tgw-c`, cidr: `${prefix}144/28`, az: AZ_C, name: 'tgw-c' },
      ],
      { routeTable: `${vpc}-rtb-routable` },
    );
    b.add('tgw-attachment', `${vpc}-attach`, {
      name: `${vpc} → tgw`,
      transitGateway: 'tgw',
      vpc,
      subnets: [`${vpc}-tgw-a`, `${vpc}-tgw-c`],
      routeTable: 'tgw-rtb',
      propagations: [],
    });
  }
  // A's outbound traffic to B is translated to an address of A's routable block.
  b.add('nat-gateway', 'vpc-a-private-nat', {
    name: 'A private NAT',
    parent: 'vpc-a-routable-a',
    connectivity: 'private',
    privateIp: '10.100.0.10',
    elasticIps: [],
  });
  eksCluster(b, 'vpc-a', ['vpc-a-private-a', 'vpc-a-private-c']);
  ecsBehindAlb(
    b,
    'vpc-b',
    ['vpc-b-routable-a', 'vpc-b-routable-c'],
    ['vpc-b-private-a', 'vpc-b-private-c'],
    ['10.100.0.0/24'],
  );
  return {
    id: 'overlapping-cidr-tgw',
    title: 'Overlapping CIDRs: private NAT and a transit gateway',
    summary:
      'Two VPCs both use 10.0.0.0/16, so they cannot peer. Each adds a routable secondary block and subnets attached to a transit gateway with static routes; A’s private NAT gateway translates its calls, and B’s internal ALB in its routable subnets forwards to the ECS service.',
    file: 'overlapping-cidr-tgw.json',
    design: finish(
      b,
      'Seed scenario 3, the overlapping-CIDR workaround: routable secondary CIDRs, private NAT gateway, transit gateway.',
    ),
  };
}
