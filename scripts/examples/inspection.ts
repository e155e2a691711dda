/**
 * Centralised inspection and egress: spoke VPCs attached to a transit gateway whose spoke
 * table sends everything to an inspection VPC (AWS Network Firewall, appliance mode on);
 * the firewall's table sends spoke blocks back to the spokes and the rest to an egress VPC
 * with a NAT gateway per AZ. Replies from the internet come back through the firewall.
 */
import { design, type DesignBuilder } from '../../src/engine/testing/builder.ts';
import { AZ_A, AZ_C, finish, publicEdge, REGION, routeTable, subnets, zoneLetter, type Example } from './common.ts';

const anywhere = [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }];
const tcp = (port: number, cidr: string, description: string) => ({ protocol: 'tcp', fromPort: port, toPort: port, peer: { kind: 'cidr', cidr }, description });

const SPOKES = [
  { vpc: 'spoke-orders', octet: 10, app: 'orders', name: 'orders spoke' },
  { vpc: 'spoke-billing', octet: 20, app: 'billing', name: 'billing spoke' },
] as const;
const ZONES = [AZ_A, AZ_C];
/** The spokes' blocks together: what the firewall lets the spokes reach of each other, and the egress VPC routes back. */
const SPOKE_SUMMARY = '10.0.0.0/11';

/** A spoke: app subnets sending everything to the transit gateway, /28 attachment subnets of their own (TGW-NACL). */
function spoke(b: DesignBuilder, { vpc, octet, app, name }: (typeof SPOKES)[number]) {
  const cidr = `10.${octet}.0.0/16`;
  b.vpc(vpc, 'workloads', cidr, { name });
  routeTable(b, `${vpc}-rtb`, vpc, [cidr], [{ destination: '0.0.0.0/0', target: 'tgw' }], `${name} to the TGW`);
  subnets(b, vpc, ZONES.map((az, i) => ({ id: `${vpc}-app-${zoneLetter(az)}`, cidr: `10.${octet}.${i + 1}.0/24`, az, name: `app-${zoneLetter(az)}` })), { routeTable: `${vpc}-rtb` });
  subnets(b, vpc, ZONES.map((az, i) => ({ id: `${vpc}-tgw-${zoneLetter(az)}`, cidr: `10.${octet}.255.${i * 16}/28`, az, name: `tgw-${zoneLetter(az)}` })), { routeTable: `${vpc}-rtb` });
  b.add('security-group', `${vpc}-sg`, {
    name: `${app} instances`,
    parent: vpc,
    ingress: [tcp(443, SPOKE_SUMMARY, 'the other spokes, through the firewall'), tcp(22, SPOKE_SUMMARY, 'administration from the spokes (the firewall drops it)')],
    egress: anywhere,
  });
  b.add('instance', app, { name: app, parent: `${vpc}-app-a`, securityGroups: [`${vpc}-sg`], instanceType: 't3.small', port: 443 });
  b.add('tgw-attachment', `${vpc}-attach`, {
    name: `${name} → tgw`,
    transitGateway: 'tgw',
    vpc,
    subnets: ZONES.map((az) => `${vpc}-tgw-${zoneLetter(az)}`),
    routeTable: 'tgw-rt-spokes',
    propagations: ['tgw-rt-firewall'],
  });
}

/** The inspection VPC: per AZ, the attachment subnet sends everything to that AZ's firewall endpoint, which sends it back to the TGW. */
function inspection(b: DesignBuilder) {
  const cidr = '10.100.0.0/16';
  b.vpc('inspection', 'network', cidr, { name: 'inspection' });
  routeTable(b, 'inspection-rtb-firewall', 'inspection', [cidr], [{ destination: '0.0.0.0/0', target: 'tgw' }], 'firewall subnets to the TGW');
  ZONES.forEach((az, i) => {
    const zone = zoneLetter(az);
    routeTable(b, `inspection-rtb-tgw-${zone}`, 'inspection', [cidr], [{ destination: '0.0.0.0/0', target: 'nfw', endpointAz: az }], `tgw-${zone} to the firewall in ${zone}`);
    subnets(b, 'inspection', [{ id: `inspection-tgw-${zone}`, cidr: `10.100.0.${i * 16}/28`, az, name: `tgw-${zone}` }], { routeTable: `inspection-rtb-tgw-${zone}` });
    subnets(b, 'inspection', [{ id: `inspection-fw-${zone}`, cidr: `10.100.1.${i * 16}/28`, az, name: `firewall-${zone}` }], { routeTable: 'inspection-rtb-firewall' });
  });
  b.add('network-firewall', 'nfw', {
    name: 'inspection firewall',
    parent: 'inspection-fw-a',
    subnetMappings: ZONES.map((az) => ({ subnet: `inspection-fw-${zoneLetter(az)}` })),
    deleteProtection: false,
    firewallPolicy: {
      statelessDefaultActions: 'aws:forward_to_sfe',
      statelessFragmentDefaultActions: 'aws:forward_to_sfe',
      statelessRuleGroups: [],
      statefulRuleOrder: 'DEFAULT_ACTION_ORDER',
      statefulRuleGroups: [
        {
          name: 'no-ssh-between-spokes',
          capacity: 10,
          statefulRules: [{ action: 'DROP', header: { protocol: 'TCP', source: SPOKE_SUMMARY, sourcePort: 'ANY', direction: 'FORWARD', destination: SPOKE_SUMMARY, destinationPort: '22' }, sid: 100 }],
        },
        {
          name: 'egress-domains',
          capacity: 100,
          // The spokes are the home network: the allow-list applies to what they send out of it.
          ruleVariables: { ipSets: { HOME_NET: { definition: [SPOKE_SUMMARY] } } },
          rulesSourceList: { targets: ['.amazonaws.com', '.example.com'], targetTypes: ['TLS_SNI', 'HTTP_HOST'], generatedRulesType: 'ALLOWLIST' },
        },
      ],
    },
  });
  b.add('tgw-attachment', 'inspection-attach', {
    name: 'inspection → tgw',
    transitGateway: 'tgw',
    vpc: 'inspection',
    subnets: ZONES.map((az) => `inspection-tgw-${zoneLetter(az)}`),
    // Both directions of a flow reach the same firewall endpoint (TGW-APPLIANCE, NFW-ASYMMETRIC).
    applianceMode: true,
    routeTable: 'tgw-rt-firewall',
    propagations: [],
  });
}

