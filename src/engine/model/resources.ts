/**
 * The resource kinds of a design, one zod schema each; the TypeScript types are inferred.
 * `parent` gives containment (account > vpc > subnet > resource); `account` names the owner
 * where it differs from the VPC's owner (a participant in a shared subnet).
 * Multi-subnet resources are drawn in their `parent` subnet; `subnets` lists further ones.
 */
import { z } from 'zod';
import {
  AvailabilityZone,
  Cidr,
  Id,
  IdOrAddress,
  IpAddress,
  Ipv4Cidr,
  Ipv6Cidr,
  Listener,
  LoadBalancerProtocol,
  Name,
  NetworkAclEntry,
  Port,
  Region,
  Route,
  SecurityGroupRule,
  Tags,
  Text,
  Upstream,
} from './fields.ts';
import { ref, type ReferenceMeta } from './reference-meta.ts';

/**
 * Where an imported resource came from: the file and the Terraform address, CloudFormation
 * logical id or Landing Zone Accelerator path (`module.vpc["prod"].aws_route_table.private[2]`).
 */
export const ResourceSource = z.object({ file: Text, address: Text });
export type ResourceSource = z.infer<typeof ResourceSource>;

const base = {
  id: Id,
  name: Name,
  description: Text.optional(),
  parent: Id.optional(),
  /** Owner account id when it differs from the enclosing VPC's owner (shared subnets). */
  account: ref(Id, ['account']).optional(),
  tags: Tags.optional(),
  /** Imported resources only; emitters ignore it. */
  source: ResourceSource.optional(),
};

/** Ids of resources of these kinds. */
const IdsOf = (kinds: ReferenceMeta['kinds'], extra: Omit<ReferenceMeta, 'kinds'> = {}) => z.array(ref(Id, kinds, extra)).max(1000);
const Subnets = IdsOf(['subnet']);
const SecurityGroups = IdsOf(['security-group']).optional();
const TargetGroups = IdsOf(['target-group']).optional();

export const Account = z.object({
  ...base,
  kind: z.literal('account'),
  /** The 12-digit AWS account number, when known. */
  accountId: z.string().regex(/^\d{12}$/, 'an AWS account number has 12 digits').optional(),
  /** The AWS Organization the account belongs to (SHR-ORG). */
  organization: Name.optional(),
  /** RAM sharing with the Organization is turned on (needed to share subnets). */
  ramOrganizationSharing: z.boolean().optional(),
  /** Role Terraform and CDK assume into this account. */
  roleName: Name.optional(),
});

export const Vpc = z.object({
  ...base,
  kind: z.literal('vpc'),
  region: Region,
  /** IPv4 blocks; the first is the primary (CIDR-SEC). */
  cidrs: z.array(Ipv4Cidr).min(1, 'a VPC needs at least one IPv4 CIDR block').max(50),
  ipv6Cidrs: z.array(Ipv6Cidr).max(5).optional(),
  enableDnsSupport: z.boolean().default(true),
  enableDnsHostnames: z.boolean().default(false),
  isDefault: z.boolean().optional(),
  /** VPC Block Public Access mode (BPA). */
  blockPublicAccess: z.enum(['off', 'bidirectional', 'ingress']).optional(),
});

export const Subnet = z.object({
  ...base,
  kind: z.literal('subnet'),
  cidr: Ipv4Cidr,
  ipv6Cidr: Ipv6Cidr.optional(),
  availabilityZone: AvailabilityZone,
  /** AZ ID (e.g. apne2-az1), which is the same across accounts (SHR-AZID). */
  availabilityZoneId: z.string().max(32).optional(),
  /** Explicit route table association; without one the VPC's main table applies (RT-ASSOC). */
  routeTable: ref(Id, ['route-table']).optional(),
  /** Network ACL association; without one the VPC's default NACL applies. */
  networkAcl: ref(Id, ['network-acl']).optional(),
  mapPublicIpOnLaunch: z.boolean().optional(),
});

export const RouteTable = z.object({
  ...base,
  kind: z.literal('route-table'),
  main: z.boolean().optional(),
  routes: z.array(Route).max(2000),
  /** Gateway route table: associated with this internet gateway as an edge association. */
  edgeAssociation: ref(Id, ['internet-gateway']).optional(),
});

