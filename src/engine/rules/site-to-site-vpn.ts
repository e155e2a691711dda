/** Site-to-Site VPN: the customer gateway, the VPN's tunnels and routing, and the virtual private gateway's propagation. */
import { updateResource, type DesignIndex, type ResourceOf } from '../model/index.ts';
import { parseAddress } from '../net/address.ts';
import { cidrBlock, contains, type CidrBlock } from '../net/cidr.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

const CGW_OPTIONS = 'https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html';

type CustomerGateway = ResourceOf<'customer-gateway'>;

/** ASNs AWS keeps for itself: in every Region, or in one. */
const RESERVED_ASNS: ReadonlyMap<number, string | undefined> = new Map([
  [7224, undefined],
  [9059, 'eu-west-1'],
  [10124, 'ap-northeast-1'],
  [17943, 'ap-southeast-1'],
]);

/** The Regions a customer gateway of this account would be created in: those of its VPCs and transit gateways. */
function regionsOf(index: DesignIndex, account: string | undefined): Set<string> {
  const regions = new Set<string>();
  for (const resource of [...index.ofKind('vpc'), ...index.ofKind('transit-gateway')]) {
    if (index.ownerOf(resource.id) === account) regions.add(resource.region);
  }
  return regions;
}

export const cgwAsn: Rule = {
  id: 'CGW-ASN',
  severity: 'error',
  summary: "A customer gateway's BGP ASN is one AWS takes: 1 to 4,294,967,294, and not one AWS reserves in its Region.",
  docUrl: CGW_OPTIONS,
  dependsOn: ['customer-gateway', 'vpc', 'transit-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const cgw of index.ofKind('customer-gateway')) {
      const asn = cgw.bgpAsn;
      if (asn === 0 || asn === 4_294_967_295) {
        findings.push(finding(this, 'error', [cgw.id], `Customer gateway ${named(cgw)} has BGP ASN ${asn}, which is reserved (RFC 7607, RFC 7300); AWS takes 1 to 2,147,483,647 as a 2-byte-range ASN and up to 4,294,967,294 as an extended one. For a private ASN use 64,512–65,534 or 4,200,000,000–4,294,967,294.`, { suffix: 'range' }));
        continue;
      }
      if (!RESERVED_ASNS.has(asn)) continue;
      const region = RESERVED_ASNS.get(asn);
      if (region !== undefined && !regionsOf(index, index.ownerOf(cgw.id)).has(region)) continue;
      findings.push(
        finding(this, 'error', [cgw.id], `Customer gateway ${named(cgw)} has BGP ASN ${asn}, which AWS reserves ${region ? `in ${region}, where its account's network is` : 'in every Region'}; the customer gateway is refused. Give the device another ASN, such as a private one (64,512–65,534).`, { suffix: 'reserved' }),
      );
    }
    return findings;
  },
};

/** Address space that is no device's static address on the internet, and why. */
const NOT_PUBLIC: readonly { readonly cidr: string; readonly what: string }[] = [
  { cidr: '10.0.0.0/8', what: 'a private (RFC 1918) address' },
  { cidr: '172.16.0.0/12', what: 'a private (RFC 1918) address' },
  { cidr: '192.168.0.0/16', what: 'a private (RFC 1918) address' },
  { cidr: '100.64.0.0/10', what: "a carrier-grade NAT (RFC 6598) address, which the provider's NAT hands out rather than a static address of the device" },
  { cidr: '0.0.0.0/8', what: 'not a unicast address' },
  { cidr: '127.0.0.0/8', what: 'a loopback address' },
  { cidr: '169.254.0.0/16', what: 'a link-local address' },
  { cidr: '224.0.0.0/3', what: 'a multicast or reserved address' },
];
const RANGES = NOT_PUBLIC.map(({ cidr, what }) => ({ block: cidrBlock(cidr)!, what }));

function notPublic(cgw: CustomerGateway): string | undefined {
  const parsed = parseAddress(cgw.ipAddress, { form: 'address', version: 4 });
  if (!parsed.ok) return undefined;
  const address: CidrBlock = parsed.block;
  return RANGES.find(({ block }) => contains(block, address))?.what;
}