/** The egress VPC: a NAT gateway per AZ; its public subnets send the spokes' replies back to the TGW. */
function egress(b: DesignBuilder) {
  const cidr = '10.200.0.0/16';
  b.vpc('egress', 'network', cidr, { name: 'egress' });
  publicEdge(b, {
    vpc: 'egress',
    account: 'network',
    cidrs: [cidr],
    subnets: ZONES.map((az, i) => ({ id: `egress-public-${zoneLetter(az)}`, cidr: `10.200.${i}.0/24`, az, name: `public-${zoneLetter(az)}` })),
    nat: 'egress-nat',
  });
  // Replies to everything behind the transit gateway (the spokes, and the inspection VPC's own traffic) go back to it.
  b.routes('egress-rtb-public', { destination: '10.0.0.0/8', target: 'tgw' });
  ZONES.forEach((az, i) => {
    const zone = zoneLetter(az);
    routeTable(b, `egress-rtb-tgw-${zone}`, 'egress', [cidr], [{ destination: '0.0.0.0/0', target: `egress-nat-${zone}` }], `tgw-${zone} to the NAT gateway in ${zone}`);
    subnets(b, 'egress', [{ id: `egress-tgw-${zone}`, cidr: `10.200.255.${i * 16}/28`, az, name: `tgw-${zone}` }], { routeTable: `egress-rtb-tgw-${zone}` });
  });
  b.add('tgw-attachment', 'egress-attach', {
    name: 'egress → tgw',
    transitGateway: 'tgw',
    vpc: 'egress',
    subnets: ZONES.map((az) => `egress-tgw-${zoneLetter(az)}`),
    // Replies from the internet go through the firewall on their way back, like the spokes' traffic.
    routeTable: 'tgw-rt-spokes',
    propagations: [],
  });
}

export function inspectionEgress(): Example {
  const b = design('Centralised inspection and egress')
    .account('network', { accountId: '111111111111' })
    .account('workloads', { accountId: '222222222222' })
    .add('transit-gateway', 'tgw', {
      name: 'hub tgw',
      parent: 'network',
      region: REGION,
      amazonSideAsn: 64512,
      routeTables: [
        // The spokes and the egress VPC send everything to the inspection VPC.
        { id: 'tgw-rt-spokes', name: 'spokes', routes: [{ destination: '0.0.0.0/0', attachment: 'inspection-attach' }] },
        // After inspection: the spokes by their propagated blocks, the internet through the egress VPC.
        { id: 'tgw-rt-firewall', name: 'firewall', routes: [{ destination: '0.0.0.0/0', attachment: 'egress-attach' }] },
      ],
    })
    .add('ram-share', 'share-tgw', { name: 'hub tgw → workloads', resources: ['tgw'], principals: ['workloads'] });
  for (const s of SPOKES) spoke(b, s);
  inspection(b);
  egress(b);
  return {
    id: 'inspection-egress',
    title: 'Centralised inspection and egress',
    summary:
      'Two spoke VPCs send everything to a transit gateway; its spoke table sends it to an inspection VPC where AWS Network Firewall (appliance mode on) drops SSH between spokes and lets TLS/HTTP out only to allowed domains. The firewall table returns spoke traffic to the spokes and sends the rest to an egress VPC with a NAT gateway per AZ; replies come back through the same firewall endpoint.',
    file: 'inspection-egress.json',
    design: finish(b, 'Centralised inspection and egress: spokes, a transit gateway with spoke and firewall route tables, an inspection VPC with AWS Network Firewall, an egress VPC with NAT gateways.'),
  };
}
