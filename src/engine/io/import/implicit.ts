/**
 * What AWS makes with every VPC without being asked, as the design holds it: the main route
 * table (the local routes) and the default network ACL (allow all both ways). Their
 * `source.address` is the VPC's address with `#main_route_table` / `#default_network_acl`.
 */
import type { NetworkAclEntry, Resource, Route } from '../../model/index.ts';

export const ALLOW_ALL: readonly NetworkAclEntry[] = [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }];
const ALLOW_ALL_V6: NetworkAclEntry = { ruleNumber: 101, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '::/0', action: 'allow' };

export interface ImplicitVpc {
  readonly id: string;
  readonly name: string;
  readonly cidrs: readonly string[];
  readonly ipv6Cidrs?: readonly string[] | undefined;
  readonly file: string;
  readonly address: string;
}

export const mainRouteTableId = (vpcId: string) => `${vpcId}.main-rtb`;
export const defaultNaclId = (vpcId: string) => `${vpcId}.default-acl`;

/** The routes every table of the VPC starts with. */
export function localRoutes(cidrs: readonly string[], ipv6Cidrs: readonly string[] = []): Route[] {
  return [...cidrs, ...ipv6Cidrs].map((destination) => ({ destination, target: 'local' }));
}

export function implicitVpcObjects(vpc: ImplicitVpc, { mainRouteTable = true } = {}): Resource[] {
  const out: Resource[] = [];
  if (mainRouteTable) {
    out.push({
      id: mainRouteTableId(vpc.id),
      name: `${vpc.name} main`,
      kind: 'route-table',
      parent: vpc.id,
      main: true,
      routes: localRoutes(vpc.cidrs, vpc.ipv6Cidrs),
      source: { file: vpc.file, address: `${vpc.address}#main_route_table` },
    });
  }
  const entries = vpc.ipv6Cidrs?.length ? [...ALLOW_ALL, ALLOW_ALL_V6] : [...ALLOW_ALL];
  out.push({
    id: defaultNaclId(vpc.id),
    name: `${vpc.name} default`,
    kind: 'network-acl',
    parent: vpc.id,
    default: true,
    inbound: entries,
    outbound: entries,
    source: { file: vpc.file, address: `${vpc.address}#default_network_acl` },
  });
  return out;
}

/** The letter AWS gives the n-th AZ of a Region (a, b, c...). */
export const azLetter = (index: number) => String.fromCharCode(97 + (index % 26));

/** The design id for an input key (`subnet:Hub/App-A` → `subnet:Hub:App-A`): id characters only, at most 128. */
export function importId(key: string): string {
  const id = key.replace(/[/#]/g, ':').replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  if (id.length <= 128) return id || 'imported';
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return `${id.slice(0, 119)}-${(h >>> 0).toString(36)}`;
}
