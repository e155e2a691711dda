/**
 * The kind registry: what each kind is to an architect and what it can do in AWS, in one
 * entry per kind. Containment, interfaces, security groups, target types, sharing, route
 * targets, connections, defaults and the one-line summary all come from here; the parser,
 * the rules, the simulator, the exporters and the canvas derive their lists from it.
 * `satisfies` below makes a kind without an entry a compile error; ADDING-A-KIND.md lists
 * the other per-kind tables (schema, emitters) the compiler points at.
 */
import type { Resource, ResourceKind, ResourceOf } from './resources.ts';

export type PaletteGroup =
  | 'Organization'
  | 'Network'
  | 'Connectivity'
  | 'Load balancing'
  | 'Compute and containers'
  | 'Integration'
  | 'External';

/** Elastic Load Balancing's two load balancer types that register targets. */
export type BalancerType = 'network' | 'application';

/** A target group's target type (NLB-TG). */
export type TargetType = 'instance' | 'ip' | 'alb' | 'lambda';

import type { ReferenceRole } from './reference-meta.ts';

export type { ReferenceRole };

/** What drawing an edge between two resources means. */
export type ConnectionMeaning = 'vpc-peering' | 'tgw-attachment' | 'vpn-connection' | 'tgw-peering' | 'dx-association' | 'target-registration' | 'vpc-link' | 'ram-share' | 'upstream' | 'default-route';

export interface Connection {
  readonly meaning: ConnectionMeaning;
  /** Kinds at the other end: a list, or every kind that may play `role` there. */
  readonly to: readonly ResourceKind[] | ReferenceRole;
  /** Drawn either way round (VPC–transit gateway, subnet–account). */
  readonly eitherWay?: boolean;
}

export interface ServicePorts {
  /** What answers, in the service's terms (`rabbitmq`). */
  readonly service: string;
  readonly ports: readonly number[];
  /** How a client's packet reaches those ports, for the hop's note. */
  readonly reachedThrough: string;
}

// Methods, not function properties: an entry typed for its own resource still fits `KindInfo`.
export interface KindInfo<R extends Resource = Resource> {
  readonly label: string;
  readonly group: PaletteGroup;
  /** Kinds this kind may be placed in; an empty list means top level only. */
  readonly parents: readonly ResourceKind[];
  /** May also stand at the top level, outside any container. */
  readonly topLevel: boolean;
  /** Drawn as a container node that holds children. */
  readonly container: boolean;
  /** Shown as an edge or a badge rather than a box on the canvas. */
  readonly drawnAs: 'node' | 'edge' | 'badge';
  /** The size a freshly dropped container starts with on the canvas. */
  readonly drawnSize?: { readonly w: number; readonly h: number };
  /** Prefix of fresh ids (`sg-1`); the kind itself when absent. */
  readonly idPrefix?: string;
  /** The kind-specific fields a new resource starts with. */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Network interfaces: one in each of its subnets (one per AZ), a single one, or none. */
  readonly interfaces: 'per-subnet' | 'one' | 'none';
  /** Whether this resource has its interfaces after all (gateway endpoints and v1 VPC links do not). */
  hasInterfaces?(resource: R): boolean;
  /** Addresses it takes in each of its subnets (CIDR-RSV). */
  addresses?(resource: R): number;
  /** The field holding its security groups, and whether none means the VPC's default group. */
  readonly securityGroups?: { readonly field: 'securityGroups' | 'nodeSecurityGroups'; readonly vpcDefault: boolean };
  /**
   * May be registered in a target group: its target type, the load balancer types that can
   * register it, and whether only a controller registers it (no edge is drawn by hand).
   */
  readonly target?: { readonly type: TargetType; readonly registeredBy: readonly BalancerType[]; readonly byController?: true };
  /** A load balancer of this type, with listeners and target groups. */
  readonly balancer?: BalancerType;
  /** The roles it may play in other resources' reference fields (besides `target`). */
  readonly roles: readonly ReferenceRole[];
  /** Lives inside one VPC: a change to it concerns only that VPC's findings. */
  readonly vpcLocal: boolean;
  /** In a shared subnet: only the VPC owner creates it, or a participant account may. */
  readonly sharedSubnet?: 'owner-only' | 'participant';
  /** Runs the architect's code: a source and destination of the reachability matrix. */
  readonly workload: boolean;
  /** Accepts connections (its subnet's NACL must let replies out) and opens them (replies in). */
  readonly nacl?: { readonly serves: boolean; readonly calls: boolean };
  /** Whether this resource answers on a public address by its own settings. */
  publicEndpoint?(resource: R): boolean;
  /**
   * How it is given Elastic IPs: a list of allocations (`elasticIps`), one (`elasticIp`), or
   * one in each of its subnets through its subnet mappings (`subnetMappings[].elasticIp`).
   */
  readonly elasticIp?: 'list' | 'one' | 'per-subnet';
  /** Why this one takes none although its kind can (a private NAT gateway). */
  refusesElasticIp?(resource: R): string | undefined;
  /**
   * A managed service that listens on fixed ports of its own, with no listener to configure
   * (an Amazon MQ broker's endpoints): what it runs, the ports, and how a client reaches them.
   */
  servicePorts?(resource: R): ServicePorts;
  /**
   * Where it may stand in a traced flow when it has no interface of its own: `both` sends
   * and is sent to (a Kubernetes Service through its cluster's nodes, an external network),
   * `to` is only addressed (an API, an Ingress). A kind with interfaces is always both.
   */
  readonly flowEnd?: 'both' | 'to';
  /** What an edge drawn from it to another resource means. */
  readonly connections: readonly Connection[];
  /** The one line under a node's name: the facts an architect looks for first. */
  summary?(resource: R): string;
  /** draw.io style: an AWS shape (`resIcon=…`) or a full container style. */
  readonly diagramShape?: string;
  /** Its AWS Architecture Icon, drawn on the canvas, in pictures and by the CLI. */
  readonly icon: AwsIcon;
}

