/**
 * Synthetic landing zones for benchmarks and scale tests: a seed and a size give the same
 * design every time. Built the way a real Organization looks: network hub accounts with
 * transit gateways shared by RAM, workload VPCs with public/private/data tiers across two or
 * three AZs, NAT and internet gateways, peerings with routes on both sides, load balancers,
 * instances, ECS services, shared subnets, brokers, private APIs, S3 gateway endpoints,
 * Network Firewalls inspecting partner traffic and Gateway Load Balancers of appliances, and on-premises reached over VPNs to the hubs
 * (BGP) and to some VPCs' virtual private gateways (static), Direct Connect to the first hub,
 * and a second Region's hub peered with it.
 * Resources are constructed directly (no per-resource operations) so 20,000 take well under
 * a second, following the same conventions as `vpcDefaults`.
 */
import { DESIGN_FORMAT, DESIGN_VERSION, type Design } from '../model/design.ts';
import type { NetworkAclEntry, Route, SecurityGroupRule } from '../model/fields.ts';
import type { Resource, ResourceOf } from '../model/resources.ts';
import { ipv4ToString } from '../net/cidr.ts';
import { gridLayout } from './layout.ts';

export interface SyntheticOptions {
  readonly seed: number;
  /** Total resources wanted; the result lands within a few percent (usually exactly). */
  readonly resources: number;
}

/** mulberry32: tiny, fast, good enough for test data. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const REGION = 'ap-northeast-2';
const ZONES = ['a', 'b', 'c'] as const;
const ZONE_IDS: Record<string, string> = { a: 'apne2-az1', b: 'apne2-az2', c: 'apne2-az3' };
const ENVIRONMENTS = ['prod', 'stg', 'dev', 'sandbox'] as const;
const TEAMS = [
  'payments',
  'orders',
  'search',
  'catalog',
  'identity',
  'analytics',
  'billing',
  'media',
  'logistics',
  'ads',
];
/** Upper bound of what one workload VPC adds, so the loop stops before overshooting. */
const MAX_PER_VPC = 90;
/** Average resources one workload VPC brings; sets the number of accounts up front. */
const AVERAGE_PER_VPC = 42;
const VPCS_PER_ACCOUNT = 6;
const VPCS_PER_TRANSIT_GATEWAY = 150;

const ALL = (cidr: string): SecurityGroupRule => ({
  protocol: 'all',
  fromPort: 0,
  toPort: 65535,
  peer: { kind: 'cidr', cidr },
});
const tcp = (port: number, peer: SecurityGroupRule['peer'], toPort = port): SecurityGroupRule => ({
  protocol: 'tcp',
  fromPort: port,
  toPort,
  peer,
});
const fromGroup = (securityGroup: string): SecurityGroupRule['peer'] => ({
  kind: 'security-group',
  securityGroup,
});
const fromCidr = (cidr: string): SecurityGroupRule['peer'] => ({ kind: 'cidr', cidr });
const nacl = (
  ruleNumber: number,
  cidr: string,
  action: 'allow' | 'deny',
  fromPort = 0,
  toPort = 65535,
  protocol: NetworkAclEntry['protocol'] = 'all',
): NetworkAclEntry => ({
  ruleNumber,
  protocol,
  fromPort,
  toPort,
  cidr,
  action,
});

interface VpcPlan {
  readonly id: string;
  readonly cidr: string;
  readonly account: string;
  readonly privateRouteTables: ResourceOf<'route-table'>[];
}

