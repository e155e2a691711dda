import { describe, expect, it } from 'vitest';
import { INSPECTION_POLICY } from '../testing/inspection.ts';
import { design } from '../testing/builder.ts';
import { parseDesign, RESOURCE_KINDS, serializeDesign, type Design } from './index.ts';

const ANYWHERE = {
  protocol: 'all',
  fromPort: 0,
  toPort: 65535,
  peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
};

/** A small landing zone that uses every kind the model has, with most optional fields set. */
function everyKindDesign(): Design {
  return design('every kind')
    .account('net', {
      accountId: '123456789012',
      organization: 'o-1',
      ramOrganizationSharing: true,
      roleName: 'deploy',
      tags: { team: 'platform' },
    })
    .account('app', { description: 'workloads' })
    .add('prefix-list', 'pl-office', { parent: 'net', cidrs: ['198.51.100.0/24'], maxEntries: 10 })
    .vpc('vpc', 'net', ['10.0.0.0/16', '100.64.0.0/24'], {
      ipv6Cidrs: ['2001:db8::/56'],
      blockPublicAccess: 'off',
    })
    .vpc('peer-vpc', 'app', '10.1.0.0/16')
    .add('internet-gateway', 'igw', { parent: 'vpc' })
    .add('egress-only-internet-gateway', 'eigw', { parent: 'vpc' })
    .add('route-table', 'rt-public', {
      parent: 'vpc',
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { destination: '0.0.0.0/0', target: 'igw' },
        { destination: '::/0', target: 'eigw' },
        { prefixList: 'pl-office', target: 'tgw', origin: 'static' },
        { destination: '10.1.0.0/16', target: 'pcx' },
      ],
    })
    .add('route-table', 'rt-edge', {
      parent: 'vpc',
      routes: [{ destination: '10.0.0.0/16', target: 'local' }],
      edgeAssociation: 'igw',
    })
    .add('network-acl', 'acl', {
      parent: 'vpc',
      inbound: [
        {
          ruleNumber: 100,
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          cidr: '0.0.0.0/0',
          action: 'allow',
        },
      ],
      outbound: [
        {
          ruleNumber: 100,
          protocol: 'all',
          fromPort: 0,
          toPort: 65535,
          cidr: '0.0.0.0/0',
          action: 'deny',
        },
      ],
    })
    .subnet('pub-a', 'vpc', '10.0.0.0/24', 'ap-northeast-2a', {
      routeTable: 'rt-public',
      networkAcl: 'acl',
      mapPublicIpOnLaunch: true,
      availabilityZoneId: 'apne2-az1',
      ipv6Cidr: '2001:db8::/64',
    })
    .subnet('priv-a', 'vpc', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('priv-c', 'vpc', '10.0.2.0/24', 'ap-northeast-2c')
    .subnet('peer-a', 'peer-vpc', '10.1.1.0/24', 'ap-northeast-2a')
    .add('security-group', 'sg-web', {
      parent: 'vpc',
      ingress: [
        {
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
          description: 'https',
        },
        {
          protocol: 'tcp',
          fromPort: 22,
          toPort: 22,
          peer: { kind: 'prefix-list', prefixList: 'pl-office' },
        },
      ],
      egress: [ANYWHERE],
      sharedWith: ['app'],
    })
    .add('security-group', 'sg-app', {
      parent: 'vpc',
      ingress: [
        {
          protocol: 'tcp',
          fromPort: 8080,
          toPort: 8080,
          peer: { kind: 'security-group', securityGroup: 'sg-web' },
        },
      ],
      egress: [ANYWHERE],
    })
    .add('elastic-ip', 'eip-nat', {
      parent: 'net',
      address: '203.0.113.10',
      region: 'ap-northeast-2',
    })
    .add('elastic-ip', 'eip-nlb', { parent: 'net' })
    .add('nat-gateway', 'nat', {
      parent: 'pub-a',
      connectivity: 'public',
      availabilityMode: 'zonal',
      elasticIps: ['eip-nat'],
    })
    .add('nat-gateway', 'nat-private', {
      parent: 'priv-a',
      connectivity: 'private',
      privateIp: '10.0.1.10',
    })
    .add('vpc-peering', 'pcx', {
      requesterVpc: 'vpc',
      accepterVpc: 'peer-vpc',
      status: 'pending-acceptance',
      allowRemoteVpcDnsResolution: true,
    })
    .add('transit-gateway', 'tgw', {
      parent: 'net',
      region: 'ap-northeast-2',
      amazonSideAsn: 64512,
      securityGroupReferencing: true,
      routeTables: [
        {
          id: 'tgw-rt',
          name: 'main',
          routes: [
            { destination: '10.0.0.0/16', attachment: 'attach' },
            { destination: '192.168.0.0/16', blackhole: true },
          ],
        },
      ],
    })
    .add('tgw-attachment', 'attach', {
      transitGateway: 'tgw',
      vpc: 'vpc',
      subnets: ['priv-a', 'priv-c'],
      applianceMode: true,
      securityGroupReferencing: true,
      routeTable: 'tgw-rt',
      propagations: ['tgw-rt'],
    })
    .add('vpc-endpoint', 'vpce-s3', {
      parent: 'vpc',
      endpointType: 'gateway',
      service: 'com.amazonaws.ap-northeast-2.s3',
      routeTables: ['rt-public'],
    })
    .add('vpc-endpoint', 'vpce-api', {
      parent: 'priv-a',
      endpointType: 'interface',
      service: 'com.amazonaws.ap-northeast-2.execute-api',
      subnets: ['priv-c'],
      securityGroups: ['sg-app'],
      privateDns: true,
    })
    .add('ram-share', 'share', {
      resources: ['priv-a', 'tgw', 'sg-web', 'pl-office'],
      principals: ['app'],
      allowExternalPrincipals: false,
    })
    .add('target-group', 'tg-web', {
      parent: 'vpc',
      targetType: 'instance',
      protocol: 'HTTP',
      port: 8080,
      targets: [{ target: 'web-1', port: 8080 }, { target: '10.0.1.50' }],
      healthCheckPort: 8081,
      preserveClientIp: true,
    })
    .add('target-group', 'tg-alb', {
      parent: 'vpc',
      targetType: 'alb',
      protocol: 'TCP',
      port: 80,
      targets: [{ target: 'alb' }],
    })
    .add('target-group', 'tg-fn', {
      parent: 'vpc',
      targetType: 'lambda',
      protocol: 'HTTP',
      port: 80,
      targets: [{ target: 'fn' }],
    })
    .add('nlb', 'nlb', {
      parent: 'pub-a',
      scheme: 'internet-facing',
      subnets: ['pub-a'],
      subnetMappings: [{ subnet: 'pub-a', elasticIp: 'eip-nlb', privateIp: '10.0.0.20' }],
      securityGroups: ['sg-web'],
      listeners: [{ protocol: 'TCP', port: 80, targetGroup: 'tg-alb' }],
      crossZone: true,
    })
    .add('alb', 'alb', {
      parent: 'priv-a',
      scheme: 'internal',
      subnets: ['priv-c'],
      securityGroups: ['sg-web'],
      listeners: [
        { protocol: 'HTTP', port: 80, targetGroup: 'tg-web' },
        { protocol: 'HTTPS', port: 443 },
      ],
    })
    .add('instance', 'web-1', {
      parent: 'priv-a',
      role: 'proxy',
      securityGroups: ['sg-app'],
      upstream: { target: 'alb', protocol: 'tcp', port: 80 },
      privateIp: '10.0.1.11',
      sourceDestCheck: false,
      port: 443,
    })
    .add('instance', 'bastion', {
      parent: 'pub-a',
      role: 'bastion',
      publicIp: true,
      operatingSystem: 'windows',
    })
    .add('auto-scaling-group', 'asg', {
      parent: 'priv-a',
      subnets: ['priv-c'],
      minSize: 1,
      maxSize: 4,
      desiredCapacity: 2,
      targetGroups: ['tg-web'],
      publicIp: false,
    })
    .add('mq-broker', 'mq', {
      parent: 'priv-a',
      subnets: ['priv-c'],
      engine: 'activemq',
      deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ',
      securityGroups: ['sg-app'],
      engineVersion: '5.18',
    })
    .add('vpc-link', 'link-v1', { parent: 'net', version: 'v1', targets: ['nlb'] })
    .add('vpc-link', 'link-v2', {
      parent: 'net',
      version: 'v2',
      targets: ['alb'],
      subnets: ['priv-a'],
      securityGroups: ['sg-web'],
    })
    .add('api-gateway', 'api', {
      parent: 'net',
      apiType: 'rest',
      endpointType: 'private',
      region: 'ap-northeast-2',
      resourcePolicy: true,
      integrations: [
        { path: '/orders', method: 'GET', vpcLink: 'link-v1', target: 'nlb', port: 80 },
      ],
    })
    .add('ecs-service', 'ecs', {
      parent: 'priv-a',
      subnets: ['priv-c'],
      launchType: 'EC2',
      networkMode: 'bridge',
      securityGroups: ['sg-app'],
      desiredCount: 3,
      containerPort: 8080,
      targetGroups: ['tg-web'],
      serviceDiscoveryNamespace: 'app.local',
      taskRole: 'task',
      image: 'nginx:1.27',
    })
    .add('eks-cluster', 'eks', {
      parent: 'priv-a',
      subnets: ['priv-c'],
      version: '1.31',
      compute: 'self-managed-nodes',
      nodeInstanceType: 'm6i.large',
      nodeSecurityGroups: ['sg-app'],
      securityGroupsForPods: true,
    })
    .add('k8s-service', 'svc', {
      parent: 'eks',
      serviceType: 'LoadBalancer',
      port: 80,
      targetPort: 8080,
      nodePort: 30080,
      loadBalancer: 'nlb',
      externalTrafficPolicy: 'Local',
    })
    .add('k8s-ingress', 'ing', {
      parent: 'eks',
      loadBalancer: 'alb',
      targetType: 'ip',
      groupName: 'shared',
      rules: [{ path: '/', service: 'svc', port: 80 }],
    })
    .add('beanstalk-environment', 'eb', {
      parent: 'priv-a',
      subnets: ['priv-c'],
      securityGroups: ['sg-app'],
      loadBalancer: 'alb',
      port: 80,
      instanceType: 't3.small',
    })
    .add('lambda', 'fn', {
      parent: 'priv-a',
      runtime: 'python3.12',
      subnets: ['priv-c'],
      securityGroups: ['sg-app'],
    })
    .add('network-firewall', 'nfw', { parent: 'priv-a', subnetMappings: [{ subnet: 'priv-a' }, { subnet: 'priv-c' }], firewallPolicy: INSPECTION_POLICY })
    .add('target-group', 'tg-appliances', { parent: 'vpc', targetType: 'instance', protocol: 'GENEVE', port: 6081, targets: [] })
    .add('gateway-load-balancer', 'gwlb', { parent: 'priv-a', subnets: ['priv-c'], targetGroup: 'tg-appliances', crossZone: true })
    .add('gwlb-endpoint', 'gwlbe', { parent: 'priv-c', gatewayLoadBalancer: 'gwlb' })
    .add('customer-gateway', 'office-cgw', { parent: 'net', bgpAsn: 65010, ipAddress: '198.51.100.20', deviceName: 'office-router' })
    .add('virtual-private-gateway', 'vgw', { parent: 'vpc', amazonSideAsn: 64600, routePropagation: [] })
    .add('transit-gateway', 'tgw-tokyo', { parent: 'net', region: 'ap-northeast-1', routeTables: [{ id: 'tgw-rt-tokyo', name: 'tokyo', routes: [{ destination: '10.0.0.0/16', attachment: 'tgw-peer' }] }] })
    .add('tgw-peering', 'tgw-peer', { requester: 'tgw', accepter: 'tgw-tokyo', requesterRouteTable: 'tgw-rt', accepterRouteTable: 'tgw-rt-tokyo' })
    .add('dx-gateway', 'dxgw', { parent: 'net', amazonSideAsn: 65200, associations: [{ gateway: 'vgw', allowedPrefixes: ['10.0.0.0/15'] }] })
    .add('vpn-connection', 'vpn-office', { customerGateway: 'office-cgw', gateway: 'vgw', staticRoutesOnly: true, staticRoutes: ['172.16.0.0/16'], tunnels: [{ insideCidr: '169.254.10.0/30' }, { status: 'up' }] })
    .add('external', 'partner', {
      endpointType: 'partner',
      cidr: '203.0.113.0/24',
      needsStaticIps: true,
      connectsTo: ['nlb'],
    })
    .build();
}

