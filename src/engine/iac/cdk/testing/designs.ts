/**
 * Designs the CDK exporter is proven on: one with every kind, a multi-account hub and
 * spoke, and one whose every name is hostile.
 */
import type { Design } from '../../../model/design.ts';
import { INSPECTION_POLICY } from '../../../testing/inspection.ts';
import { design } from '../../../testing/builder.ts';

const AZ_A = 'ap-northeast-2a';
const AZ_C = 'ap-northeast-2c';

/** Every modelled kind at least once, in two accounts and two regions. */
export function everyKind(name = 'every kind', label: (text: string) => string = (text) => text): Design {
  const n = label;
  return design(name)
    .account('net', { name: n('network'), accountId: '111111111111', ramOrganizationSharing: true })
    .account('app', { name: n('app') })
    .add('prefix-list', 'pl-office', { parent: 'net', name: n('office'), cidrs: ['203.0.113.0/24', '198.51.100.0/24'], maxEntries: 5 })
    .vpc('hub', 'net', ['10.0.0.0/16', '100.64.0.0/16'], { name: n('hub'), ipv6Cidrs: ['2600:1f18::/56'] })
    .subnet('pub-a', 'hub', '10.0.0.0/24', AZ_A, { name: n('public a'), mapPublicIpOnLaunch: true })
    .subnet('pub-c', 'hub', '10.0.1.0/24', AZ_C, { name: n('public c') })
    .subnet('priv-a', 'hub', '10.0.10.0/24', AZ_A, { name: n('private a') })
    .subnet('priv-c', 'hub', '10.0.11.0/24', AZ_C, { name: n('private c') })
    .subnet('extra-a', 'hub', '100.64.0.0/24', AZ_A, { name: n('extra a') })
    .add('internet-gateway', 'igw', { parent: 'hub', name: n('igw') })
    .add('egress-only-internet-gateway', 'eigw', { parent: 'hub', name: n('eigw') })
    .add('elastic-ip', 'eip-nat', { parent: 'net', name: n('nat ip') })
    .add('elastic-ip', 'eip-nlb', { parent: 'net', name: n('nlb ip') })
    .add('nat-gateway', 'nat', { parent: 'pub-a', name: n('nat'), connectivity: 'public', elasticIps: ['eip-nat'] })
    .add('nat-gateway', 'nat-private', { parent: 'priv-c', name: n('private nat'), connectivity: 'private', elasticIps: [] })
    .add('route-table', 'rt-public', { parent: 'hub', name: n('public'), routes: [], edgeAssociation: undefined })
    .add('route-table', 'rt-private', { parent: 'hub', name: n('private'), routes: [] })
    .update('pub-a', { routeTable: 'rt-public' })
    .update('pub-c', { routeTable: 'rt-public' })
    .update('priv-a', { routeTable: 'rt-private' })
    .update('priv-c', { routeTable: 'rt-private' })
    .add('route-table', 'rt-edge', { parent: 'hub', name: n('edge'), routes: [], edgeAssociation: 'igw' })
    .add('network-acl', 'acl-private', {
      parent: 'hub',
      name: n('private acl'),
      inbound: [
        { ruleNumber: 100, protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '10.0.0.0/16', action: 'allow' },
        { ruleNumber: 110, protocol: 'icmp', fromPort: 0, toPort: 65535, cidr: '10.0.0.0/16', action: 'allow' },
        { ruleNumber: 120, protocol: 'tcp', fromPort: 1024, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' },
      ],
      outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }],
    })
    .update('priv-a', { networkAcl: 'acl-private' })
    .add('security-group', 'sg-web', {
      parent: 'hub',
      name: n('web'),
      description: n('web tier'),
      ingress: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '0.0.0.0/0' }, description: n('https') },
        { protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'prefix-list', prefixList: 'pl-office' } },
        { protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '::/0' } },
      ],
      egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
    })
    .add('security-group', 'sg-app', {
      parent: 'hub',
      name: n('app'),
      ingress: [
        { protocol: 'tcp', fromPort: 8080, toPort: 8080, peer: { kind: 'security-group', securityGroup: 'sg-web' } },
        { protocol: 'icmp', fromPort: 8, toPort: 0, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } },
      ],
      egress: [{ protocol: 'tcp', fromPort: 5671, toPort: 5671, peer: { kind: 'security-group', securityGroup: 'hub-sg-default' } }],
    })
    .update('hub-sg-default', {
      ingress: [
        { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'security-group', securityGroup: 'hub-sg-default' } },
        { protocol: 'udp', fromPort: 53, toPort: 53, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } },
      ],
    })
    .add('transit-gateway', 'tgw', {
      parent: 'net',
      name: n('tgw'),
      amazonSideAsn: 64512,
      securityGroupReferencing: true,
      routeTables: [
        { id: 'rt-shared', name: n('shared'), routes: [{ destination: '0.0.0.0/0', attachment: 'attach-hub' }, { destination: '192.168.0.0/16', blackhole: true }] },
        { id: 'rt-spokes', name: n('spokes'), routes: [] },
      ],
    })
    .add('tgw-attachment', 'attach-hub', {
      name: n('hub attachment'),
      transitGateway: 'tgw',
      vpc: 'hub',
      subnets: ['priv-a', 'priv-c'],
      applianceMode: true,
      routeTable: 'rt-shared',
      propagations: ['rt-spokes'],
    })
    .add('vpc-endpoint', 'vpce-s3', { parent: 'hub', name: n('s3'), endpointType: 'gateway', service: 'com.amazonaws.ap-northeast-2.s3', routeTables: ['rt-private'], subnets: [], securityGroups: [] })
    .add('vpc-endpoint', 'vpce-api', {
      parent: 'priv-a',
      name: n('execute-api'),
      endpointType: 'interface',
      service: 'com.amazonaws.ap-northeast-2.execute-api',
      subnets: ['priv-c'],
      securityGroups: ['sg-app'],
      privateDns: true,
    })
    .add('instance', 'proxy', {
      parent: 'pub-a',
      name: n('proxy'),
      role: 'proxy',
      securityGroups: ['sg-web'],
      publicIp: true,
      sourceDestCheck: false,
      privateIp: '10.0.0.10',
    })
    .add('instance', 'bastion', { parent: 'pub-c', name: n('bastion'), role: 'bastion', securityGroups: ['sg-web'], operatingSystem: 'windows', elasticIp: 'eip-bastion' })
    .add('elastic-ip', 'eip-bastion', { parent: 'net', name: n('bastion ip') })
    .routes('rt-public', { destination: '0.0.0.0/0', target: 'igw' }, { destination: '::/0', target: 'eigw' })
    .routes(
      'rt-private',
      { destination: '0.0.0.0/0', target: 'nat' },
      { destination: '172.16.0.0/12', target: 'tgw' },
      { destination: '192.168.50.0/24', target: 'proxy' },
      { destination: '192.168.60.0/24', target: 'gone' },
    )
    .update('rt-private', {
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { destination: '0.0.0.0/0', target: 'nat' },
        { destination: '172.16.0.0/12', target: 'tgw' },
        { destination: '192.168.50.0/24', target: 'proxy' },
        { destination: '192.168.60.0/24', target: 'vanished' },
        { prefixList: 'pl-office', target: 'nat' },
      ],
    })
    .add('lambda', 'fn', { parent: 'priv-a', name: n('fn'), runtime: 'nodejs22.x', subnets: ['priv-c'], securityGroups: ['sg-app'] })
    .add('lambda', 'fn-java', { parent: 'net', name: n('java fn'), runtime: 'java21', securityGroups: [] })
    .add('target-group', 'tg-app', {
      parent: 'hub',
      name: n('app targets'),
      targetType: 'instance',
      protocol: 'HTTP',
      port: 8080,
      targets: [{ target: 'proxy', port: 8080 }],
      healthCheckPort: 8081,
    })
    .add('target-group', 'tg-ip', { parent: 'hub', name: n('ip targets'), targetType: 'ip', protocol: 'TCP', port: 443, targets: [{ target: '10.0.10.5' }, { target: 'bastion' }], preserveClientIp: true })
    .add('target-group', 'tg-fn', { parent: 'hub', name: n('fn targets'), targetType: 'lambda', protocol: 'HTTP', port: 80, targets: [{ target: 'fn' }] })
    .add('target-group', 'tg-alb', { parent: 'hub', name: n('alb targets'), targetType: 'alb', protocol: 'TCP', port: 80, targets: [{ target: 'alb', port: 80 }] })
    .add('target-group', 'tg-ecs', { parent: 'hub', name: n('ecs targets'), targetType: 'ip', protocol: 'HTTP', port: 80, targets: [{ target: 'svc' }] })
    .add('target-group', 'tg-asg', { parent: 'hub', name: n('asg targets'), targetType: 'instance', protocol: 'HTTP', port: 80, targets: [] })
    .add('alb', 'alb', {
      parent: 'priv-a',
      name: n('alb'),
      scheme: 'internal',
      subnets: ['priv-c'],
      securityGroups: ['sg-web'],
      listeners: [
        { protocol: 'HTTP', port: 80, targetGroup: 'tg-app' },
        { protocol: 'HTTPS', port: 443, targetGroup: 'tg-fn' },
        { protocol: 'HTTP', port: 8080, targetGroup: 'tg-ecs' },
        { protocol: 'HTTP', port: 8081, targetGroup: 'tg-asg' },
        { protocol: 'HTTP', port: 9000 },
      ],
    })
    .add('nlb', 'nlb', {
      parent: 'pub-a',
      name: n('nlb'),
      scheme: 'internet-facing',
      subnetMappings: [{ subnet: 'pub-a', elasticIp: 'eip-nlb' }, { subnet: 'pub-c', privateIp: '10.0.1.20' }],
      securityGroups: ['sg-web'],
      crossZone: true,
      listeners: [
        { protocol: 'TCP', port: 80, targetGroup: 'tg-alb' },
        { protocol: 'TLS', port: 443, targetGroup: 'tg-ip' },
        { protocol: 'TCP', port: 22 },
      ],
    })
    .add('auto-scaling-group', 'asg', {
      parent: 'priv-a',
      name: n('asg'),
      subnets: ['priv-c'],
      securityGroups: ['sg-app'],
      minSize: 1,
      maxSize: 3,
      desiredCapacity: 2,
      targetGroups: ['tg-asg'],
    })
    .add('mq-broker', 'mq', { parent: 'priv-a', name: n('orders'), engine: 'rabbitmq', deploymentMode: 'SINGLE_INSTANCE', securityGroups: ['sg-app'] })
    .add('mq-broker', 'mq-amq', {
      parent: 'priv-a',
      name: n('legacy'),
      engine: 'activemq',
      deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ',
      subnets: ['priv-c'],
      securityGroups: ['sg-app'],
      instanceType: 'mq.m5.large',
    })
    .add('ecs-service', 'svc', {
      parent: 'priv-a',
      name: n('orders svc'),
      subnets: ['priv-c'],
      securityGroups: ['sg-app'],
      containerPort: 80,
      targetGroups: ['tg-ecs'],
      taskRole: n('orders-task'),
      image: 'public.ecr.aws/nginx/nginx:stable',
    })
    .add('eks-cluster', 'eks', { parent: 'priv-a', name: n('eks'), subnets: ['priv-c'], compute: 'managed-nodes', nodeSecurityGroups: ['sg-app'] })
    .add('eks-cluster', 'eks-fargate', { parent: 'priv-c', name: n('eks fargate'), subnets: ['priv-a'], compute: 'fargate' })
    .add('nlb', 'nlb-k8s', { parent: 'priv-a', name: n('k8s nlb'), scheme: 'internal', subnets: ['priv-c'], listeners: [{ protocol: 'TCP', port: 80 }] })
    .add('k8s-service', 'k8s-svc', { parent: 'eks', name: n('web svc'), serviceType: 'LoadBalancer', port: 80, loadBalancer: 'nlb-k8s' })
    .add('k8s-ingress', 'k8s-ing', { parent: 'eks', name: n('web ing'), targetType: 'ip', rules: [{ path: '/', service: 'k8s-svc', port: 80 }] })
    .add('alb', 'alb-eb', { parent: 'pub-a', name: n('eb alb'), scheme: 'internet-facing', subnets: ['pub-c'], listeners: [] })
    .add('beanstalk-environment', 'eb', {
      parent: 'priv-a',
      name: n('eb env'),
      subnets: ['priv-c'],
      securityGroups: ['sg-app'],
      loadBalancer: 'alb-eb',
      port: 8080,
    })
    .add('vpc-link', 'link-v1', { parent: 'net', name: n('rest link'), version: 'v1', targets: ['nlb'] })
    .add('vpc-link', 'link-v2', { parent: 'net', name: n('http link'), version: 'v2', targets: ['alb'], subnets: ['priv-a', 'priv-c'], securityGroups: ['sg-app'] })
    .add('api-gateway', 'api-rest', {
      parent: 'net',
      name: n('partner api'),
      apiType: 'rest',
      endpointType: 'regional',
      integrations: [
        { path: '/orders', method: 'GET', vpcLink: 'link-v1', target: 'nlb', port: 80 },
        { path: '/orders/{id}', method: 'ANY', vpcLink: 'link-v1', target: 'nlb', port: 80 },
        { path: '/health', method: 'GET' },
      ],
    })
    .add('api-gateway', 'api-private', {
      parent: 'net',
      name: n('private api'),
      apiType: 'rest',
      endpointType: 'private',
      resourcePolicy: true,
      integrations: [{ path: '/', method: 'GET' }],
    })
    .add('api-gateway', 'api-http', {
      parent: 'net',
      name: n('http api'),
      apiType: 'http',
      integrations: [{ path: '/orders', method: 'ANY', vpcLink: 'link-v2', target: 'alb', port: 80 }],
    })
    .add('nat-gateway', 'nat-regional', { parent: 'hub', name: n('regional nat'), connectivity: 'public', availabilityMode: 'regional', elasticIps: [] })
    .add('vpc-endpoint', 'vpce-gwlb', {
      parent: 'priv-c',
      name: n('inspection'),
      endpointType: 'gateway-load-balancer',
      service: 'com.amazonaws.vpce.ap-northeast-2.vpce-svc-0123456789abcdef0',
      subnets: [],
      securityGroups: [],
    })
    .routes('rt-edge', { destination: '10.0.0.0/24', target: 'vpce-gwlb' })
    .add('eks-cluster', 'eks-self', { parent: 'priv-c', name: n('eks self'), compute: 'self-managed-nodes', version: '1.31' })
    .add('ecs-service', 'svc-ec2', { parent: 'priv-c', name: n('legacy svc'), launchType: 'EC2', networkMode: 'bridge', desiredCount: 2, containerPort: 8080 })
    .subnet('fw-a', 'hub', '10.0.200.0/28', AZ_A, { name: n('firewall a') })
    .subnet('fw-c', 'hub', '10.0.200.16/28', AZ_C, { name: n('firewall c') })
    .add('network-firewall', 'nfw', {
      parent: 'fw-a',
      name: n('inspection'),
      subnetMappings: [{ subnet: 'fw-a' }, { subnet: 'fw-c' }],
      firewallPolicy: INSPECTION_POLICY,
    })
    .add('target-group', 'tg-appliances', { parent: 'hub', name: n('appliances'), targetType: 'instance', protocol: 'GENEVE', port: 6081, targets: [] })
    .add('gateway-load-balancer', 'gwlb', { parent: 'fw-a', name: n('appliances gwlb'), subnets: ['fw-c'], targetGroup: 'tg-appliances' })
    .add('gwlb-endpoint', 'gwlbe', { parent: 'fw-c', name: n('inspection endpoint'), gatewayLoadBalancer: 'gwlb' })
    .add('route-table', 'rt-inspected', { parent: 'hub', name: n('inspected'), routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '198.51.100.0/24', target: 'nfw', endpointAz: AZ_C }, { destination: '192.0.2.0/24', target: 'gwlbe' }] })
    .add('customer-gateway', 'cgw-office', { parent: 'net', name: n('office'), bgpAsn: 65010, ipAddress: '203.0.113.20', deviceName: 'office-router' })
    .add('customer-gateway', 'cgw-branch', { parent: 'net', name: n('branch'), bgpAsn: 4_200_000_010, ipAddress: '203.0.113.21' })
    .add('virtual-private-gateway', 'vgw', { parent: 'hub', name: n('hub vgw'), amazonSideAsn: 64600, routePropagation: ['rt-private'] })
    .add('vpn-connection', 'vpn-office', { name: n('office vpn'), customerGateway: 'cgw-office', gateway: 'vgw', staticRoutesOnly: true, staticRoutes: ['172.16.0.0/16'], tunnels: [{ insideCidr: '169.254.10.0/30' }, { insideCidr: '169.254.10.4/30' }] })
    .add('dx-gateway', 'dxgw', { parent: 'net', name: n('data centre dx'), amazonSideAsn: 65200, associations: [{ gateway: 'tgw', allowedPrefixes: ['10.0.0.0/16'], routeTable: 'rt-shared' }] })
    .add('transit-gateway', 'tgw-tokyo', { parent: 'app', name: n('tokyo tgw'), region: 'ap-northeast-1', amazonSideAsn: 64513, routeTables: [{ id: 'rt-tokyo', name: n('tokyo'), routes: [] }] })
    .add('tgw-peering', 'tgw-peer', { name: n('seoul to tokyo'), requester: 'tgw', accepter: 'tgw-tokyo', requesterRouteTable: 'rt-shared', accepterRouteTable: 'rt-tokyo' })
    .add('vpn-connection', 'vpn-branch', { name: n('branch vpn'), customerGateway: 'cgw-branch', gateway: 'tgw', tunnels: [{}, {}], routeTable: 'rt-shared' })
    .routes('rt-private', { destination: '172.17.0.0/16', target: 'vgw' })
    .add('external', 'partner', { name: n('partner'), endpointType: 'partner', cidr: '198.51.100.0/24', needsStaticIps: true })
    // The app account: a spoke in Tokyo, peered and attached across accounts and regions.
    .vpc('spoke', 'app', '10.1.0.0/16', { name: n('spoke'), region: 'ap-northeast-1', blockPublicAccess: 'ingress' })
    .subnet('spoke-a', 'spoke', '10.1.0.0/24', 'ap-northeast-1a', { name: n('spoke a') })
    .add('vpc-peering', 'pcx', { name: n('hub to spoke'), requesterVpc: 'hub', accepterVpc: 'spoke', status: 'active' })
    .routes('spoke-rtb-main', { destination: '10.0.0.0/16', target: 'pcx' })
    .routes('rt-private', { destination: '10.1.0.0/16', target: 'pcx' })
    .add('tgw-attachment', 'attach-spoke', { name: n('spoke attachment'), transitGateway: 'tgw', vpc: 'spoke', subnets: ['spoke-a'], routeTable: 'rt-spokes', propagations: ['rt-shared'] })
    .add('ram-share', 'share', { name: n('network share'), resources: ['tgw', 'priv-a', 'pl-office'], principals: ['app'] })
    .add('instance', 'spoke-app', { parent: 'spoke-a', name: n('spoke app'), securityGroups: ['spoke-sg-default'] })
    .build();
}