export const SecurityGroup = z.object({
  ...base,
  kind: z.literal('security-group'),
  /** The VPC's default security group. */
  default: z.boolean().optional(),
  ingress: z.array(SecurityGroupRule).max(2000),
  egress: z.array(SecurityGroupRule).max(2000),
  /** Account ids this group is shared with through RAM (SHR-SG-USE). */
  sharedWith: IdsOf(['account']).optional(),
});

export const NetworkAcl = z.object({
  ...base,
  kind: z.literal('network-acl'),
  default: z.boolean().optional(),
  inbound: z.array(NetworkAclEntry).max(100),
  outbound: z.array(NetworkAclEntry).max(100),
});

export const InternetGateway = z.object({ ...base, kind: z.literal('internet-gateway') });

export const EgressOnlyInternetGateway = z.object({
  ...base,
  kind: z.literal('egress-only-internet-gateway'),
});

export const NatGateway = z.object({
  ...base,
  kind: z.literal('nat-gateway'),
  connectivity: z.enum(['public', 'private']),
  /** Zonal gateways live in one subnet; a regional one (NAT-REGIONAL) spans the VPC's AZs. */
  availabilityMode: z.enum(['zonal', 'regional']).optional(),
  /** Elastic IPs of a public NAT gateway; the first is the primary. */
  elasticIps: IdsOf(['elastic-ip']).optional(),
  privateIp: IpAddress.optional(),
});

export const ElasticIp = z.object({
  ...base,
  kind: z.literal('elastic-ip'),
  /** The public address, when the architect knows it (shown to partners). */
  address: IpAddress.optional(),
  region: Region.optional(),
});

export const VpcPeering = z.object({
  ...base,
  kind: z.literal('vpc-peering'),
  requesterVpc: ref(Id, ['vpc']),
  accepterVpc: ref(Id, ['vpc']),
  status: z.enum(['active', 'pending-acceptance']).default('active'),
  allowRemoteVpcDnsResolution: z.boolean().optional(),
});

export const TransitGatewayRoute = z.object({
  destination: Cidr,
  /** Attachment the route sends to (a VPC's, a VPN's, a peering, a Direct Connect gateway's); absent with `blackhole`. */
  attachment: ref(Id, ['tgw-attachment', 'vpn-connection', 'tgw-peering', 'dx-gateway']).optional(),
  blackhole: z.boolean().optional(),
});

export const TransitGatewayRouteTable = z.object({
  id: Id,
  name: Name,
  routes: z.array(TransitGatewayRoute).max(10000),
  /** Imported tables: where the table came from, as a resource's `source`. */
  source: ResourceSource.optional(),
});

export const TransitGateway = z.object({
  ...base,
  kind: z.literal('transit-gateway'),
  region: Region,
  amazonSideAsn: z.number().int().min(1).max(4294967294).optional(),
  securityGroupReferencing: z.boolean().optional(),
  routeTables: z.array(TransitGatewayRouteTable).max(20),
});

/** The largest ASN AWS takes as `BgpAsn`; larger (4-byte) ones are written as `BgpAsnExtended`. */
export const LARGEST_BGP_ASN = 2_147_483_647;

/** The on-premises end of a Site-to-Site VPN, as AWS knows it: a regional resource of an account. */
export const CustomerGateway = z.object({
  ...base,
  kind: z.literal('customer-gateway'),
  /** The device's BGP ASN, any 32-bit number; which ones AWS takes is CGW-ASN's to say. */
  bgpAsn: z.number().int().min(0).max(4_294_967_295),
  /** The static outside IPv4 address of the device (CGW-IP). */
  ipAddress: IpAddress.refine((text) => !text.includes(':'), 'a customer gateway\'s outside address is an IPv4 address'),
  type: z.literal('ipsec.1').default('ipsec.1'),
  /** An ACM private certificate the device authenticates with instead of pre-shared keys. */
  certificateArn: z.string().regex(/^arn:aws[a-z-]*:acm:/, 'a certificate ARN starts with arn:aws:acm:').max(2048).optional(),
  deviceName: z.string().max(255).optional(),
});

