/** Site-to-Site VPN: the customer gateway that stands for the on-premises device. */
import type { DesignIndex, ResourceOf } from '../model/index.ts';
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

export const siteToSiteVpnRules: readonly Rule[] = [cgwAsn, cgwIp];
