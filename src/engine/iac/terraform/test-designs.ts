/**
 * Designs the Terraform tests export: one that uses every kind across two accounts and
 * two regions, and one whose names are hostile. Built with the real operations.
 */
import type { Design } from '../../model/index.ts';
import { INSPECTION_POLICY } from '../../testing/inspection.ts';
import { design } from '../../testing/builder.ts';

export const HOSTILE_NAMES = [
  'quote " and \\ backslash',
  '${jndi:ldap://x}',
  'comment */ end',
  'back `tick` ${`x`}',
  'line\nbreak\r\ttab',
  '</script><script>alert(1)</script>',
  '%{ if true }directive%{ endif }',
  '$${already} %%{escaped}',
  'trailing $',
  '\u007fdel\u009bcsi\u2028sep',
];

const ALL = { protocol: 'all', fromPort: 0, toPort: 65535 } as const;

/** Two accounts (one without a known number), two regions, and every kind of resource. */
export function everyKindDesign(name = (label: string) => label): Design {
  return design('every kind')
    .account('net', { name: name('network'), accountId: '111111111111', roleName: 'LandingZoneAdmin', organization: 'o-example' })
    .account('app', { name: name('workload') })
    .vpc('hub', 'net', ['10.0.0.0/16', '100.64.0.0/16'], { name: name('hub'), ipv6Cidrs: ['2600:1f18:1234:5600::/56'] })
    .subnet('hub-pub-a', 'hub', '10.0.0.0/24', 'ap-northeast-2a', { name: name('hub public a'), ipv6Cidr: '2600:1f18:1234:5601::/64' })
    .subnet('hub-pub-c', 'hub', '10.0.1.0/24', 'ap-northeast-2c', { name: name('hub public c'), availabilityZoneId: 'apne2-az3' })
    .subnet('hub-tgw-a', 'hub', '100.64.0.0/28', 'ap-northeast-2a', { name: name('hub tgw a') })
    .subnet('hub-fw-a', 'hub', '10.0.200.0/28', 'ap-northeast-2a', { name: name('hub firewall a') })
    .add('internet-gateway', 'igw', { parent: 'hub', name: name('igw') })
    .add('egress-only-internet-gateway', 'eigw', { parent: 'hub', name: name('eigw') })
    .add('elastic-ip', 'eip-nat', { parent: 'net', name: name('nat eip') })
    .add('elastic-ip', 'eip-nlb', { parent: 'net', name: name('nlb eip') })
    .add('elastic-ip', 'eip-bastion', { parent: 'net', name: name('bastion eip') })
    .add('nat-gateway', 'nat-a', { parent: 'hub-pub-a', name: name('nat a'), elasticIps: ['eip-nat'] })
    .add('nat-gateway', 'nat-private', { parent: 'hub-tgw-a', name: name('private nat'), connectivity: 'private' })
    .add('prefix-list', 'pl-partners', { parent: 'net', name: name('partners'), cidrs: ['203.0.113.0/24', '198.51.100.0/24'] })
    .add('route-table', 'rtb-public', {
      parent: 'hub',
      name: name('public'),
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { destination: '0.0.0.0/0', target: 'igw' },
        { destination: '::/0', target: 'eigw' },
        { prefixList: 'pl-partners', target: 'igw' },
      ],
    })
    .add('route-table', 'rtb-edge', { parent: 'hub', name: name('edge'), routes: [], edgeAssociation: 'igw' })
    .update('hub-pub-a', { routeTable: 'rtb-public' })
    .update('hub-pub-c', { routeTable: 'rtb-public' })
    .add('transit-gateway', 'tgw', {
      parent: 'net',
      name: name('core tgw'),
      region: 'ap-northeast-2',
      amazonSideAsn: 64512,
      securityGroupReferencing: true,
      routeTables: [
        { id: 'tgw-rt-shared', name: name('shared'), routes: [{ destination: '0.0.0.0/0', attachment: 'att-hub' }, { destination: '192.168.0.0/16', blackhole: true }] },
        { id: 'tgw-rt-spoke', name: name('spoke'), routes: [{ destination: '10.20.0.0/16', attachment: 'att-app' }, { destination: '172.20.0.0/16', attachment: 'vpn-branch' }, { destination: '10.30.0.0/16', attachment: 'tgw-peer' }, { destination: '172.30.0.0/16', attachment: 'dxgw' }] },
      ],
    })
    .vpc('spoke', 'app', '10.20.0.0/16', { name: name('spoke') })
    .subnet('spoke-a', 'spoke', '10.20.1.0/24', 'ap-northeast-2a', { name: name('spoke a') })
    .subnet('spoke-c', 'spoke', '10.20.2.0/24', 'ap-northeast-2c', { name: name('spoke c') })
    .vpc('dr', 'app', '10.30.0.0/16', { name: name('dr'), region: 'ap-northeast-1' })
    .subnet('dr-a', 'dr', '10.30.1.0/24', 'ap-northeast-1a', { name: name('dr a') })
    .add('tgw-attachment', 'att-hub', { name: name('hub attachment'), transitGateway: 'tgw', vpc: 'hub', subnets: ['hub-tgw-a'], routeTable: 'tgw-rt-spoke', propagations: ['tgw-rt-shared'], applianceMode: true })
    .add('tgw-attachment', 'att-app', { name: name('spoke attachment'), transitGateway: 'tgw', vpc: 'spoke', subnets: ['spoke-a', 'spoke-c'], routeTable: 'tgw-rt-shared', propagations: ['tgw-rt-spoke'] })
    .add('ram-share', 'share-net', { name: name('network share'), resources: ['tgw', 'hub-pub-c', 'pl-partners'], principals: ['app'] })
    .add('vpc-peering', 'pcx-local', { name: name('hub to spoke'), requesterVpc: 'hub', accepterVpc: 'spoke', allowRemoteVpcDnsResolution: true })
    .add('vpc-peering', 'pcx-dr', { name: name('spoke to dr'), requesterVpc: 'spoke', accepterVpc: 'dr' })
    .routes('spoke-rtb-main', { destination: '10.0.0.0/16', target: 'pcx-local' }, { destination: '10.30.0.0/16', target: 'pcx-dr' }, { destination: '0.0.0.0/0', target: 'tgw' })
    .routes('hub-rtb-main', { destination: '10.20.0.0/16', target: 'pcx-local' }, { destination: '0.0.0.0/0', target: 'nat-a' })
    .routes('dr-rtb-main', { destination: '10.20.0.0/16', target: 'pcx-dr' })
    .add('security-group', 'sg-web', {
      parent: 'hub',
      name: name('web'),
      description: name('web tier'),
      ingress: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '0.0.0.0/0' }, description: name('https') },
        { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'prefix-list', prefixList: 'pl-partners' } },
        { protocol: 'icmp', fromPort: 0, toPort: 0, peer: { kind: 'cidr', cidr: '::/0' } },
      ],
      egress: [{ ...ALL, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
    })
    .add('security-group', 'sg-app', {
      parent: 'hub',
      name: name('app'),
      ingress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, peer: { kind: 'security-group', securityGroup: 'sg-web' } }],
      egress: [{ protocol: 'udp', fromPort: 53, toPort: 53, peer: { kind: 'cidr', cidr: '10.0.0.2/32' } }],
    })
    .add('security-group', 'sg-spoke', { parent: 'spoke', name: name('spoke app'), ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } }], egress: [] })
    .add('network-acl', 'acl-public', {
      parent: 'hub',
      name: name('public acl'),
      inbound: [
        { ruleNumber: 100, protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0', action: 'allow' },
        { ruleNumber: 110, protocol: 'icmp', fromPort: 0, toPort: 0, cidr: '::/0', action: 'allow' },
        { ruleNumber: 200, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'deny' },
      ],
      outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }],
    })
    .update('hub-pub-a', { networkAcl: 'acl-public' })
    .add('vpc-endpoint', 'vpce-s3', { parent: 'hub', name: name('s3'), endpointType: 'gateway', service: 'com.amazonaws.ap-northeast-2.s3', routeTables: ['rtb-public'], subnets: [], securityGroups: [] })
    .add('vpc-endpoint', 'vpce-api', { parent: 'hub-pub-a', name: name('execute-api'), endpointType: 'interface', service: 'com.amazonaws.ap-northeast-2.execute-api', subnets: ['hub-pub-c'], securityGroups: ['sg-web'], privateDns: true })
    .add('instance', 'i-bastion', { parent: 'hub-pub-a', name: name('bastion'), role: 'bastion', securityGroups: ['sg-web'], publicIp: true, elasticIp: 'eip-bastion' })
    .add('instance', 'i-proxy', { parent: 'hub-pub-c', name: name('proxy'), role: 'proxy', securityGroups: ['sg-app'], privateIp: '10.0.1.10', sourceDestCheck: false, operatingSystem: 'windows' })
    .add('target-group', 'tg-instances', { parent: 'hub', name: name('instances'), targetType: 'instance', protocol: 'TCP', port: 8080, targets: [{ target: 'i-proxy' }], healthCheckPort: 8081, preserveClientIp: true })
    .add('target-group', 'tg-ip', { parent: 'hub', name: name('partner ips'), targetType: 'ip', protocol: 'TCP', port: 443, targets: [{ target: '10.0.1.20' }, { target: '10.20.1.5', port: 8443 }] })
    .add('target-group', 'tg-alb', { parent: 'hub', name: name('to alb'), targetType: 'alb', protocol: 'TCP', port: 80, targets: [{ target: 'alb' }] })
    .add('target-group', 'tg-web', { parent: 'hub', name: name('web'), targetType: 'instance', protocol: 'HTTP', port: 80, targets: [{ target: 'asg' }, { target: 'ecs' }] })
    .add('target-group', 'tg-lambda', { parent: 'hub', name: name('fn'), targetType: 'lambda', protocol: 'HTTP', port: 80, targets: [{ target: 'fn' }] })
    .add('nlb', 'nlb', {
      parent: 'hub-pub-a',
      name: name('public nlb'),
      scheme: 'internet-facing',
      subnets: ['hub-pub-c'],
      subnetMappings: [{ subnet: 'hub-pub-a', elasticIp: 'eip-nlb' }, { subnet: 'hub-pub-c', privateIp: '10.0.1.30' }],
      securityGroups: ['sg-web'],
      crossZone: true,
      listeners: [
        { protocol: 'TCP', port: 80, targetGroup: 'tg-alb' },
        { protocol: 'TLS', port: 443, targetGroup: 'tg-instances' },
        { protocol: 'TCP', port: 8443, targetGroup: 'tg-ip' },
      ],
    })
    .add('alb', 'alb', {
      parent: 'hub-pub-a',
      name: name('internal alb'),
      scheme: 'internal',
      subnets: ['hub-pub-c'],
      securityGroups: ['sg-web'],
      listeners: [{ protocol: 'HTTP', port: 80, targetGroup: 'tg-web' }, { protocol: 'HTTPS', port: 443 }],
    })
    .add('auto-scaling-group', 'asg', { parent: 'hub-pub-a', name: name('web asg'), subnets: ['hub-pub-c'], securityGroups: ['sg-app'], minSize: 2, maxSize: 4, desiredCapacity: 2, publicIp: false })
    .add('mq-broker', 'mq', { parent: 'hub-pub-a', name: name('orders mq'), engine: 'rabbitmq', deploymentMode: 'CLUSTER_MULTI_AZ', subnets: ['hub-pub-c'], securityGroups: ['sg-app'] })
    .add('mq-broker', 'mq-active', { parent: 'spoke-a', name: name('legacy mq'), engine: 'activemq', deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ', subnets: ['spoke-c'], securityGroups: ['sg-spoke'], engineVersion: '5.18' })
    .add('vpc-link', 'link-v1', { parent: 'net', name: name('rest link'), version: 'v1', targets: ['nlb'] })
    .add('vpc-link', 'link-v2', { parent: 'net', name: name('http link'), version: 'v2', targets: ['alb'], subnets: ['hub-pub-a', 'hub-pub-c'], securityGroups: ['sg-web'] })
    .add('api-gateway', 'api-rest', {
      parent: 'net',
      name: name('orders api'),
      apiType: 'rest',
      endpointType: 'private',
      resourcePolicy: true,
      integrations: [
        { path: '/orders', method: 'GET', vpcLink: 'link-v1', target: 'nlb', port: 80 },
        { path: name('/items/{id}'), method: 'ANY', vpcLink: 'link-v1', target: 'nlb' },
        { path: '/health', method: 'GET' },
      ],
    })
    .add('api-gateway', 'api-http', {
      parent: 'net',
      name: name('web api'),
      apiType: 'http',
      integrations: [
        { path: '/web', method: 'ANY', vpcLink: 'link-v2', target: 'alb', port: 80 },
        { path: '/public', method: 'GET', target: 'alb' },
      ],
    })
    .add('ecs-service', 'ecs', { parent: 'spoke-a', name: name('orders svc'), subnets: ['spoke-c'], securityGroups: ['sg-spoke'], containerPort: 8080, targetGroups: [], serviceDiscoveryNamespace: name('orders.local'), taskRole: name('OrdersTask'), image: name('public.ecr.aws/nginx/nginx:latest') })
    .add('ecs-service', 'ecs-ec2', { parent: 'spoke-a', name: name('batch'), launchType: 'EC2', networkMode: 'bridge', desiredCount: 2 })
    .add('eks-cluster', 'eks', { parent: 'spoke-a', name: name('platform'), subnets: ['spoke-c'], nodeInstanceType: 'm6i.large' })
    .add('eks-cluster', 'eks-fargate', { parent: 'spoke-c', name: name('serverless'), subnets: ['spoke-a'], compute: 'fargate' })
    .add('nlb', 'nlb-k8s', { parent: 'spoke-a', name: name('k8s nlb'), scheme: 'internal', listeners: [{ protocol: 'TCP', port: 80 }] })
    .add('k8s-service', 'svc', { parent: 'eks', name: name('orders'), serviceType: 'LoadBalancer', port: 80, loadBalancer: 'nlb-k8s' })
    .add('k8s-ingress', 'ing', { parent: 'eks', name: name('web'), targetType: 'ip', rules: [{ path: '/', service: 'svc', port: 80 }] })
    .add('alb', 'alb-eb', { parent: 'spoke-a', name: name('eb alb'), scheme: 'internet-facing', subnets: ['spoke-c'], listeners: [{ protocol: 'HTTP', port: 80 }] })
    .add('beanstalk-environment', 'eb', { parent: 'spoke-a', name: name('portal'), subnets: ['spoke-c'], securityGroups: ['sg-spoke'], loadBalancer: 'alb-eb', port: 8080, instanceType: 't3.small' })
    .add('lambda', 'fn', { parent: 'hub-pub-a', name: name('resize'), subnets: ['hub-pub-c'], securityGroups: ['sg-app'] })
    .add('lambda', 'fn-edge', { parent: 'net', name: name('edge fn'), runtime: 'python3.12' })
    .add('network-firewall', 'nfw', {
      parent: 'hub-fw-a',
      name: name('inspection'),
      subnetMappings: [{ subnet: 'hub-fw-a' }],
      firewallPolicy: INSPECTION_POLICY,
    })
    .add('target-group', 'tg-appliances', { parent: 'hub', name: name('appliances'), targetType: 'instance', protocol: 'GENEVE', port: 6081, targets: [] })
    .add('gateway-load-balancer', 'gwlb', { parent: 'hub-fw-a', name: name('appliances gwlb'), targetGroup: 'tg-appliances' })
    .add('gwlb-endpoint', 'gwlbe', { parent: 'hub-fw-a', name: name('inspection endpoint'), gatewayLoadBalancer: 'gwlb' })
    .add('route-table', 'rtb-inspected', { parent: 'hub', name: name('inspected'), routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '198.51.100.0/24', target: 'nfw', endpointAz: 'ap-northeast-2a' }, { destination: '192.0.2.0/24', target: 'gwlbe' }] })
    .add('customer-gateway', 'cgw-office', { parent: 'net', name: name('office'), bgpAsn: 65010, ipAddress: '198.51.100.20', deviceName: 'office-router' })
    .add('customer-gateway', 'cgw-branch', { parent: 'net', name: name('branch'), bgpAsn: 4_200_000_010, ipAddress: '198.51.100.21' })
    .add('virtual-private-gateway', 'vgw', { parent: 'hub', name: name('hub vgw'), amazonSideAsn: 64600, routePropagation: ['rtb-public'] })
    .add('vpn-connection', 'vpn-office', { name: name('office vpn'), customerGateway: 'cgw-office', gateway: 'vgw', staticRoutesOnly: true, staticRoutes: ['172.16.0.0/16'], tunnels: [{ insideCidr: '169.254.10.0/30' }, { insideCidr: '169.254.10.4/30' }] })
    .add('dx-gateway', 'dxgw', { parent: 'net', name: name('data centre dx'), amazonSideAsn: 65200, associations: [{ gateway: 'tgw', allowedPrefixes: ['10.0.0.0/16', '10.20.0.0/16'], routeTable: 'tgw-rt-shared', propagations: ['tgw-rt-spoke'] }] })
    .add('transit-gateway', 'tgw-dr', { parent: 'app', name: name('dr tgw'), region: 'ap-northeast-1', amazonSideAsn: 64513, routeTables: [{ id: 'tgw-rt-dr', name: name('dr'), routes: [{ destination: '10.0.0.0/16', attachment: 'tgw-peer' }] }] })
    .add('tgw-peering', 'tgw-peer', { name: name('core to dr'), requester: 'tgw', accepter: 'tgw-dr', requesterRouteTable: 'tgw-rt-spoke', accepterRouteTable: 'tgw-rt-dr' })
    .add('vpn-connection', 'vpn-branch', { name: name('branch vpn'), customerGateway: 'cgw-branch', gateway: 'tgw', tunnels: [{}, {}], routeTable: 'tgw-rt-shared', propagations: ['tgw-rt-spoke'] })
    .add('external', 'partner', { name: name('partner'), endpointType: 'partner', cidr: '203.0.113.0/24', needsStaticIps: true, connectsTo: ['nlb'] })
    .build();
}