/** The AWS end of a Site-to-Site VPN or a private virtual interface, attached to its `parent` VPC. */
export const VirtualPrivateGateway = z.object({
  ...base,
  kind: z.literal('virtual-private-gateway'),
  /** The gateway's BGP ASN; AWS's default is 64512. */
  amazonSideAsn: z.number().int().min(1).max(4_294_967_294).optional(),
  /** Route tables the gateway propagates the on-premises routes it learns into (VGW-PROPAGATION). */
  routePropagation: IdsOf(['route-table']).optional(),
});

/** One of a VPN connection's two IPsec tunnels. */
export const VpnTunnel = z.object({
  /** The tunnel's inside addresses: a /30 of 169.254.0.0/16 (VPN-TUNNELS); AWS picks one when absent. */
  insideCidr: Ipv4Cidr.optional(),
  /** A tunnel the device does not bring up carries nothing. */
  status: z.enum(['up', 'down']).default('up'),
});

/** A Site-to-Site VPN: a customer gateway to a virtual private gateway or a transit gateway. */
export const VpnConnection = z.object({
  ...base,
  kind: z.literal('vpn-connection'),
  customerGateway: ref(Id, ['customer-gateway']),
  /** The AWS end: a virtual private gateway, or a transit gateway (the VPN is then one of its attachments). */
  gateway: ref(Id, ['virtual-private-gateway', 'transit-gateway']),
  /** Static routing instead of BGP. */
  staticRoutesOnly: z.boolean().default(false),
  /** On a virtual private gateway, the on-premises blocks a static VPN routes (VPN-STATIC). */
  staticRoutes: z.array(Ipv4Cidr).max(100).optional(),
  tunnels: z.array(VpnTunnel).max(2),
  // On a transit gateway: routeTable and propagations name its route tables, as an attachment's do.
  /** The TGW route table the VPN attachment is associated with. */
  routeTable: Id.optional(),
  /** TGW route tables the VPN propagates the on-premises routes it learns by BGP into. */
  propagations: z.array(Id).max(1000).optional(),
});

/** A Direct Connect gateway's association with a transit gateway (over a transit VIF) or a virtual private gateway. */
export const DxGatewayAssociation = z.object({
  gateway: ref(Id, ['transit-gateway', 'virtual-private-gateway']),
  /** The blocks advertised to on-premises: on a transit gateway nothing else is (DX-PREFIXES); on a VGW a filter of its VPC's. */
  allowedPrefixes: z.array(Ipv4Cidr).max(1000).optional(),
  // On a transit gateway: routeTable and propagations name its route tables, as an attachment's do.
  /** The TGW route table the Direct Connect gateway attachment is associated with. */
  routeTable: Id.optional(),
  /** TGW route tables the attachment propagates the on-premises routes it learns into. */
  propagations: z.array(Id).max(1000).optional(),
});

/** A Direct Connect gateway: a global resource of an account that on-premises reaches over its virtual interfaces. */
export const DxGateway = z.object({
  ...base,
  kind: z.literal('dx-gateway'),
  amazonSideAsn: z.number().int().min(1).max(4_294_967_294),
  associations: z.array(DxGatewayAssociation).max(30),
});

/** A peering attachment between two transit gateways, usually in two Regions: static routes only. */
export const TgwPeering = z.object({
  ...base,
  kind: z.literal('tgw-peering'),
  requester: ref(Id, ['transit-gateway']),
  accepter: ref(Id, ['transit-gateway']),
  // The two ends' associations name route tables of their transit gateway; the parser checks them.
  requesterRouteTable: Id.optional(),
  accepterRouteTable: Id.optional(),
  /** TGW route tables set to learn routes over the peering: AWS propagates nothing over one (TGW-PEERING-STATIC). */
  propagations: z.array(Id).max(1000).optional(),
});

