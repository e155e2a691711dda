/** Internet edge (catalogue section 4) and traffic between VPCs that leaves AWS. */
import {
  BALANCER_KINDS,
  isBalancer,
  isPublicEndpoint,
  kindsInRole,
  moveResource,
  type DesignIndex,
  type Resource,
  type ResourceOf,
  type SubnetResource,
} from '../model/index.ts';
import { cidrBlock } from '../net/cidr.ts';
import { allocateNatEip, routeSubnetToInternet } from './network-fixes.ts';
import { coversPublicSpace, eachVpc, netFacts, VPC_UG } from './net-facts.ts';
import { finding, named, type Finding, type QuickFix, type Rule } from './types.ts';

type Nat = ResourceOf<'nat-gateway'>;

const NAT_DOC = `${VPC_UG}vpc-nat-gateway.html`;
const isZonal = (nat: Nat) => nat.availabilityMode !== 'regional';
const hasPublicAddress = (resource: Resource) =>
  (resource.kind === 'instance' &&
    (resource.publicIp === true || resource.elasticIp !== undefined)) ||
  (resource.kind === 'auto-scaling-group' && resource.publicIp === true);

export const igw: Rule = {
  id: 'IGW',
  severity: 'error',
  summary:
    'One internet gateway per VPC; an instance reached from the internet needs a public address and a public subnet.',
  docUrl: `${VPC_UG}VPC_Internet_Gateway.html`,
  dependsOn: [
    'internet-gateway',
    'vpc',
    'subnet',
    'route-table',
    'instance',
    'auto-scaling-group',
    'external',
  ],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const vpc = current;
    const findings: Finding[] = [];
    {
      const gateways = facts.internetGatewaysOf(vpc.id);
      if (gateways.length > 1) {
        findings.push(
          finding(
            this,
            'error',
            gateways.map((g) => g.id),
            `${named(vpc)} has ${gateways.length} internet gateways (${gateways.map(named).join(', ')}); a VPC can have only one.`,
          ),
        );
      }
    }
    const reached = new Set(
      index
        .ofKind('external')
        .filter((e) => e.endpointType === 'internet' || e.endpointType === 'partner')
        .flatMap((e) => e.connectsTo ?? []),
    );
    for (const resource of [
      ...facts.ofKindIn(vpc.id, 'instance'),
      ...facts.ofKindIn(vpc.id, 'auto-scaling-group'),
    ]) {
      const publicAddress = hasPublicAddress(resource);
      if (!publicAddress && !reached.has(resource.id)) continue;
      const subnets = index.subnetsOf(resource).filter((s) => s.parent === vpc.id);
      if (subnets.length === 0) continue;
      const privateSubnets = subnets.filter((s) => !facts.isPublicSubnet(s.id));
      if (reached.has(resource.id) && !publicAddress) {
        findings.push(
          finding(
            this,
            'error',
            [resource.id],
            `${named(resource)} is called from the internet but has no public IPv4 address or Elastic IP; the internet gateway only translates for instances that have one.`,
          ),
        );
      } else if (publicAddress && privateSubnets.length > 0) {
        findings.push(
          finding(
            this,
            reached.has(resource.id) ? 'error' : 'warning',
            [resource.id, privateSubnets[0]!.id],
            `${named(resource)} has a public address but sits in ${named(privateSubnets[0])}, which has no route to an internet gateway: nothing reaches it from the internet and it cannot answer.`,
          ),
        );
      }
    }
    return findings;
  },
};

function publicSubnetInAz(
  index: DesignIndex,
  vpcId: string,
  az: string,
): SubnetResource | undefined {
  const facts = netFacts(index);
  return facts
    .subnetsOf(vpcId)
    .find((s) => s.availabilityZone === az && facts.isPublicSubnet(s.id));
}

