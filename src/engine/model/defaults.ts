/**
 * New resources as AWS would create them: a VPC comes with a main route table holding its
 * local routes, a default network ACL that allows everything, and a default security group.
 */
import type { Design } from './design.ts';
import type { Resource, ResourceKind, ResourceOf } from './resources.ts';

const ID_PREFIX: Partial<Record<ResourceKind, string>> = {
  account: 'acct',
  'route-table': 'rtb',
  'security-group': 'sg',
  'network-acl': 'acl',
  'internet-gateway': 'igw',
  'egress-only-internet-gateway': 'eigw',
  'nat-gateway': 'nat',
  'elastic-ip': 'eip',
  'vpc-peering': 'pcx',
  'transit-gateway': 'tgw',
  'tgw-attachment': 'tgw-attach',
  'vpc-endpoint': 'vpce',
  'ram-share': 'share',
  'target-group': 'tg',
  instance: 'i',
  'auto-scaling-group': 'asg',
  'mq-broker': 'mq',
  'api-gateway': 'api',
  'vpc-link': 'vpclink',
  'ecs-service': 'ecs',
  'eks-cluster': 'eks',
  'k8s-service': 'svc',
  'k8s-ingress': 'ing',
  'beanstalk-environment': 'eb',
  'prefix-list': 'pl',
};

/** A fresh id, deterministic: the lowest free `<prefix>-<n>`. */
export function uniqueId(taken: ReadonlySet<string> | Design, kind: ResourceKind | string): string {
  const ids = taken instanceof Set ? taken : new Set((taken as Design).resources.map((r) => r.id));
  const prefix = ID_PREFIX[kind as ResourceKind] ?? kind;
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${n}`;
    if (!ids.has(candidate)) return candidate;
  }
}

const ALLOW_ALL_NACL = [
  { ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' },
] as const;

/** The kind-specific fields a new resource starts with. */
export function defaultFields(kind: ResourceKind): Record<string, unknown> {
  switch (kind) {
    case 'account':
      return {};
    case 'vpc':
      return { region: 'ap-northeast-2', cidrs: ['10.0.0.0/16'], enableDnsSupport: true, enableDnsHostnames: true };
    case 'subnet':
      return { cidr: '10.0.0.0/24', availabilityZone: 'ap-northeast-2a' };
    case 'route-table':
      return { routes: [] };
    case 'security-group':
      return {
        ingress: [],
        egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
      };
    case 'network-acl':
      return { inbound: [], outbound: [] };
    case 'nat-gateway':
      return { connectivity: 'public', elasticIps: [] };
    case 'vpc-peering':
      return { status: 'active' };
    case 'transit-gateway':
      return { region: 'ap-northeast-2', routeTables: [] };
    case 'tgw-attachment':
      return { subnets: [], propagations: [] };
    case 'vpc-endpoint':
      return { endpointType: 'interface', service: 'com.amazonaws.ap-northeast-2.s3', subnets: [], securityGroups: [] };
    case 'ram-share':
      return { resources: [], principals: [] };
    case 'nlb':
      return { scheme: 'internal', listeners: [] };
    case 'alb':
      return { scheme: 'internal', listeners: [], securityGroups: [] };
    case 'target-group':
      return { targetType: 'instance', protocol: 'TCP', port: 80, targets: [] };
    case 'instance':
      return { role: 'app', securityGroups: [], instanceType: 't3.micro', operatingSystem: 'linux' };
    case 'auto-scaling-group':
      return { role: 'app', securityGroups: [], minSize: 1, maxSize: 2, desiredCapacity: 1, instanceType: 't3.micro' };
    case 'mq-broker':
      return { engine: 'rabbitmq', deploymentMode: 'SINGLE_INSTANCE', securityGroups: [], publiclyAccessible: false, instanceType: 'mq.m5.large' };
    case 'api-gateway':
      return { apiType: 'rest', endpointType: 'regional', integrations: [] };
    case 'vpc-link':
      return { version: 'v1', targets: [] };
    case 'ecs-service':
      return { launchType: 'FARGATE', networkMode: 'awsvpc', securityGroups: [], desiredCount: 1, assignPublicIp: false };
    case 'eks-cluster':
      return { compute: 'managed-nodes', nodeSecurityGroups: [], version: '1.31' };
    case 'k8s-service':
      return { serviceType: 'ClusterIP', port: 80 };
    case 'k8s-ingress':
      return { targetType: 'ip', rules: [] };
    case 'beanstalk-environment':
      return { securityGroups: [], platform: 'Docker running on 64bit Amazon Linux 2023' };
    case 'lambda':
      return { runtime: 'nodejs20.x', securityGroups: [] };
    case 'external':
      return { endpointType: 'internet' };
    case 'prefix-list':
      return { cidrs: [] };
    case 'internet-gateway':
    case 'egress-only-internet-gateway':
    case 'elastic-ip':
      return {};
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

/** The main route table, default NACL and default security group a new VPC gets. */
export function vpcDefaults(vpc: ResourceOf<'vpc'>, taken: Set<string>): Resource[] {
  const fresh = (wanted: string, kind: ResourceKind) => {
    const id = taken.has(wanted) ? uniqueId(taken, kind) : wanted;
    taken.add(id);
    return id;
  };
  const rt = fresh(`${vpc.id}-rtb-main`, 'route-table');
  const acl = fresh(`${vpc.id}-acl-default`, 'network-acl');
  const sg = fresh(`${vpc.id}-sg-default`, 'security-group');
  return [
    {
      id: rt,
      kind: 'route-table',
      name: `${vpc.name} main`,
      parent: vpc.id,
      main: true,
      routes: vpc.cidrs.map((destination) => ({ destination, target: 'local' })),
    },
    {
      id: acl,
      kind: 'network-acl',
      name: `${vpc.name} default`,
      parent: vpc.id,
      default: true,
      inbound: [...ALLOW_ALL_NACL],
      outbound: [...ALLOW_ALL_NACL],
    },
    {
      id: sg,
      kind: 'security-group',
      name: 'default',
      parent: vpc.id,
      default: true,
      ingress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'security-group', securityGroup: sg } }],
      egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
    },
  ];
}