export const TgwAttachment = z.object({
  ...base,
  kind: z.literal('tgw-attachment'),
  transitGateway: ref(Id, ['transit-gateway']),
  vpc: ref(Id, ['vpc']),
  /** One subnet per AZ (TGW-AZ). */
  subnets: Subnets,
  applianceMode: z.boolean().optional(),
  securityGroupReferencing: z.boolean().optional(),
  // routeTable and propagations name route tables inside the transit gateway; the parser checks them.
  /** The TGW route table this attachment is associated with (one at most, TGW-RT). */
  routeTable: Id.optional(),
  /** TGW route tables this attachment propagates its VPC CIDRs into. */
  propagations: z.array(Id).max(1000).optional(),
});

export const VpcEndpoint = z.object({
  ...base,
  kind: z.literal('vpc-endpoint'),
  endpointType: z.enum(['interface', 'gateway', 'gateway-load-balancer']),
  /** Service name, e.g. com.amazonaws.ap-northeast-2.s3 or execute-api. */
  service: z.string().min(1).max(255),
  subnets: Subnets.optional(),
  /** Gateway endpoints: the route tables associated with it; AWS adds a route from the service's prefix list to each. */
  routeTables: IdsOf(['route-table']).optional(),
  securityGroups: SecurityGroups,
  privateDns: z.boolean().optional(),
  /** Gateway endpoints: the id of the service's AWS-managed prefix list (`pl-…`), the destination of the routes AWS adds. */
  prefixListId: z.string().regex(/^pl-[0-9a-f]{8,17}$/, 'a prefix list id is pl- and 8 to 17 hexadecimal digits').optional(),
  /** Gateway endpoints: the service's addresses that prefix list holds (AWS keeps them; the simulator routes by them). */
  prefixListCidrs: z.array(Ipv4Cidr).max(1000).optional(),
});

export const RamShare = z.object({
  ...base,
  kind: z.literal('ram-share'),
  /** Shared resources: subnets, transit gateways, security groups, prefix lists. */
  resources: IdsOf('ram-share'),
  /** Account ids (resources of kind account) the share grants access to. */
  principals: IdsOf(['account']),
  allowExternalPrincipals: z.boolean().optional(),
});

export const SubnetMapping = z.object({
  subnet: ref(Id, ['subnet']),
  elasticIp: ref(Id, ['elastic-ip']).optional(),
  privateIp: IpAddress.optional(),
});

/** A port range of a firewall rule (AWS's PortRange). */
const FirewallPortRange = z.object({ fromPort: Port, toPort: Port });

/** A stateless action (AWS's standard actions): pass, drop, or hand over to the stateful engine. */
export const StatelessAction = z.enum(['aws:pass', 'aws:drop', 'aws:forward_to_sfe']);

/** A stateless rule: a 5-tuple match and its action, evaluated by priority, lowest first. */
export const StatelessRule = z.object({
  priority: z.number().int().min(1).max(65535),
  /** AWS's `Actions` list holds one standard action. */
  action: StatelessAction,
  matchAttributes: z.object({
    /** Absent or empty: any address. */
    sources: z.array(Cidr).max(100).optional(),
    destinations: z.array(Cidr).max(100).optional(),
    sourcePorts: z.array(FirewallPortRange).max(100).optional(),
    destinationPorts: z.array(FirewallPortRange).max(100).optional(),
    /** IANA protocol numbers (6 TCP, 17 UDP, 1 ICMP); absent: every protocol. */
    protocols: z.array(z.number().int().min(0).max(255)).max(10).optional(),
  }),
});

/** An address or port of a stateful rule's header: `ANY`, or a CIDR / a port or `from:to` range. */
const HeaderAddress = z.union([z.literal('ANY'), Cidr]);
const HeaderPort = z.string().regex(/^(ANY|\d{1,5}(:\d{1,5})?)$/, 'a port is ANY, a number or from:to');

/** A stateful 5-tuple rule (Suricata-compatible): action and header. */
export const StatefulRule = z.object({
  action: z.enum(['PASS', 'DROP', 'REJECT', 'ALERT']),
  header: z.object({
    protocol: z.enum(['IP', 'TCP', 'UDP', 'ICMP']),
    source: HeaderAddress,
    sourcePort: HeaderPort,
    direction: z.enum(['FORWARD', 'ANY']).default('FORWARD'),
    destination: HeaderAddress,
    destinationPort: HeaderPort,
  }),
  /** The Suricata signature id AWS requires in each rule's options. */
  sid: z.number().int().min(1).max(999_999_999).optional(),
});