/**
 * A file of the AWS Architecture Icons as the `aws-icons` package ships them: folder and
 * name without `.svg` (`resource/AmazonVPCNATGateway`).
 */
export type AwsIcon = `${'architecture-service' | 'architecture-group' | 'resource' | 'category'}/${string}`;

const node = <K extends ResourceKind>(
  label: string,
  group: PaletteGroup,
  parents: readonly ResourceKind[],
  extra: Partial<KindInfo<ResourceOf<K>>> & Pick<KindInfo, 'icon'>,
): KindInfo<ResourceOf<K>> => ({
  label,
  group,
  parents,
  topLevel: parents.length === 0,
  container: false,
  drawnAs: 'node',
  defaults: {},
  interfaces: 'none',
  roles: [],
  vpcLocal: false,
  workload: false,
  connections: [],
  ...extra,
});

const inSubnet: readonly ResourceKind[] = ['subnet'];
const inVpc: readonly ResourceKind[] = ['vpc'];
const SG = { field: 'securityGroups', vpcDefault: true } as const;
const SERVES_AND_CALLS = { serves: true, calls: true } as const;
const ANY_BALANCER: readonly BalancerType[] = ['network', 'application'];
const awsShape = (name: string) => `resIcon=mxgraph.aws4.${name}`;
const CONTAINER_STYLE = (icon: string, stroke: string, fill: string, font: string, extra = '') =>
  `${extra}outlineConnect=0;gradientColor=none;whiteSpace=wrap;fontSize=12;fontStyle=0;container=1;pointerEvents=0;collapsible=0;recursiveResize=0;shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.${icon};${stroke}fillColor=${fill};verticalAlign=top;align=left;spacingLeft=30;fontColor=${font};dashed=0;`;
const UPSTREAM: readonly Connection[] = [{ meaning: 'upstream', to: 'upstream' }];
const REGISTERS: readonly Connection[] = [{ meaning: 'target-registration', to: 'target' }];
const balancerSummary = (lb: ResourceOf<'nlb'> | ResourceOf<'alb'>) =>
  `${lb.scheme} · ${lb.listeners.map((l) => `${l.protocol}:${l.port}`).join(', ') || 'no listeners'}`;
const facesInternet = (lb: ResourceOf<'nlb'> | ResourceOf<'alb'>) => lb.scheme === 'internet-facing';

// The ports each Amazon MQ engine's endpoints answer on (AMQP/OpenWire/STOMP/MQTT/WSS and the console).
const MQ_PORTS: Record<'rabbitmq' | 'activemq', readonly number[]> = {
  rabbitmq: [5671, 443, 15671],
  activemq: [61617, 5671, 61614, 8883, 61619, 8162],
};