export const natPublic: Rule = {
  id: 'NAT-PUBLIC',
  severity: 'error',
  summary:
    'A zonal public NAT gateway sits in a public subnet with an Elastic IP; subnets should use the NAT gateway of their own AZ.',
  docUrl: NAT_DOC,
  dependsOn: ['nat-gateway', 'subnet', 'route-table', 'vpc', 'internet-gateway', 'elastic-ip'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const vpc = current;
    const findings: Finding[] = [];
    for (const nat of facts.ofKindIn(vpc.id, 'nat-gateway')) {
      if (nat.connectivity !== 'public' || !isZonal(nat)) continue;
      const parent = index.get(nat.parent);
      if (parent?.kind === 'vpc') {
        findings.push(
          finding(
            this,
            'error',
            [nat.id],
            `Zonal NAT gateway ${named(nat)} is placed in ${named(parent)} but not in a subnet; a zonal NAT gateway lives in one public subnet (or make it a regional NAT gateway).`,
          ),
        );
        continue;
      }
      if ((nat.elasticIps ?? []).length === 0) {
        findings.push(
          finding(
            this,
            'error',
            [nat.id],
            `Public NAT gateway ${named(nat)} has no Elastic IP; AWS needs one at creation.`,
            {
              suffix: 'eip',
              fixes: [
                {
                  id: 'allocate-eip',
                  title: `Allocate an Elastic IP for ${named(nat)}`,
                  apply: (design) => allocateNatEip(design, nat.id),
                },
              ],
            },
          ),
        );
      } else if ((nat.elasticIps ?? []).length > 8) {
        findings.push(
          finding(
            this,
            'error',
            [nat.id],
            `Public NAT gateway ${named(nat)} has ${nat.elasticIps!.length} Elastic IPs; a NAT gateway takes at most 8.`,
            { suffix: 'eip' },
          ),
        );
      }
      if (parent?.kind === 'subnet' && !facts.isPublicSubnet(parent.id)) {
        const fixes: QuickFix[] = [];
        const target = parent.parent
          ? publicSubnetInAz(index, parent.parent, parent.availabilityZone)
          : undefined;
        if (target) {
          fixes.push({
            id: 'move-to-public-subnet',
            title: `Move ${named(nat)} to ${named(target)}`,
            description: `${named(target)} is a public subnet in the same AZ (${parent.availabilityZone}); routes that point at the NAT gateway keep working.`,
            apply: (design) => moveResource(design, nat.id, target.id),
          });
        }
        fixes.push({
          id: 'route-to-internet-gateway',
          title: `Route ${named(parent)} to the internet gateway`,
          description: `Gives ${named(parent)} a route table of its own with 0.0.0.0/0 → the VPC's internet gateway (created if missing), making it public; other subnets keep their tables.`,
          apply: (design) => routeSubnetToInternet(design, parent.id),
        });
        findings.push(
          finding(
            this,
            'error',
            [nat.id, parent.id],
            `Public NAT gateway ${named(nat)} is in ${named(parent)}, a private subnet (no route to an internet gateway): the traffic it translates has no way out.`,
            { fixes },
          ),
        );
      }
    }
    // Cross-AZ use: a subnet in one AZ sending 0.0.0.0/0 to a zonal NAT gateway in another.
    for (const table of facts.routeTablesOf(vpc.id)) {
      for (const route of table.routes) {
        const found = index.getOf(route.target, 'nat-gateway');
        const nat = found && index.vpcOf(found.id)?.id === vpc.id ? found : undefined;
        const destination = nat && cidrBlock(route.destination);
        if (!nat || !destination || !isZonal(nat) || !coversPublicSpace(destination)) continue;
        const natSubnet = index.getOf(nat.parent, 'subnet');
        for (const subnet of facts
          .subnetsOf(vpc.id)
          .filter((s) => index.routeTableOf(s.id) === table)) {
          if (!natSubnet || natSubnet.availabilityZone === subnet.availabilityZone) continue;
          findings.push(
            finding(
              this,
              'warning',
              [subnet.id, nat.id],
              `Subnet ${named(subnet)} (${subnet.availabilityZone}) sends ${route.destination} to NAT gateway ${named(nat)} in ${natSubnet.availabilityZone}: it pays cross-AZ charges and loses internet access if that AZ fails. Put a NAT gateway in each AZ.`,
              { suffix: 'cross-az' },
            ),
          );
        }
      }
    }
    return findings;
  },
};