export const StatelessRuleGroup = z.object({
  name: Name,
  capacity: z.number().int().min(1).max(30000),
  /** Its priority in the policy (StatelessRuleGroupReferences): lowest first. */
  priority: z.number().int().min(1).max(65535),
  rules: z.array(StatelessRule).max(1000),
});

export const StatefulRuleGroup = z.object({
  name: Name,
  capacity: z.number().int().min(1).max(30000),
  /** Its priority in a strict-order policy; ignored in default action order. */
  priority: z.number().int().min(1).max(65535).optional(),
  /** 5-tuple rules (RulesSource.StatefulRules). */
  statefulRules: z.array(StatefulRule).max(1000).optional(),
  /**
   * Rule variables (RuleVariables.IPSets): `HOME_NET` is the network a domain list guards, the
   * sources whose traffic out of it the list decides. Absent: the firewall's VPC, as AWS defaults.
   */
  ruleVariables: z
    .object({ ipSets: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'a rule variable name is a letter then letters, digits or _'), z.object({ definition: z.array(Cidr).min(1).max(1000) })) })
    .optional(),
  /** A domain list (RulesSource.RulesSourceList): HTTP Host and TLS SNI allow- or deny-list. */
  rulesSourceList: z
    .object({
      targets: z.array(z.string().min(1).max(253)).min(1).max(1000),
      targetTypes: z.array(z.enum(['HTTP_HOST', 'TLS_SNI'])).min(1).max(2),
      generatedRulesType: z.enum(['ALLOWLIST', 'DENYLIST']),
    })
    .optional(),
}).refine((group) => (group.statefulRules?.length ? 1 : 0) + (group.rulesSourceList ? 1 : 0) === 1, 'a stateful rule group holds 5-tuple rules (statefulRules) or a domain list (rulesSourceList), one of the two');

export const FirewallPolicy = z.object({
  /** What the stateless engine does with a packet no stateless rule matched. */
  statelessDefaultActions: StatelessAction.default('aws:forward_to_sfe'),
  statelessFragmentDefaultActions: StatelessAction.default('aws:forward_to_sfe'),
  statelessRuleGroups: z.array(StatelessRuleGroup).max(20).default([]),
  statefulRuleGroups: z.array(StatefulRuleGroup).max(50).default([]),
  /** DEFAULT_ACTION_ORDER evaluates pass rules, then drop, reject and alert; STRICT_ORDER goes group by group. */
  statefulRuleOrder: z.enum(['DEFAULT_ACTION_ORDER', 'STRICT_ORDER']).default('DEFAULT_ACTION_ORDER'),
  /** Strict order only: what happens to traffic no stateful rule matched. */
  statefulDefaultActions: z.array(z.enum(['aws:drop_strict', 'aws:drop_established', 'aws:alert_strict', 'aws:alert_established'])).max(2).optional(),
});

/** AWS Network Firewall: one endpoint in each subnet mapping (one subnet per AZ), and its policy. */
export const NetworkFirewall = z.object({
  ...base,
  kind: z.literal('network-firewall'),
  /** The firewall subnets, one per AZ; the firewall places an endpoint in each. */
  // The shared mapping shape, so code reading any kind's mappings reads these; a firewall takes no Elastic IP or chosen address.
  subnetMappings: z.array(SubnetMapping.extend({ ipAddressType: z.enum(['IPV4', 'DUALSTACK', 'IPV6']).optional() })).max(16),
  firewallPolicy: FirewallPolicy,
  deleteProtection: z.boolean().optional(),
  subnetChangeProtection: z.boolean().optional(),
});

export const Nlb = z.object({
  ...base,
  kind: z.literal('nlb'),
  scheme: z.enum(['internet-facing', 'internal']),
  subnets: Subnets.optional(),
  /** Per-subnet static addresses (NLB-IP). */
  subnetMappings: z.array(SubnetMapping).max(16).optional(),
  /** Security groups; absent means the NLB was created without any and never filters (NLB-SG). */
  securityGroups: SecurityGroups,
  listeners: z.array(Listener).max(50),
  crossZone: z.boolean().optional(),
});