const KIND_TABLE = {
  account: node<'account'>('Account', 'Organization', [], {
    icon: 'architecture-group/AWSAccount',
    container: true,
    drawnSize: { w: 900, h: 520 },
    idPrefix: 'acct',
    summary: (r) => r.accountId ?? 'AWS account',
    diagramShape: CONTAINER_STYLE('group_account', 'strokeColor=#CD2264;', 'none', '#CD2264', 'points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],[0.75,1],[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];'),
  }),
  'ram-share': node<'ram-share'>('RAM share', 'Organization', [], { icon: 'architecture-service/AWSResourceAccessManager', drawnAs: 'edge', idPrefix: 'share', defaults: { resources: [], principals: [] } }),
  // AWS draws no prefix-list icon: a managed prefix list is a table of CIDRs, so the general data-table resource.
  'prefix-list': node<'prefix-list'>('Prefix list', 'Organization', ['account'], { icon: 'resource/DataTable', drawnAs: 'badge', idPrefix: 'pl', defaults: { cidrs: [] }, roles: ['ram-share'] }),
  vpc: node<'vpc'>('VPC', 'Network', ['account'], {
    icon: 'architecture-group/VirtualprivatecloudVPC',
    container: true,
    drawnSize: { w: 420, h: 320 },
    defaults: { region: 'ap-northeast-2', cidrs: ['10.0.0.0/16'], enableDnsSupport: true, enableDnsHostnames: true },
    connections: [
      { meaning: 'vpc-peering', to: ['vpc'] },
      { meaning: 'tgw-attachment', to: ['transit-gateway'], eitherWay: true },
    ],
    summary: (r) => `${r.cidrs.join(', ')} · ${r.region}`,
    diagramShape: CONTAINER_STYLE('group_vpc2', 'strokeColor=#8C4FFF;', 'none', '#AAB7B8'),
  }),
  subnet: node<'subnet'>('Subnet', 'Network', inVpc, {
    // AWS's private subnet group icon (a padlock on teal); a public subnet, which only its routes make public, shows the public one (engine/io/resourceIcon.ts).
    icon: 'architecture-group/Privatesubnet',
    container: true,
    drawnSize: { w: 260, h: 180 },
    defaults: { cidr: '10.0.0.0/24', availabilityZone: 'ap-northeast-2a' },
    roles: ['ram-share'],
    vpcLocal: true,
    sharedSubnet: 'owner-only',
    connections: [
      { meaning: 'ram-share', to: ['account'], eitherWay: true },
      // The subnet's default route: to an internet gateway (public) or a NAT gateway (private).
      { meaning: 'default-route', to: ['internet-gateway', 'nat-gateway'], eitherWay: true },
    ],
    summary: (r) => `${r.cidr} · ${r.availabilityZone}`,
    diagramShape: CONTAINER_STYLE('group_security_group', 'grStroke=0;strokeColor=#00A4A6;', '#E6F6F7', '#147EBA'),
  }),
  // AWS's only route-table icon (filed under Route 53 in the set, drawn for VPC route tables too).
  'route-table': node<'route-table'>('Route table', 'Network', inVpc, { icon: 'resource/AmazonRoute53RouteTable', drawnAs: 'badge', idPrefix: 'rtb', defaults: { routes: [] }, vpcLocal: true, sharedSubnet: 'owner-only' }),
  'security-group': node<'security-group'>('Security group', 'Network', inVpc, {
    // AWS draws security groups as a red group border, not an icon: the general shield resource stands for the group on its own.
    icon: 'resource/Shield',
    drawnAs: 'badge',
    idPrefix: 'sg',
    defaults: { ingress: [], egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }] },
    roles: ['ram-share'],
    vpcLocal: true,
  }),
  'network-acl': node<'network-acl'>('Network ACL', 'Network', inVpc, { icon: 'resource/AmazonVPCNetworkAccessControlList', drawnAs: 'badge', idPrefix: 'acl', defaults: { inbound: [], outbound: [] }, vpcLocal: true, sharedSubnet: 'owner-only' }),
  'elastic-ip': node<'elastic-ip'>('Elastic IP', 'Network', ['account'], { icon: 'resource/AmazonEC2ElasticIPAddress', drawnAs: 'badge', idPrefix: 'eip' }),
  'internet-gateway': node<'internet-gateway'>('Internet gateway', 'Connectivity', inVpc, {
    icon: 'resource/AmazonVPCInternetGateway',
    idPrefix: 'igw',
    roles: ['route-target'],
    vpcLocal: true,
    sharedSubnet: 'owner-only',
    diagramShape: awsShape('internet_gateway'),
  }),
  'egress-only-internet-gateway': node<'egress-only-internet-gateway'>('Egress-only internet gateway', 'Connectivity', inVpc, {
    // AWS has no egress-only gateway icon; it is the VPC's router letting IPv6 out and nothing in, so the VPC router resource (the internet gateway's icon would make the two look the same).
    icon: 'resource/AmazonVPCRouter',
    idPrefix: 'eigw',
    roles: ['route-target'],
    vpcLocal: true,
    sharedSubnet: 'owner-only',
    diagramShape: awsShape('internet_gateway'),
  }),
  'nat-gateway': node<'nat-gateway'>('NAT gateway', 'Connectivity', ['subnet', 'vpc'], {
    icon: 'resource/AmazonVPCNATGateway',
    idPrefix: 'nat',
    defaults: { connectivity: 'public', elasticIps: [] },
    interfaces: 'one',
    elasticIp: 'list',
    refusesElasticIp: (r) => (r.connectivity === 'private' ? `${r.name} is a private NAT gateway: it takes no Elastic IP.` : undefined),
    addresses: () => 1,
    roles: ['route-target'],
    vpcLocal: true,
    sharedSubnet: 'owner-only',
    nacl: SERVES_AND_CALLS,
    summary: (r) => `${r.connectivity} NAT`,
    diagramShape: awsShape('nat_gateway'),
  }),
  'vpc-peering': node<'vpc-peering'>('Peering connection', 'Connectivity', [], { icon: 'resource/AmazonVPCPeeringConnection', drawnAs: 'edge', idPrefix: 'pcx', defaults: { status: 'active' }, roles: ['route-target'] }),
  'transit-gateway': node<'transit-gateway'>('Transit gateway', 'Connectivity', ['account'], {
    icon: 'architecture-service/AWSTransitGateway',
    idPrefix: 'tgw',
    defaults: { region: 'ap-northeast-2', routeTables: [] },
    roles: ['route-target', 'ram-share'],
    connections: [
      { meaning: 'tgw-attachment', to: ['vpc'], eitherWay: true },
      { meaning: 'vpn-connection', to: ['customer-gateway'], eitherWay: true },
      { meaning: 'tgw-peering', to: ['transit-gateway'] },
    ],
    summary: (r) => `${r.routeTables.length} route tables`,
    diagramShape: awsShape('transit_gateway'),
  }),
  'customer-gateway': node<'customer-gateway'>('Customer gateway', 'Connectivity', ['account'], {
    icon: 'resource/AmazonVPCCustomerGateway',
    idPrefix: 'cgw',
    // AWS's default ASN, and an address from the documentation range standing for the device's.
    defaults: { bgpAsn: 65000, ipAddress: '203.0.113.10', type: 'ipsec.1' },
    summary: (r) => `ASN ${r.bgpAsn} · ${r.ipAddress}`,
    diagramShape: awsShape('customer_gateway'),
  }),
  'virtual-private-gateway': node<'virtual-private-gateway'>('Virtual private gateway', 'Connectivity', inVpc, {
    icon: 'resource/AmazonVPCVPNGateway',
    idPrefix: 'vgw',
    defaults: { routePropagation: [] },
    roles: ['route-target'],
    connections: [{ meaning: 'vpn-connection', to: ['customer-gateway'], eitherWay: true }],
    summary: (r) => `ASN ${r.amazonSideAsn ?? 64512}`,
    diagramShape: awsShape('vpn_gateway'),
  }),
  'vpn-connection': node<'vpn-connection'>('Site-to-Site VPN', 'Connectivity', [], {
    icon: 'resource/AmazonVPCVPNConnection',
    drawnAs: 'edge',
    idPrefix: 'vpn',
    defaults: { staticRoutesOnly: false, tunnels: [{ status: 'up' }, { status: 'up' }] },
    summary: (r) => `${r.staticRoutesOnly ? 'static' : 'BGP'} · ${r.tunnels.filter((t) => t.status === 'up').length} of 2 tunnels up`,
    diagramShape: awsShape('vpn_connection'),
  }),
  'dx-gateway': node<'dx-gateway'>('Direct Connect gateway', 'Connectivity', ['account'], {
    icon: 'resource/AWSDirectConnectGateway',
    idPrefix: 'dxgw',
    defaults: { amazonSideAsn: 64512, associations: [] },
    connections: [{ meaning: 'dx-association', to: ['transit-gateway', 'virtual-private-gateway'] }],
    summary: (r) => `ASN ${r.amazonSideAsn} · ${r.associations.length} associations`,
    diagramShape: awsShape('direct_connect_gateway'),
  }),
  'tgw-peering': node<'tgw-peering'>('Transit gateway peering', 'Connectivity', [], {
    // AWS draws no transit gateway peering icon; a peering is an attachment joining a transit gateway to another's route tables, as Cloud WAN's transit gateway route table attachment is.
    icon: 'resource/AWSCloudWANTransitGatewayRouteTableAttachment',
    drawnAs: 'edge',
    idPrefix: 'tgw-peer',
    defaults: { propagations: [] },
    diagramShape: awsShape('transit_gateway_attachment'),
  }),
  'tgw-attachment': node<'tgw-attachment'>('Transit gateway attachment', 'Connectivity', [], {
    icon: 'resource/AWSTransitGatewayAttachment',
    drawnAs: 'edge',
    idPrefix: 'tgw-attach',
    defaults: { subnets: [], propagations: [] },
    addresses: () => 1,
    vpcLocal: true,
  }),
  'vpc-endpoint': node<'vpc-endpoint'>('VPC endpoint', 'Connectivity', ['vpc', 'subnet'], {
    icon: 'resource/AmazonVPCEndpoints',
    idPrefix: 'vpce',
    defaults: { endpointType: 'interface', service: 'com.amazonaws.ap-northeast-2.s3', subnets: [], securityGroups: [] },
    interfaces: 'per-subnet',
    hasInterfaces: (r) => r.endpointType !== 'gateway',
    addresses: () => 1,
    securityGroups: SG,
    roles: ['route-target'],
    vpcLocal: true,
    nacl: { serves: true, calls: false },
    summary: (r) => `${r.endpointType} · ${r.service.split('.').at(-1)}`,
    diagramShape: awsShape('endpoints'),
  }),
  'network-firewall': node<'network-firewall'>('Network Firewall', 'Connectivity', ['subnet', 'vpc'], {
    icon: 'architecture-service/AWSNetworkFirewall',
    idPrefix: 'nfw',
    defaults: {
      subnetMappings: [],
      firewallPolicy: { statelessDefaultActions: 'aws:forward_to_sfe', statelessFragmentDefaultActions: 'aws:forward_to_sfe', statelessRuleGroups: [], statefulRuleGroups: [], statefulRuleOrder: 'DEFAULT_ACTION_ORDER' },
    },
    // One firewall endpoint in each subnet mapping; the endpoints are route targets, not interfaces a flow starts at.
    addresses: () => 1,
    roles: ['route-target'],
    vpcLocal: true,
    sharedSubnet: 'owner-only',
    summary: (r) => `${r.subnetMappings.length} endpoint${r.subnetMappings.length === 1 ? '' : 's'} · ${r.firewallPolicy.statelessRuleGroups.length + r.firewallPolicy.statefulRuleGroups.length} rule groups`,
    diagramShape: awsShape('network_firewall'),
  }),
  nlb: node<'nlb'>('Network Load Balancer', 'Load balancing', inSubnet, {
    icon: 'resource/ElasticLoadBalancingNetworkLoadBalancer',
    defaults: { scheme: 'internal', listeners: [] },
    interfaces: 'per-subnet',
    addresses: () => 1,
    // An NLB created without security groups never filters (NLB-SG).
    securityGroups: { field: 'securityGroups', vpcDefault: false },
    balancer: 'network',
    elasticIp: 'per-subnet',
    roles: ['upstream', 'api-integration', 'vpc-link'],
    vpcLocal: true,
    sharedSubnet: 'participant',
    nacl: SERVES_AND_CALLS,
    publicEndpoint: facesInternet,
    connections: REGISTERS,
    summary: balancerSummary,
    diagramShape: awsShape('network_load_balancer'),
  }),
  alb: node<'alb'>('Application Load Balancer', 'Load balancing', inSubnet, {
    icon: 'resource/ElasticLoadBalancingApplicationLoadBalancer',
    defaults: { scheme: 'internal', listeners: [], securityGroups: [] },
    interfaces: 'per-subnet',
    // Room for the nodes ALB adds as it scales.
    addresses: () => 8,
    securityGroups: SG,
    balancer: 'application',
    // An NLB forwards to an ALB through a target group of type `alb` (NLB-TG).
    target: { type: 'alb', registeredBy: ['network'] },
    roles: ['upstream', 'api-integration', 'vpc-link'],
    vpcLocal: true,
    sharedSubnet: 'participant',
    nacl: SERVES_AND_CALLS,
    publicEndpoint: facesInternet,
    connections: REGISTERS,
    summary: balancerSummary,
    diagramShape: awsShape('application_load_balancer'),
  }),
  'gateway-load-balancer': node<'gateway-load-balancer'>('Gateway Load Balancer', 'Load balancing', inSubnet, {
    icon: 'resource/ElasticLoadBalancingGatewayLoadBalancer',
    idPrefix: 'gwlb',
    defaults: { subnets: [] },
    // A node in each subnet; it is a hop inside a flow (through its endpoints), never where one starts or ends.
    addresses: () => 1,
    vpcLocal: true,
    // Only the subnet owner may put a Gateway Load Balancer in a shared subnet (SHR-TGW-GWLB).
    sharedSubnet: 'owner-only',
    summary: (r) => `GENEVE 6081${r.crossZone ? ' · cross-zone' : ''}`,
    diagramShape: awsShape('gateway_load_balancer'),
  }),
  'gwlb-endpoint': node<'gwlb-endpoint'>('Gateway Load Balancer endpoint', 'Connectivity', inSubnet, {
    // AWS draws no GWLB endpoint icon; the endpoint is a network interface in its subnet that routes send to, so the VPC's elastic network interface (the VPC endpoints icon is the vpc-endpoint kind's).
    icon: 'resource/AmazonVPCElasticNetworkInterface',
    idPrefix: 'gwlbe',
    addresses: () => 1,
    roles: ['route-target'],
    vpcLocal: true,
    // Participants cannot create endpoints in a shared VPC (SHR-ENDPOINT).
    sharedSubnet: 'owner-only',
    diagramShape: awsShape('endpoints'),
  }),
  'target-group': node<'target-group'>('Target group', 'Load balancing', inVpc, {
    // AWS draws no target-group icon; a target group is an Elastic Load Balancing resource, so the service's own icon (NLB and ALB keep their resource icons).
    icon: 'architecture-service/ElasticLoadBalancing',
    drawnAs: 'badge',
    idPrefix: 'tg',
    defaults: { targetType: 'instance', protocol: 'TCP', port: 80, targets: [] },
    vpcLocal: true,
  }),
  instance: node<'instance'>('EC2 instance', 'Compute and containers', inSubnet, {
    icon: 'resource/AmazonEC2Instance',
    idPrefix: 'i',
    defaults: { role: 'app', securityGroups: [], instanceType: 't3.micro', operatingSystem: 'linux' },
    interfaces: 'per-subnet',
    addresses: () => 1,
    securityGroups: SG,
    target: { type: 'instance', registeredBy: ANY_BALANCER },
    roles: ['route-target', 'upstream', 'api-integration'],
    vpcLocal: true,
    sharedSubnet: 'participant',
    workload: true,
    nacl: SERVES_AND_CALLS,
    publicEndpoint: (r) => Boolean(r.publicIp || r.elasticIp),
    elasticIp: 'one',
    connections: UPSTREAM,
    summary: (r) => `${r.role} · ${r.instanceType ?? 'instance'}`,
    diagramShape: awsShape('instance2'),
  }),
  'auto-scaling-group': node<'auto-scaling-group'>('Auto Scaling group', 'Compute and containers', inSubnet, {
    icon: 'resource/AmazonEC2AutoScaling',
    idPrefix: 'asg',
    defaults: { role: 'app', securityGroups: [], minSize: 1, maxSize: 2, desiredCapacity: 1, instanceType: 't3.micro' },
    interfaces: 'per-subnet',
    addresses: (r) => r.maxSize,
    securityGroups: SG,
    target: { type: 'instance', registeredBy: ANY_BALANCER },
    roles: ['upstream'],
    vpcLocal: true,
    sharedSubnet: 'participant',
    workload: true,
    nacl: SERVES_AND_CALLS,
    connections: UPSTREAM,
    summary: (r) => `${r.role} · ${r.minSize}–${r.maxSize}`,
    diagramShape: awsShape('auto_scaling2'),
  }),
  'ecs-service': node<'ecs-service'>('ECS service', 'Compute and containers', inSubnet, {
    icon: 'resource/AmazonElasticContainerServiceService',
    idPrefix: 'ecs',
    defaults: { launchType: 'FARGATE', networkMode: 'awsvpc', securityGroups: [], desiredCount: 1, assignPublicIp: false },
    interfaces: 'per-subnet',
    addresses: (r) => (r.networkMode === 'awsvpc' ? r.desiredCount : 0),
    securityGroups: SG,
    target: { type: 'ip', registeredBy: ANY_BALANCER },
    roles: ['upstream'],
    vpcLocal: true,
    sharedSubnet: 'participant',
    workload: true,
    nacl: SERVES_AND_CALLS,
    summary: (r) => `${r.launchType} · ${r.desiredCount} tasks`,
    diagramShape: awsShape('ecs_service'),
  }),
  'eks-cluster': node<'eks-cluster'>('EKS cluster', 'Compute and containers', inSubnet, {
    icon: 'architecture-service/AmazonElasticKubernetesService',
    container: true,
    drawnSize: { w: 220, h: 150 },
    idPrefix: 'eks',
    defaults: { compute: 'managed-nodes', nodeSecurityGroups: [], version: '1.31' },
    interfaces: 'per-subnet',
    securityGroups: { field: 'nodeSecurityGroups', vpcDefault: true },
    target: { type: 'instance', registeredBy: ANY_BALANCER },
    vpcLocal: true,
    sharedSubnet: 'participant',
    workload: true,
    nacl: SERVES_AND_CALLS,
    summary: (r) => `${r.compute}${r.version ? ` · ${r.version}` : ''}`,
    diagramShape: 'container=1;collapsible=0;recursiveResize=0;rounded=1;dashed=1;strokeColor=#ED7100;fillColor=none;verticalAlign=top;align=left;spacingLeft=8;fontColor=#ED7100;',
  }),
  'k8s-service': node<'k8s-service'>('Kubernetes Service', 'Compute and containers', ['eks-cluster'], {
    // AWS draws no Kubernetes objects; a Service is a stable name in front of pods, as App Mesh's virtual service is in front of its nodes.
    icon: 'resource/AWSAppMeshVirtualService',
    idPrefix: 'svc',
    defaults: { serviceType: 'ClusterIP', port: 80 },
    // The load balancer controller registers the pods; no edge registers a Service by hand.
    target: { type: 'ip', registeredBy: ANY_BALANCER, byController: true },
    roles: ['upstream'],
    vpcLocal: true,
    flowEnd: 'both',
    summary: (r) => `${r.serviceType} :${r.port}`,
    diagramShape: awsShape('eks'),
  }),
  'k8s-ingress': node<'k8s-ingress'>('Kubernetes Ingress', 'Compute and containers', ['eks-cluster'], {
    // AWS draws no Kubernetes objects; an Ingress lets traffic from outside the cluster in to its Services, as App Mesh's virtual gateway does for a mesh.
    icon: 'resource/AWSAppMeshVirtualGateway',
    idPrefix: 'ing',
    defaults: { targetType: 'ip', rules: [] },
    vpcLocal: true,
    flowEnd: 'to',
    diagramShape: awsShape('eks'),
  }),
  'beanstalk-environment': node<'beanstalk-environment'>('Elastic Beanstalk environment', 'Compute and containers', inSubnet, {
    icon: 'architecture-service/AWSElasticBeanstalk',
    idPrefix: 'eb',
    defaults: { securityGroups: [], platform: 'Docker running on 64bit Amazon Linux 2023' },
    interfaces: 'per-subnet',
    securityGroups: SG,
    target: { type: 'instance', registeredBy: ANY_BALANCER },
    roles: ['upstream'],
    vpcLocal: true,
    sharedSubnet: 'participant',
    workload: true,
    nacl: SERVES_AND_CALLS,
    diagramShape: awsShape('elastic_beanstalk'),
  }),
  lambda: node<'lambda'>('Lambda function', 'Compute and containers', ['subnet', 'account'], {
    icon: 'resource/AWSLambdaLambdaFunction',
    defaults: { runtime: 'nodejs20.x', securityGroups: [] },
    interfaces: 'per-subnet',
    addresses: () => 1,
    securityGroups: SG,
    // Only an ALB has Lambda targets (NLB-TG).
    target: { type: 'lambda', registeredBy: ['application'] },
    roles: ['upstream', 'api-integration'],
    vpcLocal: true,
    sharedSubnet: 'participant',
    workload: true,
    nacl: { serves: false, calls: true },
    summary: (r) => r.runtime ?? 'function',
    diagramShape: awsShape('lambda_function'),
  }),
  'mq-broker': node<'mq-broker'>('Amazon MQ broker', 'Integration', inSubnet, {
    icon: 'resource/AmazonMQBroker',
    idPrefix: 'mq',
    defaults: { engine: 'rabbitmq', deploymentMode: 'SINGLE_INSTANCE', securityGroups: [], publiclyAccessible: false, instanceType: 'mq.m5.large' },
    interfaces: 'per-subnet',
    addresses: () => 1,
    securityGroups: SG,
    // A broker's endpoints are IP addresses an NLB can register (target type `ip`); an ALB
    // speaks HTTP, not AMQP or OpenWire, so it has no use for a broker as a target.
    target: { type: 'ip', registeredBy: ['network'] },
    roles: ['upstream'],
    vpcLocal: true,
    sharedSubnet: 'participant',
    nacl: { serves: true, calls: false },
    publicEndpoint: (r) => r.publiclyAccessible,
    servicePorts: (r) => ({
      service: r.engine,
      ports: MQ_PORTS[r.engine],
      reachedThrough: `the VPC endpoint Amazon MQ creates in the broker's subnets, filtered by the broker's security groups (MQ-PRIVATE)`,
    }),
    summary: (r) => `${r.engine} · ${r.deploymentMode.toLowerCase().replaceAll('_', ' ')}`,
    diagramShape: awsShape('mq'),
  }),
  'api-gateway': node<'api-gateway'>('API Gateway', 'Integration', ['account'], {
    icon: 'architecture-service/AmazonAPIGateway',
    idPrefix: 'api',
    defaults: { apiType: 'rest', endpointType: 'regional', integrations: [] },
    roles: ['upstream'],
    flowEnd: 'to',
    connections: [{ meaning: 'vpc-link', to: 'vpc-link' }],
    summary: (r) => `${r.apiType.toUpperCase()} · ${r.endpointType}`,
    diagramShape: awsShape('api_gateway'),
  }),
  'vpc-link': node<'vpc-link'>('VPC link', 'Integration', ['account'], {
    // AWS draws no VPC-link icon; a VPC link is API Gateway's PrivateLink connection into a VPC, so PrivateLink's icon.
    icon: 'architecture-service/AWSPrivateLink',
    idPrefix: 'vpclink',
    defaults: { version: 'v1', targets: [] },
    interfaces: 'per-subnet',
    hasInterfaces: (r) => r.version === 'v2',
    securityGroups: SG,
    diagramShape: awsShape('api_gateway'),
  }),
  external: node<'external'>('External network', 'External', [], {
    // An external network is the internet or a partner's network reached over it; AWS's internet resource icon.
    icon: 'resource/Internetalt2',
    defaults: { endpointType: 'internet' },
    roles: ['upstream', 'api-integration'],
    flowEnd: 'both',
    connections: UPSTREAM,
    summary: (r) => (r.cidr ? `${r.endpointType} · ${r.cidr}` : r.endpointType),
    diagramShape: awsShape('internet_alt2'),
  }),
} satisfies { readonly [K in ResourceKind]: KindInfo<ResourceOf<K>> };