export const natPrivate: Rule = {
  id: 'NAT-PRIVATE',
  severity: 'error',
  summary: 'A private NAT gateway has no Elastic IP and cannot reach the internet.',
  docUrl: NAT_DOC,
  dependsOn: ['nat-gateway', 'route-table', 'vpc', 'elastic-ip'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const vpc = current;
    const findings: Finding[] = [];
    for (const nat of facts.ofKindIn(vpc.id, 'nat-gateway')) {
      if (nat.connectivity === 'private' && (nat.elasticIps ?? []).length > 0) {
        findings.push(
          finding(
            this,
            'error',
            [nat.id],
            `Private NAT gateway ${named(nat)} has Elastic IPs; a private NAT gateway translates to its private address and takes none.`,
          ),
        );
      }
    }
    for (const table of facts.routeTablesOf(vpc.id)) {
      for (const route of table.routes) {
        // Only a private NAT gateway's routes matter: look no further at any other route.
        const found = index.getOf(route.target, 'nat-gateway');
        if (found?.connectivity !== 'private') continue;
        const nat = index.vpcOf(found.id)?.id === vpc.id ? found : undefined;
        const destination = cidrBlock(route.destination);
        if (!nat || !destination || !coversPublicSpace(destination)) continue;
        findings.push(
          finding(
            this,
            'error',
            [table.id, nat.id],
            `Route table ${named(table)} sends ${destination.text} to private NAT gateway ${named(nat)}; a private NAT gateway cannot reach the internet (traffic it sends to an internet gateway is dropped). Use a public NAT gateway for internet egress.`,
          ),
        );
      }
    }
    return findings;
  },
};

export const natRegional: Rule = {
  id: 'NAT-REGIONAL',
  severity: 'info',
  summary:
    'A regional NAT gateway needs no public subnet and spans AZs, but offers no private connectivity.',
  docUrl: `${VPC_UG}nat-gateways-regional.html`,
  dependsOn: ['nat-gateway'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    return netFacts(index)
      .ofKindIn(current.id, 'nat-gateway')
      .flatMap((nat) => {
        if (nat.availabilityMode !== 'regional') return [];
        if (nat.connectivity === 'private') {
          return [
            finding(
              this,
              'warning',
              [nat.id],
              `NAT gateway ${named(nat)} is regional and private; regional NAT gateways offer public connectivity only. Use a zonal private NAT gateway.`,
              { suffix: 'private' },
            ),
          ];
        }
        return [
          finding(
            this,
            'info',
            [nat.id],
            `NAT gateway ${named(nat)} is regional: it needs no public subnet and follows your workloads across AZs under one id.`,
          ),
        ];
      });
  },
};

export const eigw: Rule = {
  id: 'EIGW',
  severity: 'error',
  summary: 'An egress-only internet gateway carries IPv6 only.',
  docUrl: `${VPC_UG}egress-only-internet-gateway.html`,
  dependsOn: ['route-table', 'egress-only-internet-gateway', 'vpc'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    return netFacts(index)
      .routeTablesOf(current.id)
      .flatMap((table) =>
        table.routes.flatMap((route) => {
          const found = index.getOf(route.target, 'egress-only-internet-gateway');
          const gateway = found?.parent === current.id ? found : undefined;
          const destination = cidrBlock(route.destination);
          if (!gateway || !destination || destination.version === 6) return [];
          return [
            finding(
              this,
              'error',
              [table.id, gateway.id],
              `Route table ${named(table)} sends ${destination.text} to egress-only internet gateway ${named(gateway)}, which carries IPv6 only. Use a NAT gateway for IPv4.`,
            ),
          ];
        }),
      );
  },
};