export const Alb = z.object({
  ...base,
  kind: z.literal('alb'),
  scheme: z.enum(['internet-facing', 'internal']),
  subnets: Subnets.optional(),
  securityGroups: SecurityGroups,
  listeners: z.array(Listener).max(50),
});

/** The one protocol and port a Gateway Load Balancer sends to its appliances on. */
export const GENEVE_PORT = 6081;

/**
 * A Gateway Load Balancer: its listener sends every flow, encapsulated in GENEVE on port 6081,
 * to one appliance of its target group and keeps the flow there (5-tuple stickiness). Its
 * endpoint service is reached through GWLB endpoints, which routes name.
 */
export const GatewayLoadBalancer = z.object({
  ...base,
  kind: z.literal('gateway-load-balancer'),
  subnets: Subnets.optional(),
  /** The appliances' target group: GENEVE on 6081 (GWLB-GENEVE). */
  targetGroup: ref(Id, ['target-group']).optional(),
  /** Off by default: a node sends only to appliances in its own AZ. */
  crossZone: z.boolean().optional(),
});

/** A Gateway Load Balancer endpoint: in one subnet, a route target that takes traffic to its load balancer's appliances and back. */
export const GwlbEndpoint = z.object({
  ...base,
  kind: z.literal('gwlb-endpoint'),
  /** The load balancer whose endpoint service it connects to; absent until one is chosen (GWLB-AZ). */
  gatewayLoadBalancer: ref(Id, ['gateway-load-balancer']).optional(),
});

export const Target = z.object({
  /** A resource id (instance, ASG, ALB, ECS service, pod service...) or an IP address. */
  // A target may be an IP address: weak.
  target: ref(IdOrAddress, 'target', { weak: true }),
  port: Port.optional(),
});

export const TargetGroup = z.object({
  ...base,
  kind: z.literal('target-group'),
  targetType: z.enum(['instance', 'ip', 'alb', 'lambda']),
  /** GENEVE is a Gateway Load Balancer's only protocol, on port 6081. */
  protocol: z.union([LoadBalancerProtocol, z.literal('GENEVE')]),
  port: Port,
  targets: z.array(Target).max(1000),
  healthCheckPort: Port.optional(),
  /** Overrides the default client IP preservation (NLB-CIP). */
  preserveClientIp: z.boolean().optional(),
});

const compute = {
  subnets: Subnets.optional(),
  securityGroups: SecurityGroups,
  role: z.enum(['app', 'proxy', 'bastion', 'appliance']).default('app'),
  /** For proxies: the new connection they open to their upstream. */
  upstream: Upstream.optional(),
  instanceType: z.string().max(64).optional(),
  operatingSystem: z.enum(['linux', 'windows']).optional(),
  /** The port the application listens on. */
  port: Port.optional(),
};

export const Instance = z.object({
  ...base,
  ...compute,
  kind: z.literal('instance'),
  /** A public IPv4 address on launch, or an Elastic IP id. */
  publicIp: z.boolean().optional(),
  elasticIp: ref(Id, ['elastic-ip']).optional(),
  privateIp: IpAddress.optional(),
  /** Off for middleboxes that forward traffic. */
  sourceDestCheck: z.boolean().optional(),
});

export const AutoScalingGroup = z.object({
  ...base,
  ...compute,
  kind: z.literal('auto-scaling-group'),
  minSize: z.number().int().min(0).max(10000),
  maxSize: z.number().int().min(0).max(10000),
  desiredCapacity: z.number().int().min(0).max(10000).optional(),
  publicIp: z.boolean().optional(),
  targetGroups: TargetGroups,
});

export const MqBroker = z.object({
  ...base,
  kind: z.literal('mq-broker'),
  engine: z.enum(['rabbitmq', 'activemq']),
  deploymentMode: z.enum(['SINGLE_INSTANCE', 'ACTIVE_STANDBY_MULTI_AZ', 'CLUSTER_MULTI_AZ']),
  subnets: Subnets.optional(),
  securityGroups: SecurityGroups,
  publiclyAccessible: z.boolean().default(false),
  instanceType: z.string().max(64).optional(),
  engineVersion: z.string().max(32).optional(),
});