/** The registry every lookup reads: the static table, plus any kind a test-only extension adds. */
export const KINDS: Readonly<Record<ResourceKind, KindInfo>> = { ...KIND_TABLE };

/** Counts registrations, so lists derived from the registry know when to derive again. */
let version = 0;

/** Adds (or with `undefined` removes) a kind at run time. Only engine/testing/extension.ts calls it. */
export function registerKindInfo(kind: string, info: KindInfo | undefined): void {
  const table = KINDS as Record<string, KindInfo>;
  if (info) table[kind] = info;
  else delete table[kind];
  version++;
}

/** The registry's version: it changes whenever a kind is registered or removed. */
export function registryVersion(): number {
  return version;
}

/**
 * A value derived from the registry, derived on first use and again only after a kind was
 * registered or removed. A list computed once at module load would miss kinds added later.
 */
export function fromRegistry<T>(derive: () => T): () => T {
  let at = -1;
  let value: T;
  return () => {
    if (at !== version) {
      value = derive();
      at = version;
    }
    return value;
  };
}

/** The kinds whose entry passes a test, current with the registry: iterate it, or ask `has`. */
export interface KindList extends Iterable<ResourceKind> {
  has(kind: string): boolean;
  list(): readonly ResourceKind[];
}

/** A kind list to keep at module level: it derives its kinds when read, not when made. */
export function kindList(test: (info: KindInfo, kind: ResourceKind) => boolean): KindList {
  const current = fromRegistry(() => {
    const kinds = kindsWhere(test);
    return { kinds, set: new Set<string>(kinds) };
  });
  return {
    has: (kind) => current().set.has(kind),
    list: () => current().kinds,
    [Symbol.iterator]: () => current().kinds[Symbol.iterator](),
  };
}