export const cgwIp: Rule = {
  id: 'CGW-IP',
  severity: 'warning',
  summary: "A customer gateway's outside address is the device's static public IPv4 address, unless the device authenticates with a certificate.",
  docUrl: CGW_OPTIONS,
  dependsOn: ['customer-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const cgw of index.ofKind('customer-gateway')) {
      if (cgw.certificateArn) continue;
      const what = notPublic(cgw);
      if (!what) continue;
      findings.push(
        finding(this, 'warning', [cgw.id], `Customer gateway ${named(cgw)} gives ${cgw.ipAddress} as the device's outside address: ${what}. Over the internet the VPN tunnels need the device's static public IPv4 address (or the public address of the NAT in front of it); with a changing or private address, authenticate the device with a private certificate instead (certificateArn). A private address suits only a Private IP VPN over Direct Connect.`),
      );
    }
    return findings;
  },
};

const TUNNELS_DOC = 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html';
const ROUTING_DOC = 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html';
const ROUTE_TABLES_DOC = 'https://docs.aws.amazon.com/vpn/latest/s2svpn/SetUpVPNConnections.html';

type Vpn = ResourceOf<'vpn-connection'>;

/** The inside blocks AWS keeps for itself; a tunnel cannot use them. */
const RESERVED_INSIDE = ['169.254.0.0/30', '169.254.1.0/30', '169.254.2.0/30', '169.254.3.0/30', '169.254.4.0/30', '169.254.5.0/30', '169.254.169.252/30'];
const LINK_LOCAL = cidrBlock('169.254.0.0/16')!;

function insideCidrProblem(cidr: string): string | undefined {
  const block = cidrBlock(cidr);
  if (!block || block.version !== 4) return undefined;
  if (block.prefix !== 30 || !contains(LINK_LOCAL, block)) return 'is not a /30 of 169.254.0.0/16';
  if (RESERVED_INSIDE.includes(`${cidr.split('/')[0]}/30`)) return `is one AWS reserves (${RESERVED_INSIDE.join(', ')})`;
  return undefined;
}

export const vpnTunnels: Rule = {
  id: 'VPN-TUNNELS',
  severity: 'error',
  summary: 'A VPN connection has two tunnels, both up, for redundancy; each inside CIDR is a distinct /30 of 169.254.0.0/16 that AWS does not reserve.',
  docUrl: TUNNELS_DOC,
  dependsOn: ['vpn-connection'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const vpn of index.ofKind('vpn-connection')) {
      const up = vpn.tunnels.filter((t) => t.status === 'up').length;
      if (up < 2) {
        const what = vpn.tunnels.length < 2 ? `configures ${vpn.tunnels.length === 0 ? 'no tunnel' : 'one tunnel'}` : `has ${up === 0 ? 'no tunnel' : 'one tunnel'} up`;
        findings.push(
          finding(this, 'warning', [vpn.id], `VPN ${named(vpn)} ${what}: AWS gives every VPN connection two tunnels in different Availability Zones and replaces a tunnel's endpoint during maintenance, so with ${up === 0 ? 'none' : 'one'} up the connection ${up === 0 ? 'carries nothing' : 'goes down whenever that tunnel does'}. Configure the device for both tunnels.`),
        );
      }
      const seen = new Set<string>();
      vpn.tunnels.forEach((tunnel, i) => {
        if (!tunnel.insideCidr) return;
        const problem = insideCidrProblem(tunnel.insideCidr) ?? (seen.has(tunnel.insideCidr) ? 'is the other tunnel\'s too' : undefined);
        seen.add(tunnel.insideCidr);
        if (problem) {
          findings.push(finding(this, 'error', [vpn.id], `Tunnel ${i + 1} of VPN ${named(vpn)} has inside CIDR ${tunnel.insideCidr}, which ${problem}; AWS refuses it. Each tunnel takes its own /30 of 169.254.0.0/16.`, { suffix: 'inside-cidr' }));
        }
      });
    }
    return findings;
  },
};

/** Whether a transit gateway's tables send anything to this VPN attachment by a static route. */
function hasTgwStaticRoute(index: DesignIndex, vpn: Vpn): boolean {
  const tgw = index.getOf(vpn.gateway, 'transit-gateway');
  return tgw?.routeTables.some((table) => table.routes.some((route) => route.attachment === vpn.id && !route.blackhole)) ?? false;
}