export function syntheticLandingZone({ seed, resources: wanted }: SyntheticOptions): Design {
  const random = prng(seed);
  const out: Resource[] = [];
  const push = <R extends Resource>(resource: R): R => {
    out.push(resource);
    return resource;
  };

  const plannedVpcs = Math.max(1, Math.round(wanted / AVERAGE_PER_VPC));
  const workloadAccounts = Math.max(2, Math.ceil(plannedVpcs / VPCS_PER_ACCOUNT));
  const hubs = Math.max(1, Math.ceil(plannedVpcs / VPCS_PER_TRANSIT_GATEWAY));
  const organization = 'o-synthetic';

  // Network hub accounts, each with a transit gateway (two route tables) shared by RAM.
  const transitGateways: ResourceOf<'transit-gateway'>[] = [];
  const hubShares: ResourceOf<'ram-share'>[] = [];
  for (let h = 0; h < hubs; h++) {
    const account = `acct-network-${h + 1}`;
    push({
      id: account,
      kind: 'account',
      name: `network-${h + 1}`,
      organization,
      ramOrganizationSharing: true,
      accountId: String(100000000000 + h),
    });
    const tgw = push({
      id: `tgw-${h + 1}`,
      kind: 'transit-gateway',
      name: `hub-${h + 1}`,
      parent: account,
      region: REGION,
      amazonSideAsn: 64512 + h,
      routeTables: [
        {
          id: `tgw-${h + 1}-rtb-prod`,
          name: 'prod',
          routes: [{ destination: '192.168.0.0/16', blackhole: true }],
        },
        { id: `tgw-${h + 1}-rtb-nonprod`, name: 'nonprod', routes: [] },
      ],
    });
    transitGateways.push(tgw);
    // The head office's router, over a BGP VPN to the hub: associated with prod, propagating into both tables.
    push({ id: `cgw-${h + 1}`, kind: 'customer-gateway', name: `head office ${h + 1}`, parent: account, bgpAsn: 65000 + h, ipAddress: `198.51.100.${10 + h}`, type: 'ipsec.1' });
    push({
      id: `vpn-${h + 1}`,
      kind: 'vpn-connection',
      name: `head office ${h + 1} → ${tgw.name}`,
      customerGateway: `cgw-${h + 1}`,
      gateway: tgw.id,
      staticRoutesOnly: false,
      tunnels: [
        { insideCidr: `169.254.${100 + h}.0/30`, status: 'up' },
        { insideCidr: `169.254.${100 + h}.4/30`, status: 'up' },
      ],
      routeTable: tgw.routeTables[0]!.id,
      propagations: tgw.routeTables.map((t) => t.id),
    });
    hubShares.push(
      push({
        id: `share-tgw-${h + 1}`,
        kind: 'ram-share',
        name: `${tgw.name} to workloads`,
        resources: [tgw.id],
        principals: [],
      }),
    );
  }
  // Direct Connect from the data centre to the first hub, and a disaster-recovery hub in a second Region peered with it (static routes only).
  push({
    id: 'dxgw-1',
    kind: 'dx-gateway',
    name: 'data centre',
    parent: 'acct-network-1',
    amazonSideAsn: 65200,
    associations: [{ gateway: 'tgw-1', allowedPrefixes: ['10.0.0.0/8'], routeTable: 'tgw-1-rtb-prod', propagations: ['tgw-1-rtb-prod', 'tgw-1-rtb-nonprod'] }],
  });
  push({ id: 'tgw-dr', kind: 'transit-gateway', name: 'dr hub', parent: 'acct-network-1', region: 'us-west-2', amazonSideAsn: 64600, routeTables: [{ id: 'tgw-dr-rtb', name: 'dr', routes: [{ destination: '10.0.0.0/8', attachment: 'tgw-peer-dr' }] }] });
  push({ id: 'tgw-peer-dr', kind: 'tgw-peering', name: 'hub-1 ↔ dr', requester: 'tgw-1', accepter: 'tgw-dr', requesterRouteTable: 'tgw-1-rtb-prod', accepterRouteTable: 'tgw-dr-rtb', propagations: [] });
  const accounts: string[] = [];
  for (let a = 0; a < workloadAccounts; a++) {
    const environment = ENVIRONMENTS[a % ENVIRONMENTS.length]!;
    const id = `acct-${String(a + 1).padStart(3, '0')}`;
    accounts.push(id);
    push({
      id,
      kind: 'account',
      name: `${environment}-${TEAMS[a % TEAMS.length]}-${Math.floor(a / TEAMS.length) + 1}`,
      organization,
      ramOrganizationSharing: true,
      accountId: String(200000000000 + a),
    });
  }
  push({ id: 'ext-internet', kind: 'external', name: 'Internet', endpointType: 'internet' });
  push({
    id: 'ext-partner',
    kind: 'external',
    name: 'Partner network',
    endpointType: 'partner',
    cidr: '203.0.113.0/24',
    needsStaticIps: true,
  });
  push({
    id: 'ext-onprem',
    kind: 'external',
    name: 'Head office',
    endpointType: 'on-premises',
    cidr: '172.16.0.0/12',
    reachedThrough: [...transitGateways.map((_, h) => `cgw-${h + 1}`), 'dxgw-1'],
  });

  const vpcs: VpcPlan[] = [];
  const appSubnets: { subnet: string; group: string }[] = [];

  const addVpc = (v: number) => {
    const id = `vpc-${String(v + 1).padStart(4, '0')}`;
    const account = accounts[Math.floor(v / VPCS_PER_ACCOUNT) % accounts.length]!;
    const hub = transitGateways[Math.floor(v / VPCS_PER_TRANSIT_GATEWAY) % transitGateways.length]!;
    // A /20 per VPC out of 10.0.0.0/8: 4,096 VPCs before anything overlaps.
    const base = (10n << 24n) + BigInt(v) * 4096n;
    const cidr = `${ipv4ToString(base)}/20`;
    const block = (n: number) => `${ipv4ToString(base + BigInt(n) * 256n)}/24`;
    const zones = ZONES.slice(0, random.chance(0.5) ? 3 : 2).map((z) => `${REGION}${z}`);
    const withData = random.chance(0.6);
    const prod = random.chance(0.4);
    const name = `${random.pick(TEAMS)}-${v + 1}`;

    push({
      id,
      kind: 'vpc',
      name,
      parent: account,
      region: REGION,
      cidrs: [cidr],
      enableDnsSupport: true,
      enableDnsHostnames: true,
    });
    push({
      id: `${id}-rtb-main`,
      kind: 'route-table',
      name: `${name} main`,
      parent: id,
      main: true,
      routes: [{ destination: cidr, target: 'local' }],
    });
    push({
      id: `${id}-acl-default`,
      kind: 'network-acl',
      name: `${name} default`,
      parent: id,
      default: true,
      inbound: [nacl(100, '0.0.0.0/0', 'allow')],
      outbound: [nacl(100, '0.0.0.0/0', 'allow')],
    });
    const defaultSg = `${id}-sg-default`;
    push({
      id: defaultSg,
      kind: 'security-group',
      name: 'default',
      parent: id,
      default: true,
      ingress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: fromGroup(defaultSg) }],
      egress: [ALL('0.0.0.0/0')],
    });

    const igw = push({
      id: `${id}-igw`,
      kind: 'internet-gateway',
      name: `${name} igw`,
      parent: id,
    });
    const publicRt = push({
      id: `${id}-rtb-public`,
      kind: 'route-table',
      name: `${name} public`,
      parent: id,
      routes: [
        { destination: cidr, target: 'local' },
        { destination: '0.0.0.0/0', target: igw.id },
      ],
    });

    // Security groups: load balancer, web, app (with many office CIDRs), data.
    const lbSg = `${id}-sg-lb`;
    const appSg = `${id}-sg-app`;
    const dataSg = `${id}-sg-data`;
    const officeRules = Array.from({ length: random.int(4, 24) }, (_, i) =>
      tcp(22, fromCidr(`198.51.${(v * 7 + i) % 256}.${(i * 16) % 256}/28`)),
    );
    push({
      id: lbSg,
      kind: 'security-group',
      name: 'alb',
      parent: id,
      ingress: [
        tcp(443, fromCidr('0.0.0.0/0')),
        tcp(80, fromCidr('0.0.0.0/0')),
        tcp(443, fromCidr('203.0.113.0/24')),
      ],
      egress: [tcp(8080, fromGroup(appSg))],
    });
    push({
      id: appSg,
      kind: 'security-group',
      name: 'app',
      parent: id,
      ingress: [
        tcp(8080, fromGroup(lbSg)),
        tcp(8080, fromCidr('10.0.0.0/8')),
        tcp(9090, fromGroup(appSg)),
        ...officeRules,
      ],
      egress: [ALL('0.0.0.0/0')],
    });
    push({
      id: dataSg,
      kind: 'security-group',
      name: 'data',
      parent: id,
      ingress: [
        tcp(5432, fromGroup(appSg)),
        tcp(3306, fromGroup(appSg)),
        tcp(6379, fromGroup(appSg)),
        tcp(5671, fromGroup(appSg)),
      ],
      egress: [],
    });

    const dataAcl = withData
      ? push({
          id: `${id}-acl-data`,
          kind: 'network-acl',
          name: `${name} data`,
          parent: id,
          inbound: [
            nacl(100, cidr, 'allow', 0, 65535, 'tcp'),
            nacl(110, '10.0.0.0/8', 'allow', 1024, 65535, 'tcp'),
            nacl(200, '0.0.0.0/0', 'deny'),
          ],
          outbound: [
            nacl(100, cidr, 'allow'),
            nacl(110, '10.0.0.0/8', 'allow', 1024, 65535, 'tcp'),
          ],
        })
      : undefined;

    // Subnets, tier by tier, one per AZ; /24s counted from the VPC's base. The transit gateway
    // attachment gets /28s of its own (TGW-NACL); AZ IDs are recorded for shared subnets (SHR-AZID).
    let next = 0;
    const tier = (
      label: string,
      extra: Partial<ResourceOf<'subnet'>>,
      cidrOf = (_i: number) => block(next++),
    ) =>
      zones.map((zone, i) =>
        push({
          id: `${id}-sn-${label}-${zone.at(-1)}`,
          kind: 'subnet',
          name: `${label}-${zone.at(-1)}`,
          parent: id,
          cidr: cidrOf(i),
          availabilityZone: zone,
          availabilityZoneId: ZONE_IDS[zone.at(-1)!],
          ...extra,
        }),
      );
    const publicSubnets = tier('public', { routeTable: publicRt.id, mapPublicIpOnLaunch: true });
    const privateSubnets = tier('private', {});
    const dataSubnets = withData ? tier('data', dataAcl ? { networkAcl: dataAcl.id } : {}) : [];
    const attachmentSlot = base + BigInt(next++) * 256n;
    const attachmentSubnets = tier(
      'tgw',
      {},
      (i) => `${ipv4ToString(attachmentSlot + BigInt(i) * 16n)}/28`,
    );

    // NAT: one per AZ in prod, one shared otherwise; each with an Elastic IP in the account.
    const nats = (prod ? publicSubnets : publicSubnets.slice(0, 1)).map((subnet, i) => {
      const eip = push({
        id: `${id}-eip-nat-${i + 1}`,
        kind: 'elastic-ip',
        name: `${name} nat ${i + 1}`,
        parent: account,
        region: REGION,
      });
      return push({
        id: `${id}-nat-${i + 1}`,
        kind: 'nat-gateway',
        name: `${name} nat ${i + 1}`,
        parent: subnet.id,
        connectivity: 'public',
        elasticIps: [eip.id],
      });
    });

    const attachment = `${id}-tgw-attach`;
    const privateRouteTables = zones.map((zone, i) => {
      const routes: Route[] = [
        { destination: cidr, target: 'local' },
        { destination: '0.0.0.0/0', target: nats[Math.min(i, nats.length - 1)]!.id },
        { destination: '10.0.0.0/8', target: hub.id },
        { destination: '172.16.0.0/12', target: hub.id },
      ];
      const table = push({
        id: `${id}-rtb-private-${zone.at(-1)}`,
        kind: 'route-table',
        name: `${name} private ${zone.at(-1)}`,
        parent: id,
        routes,
      });
      privateSubnets[i]!.routeTable = table.id;
      attachmentSubnets[i]!.routeTable = table.id;
      if (dataSubnets[i]) dataSubnets[i]!.routeTable = table.id;
      return table;
    });

    // An S3 gateway endpoint on the private tables (one VPC in three), and in one VPC in eight an
    // AWS Network Firewall in /28s of its own that inspects the private subnets' partner traffic.
    if (v % 3 === 0) {
      push({
        id: `${id}-vpce-s3`,
        kind: 'vpc-endpoint',
        name: `${name} s3`,
        parent: id,
        endpointType: 'gateway',
        service: `com.amazonaws.${REGION}.s3`,
        routeTables: privateRouteTables.map((t) => t.id),
        prefixListId: 'pl-78a54011',
        prefixListCidrs: ['52.219.56.0/22', '52.219.60.0/23'],
      });
    }
    if (v % 8 === 0) {
      const firewallSlot = base + BigInt(next++) * 256n;
      const firewallSubnets = tier('firewall', {}, (i) => `${ipv4ToString(firewallSlot + BigInt(i) * 16n)}/28`);
      push({
        id: `${id}-nfw`,
        kind: 'network-firewall',
        name: `${name} firewall`,
        parent: firewallSubnets[0]!.id,
        subnetMappings: firewallSubnets.map((s) => ({ subnet: s.id })),
        firewallPolicy: {
          statelessDefaultActions: 'aws:forward_to_sfe',
          statelessFragmentDefaultActions: 'aws:forward_to_sfe',
          statelessRuleGroups: [],
          statefulRuleOrder: 'DEFAULT_ACTION_ORDER',
          statefulRuleGroups: [{ name: 'partner', capacity: 10, statefulRules: [{ action: 'PASS', header: { protocol: 'TCP', source: 'ANY', sourcePort: 'ANY', direction: 'FORWARD', destination: '203.0.113.0/24', destinationPort: '443' } }] }],
        },
      });
      zones.forEach((zone, i) => privateRouteTables[i]!.routes.push({ destination: '203.0.113.0/24', target: `${id}-nfw`, endpointAz: zone }));
    }
    // In another VPC in eight, a Gateway Load Balancer of appliances in /28s of its own, and a
    // GWLB endpoint per AZ that the private subnets send their traffic to on-premises' DMZ through.
    if (v % 8 === 4) {
      const slot = base + BigInt(next++) * 256n;
      const applianceSubnets = tier('appliance', {}, (i) => `${ipv4ToString(slot + BigInt(i) * 16n)}/28`);
      const endpointSubnets = tier('gwlbe', {}, (i) => `${ipv4ToString(slot + 128n + BigInt(i) * 16n)}/28`);
      const appliances = applianceSubnets.map((subnet, i) =>
        push({ id: `${id}-appliance-${i + 1}`, kind: 'instance', name: `${name}-appliance-${i + 1}`, parent: subnet.id, role: 'appliance', securityGroups: [], instanceType: 'c6in.large', operatingSystem: 'linux' }),
      );
      push({ id: `${id}-tg-appliances`, kind: 'target-group', name: `${name} appliances`, parent: id, targetType: 'instance', protocol: 'GENEVE', port: 6081, targets: appliances.map((a) => ({ target: a.id })) });
      push({ id: `${id}-gwlb`, kind: 'gateway-load-balancer', name: `${name} gwlb`, parent: applianceSubnets[0]!.id, subnets: applianceSubnets.slice(1).map((s) => s.id), targetGroup: `${id}-tg-appliances` });
      endpointSubnets.forEach((subnet, i) => {
        push({ id: `${id}-gwlbe-${i + 1}`, kind: 'gwlb-endpoint', name: `${name} gwlbe ${i + 1}`, parent: subnet.id, gatewayLoadBalancer: `${id}-gwlb` });
        privateRouteTables[i]!.routes.push({ destination: '198.51.100.0/24', target: `${id}-gwlbe-${i + 1}` });
      });
    }

    // Transit gateway attachment in its own subnets, with a static route back in the hub.
    const hubTable = prod ? hub.routeTables[0]! : hub.routeTables[1]!;
    push({
      id: attachment,
      kind: 'tgw-attachment',
      name: `${name} → ${hub.name}`,
      transitGateway: hub.id,
      vpc: id,
      subnets: attachmentSubnets.map((s) => s.id),
      routeTable: hubTable.id,
      propagations: hub.routeTables.map((t) => t.id),
    });
    hubTable.routes.push({ destination: cidr, attachment });
    // Some VPCs also reach a branch of their own over a static VPN to a virtual private gateway.
    if (v % 10 === 5) {
      push({ id: `${id}-cgw-branch`, kind: 'customer-gateway', name: `${name} branch`, parent: account, bgpAsn: 65100, ipAddress: `203.0.113.${v % 250}`, type: 'ipsec.1' });
      push({ id: `${id}-vgw`, kind: 'virtual-private-gateway', name: `${name} vgw`, parent: id, routePropagation: privateRouteTables.map((t) => t.id) });
      push({
        id: `${id}-vpn-branch`,
        kind: 'vpn-connection',
        name: `${name} branch`,
        customerGateway: `${id}-cgw-branch`,
        gateway: `${id}-vgw`,
        staticRoutesOnly: true,
        staticRoutes: [`192.168.${v % 256}.0/24`],
        tunnels: [{ status: 'up' }, { status: 'up' }],
      });
    }
    const share = hubShares[transitGateways.indexOf(hub)]!;
    if (!share.principals.includes(account)) share.principals.push(account);

    // Internet-facing ALB → instances (and an ECS service behind a second listener).
    const tgWeb: ResourceOf<'target-group'> = push({
      id: `${id}-tg-web`,
      kind: 'target-group',
      name: `${name} web`,
      parent: id,
      targetType: 'instance',
      protocol: 'HTTP',
      port: 8080,
      targets: [],
    });
    const listeners: ResourceOf<'alb'>['listeners'] = [
      { protocol: 'HTTP', port: 80, targetGroup: tgWeb.id },
    ];
    push({
      id: `${id}-alb`,
      kind: 'alb',
      name: `${name} alb`,
      parent: publicSubnets[0]!.id,
      scheme: 'internet-facing',
      subnets: publicSubnets.slice(1).map((s) => s.id),
      securityGroups: [lbSg],
      listeners,
    });
    const instances = random.int(2, 8);
    for (let i = 0; i < instances; i++) {
      const subnet = privateSubnets[i % privateSubnets.length]!;
      const instance = push({
        id: `${id}-i-${i + 1}`,
        kind: 'instance',
        name: `${name}-app-${i + 1}`,
        parent: subnet.id,
        role: 'app',
        securityGroups: [appSg],
        instanceType: 'm6i.large',
        operatingSystem: 'linux',
        port: 8080,
      });
      tgWeb.targets.push({ target: instance.id, port: 8080 });
    }
    appSubnets.push(...privateSubnets.map((s) => ({ subnet: s.id, group: appSg })));
    if (random.chance(0.4)) {
      const tgEcs: ResourceOf<'target-group'> = push({
        id: `${id}-tg-ecs`,
        kind: 'target-group',
        name: `${name} api`,
        parent: id,
        targetType: 'ip',
        protocol: 'HTTP',
        port: 8080,
        targets: [],
      });
      listeners.push({ protocol: 'HTTPS', port: 443, targetGroup: tgEcs.id });
      const service = push({
        id: `${id}-ecs-api`,
        kind: 'ecs-service',
        name: `${name}-api`,
        parent: privateSubnets[0]!.id,
        subnets: privateSubnets.slice(1).map((s) => s.id),
        launchType: 'FARGATE',
        networkMode: 'awsvpc',
        securityGroups: [appSg],
        assignPublicIp: false,
        desiredCount: random.int(2, 6),
        containerPort: 8080,
        targetGroups: [tgEcs.id],
      });
      tgEcs.targets.push({ target: service.id, port: 8080 });
    }
    if (random.chance(0.15)) {
      push({
        id: `${id}-asg-workers`,
        kind: 'auto-scaling-group',
        name: `${name}-workers`,
        parent: privateSubnets[0]!.id,
        subnets: privateSubnets.slice(1).map((s) => s.id),
        role: 'app',
        securityGroups: [appSg],
        minSize: 2,
        maxSize: 10,
        desiredCapacity: 3,
        instanceType: 'c6i.large',
      });
    }

    // A broker in the data tier (owned by the VPC's account: no MQ-SHARED finding).
    if (dataSubnets.length >= 2 && random.chance(0.15)) {
      push({
        id: `${id}-mq`,
        kind: 'mq-broker',
        name: `${name}-events`,
        parent: dataSubnets[0]!.id,
        subnets: [dataSubnets[1]!.id],
        // RabbitMQ clusters across AZs; ActiveMQ runs active/standby.
        ...(random.chance(0.5)
          ? { engine: 'rabbitmq' as const, deploymentMode: 'CLUSTER_MULTI_AZ' as const }
          : { engine: 'activemq' as const, deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ' as const }),
        securityGroups: [dataSg],
        publiclyAccessible: false,
        instanceType: 'mq.m5.large',
      });
    }

    // A private API: REST API Gateway → VPC link v1 → internal NLB → instances.
    if (random.chance(0.08)) {
      const tgApi = push({
        id: `${id}-tg-nlb`,
        kind: 'target-group',
        name: `${name} nlb`,
        parent: id,
        targetType: 'instance',
        protocol: 'TCP',
        port: 8080,
        targets: tgWeb.targets.slice(0, 2),
      });
      const nlb = push({
        id: `${id}-nlb`,
        kind: 'nlb',
        name: `${name} nlb`,
        parent: privateSubnets[0]!.id,
        scheme: 'internal',
        subnets: privateSubnets.slice(1).map((s) => s.id),
        listeners: [{ protocol: 'TCP', port: 8080, targetGroup: tgApi.id }],
      });
      const link = push({
        id: `${id}-vpclink`,
        kind: 'vpc-link',
        name: `${name} link`,
        parent: account,
        version: 'v1',
        targets: [nlb.id],
      });
      push({
        id: `${id}-api`,
        kind: 'api-gateway',
        name: `${name} api`,
        parent: account,
        apiType: 'rest',
        endpointType: 'regional',
        region: REGION,
        integrations: [
          { path: '/{proxy+}', method: 'ANY', vpcLink: link.id, target: nlb.id, port: 8080 },
        ],
      });
    }

    // A small EKS cluster with a NodePort service.
    if (random.chance(0.06)) {
      const cluster = push({
        id: `${id}-eks`,
        kind: 'eks-cluster',
        name: `${name}-eks`,
        parent: privateSubnets[0]!.id,
        subnets: privateSubnets.slice(1).map((s) => s.id),
        compute: 'managed-nodes',
        nodeSecurityGroups: [appSg],
        version: '1.31',
        nodeInstanceType: 'm6i.large',
      });
      push({
        id: `${id}-eks-svc`,
        kind: 'k8s-service',
        name: 'web',
        parent: cluster.id,
        serviceType: 'NodePort',
        port: 80,
        targetPort: 8080,
        nodePort: 30080,
      });
    }

    // A shared VPC: private subnets shared by RAM with a sibling account that runs an instance there.
    if (random.chance(0.12)) {
      const participant = accounts[(accounts.indexOf(account) + 1) % accounts.length]!;
      push({
        id: `${id}-share`,
        kind: 'ram-share',
        name: `${name} private subnets`,
        resources: privateSubnets.map((s) => s.id),
        principals: [participant],
      });
      // Participants launch with their own groups in the shared VPC (SHR-SG-USE).
      const guestSg = push({
        id: `${id}-sg-guest`,
        kind: 'security-group',
        name: 'guest',
        parent: id,
        account: participant,
        ingress: [tcp(8080, fromCidr(cidr))],
        egress: [ALL('0.0.0.0/0')],
      });
      push({
        id: `${id}-i-guest`,
        kind: 'instance',
        name: `${name}-guest`,
        parent: privateSubnets[0]!.id,
        account: participant,
        role: 'app',
        securityGroups: [guestSg.id],
        instanceType: 't3.medium',
        operatingSystem: 'linux',
      });
    }

    // A peering with a recent VPC, routes on both sides.
    const plan: VpcPlan = { id, cidr, account, privateRouteTables };
    if (vpcs.length > 0 && random.chance(0.2)) {
      const peer = vpcs[Math.max(0, vpcs.length - 1 - random.int(0, 15))]!;
      const pcx = push({
        id: `${id}-pcx-${peer.id}`,
        kind: 'vpc-peering',
        name: `${name} ↔ ${peer.id}`,
        requesterVpc: id,
        accepterVpc: peer.id,
        status: 'active',
      });
      for (const table of privateRouteTables)
        table.routes.push({ destination: peer.cidr, target: pcx.id });
      for (const table of peer.privateRouteTables)
        table.routes.push({ destination: cidr, target: pcx.id });
    }
    vpcs.push(plan);
  };

  for (let v = 0; out.length + MAX_PER_VPC <= wanted || v === 0; v++) addVpc(v);
  // Top up with application instances so the count lands on the request.
  for (let i = 0; out.length < wanted && appSubnets.length > 0; i++) {
    const { subnet, group } = appSubnets[random.int(0, appSubnets.length - 1)]!;
    push({
      id: `i-extra-${i + 1}`,
      kind: 'instance',
      name: `worker-${i + 1}`,
      parent: subnet,
      role: 'app',
      securityGroups: [group],
      instanceType: 't3.large',
      operatingSystem: 'linux',
    });
  }

  return {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: `Synthetic landing zone (${out.length} resources, seed ${seed})`,
    resources: out,
    layout: gridLayout(out),
  };
}