export function kindInfo(kind: ResourceKind): KindInfo {
  return KINDS[kind];
}

/** Every registered kind. */
export function allKinds(): readonly ResourceKind[] {
  return Object.keys(KINDS) as ResourceKind[];
}

/** The kinds whose entry passes `test`, now (a list to keep at module level is a `kindList`). */
export function kindsWhere(test: (info: KindInfo, kind: ResourceKind) => boolean): ResourceKind[] {
  return allKinds().filter((kind) => test(kindInfo(kind), kind));
}

const roleLists = new Map<ReferenceRole, KindList>();

/** Kinds that may play `role` in another resource's reference field, as a list to keep. */
export function kindsInRole(role: ReferenceRole): KindList {
  let kinds = roleLists.get(role);
  if (!kinds) {
    kinds = kindList((info) => (role === 'target' ? info.target !== undefined : info.roles.includes(role)));
    roleLists.set(role, kinds);
  }
  return kinds;
}

/** Kinds that may play `role` in another resource's reference field, now. */
export function kindsPlaying(role: ReferenceRole): readonly ResourceKind[] {
  return kindsInRole(role).list();
}

/** Whether a traced flow may start at a resource of this kind (it sends from an interface, or as a network). */
export function canSendFlows(kind: string): boolean {
  const info = (KINDS as Partial<Record<string, KindInfo>>)[kind];
  return info !== undefined && (info.interfaces !== 'none' || info.flowEnd === 'both');
}