describe('design schema', () => {
  it('round-trips a design that uses every kind: parse(serialize(d)) equals d', () => {
    const d = {
      ...everyKindDesign(),
      description: 'all of it',
      layout: { vpc: { x: 10, y: 20, w: 300, h: 200, collapsed: true }, igw: { x: 1.5, y: 2 } },
    };
    expect(new Set(d.resources.map((r) => r.kind))).toEqual(new Set(RESOURCE_KINDS));
    const again = parseDesign(serializeDesign(d));
    expect(again).toEqual({ ok: true, design: d, migrations: [] });
  });

  it('fills defaults on read, so a minimal file means the same as AWS’s defaults', () => {
    const parsed = parseDesign(
      JSON.stringify({
        format: 'landing-zone-studio/design',
        version: 2,
        name: 'defaults',
        resources: [
          { id: 'a', kind: 'account', name: 'a' },
          {
            id: 'v',
            kind: 'vpc',
            name: 'v',
            parent: 'a',
            region: 'ap-northeast-2',
            cidrs: ['10.0.0.0/16'],
          },
        ],
      }),
    );
    expect(parsed.ok && parsed.design.layout).toEqual({});
    expect(parsed.ok && parsed.design.resources[1]).toMatchObject({
      enableDnsSupport: true,
      enableDnsHostnames: false,
    });
  });

  it('keeps where an imported resource came from, quotes and brackets included, and refuses control characters there', () => {
    const withSource = (address: string) =>
      JSON.stringify({
        format: 'landing-zone-studio/design',
        version: 2,
        name: 'imported',
        resources: [{ id: 'a', kind: 'account', name: 'a', source: { file: 'plan.json', address } }],
      });
    const address = 'module.vpc["prod-01"].aws_route_table.private[2]';
    const parsed = parseDesign(withSource(address));
    expect(parsed.ok && parsed.design.resources[0]?.source).toEqual({ file: 'plan.json', address });
    const refused = parseDesign(withSource('module.vpc\u0007.aws_vpc.this'));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatchObject({ path: 'resources.0.source.address', resourceId: 'a' });
  });
});