export const bpa: Rule = {
  id: 'BPA',
  severity: 'warning',
  summary:
    'VPC Block Public Access overrides routes: bidirectional blocks all internet paths, ingress-only blocks inbound.',
  docUrl: `${VPC_UG}security-vpc-bpa.html`,
  dependsOn: [
    'vpc',
    'internet-gateway',
    'nat-gateway',
    BALANCER_KINDS,
    'instance',
    'auto-scaling-group',
    'subnet',
  ],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const findings: Finding[] = [];
    const vpc = current;
    const mode = vpc.blockPublicAccess;
    if (!mode || mode === 'off') return findings;
    const inside = netFacts(index).resourcesIn(vpc.id);
    const inbound = inside.filter(
      (r) =>
        (isBalancer(r) && isPublicEndpoint(r)) ||
        hasPublicAddress(r),
    );
    const outbound =
      mode === 'bidirectional'
        ? inside.filter((r) => r.kind === 'nat-gateway' && r.connectivity === 'public')
        : [];
    const affected = [...inbound, ...outbound];
    if (affected.length === 0) return findings;
    const what =
      mode === 'bidirectional'
        ? 'blocks all traffic through its internet and egress-only gateways, NAT gateways included'
        : 'blocks inbound traffic from the internet (NAT and egress-only egress still work)';
    findings.push(
      finding(
        this,
        'warning',
        [vpc.id, ...affected.map((r) => r.id)],
        `Block Public Access on ${named(vpc)} (${mode}) ${what}, whatever the routes say: ${affected.map(named).join(', ')} will not work unless the VPC or subnet is excluded.`,
      ),
    );
    return findings;
  },
};

/** Product id: two VPCs of the design talk through the internet rather than a private path. */
export const vpcInternetPath: Rule = {
  id: 'VPC-INTERNET-PATH',
  severity: 'info',
  summary:
    'Traffic between two VPCs of the design goes out through NAT and the internet to a public endpoint.',
  docUrl: `${VPC_UG}extend-intro.html`,
  dependsOn: [
    // Proxies and the upstreams they call.
    kindsInRole('upstream'),
    'vpc',
    'subnet',
    'vpc-peering',
    'tgw-attachment',
    'beanstalk-environment',
  ],
  check({ index }) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    for (const source of [...index.ofKind('instance'), ...index.ofKind('auto-scaling-group')]) {
      const target = index.get(source.upstream?.target);
      if (!target) continue;
      const from = index.vpcOf(source.id);
      const to = index.vpcOf(target.id);
      if (!from || !to || from.id === to.id) continue;
      const beanstalkLb =
        target.kind === 'beanstalk-environment' ? index.get(target.loadBalancer) : undefined;
      const endpoint = beanstalkLb ?? target;
      if (!isPublicEndpoint(endpoint) && !hasPublicAddress(endpoint)) continue;
      const peered = facts
        .peeringsOf(from.id)
        .some((p) => p.requesterVpc === to.id || p.accepterVpc === to.id);
      const sharedTgw = facts
        .attachmentsOf(from.id)
        .some((a) => facts.attachmentsOf(to.id).some((b) => b.transitGateway === a.transitGateway));
      const alternative =
        peered || sharedTgw
          ? 'A private path exists; point the client at an internal endpoint to use it.'
          : 'Peering or a transit gateway with an internal endpoint keeps it private.';
      findings.push(
        finding(
          this,
          'info',
          [source.id, target.id],
          `${named(source)} in ${named(from)} calls ${named(target)} in ${named(to)} at its public address: the traffic leaves through NAT and the internet gateway and comes back in from the internet, paying NAT and data-transfer charges. ${alternative}`,
        ),
      );
    }
    return findings;
  },
};

export const internetEdgeRules: readonly Rule[] = [
  igw,
  natPublic,
  natPrivate,
  natRegional,
  eigw,
  bpa,
  vpcInternetPath,
];