export const vpnStatic: Rule = {
  id: 'VPN-STATIC',
  severity: 'warning',
  summary: 'A static VPN routes only what it is given: static routes on the VPN (virtual private gateway) or in the transit gateway\'s route tables.',
  docUrl: ROUTING_DOC,
  dependsOn: ['vpn-connection', 'transit-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const vpn of index.ofKind('vpn-connection')) {
      if (!vpn.staticRoutesOnly) continue;
      const gateway = index.get(vpn.gateway);
      if (gateway?.kind === 'transit-gateway') {
        if (hasTgwStaticRoute(index, vpn)) continue;
        findings.push(finding(this, 'warning', [vpn.id, gateway.id], `VPN ${named(vpn)} uses static routing, and no route table of ${named(gateway)} has a static route to it: a static VPN propagates nothing, so nothing is routed to on-premises. Add the on-premises blocks as static routes to the VPN attachment.`));
      } else if (gateway && (vpn.staticRoutes ?? []).length === 0) {
        findings.push(finding(this, 'warning', [vpn.id], `VPN ${named(vpn)} uses static routing and lists no static routes: ${named(gateway)} learns no on-premises block from it, so nothing is routed over it. Add the on-premises blocks as the VPN's static routes.`));
      }
    }
    return findings;
  },
};

export const vpnAsn: Rule = {
  id: 'VPN-ASN',
  severity: 'error',
  summary: "A BGP VPN's customer gateway has an ASN other than the Amazon side's (its virtual private gateway's or transit gateway's).",
  docUrl: ROUTING_DOC,
  dependsOn: ['vpn-connection', 'customer-gateway', 'virtual-private-gateway', 'transit-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const vpn of index.ofKind('vpn-connection')) {
      if (vpn.staticRoutesOnly) continue;
      const cgw = index.getOf(vpn.customerGateway, 'customer-gateway');
      const gateway = index.get(vpn.gateway);
      if (!cgw || (gateway?.kind !== 'virtual-private-gateway' && gateway?.kind !== 'transit-gateway')) continue;
      // Both default to 64512 when the design gives none.
      const amazon = gateway.amazonSideAsn ?? 64512;
      if (cgw.bgpAsn !== amazon) continue;
      findings.push(
        finding(this, 'error', [vpn.id, cgw.id, gateway.id], `VPN ${named(vpn)} runs BGP between customer gateway ${named(cgw)} and ${named(gateway)}, and both have ASN ${amazon}: each side drops routes that carry its own ASN in the path, so no route is exchanged. Give the device another ASN, or use static routing.`),
      );
    }
    return findings;
  },
};

export const vgwPropagation: Rule = {
  id: 'VGW-PROPAGATION',
  severity: 'warning',
  summary: "Each route table of a VPC whose virtual private gateway has a VPN reaches on-premises: by the gateway's route propagation or a static route to it.",
  docUrl: ROUTE_TABLES_DOC,
  dependsOn: ['virtual-private-gateway', 'vpn-connection', 'route-table', 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const vgw of index.ofKind('virtual-private-gateway')) {
      const vpc = index.vpcOf(vgw.id);
      if (!vpc || !index.ofKind('vpn-connection').some((vpn) => vpn.gateway === vgw.id)) continue;
      const propagated = new Set(vgw.routePropagation ?? []);
      const tables = new Map<string, string[]>();
      for (const subnet of index.ofKind('subnet')) {
        if (subnet.parent !== vpc.id) continue;
        const table = index.routeTableOf(subnet.id);
        if (!table || propagated.has(table.id) || table.routes.some((route) => route.target === vgw.id)) continue;
        tables.set(table.id, [...(tables.get(table.id) ?? []), subnet.id]);
      }
      for (const [tableId, subnets] of tables) {
        const table = index.getOf(tableId, 'route-table')!;
        findings.push(
          finding(this, 'warning', [table.id, vgw.id], `Route table ${named(table)} (of ${subnets.map((id) => named(index.get(id)!)).join(', ')}) has no route to ${named(vgw)} and the gateway does not propagate into it: those subnets cannot reach the on-premises networks of its VPNs. Turn on route propagation, or add static routes to the gateway.`, {
            fixes: [
              {
                id: 'propagate',
                title: `Let ${named(vgw)} propagate into ${named(table)}`,
                apply: (design) => updateResource(design, vgw.id, { routePropagation: [...propagated, table.id] }),
              },
            ],
          }),
        );
      }
    }
    return findings;
  },
};

export const siteToSiteVpnRules: readonly Rule[] = [cgwAsn, cgwIp, vpnTunnels, vpnStatic, vpnAsn, vgwPropagation];