export const ApiGatewayIntegration = z.object({
  path: z.string().max(512),
  method: z.string().max(16).default('ANY'),
  vpcLink: ref(Id, ['vpc-link']).optional(),
  /** The load balancer (or other resource) the integration calls. */
  target: ref(Id, 'api-integration').optional(),
  port: Port.optional(),
});

export const ApiGateway = z.object({
  ...base,
  kind: z.literal('api-gateway'),
  apiType: z.enum(['rest', 'http']),
  endpointType: z.enum(['regional', 'edge', 'private']).default('regional'),
  region: Region.optional(),
  integrations: z.array(ApiGatewayIntegration).max(300),
  /** Private REST APIs need a resource policy (APIGW-PRIVATE). */
  resourcePolicy: z.boolean().optional(),
});

export const VpcLink = z.object({
  ...base,
  kind: z.literal('vpc-link'),
  version: z.enum(['v1', 'v2']),
  /** v1: the NLBs it targets. v2: the load balancers its integrations reach. */
  targets: IdsOf('vpc-link'),
  /** v2 only: the subnets where the link places its interfaces. */
  subnets: Subnets.optional(),
  securityGroups: SecurityGroups,
});

export const EcsService = z.object({
  ...base,
  kind: z.literal('ecs-service'),
  launchType: z.enum(['FARGATE', 'EC2']),
  networkMode: z.enum(['awsvpc', 'bridge', 'host']).default('awsvpc'),
  subnets: Subnets.optional(),
  securityGroups: SecurityGroups,
  assignPublicIp: z.boolean().optional(),
  desiredCount: z.number().int().min(0).max(10000).default(1),
  containerPort: Port.optional(),
  targetGroups: TargetGroups,
  /** Cloud Map namespace the service registers in. */
  serviceDiscoveryNamespace: Name.optional(),
  taskRole: Name.optional(),
  image: z.string().max(512).optional(),
});

export const EksCluster = z.object({
  ...base,
  kind: z.literal('eks-cluster'),
  subnets: Subnets.optional(),
  version: z.string().max(16).optional(),
  /** How pods run: EC2 node groups or Fargate profiles. */
  compute: z.enum(['managed-nodes', 'self-managed-nodes', 'fargate']),
  nodeInstanceType: z.string().max(64).optional(),
  nodeSecurityGroups: SecurityGroups,
  securityGroupsForPods: z.boolean().optional(),
});

export const K8sService = z.object({
  ...base,
  kind: z.literal('k8s-service'),
  serviceType: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']),
  port: Port,
  targetPort: Port.optional(),
  nodePort: Port.optional(),
  /** For LoadBalancer services: the NLB the controller creates. */
  loadBalancer: ref(Id, ['nlb']).optional(),
  /**
   * For LoadBalancer services: how the NLB registers the pods (the controller's
   * `aws-load-balancer-nlb-target-type` annotation); absent means the controller's default, instance.
   */
  targetType: z.enum(['instance', 'ip']).optional(),
  externalTrafficPolicy: z.enum(['Cluster', 'Local']).optional(),
});

export const K8sIngress = z.object({
  ...base,
  kind: z.literal('k8s-ingress'),
  /** The ALB the ingress controller creates. */
  loadBalancer: ref(Id, ['alb']).optional(),
  targetType: z.enum(['instance', 'ip']),
  groupName: Name.optional(),
  rules: z
    .array(z.object({ path: z.string().max(512), service: ref(Id, ['k8s-service']), port: Port }))
    .max(100),
});

export const BeanstalkEnvironment = z.object({
  ...base,
  kind: z.literal('beanstalk-environment'),
  platform: z.string().max(128).optional(),
  subnets: Subnets.optional(),
  securityGroups: SecurityGroups,
  /** The environment's own load balancer. */
  loadBalancer: ref(Id, ['alb', 'nlb']).optional(),
  port: Port.optional(),
  instanceType: z.string().max(64).optional(),
});