/** Whether a traced flow may be addressed to a resource of this kind. */
export function canReceiveFlows(kind: string): boolean {
  return canSendFlows(kind) || (KINDS as Partial<Record<string, KindInfo>>)[kind]?.flowEnd === 'to';
}

const of = (resource: Resource): KindInfo => kindInfo(resource.kind);

/** Whether the resource has network interfaces in its subnets. */
export function hasInterfaces(resource: Resource): boolean {
  const info = of(resource);
  return info.interfaces !== 'none' && (info.hasInterfaces?.(resource) ?? true);
}

/** Addresses the resource takes in each of its subnets. */
export function addressesUsed(resource: Resource): number {
  return of(resource).addresses?.(resource) ?? 0;
}

/** The security groups the resource names itself (not the VPC default it may fall back to). */
export function ownSecurityGroups(resource: Resource): readonly string[] | undefined {
  const field = of(resource).securityGroups?.field;
  return field === undefined ? undefined : (resource as Partial<Record<typeof field, readonly string[]>>)[field];
}

/** Answers on a public address by its own settings (scheme, public IP, publicly accessible). */
export function isPublicEndpoint(resource: Resource): boolean {
  return of(resource).publicEndpoint?.(resource) ?? false;
}

/** The fixed ports a managed service answers on by itself, when it is one. */
export function servicePortsOf(resource: Resource): ServicePorts | undefined {
  return of(resource).servicePorts?.(resource);
}

