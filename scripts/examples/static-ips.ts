/** Seed scenario 2: fixed addresses for a partner's firewall in front of Elastic Beanstalk. */
import { design } from '../../src/engine/testing/builder.ts';
import { AZ_A, AZ_C, finish, REGION, twoTierVpc, type Example } from './common.ts';

const VPC_CIDR = '10.20.0.0/16';
const PARTNER = '203.0.113.0/24';
const EB_TAG = { 'elasticbeanstalk:environment-name': 'api-prod' };

export function staticIps(): Example {
  const b = design('Static IPs for a partner firewall').account('prod', {
    accountId: '333333333333',
  });
  twoTierVpc(b, {
    vpc: 'prod-vpc',
    account: 'prod',
    cidr: VPC_CIDR,
    name: 'prod',
    publicSubnets: [
      { id: 'public-a', cidr: '10.20.0.0/24', az: AZ_A },
      { id: 'public-c', cidr: '10.20.1.0/24', az: AZ_C },
    ],
    privateSubnets: [
      { id: 'private-a', cidr: '10.20.10.0/24', az: AZ_A },
      { id: 'private-c', cidr: '10.20.11.0/24', az: AZ_C },
    ],
    nat: 'nat',
  });

  const tcp = (port: number, peer: Record<string, string>, description: string) => ({
    protocol: 'tcp',
    fromPort: port,
    toPort: port,
    peer,
    description,
  });
  const anywhere = [
    { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } },
  ];
  b.add('security-group', 'proxy-sg', {
    name: 'proxy',
    parent: 'prod-vpc',
    // The NLB preserves the client's address, so the partner's range must be allowed here.
    ingress: [
      tcp(443, { kind: 'cidr', cidr: PARTNER }, 'partner, seen through the NLB'),
      tcp(443, { kind: 'cidr', cidr: VPC_CIDR }, 'NLB health checks'),
    ],
    egress: anywhere,
  })
    .add('security-group', 'eb-alb-sg', {
      name: 'beanstalk alb',
      parent: 'prod-vpc',
      ingress: [tcp(80, { kind: 'security-group', securityGroup: 'proxy-sg' }, 'from the proxies')],
      egress: anywhere,
    })
    .add('security-group', 'eb-app-sg', {
      name: 'beanstalk instances',
      parent: 'prod-vpc',
      ingress: [
        tcp(
          80,
          { kind: 'security-group', securityGroup: 'eb-alb-sg' },
          'from the environment ALB',
        ),
      ],
      egress: anywhere,
    });

  // Internet-facing NLB with one Elastic IP per AZ: the addresses the partner allowlists.
  for (const zone of ['a', 'c']) {
    b.add('elastic-ip', `nlb-eip-${zone}`, {
      name: `partner entry ${zone}`,
      parent: 'prod',
      region: REGION,
      address: zone === 'a' ? '198.51.100.10' : '198.51.100.20',
    });
  }
  b.add('target-group', 'proxy-tg', {
    name: 'proxies',
    parent: 'prod-vpc',
    targetType: 'instance',
    protocol: 'TCP',
    port: 443,
    targets: [1, 2, 3, 4].map((n) => ({ target: `proxy-${n}`, port: 443 })),
  }).add('nlb', 'partner-nlb', {
    name: 'partner-nlb',
    parent: 'public-a',
    scheme: 'internet-facing',
    subnetMappings: [
      { subnet: 'public-a', elasticIp: 'nlb-eip-a' },
      { subnet: 'public-c', elasticIp: 'nlb-eip-c' },
    ],
    subnets: ['public-c'],
    listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'proxy-tg' }],
  });
  // nginx proxies terminate TLS and open a new HTTP connection to the Beanstalk ALB.
  for (const n of [1, 2, 3, 4]) {
    b.add('instance', `proxy-${n}`, {
      name: `nginx-${n}`,
      parent: n % 2 === 1 ? 'private-a' : 'private-c',
      role: 'proxy',
      securityGroups: ['proxy-sg'],
      upstream: { target: 'eb-alb', protocol: 'tcp', port: 80 },
      instanceType: 't3.small',
      port: 443,
    });
  }

  // The Beanstalk environment: its own ALB and the app instances it launches.
  b.add('target-group', 'eb-tg', {
    name: 'api-prod instances',
    parent: 'prod-vpc',
    targetType: 'instance',
    protocol: 'HTTP',
    port: 80,
    targets: [
      { target: 'eb-app-1', port: 80 },
      { target: 'eb-app-2', port: 80 },
    ],
  })
    .add('alb', 'eb-alb', {
      name: 'api-prod alb',
      parent: 'private-a',
      scheme: 'internal',
      subnets: ['private-c'],
      securityGroups: ['eb-alb-sg'],
      listeners: [{ protocol: 'HTTP', port: 80, targetGroup: 'eb-tg' }],
    })
    .add('beanstalk-environment', 'eb-api', {
      name: 'api-prod',
      parent: 'private-a',
      subnets: ['private-c'],
      securityGroups: ['eb-app-sg'],
      loadBalancer: 'eb-alb',
      port: 80,
      instanceType: 't3.medium',
    });
  for (const [n, subnet] of [
    [1, 'private-a'],
    [2, 'private-c'],
  ] as const) {
    b.add('instance', `eb-app-${n}`, {
      name: `api-prod-${n}`,
      parent: subnet,
      role: 'app',
      securityGroups: ['eb-app-sg'],
      port: 80,
      instanceType: 't3.medium',
      tags: EB_TAG,
    });
  }
  b.add('external', 'partner', {
    name: 'Partner network',
    endpointType: 'partner',
    cidr: PARTNER,
    needsStaticIps: true,
    connectsTo: ['partner-nlb'],
    description: 'Allows only fixed destination addresses through its firewall.',
  });
  return {
    id: 'static-ips-partner',
    title: 'Static IPs for a partner firewall',
    summary:
      'A partner allows only fixed destination IPs. An internet-facing NLB with an Elastic IP per AZ forwards TCP 443 to four nginx proxies, which call the Elastic Beanstalk environment’s ALB; outbound calls leave through the NAT gateways’ Elastic IPs.',
    file: 'static-ips-partner.json',
    design: finish(
      b,
      'Seed scenario 2: NLB with Elastic IPs → nginx proxy fleet → Elastic Beanstalk ALB → app instances.',
    ),
  };
}