export const HOSTILE = [
  '"; process.exit(1); //',
  "'; throw 1; '",
  '${jndi:ldap://x}',
  '*/ throw 1; /*',
  '`${process.exit(1)}`',
  'line\nbreak\r\nend',
  '</script><script>alert(1)</script>',
  '\u2028\u2029 separators',
  '\\"\\u0022 backslash',
  '\u007f\u009b del csi',
];

/** The every-kind design with a hostile name on every resource. */
export function hostileNames(): Design {
  let n = 0;
  return everyKind(HOSTILE[0]!, (text) => `${HOSTILE[n++ % HOSTILE.length]} ${text}`);
}

/** A small two-account hub and spoke, as an architect first sketches it. */
export function hubAndSpoke(): Design {
  return design('hub and spoke')
    .account('network', { accountId: '222222222222' })
    .account('workload')
    .vpc('egress', 'network', '10.0.0.0/16')
    .subnet('egress-pub', 'egress', '10.0.0.0/24', AZ_A)
    .subnet('egress-tgw', 'egress', '10.0.1.0/24', AZ_A)
    .add('internet-gateway', 'egress-igw', { parent: 'egress' })
    .add('nat-gateway', 'egress-nat', { parent: 'egress-pub', connectivity: 'public' })
    .add('transit-gateway', 'tgw', { parent: 'network', routeTables: [] })
    .vpc('work', 'workload', '10.1.0.0/16')
    .subnet('work-a', 'work', '10.1.0.0/24', AZ_A)
    .subnet('work-c', 'work', '10.1.1.0/24', AZ_C)
    .connect('egress', 'tgw')
    .connect('work', 'tgw')
    .routes('egress-rtb-main', { destination: '0.0.0.0/0', target: 'egress-igw' }, { destination: '10.1.0.0/16', target: 'tgw' })
    .routes('work-rtb-main', { destination: '0.0.0.0/0', target: 'tgw' })
    .add('ram-share', 'share-tgw', { name: 'tgw share', resources: ['tgw'], principals: ['workload'] })
    .build();
}

/**
 * Few resources, large templates: security groups with 60 rules each, whose source runs past
 * what one 1 MB template holds, so the account's stack must split by size.
 */
export function largeSecurityGroups(groups = 32): Design {
  let built = design('large security groups')
    .account('net', { name: 'network', accountId: '111111111111' })
    .vpc('vpc', 'net', ['10.0.0.0/16'], { name: 'shared services' });
  for (let g = 0; g < groups; g++) {
    built = built.add('security-group', `sg-${g}`, {
      parent: 'vpc',
      name: `partner allow list ${g}`,
      description: `Partner addresses allowed to reach the services of group ${g}`,
      ingress: Array.from({ length: 60 }, (_, r) => ({
        protocol: 'tcp' as const,
        fromPort: 8000 + r,
        toPort: 8000 + r,
        peer: { kind: 'cidr' as const, cidr: `10.${g}.${r}.0/24` },
        description: `Partner office ${g}-${r}: the address block its firewall team registered for service port ${8000 + r}, renewed each quarter`,
      })),
      egress: [],
    });
  }
  return built.build();
}