/** A small landing zone for the golden files while the seed examples are being written. */
export function hubAndSpokeDesign(): Design {
  return design('hub and spoke')
    .account('network', { name: 'network', accountId: '111111111111' })
    .account('workload', { name: 'workload', accountId: '222222222222' })
    .vpc('egress', 'network', '10.0.0.0/16', { name: 'egress' })
    .subnet('egress-public-a', 'egress', '10.0.0.0/24', 'ap-northeast-2a', { name: 'egress public a' })
    .subnet('egress-tgw-a', 'egress', '10.0.10.0/28', 'ap-northeast-2a', { name: 'egress tgw a' })
    .add('internet-gateway', 'igw', { parent: 'egress', name: 'egress igw' })
    .add('nat-gateway', 'nat', { parent: 'egress-public-a', name: 'egress nat' })
    .add('route-table', 'rtb-egress-public', { parent: 'egress', name: 'egress public', routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw' }, { destination: '10.20.0.0/16', target: 'tgw' }] })
    .update('egress-public-a', { routeTable: 'rtb-egress-public' })
    .routes('egress-rtb-main', { destination: '0.0.0.0/0', target: 'nat' })
    .add('transit-gateway', 'tgw', { parent: 'network', name: 'core', region: 'ap-northeast-2', routeTables: [] })
    .add('tgw-attachment', 'att-egress', { name: 'egress', transitGateway: 'tgw', vpc: 'egress', subnets: ['egress-tgw-a'] })
    .vpc('app', 'workload', '10.20.0.0/16', { name: 'app' })
    .subnet('app-a', 'app', '10.20.1.0/24', 'ap-northeast-2a', { name: 'app a' })
    .subnet('app-c', 'app', '10.20.2.0/24', 'ap-northeast-2c', { name: 'app c' })
    .add('tgw-attachment', 'att-app', { name: 'app', transitGateway: 'tgw', vpc: 'app', subnets: ['app-a', 'app-c'] })
    .add('ram-share', 'share-tgw', { name: 'tgw share', resources: ['tgw'], principals: ['workload'] })
    .routes('app-rtb-main', { destination: '0.0.0.0/0', target: 'tgw' })
    .add('security-group', 'sg-app', { parent: 'app', name: 'app', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } }], egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }] })
    .add('target-group', 'tg-app', { parent: 'app', name: 'app', targetType: 'ip', protocol: 'TCP', port: 443, targets: [{ target: '10.20.1.10' }] })
    .add('nlb', 'nlb-app', { parent: 'app-a', name: 'app nlb', scheme: 'internal', subnets: ['app-c'], listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'tg-app' }] })
    .add('mq-broker', 'mq', { parent: 'app-a', name: 'orders', engine: 'rabbitmq', deploymentMode: 'SINGLE_INSTANCE', securityGroups: ['sg-app'] })
    .build();
}