export const Lambda = z.object({
  ...base,
  kind: z.literal('lambda'),
  runtime: z.string().max(32).optional(),
  subnets: Subnets.optional(),
  securityGroups: SecurityGroups,
});

export const External = z.object({
  ...base,
  kind: z.literal('external'),
  endpointType: z.enum(['internet', 'partner', 'on-premises']),
  /** The network's address range (partner or on-premises). */
  cidr: Cidr.optional(),
  /** The partner allowlists fixed destination IPs (seed scenario 2). */
  needsStaticIps: z.boolean().optional(),
  /** What this endpoint connects to directly (e.g. a partner calling an ALB). */
  connectsTo: IdsOf('upstream').optional(),
  /**
   * An on-premises network: the customer gateways (its VPN devices) and Direct Connect gateways
   * (over its virtual interfaces) it is reached through, the one it prefers first.
   */
  reachedThrough: IdsOf(['customer-gateway', 'dx-gateway']).optional(),
});

export const PrefixList = z.object({
  ...base,
  kind: z.literal('prefix-list'),
  cidrs: z.array(Cidr).max(1000),
  maxEntries: z.number().int().min(1).max(1000).optional(),
});

export const Resource = z.discriminatedUnion('kind', [
  Account,
  Vpc,
  Subnet,
  RouteTable,
  SecurityGroup,
  NetworkAcl,
  InternetGateway,
  EgressOnlyInternetGateway,
  NatGateway,
  ElasticIp,
  VpcPeering,
  TransitGateway,
  TgwAttachment,
  CustomerGateway,
  VirtualPrivateGateway,
  VpnConnection,
  DxGateway,
  TgwPeering,
  VpcEndpoint,
  NetworkFirewall,
  RamShare,
  Nlb,
  Alb,
  GatewayLoadBalancer,
  GwlbEndpoint,
  TargetGroup,
  Instance,
  AutoScalingGroup,
  MqBroker,
  ApiGateway,
  VpcLink,
  EcsService,
  EksCluster,
  K8sService,
  K8sIngress,
  BeanstalkEnvironment,
  Lambda,
  External,
  PrefixList,
]);

export type Resource = z.infer<typeof Resource>;
export type ResourceKind = Resource['kind'];
export type ResourceOf<K extends ResourceKind> = Extract<Resource, { kind: K }>;

export type AccountResource = ResourceOf<'account'>;
export type VpcResource = ResourceOf<'vpc'>;
export type SubnetResource = ResourceOf<'subnet'>;
export type RouteTableResource = ResourceOf<'route-table'>;
export type SecurityGroupResource = ResourceOf<'security-group'>;
export type NetworkAclResource = ResourceOf<'network-acl'>;
export type TransitGatewayResource = ResourceOf<'transit-gateway'>;
export type TargetGroupResource = ResourceOf<'target-group'>;

export const RESOURCE_KINDS = Resource.options.map((option) => option.shape.kind.value);

const SCHEMAS = new Map<string, z.ZodType>(Resource.options.map((option) => [option.shape.kind.value, option]));
const EXTENDED = new Map<string, z.ZodType>();

/** The schema of one kind; kinds a test-only extension registers are found here too. */
export function resourceSchemaOf(kind: string): z.ZodType | undefined {
  return SCHEMAS.get(kind) ?? EXTENDED.get(kind);
}

/** Schemas a test-only extension added; none in the product. */
export function extendedResourceSchemas(): readonly z.ZodType[] {
  return [...EXTENDED.values()];
}

/** Adds or removes a kind's schema at run time. Only engine/testing/extension.ts calls it. */
export function registerResourceSchema(kind: string, schema: z.ZodType | undefined): void {
  if (schema) EXTENDED.set(kind, schema);
  else EXTENDED.delete(kind);
}

/** A new kind's schema: the fields every resource has, its kind, and its own fields. */
export function resourceSchema<K extends string, S extends z.ZodRawShape>(kind: K, shape: S) {
  return z.object({ ...base, kind: z.literal(kind), ...shape });
}

/** Reference lists for a new kind's schema, e.g. `subnets: idsOf(['subnet']).optional()`. */
export const idsOf = IdsOf;
