/**
 * New resources as AWS would create them: a VPC comes with a main route table holding its
 * local routes, a default network ACL that allows everything, and a default security group.
 */
import type { Design } from './design.ts';
import { kindInfo, KINDS } from './kinds.ts';
import type { Resource, ResourceKind, ResourceOf } from './resources.ts';

/** A fresh id, deterministic: the lowest free `<prefix>-<n>`. */
export function uniqueId(taken: ReadonlySet<string> | Design, kind: ResourceKind | string): string {
  const ids = taken instanceof Set ? taken : new Set((taken as Design).resources.map((r) => r.id));
  const prefix = KINDS[kind as ResourceKind]?.idPrefix ?? kind;
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${n}`;
    if (!ids.has(candidate)) return candidate;
  }
}

const ALLOW_ALL_NACL = [
  { ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' },
] as const;

/** The kind-specific fields a new resource starts with (a fresh copy: callers may change it). */
export function defaultFields(kind: ResourceKind): Record<string, unknown> {
  return structuredClone(kindInfo(kind).defaults) as Record<string, unknown>;
}

/** The main route table, default NACL and default security group a new VPC gets. */
export function vpcDefaults(vpc: ResourceOf<'vpc'>, taken: Set<string>): Resource[] {
  const fresh = (wanted: string, kind: ResourceKind) => {
    const id = taken.has(wanted) ? uniqueId(taken, kind) : wanted;
    taken.add(id);
    return id;
  };
  const rt = fresh(`${vpc.id}-rtb-main`, 'route-table');
  const acl = fresh(`${vpc.id}-acl-default`, 'network-acl');
  const sg = fresh(`${vpc.id}-sg-default`, 'security-group');
  return [
    {
      id: rt,
      kind: 'route-table',
      name: `${vpc.name} main`,
      parent: vpc.id,
      main: true,
      routes: vpc.cidrs.map((destination) => ({ destination, target: 'local' })),
    },
    {
      id: acl,
      kind: 'network-acl',
      name: `${vpc.name} default`,
      parent: vpc.id,
      default: true,
      inbound: [...ALLOW_ALL_NACL],
      outbound: [...ALLOW_ALL_NACL],
    },
    {
      id: sg,
      kind: 'security-group',
      name: 'default',
      parent: vpc.id,
      default: true,
      ingress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'security-group', securityGroup: sg } }],
      egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
    },
  ];
}