export function summaryOf(resource: Resource): string {
  return of(resource).summary?.(resource) ?? '';
}

/** A load balancer that has listeners and target groups (NLB, ALB). */
export type BalancerResource = Extract<Resource, { listeners: readonly unknown[]; scheme: string }>;

/** Whether a load balancer of `balancer`'s type can register `target` (NLB-TG, ALB). */
export function canRegister(balancer: Resource, target: Resource): boolean {
  const type = kindInfo(balancer.kind).balancer;
  return type !== undefined && (kindInfo(target.kind).target?.registeredBy.includes(type) ?? false);
}

/** The kinds that hold security groups of their own (instances, load balancers, endpoints...). */
export const SECURITY_GROUP_HOLDER_KINDS: KindList = kindList((info) => info.securityGroups !== undefined);

/** NLBs and ALBs: the kinds with listeners and target groups. */
export const BALANCER_KINDS: KindList = kindList((info) => info.balancer !== undefined);

/** The load balancers of a design, NLBs first. */
export function balancersOf(index: { ofKind(kind: ResourceKind): readonly Resource[] }): BalancerResource[] {
  return BALANCER_KINDS.list().flatMap((kind) => index.ofKind(kind) as readonly BalancerResource[]);
}

export function isBalancer(resource: Resource | undefined): resource is BalancerResource {
  return resource !== undefined && kindInfo(resource.kind).balancer !== undefined;
}

/** `a` or `an` before a word, for messages ("an account", "a subnet"). */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Where a kind may go, in words, for refusal messages. */
export function whereItMayGo(kind: ResourceKind): string {
  const info = kindInfo(kind);
  const places = info.parents.map((parent) => {
    const noun = kindInfo(parent).label.toLowerCase();
    return `${article(noun)} ${noun}`;
  });
  if (info.topLevel) places.unshift('the canvas itself');
  if (places.length === 0) return 'nowhere';
  if (places.length === 1) return `inside ${places[0]}`;
  return `inside ${places.slice(0, -1).join(', ')} or ${places.at(-1)}`.replace(
    'inside the canvas itself',
    'on the canvas itself',
  );
}

export function canBePlacedIn(kind: ResourceKind, parentKind: ResourceKind | undefined): boolean {
  const info = kindInfo(kind);
  if (parentKind === undefined) return info.topLevel;
  return info.parents.includes(parentKind);
}
