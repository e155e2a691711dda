/**
 * Editable tables for list fields: route table routes, security group rules, network ACL
 * entries, listeners, targets, API integrations. A column reads a cell as text and writes
 * it back; the whole row is validated by the model before it is committed.
 */
import type { ZodType } from 'zod';
import {
  ApiGatewayIntegration,
  freeTargetAddress,
  indexDesign,
  K8sIngress,
  kindsOf,
  Listener,
  referenceMetaOf,
  Route,
  SubnetMapping,
  Target,
  type Design,
  type ResourceKind,
} from '../../engine/model/index.ts';
import { parseCidr } from '../../engine/net/cidr.ts';

type Row = Record<string, unknown>;

export interface Column {
  readonly key: string;
  readonly label: string;
  readonly input: 'text' | 'number' | 'select' | 'reference';
  readonly options?: readonly string[];
  /** For references: kinds to offer, plus fixed values such as `local`. */
  readonly kinds?: readonly ResourceKind[];
  readonly width?: string;
  get(row: Row): string;
  set(row: Row, value: string): Row;
}

export interface TableSpec {
  readonly columns: readonly Column[];
  /** A new row, before the user fills it in. */
  readonly blank: Row;
  /** A new row fitted to the design, when the blank's values depend on it (a free address). */
  fresh?(design: Design, resourceId: string): Row;
}

const text = (key: string, label: string, width?: string): Column => ({
  key, label, input: 'text', ...(width ? { width } : {}),
  get: (row) => (row[key] === undefined ? '' : String(row[key])),
  set: (row, value) => {
    const next = { ...row, [key]: value };
    if (value === '') delete next[key];
    return next;
  },
});

const number = (key: string, label: string): Column => ({
  key, label, input: 'number', width: '3.9rem',
  get: (row) => (row[key] === undefined ? '' : String(row[key])),
  set: (row, value) => {
    const next = { ...row, [key]: value === '' ? undefined : Number(value) };
    if (value === '') delete next[key];
    return next;
  },
});

const select = (key: string, label: string, options: readonly string[], width = '4.6rem'): Column => ({
  ...text(key, label), input: 'select', options, width,
});

const reference = (key: string, label: string, kinds: readonly ResourceKind[], options: readonly string[] = []): Column => ({
  ...text(key, label), input: 'reference', kinds, options,
});

const PROTOCOLS = ['tcp', 'udp', 'icmp', 'all'];
const LB_PROTOCOLS = ['TCP', 'TLS', 'UDP', 'TCP_UDP', 'HTTP', 'HTTPS'];

/** A rule's peer is typed as text: a CIDR, or the id of a security group or prefix list. */
const peer: Column = {
  key: 'peer', label: 'Source / destination', input: 'text',
  get: (row) => {
    const p = row.peer as { kind: string; cidr?: string; securityGroup?: string; prefixList?: string } | undefined;
    return p ? (p.cidr ?? p.securityGroup ?? p.prefixList ?? '') : '';
  },
  set: (row, value) => {
    const trimmed = value.trim();
    if (parseCidr(trimmed).ok || /^[\d.:/]+$/.test(trimmed)) return { ...row, peer: { kind: 'cidr', cidr: trimmed } };
    if (trimmed.startsWith('pl-')) return { ...row, peer: { kind: 'prefix-list', prefixList: trimmed } };
    return { ...row, peer: { kind: 'security-group', securityGroup: trimmed } };
  },
};

/** The kinds a column may pick, from the reference mark on the field's schema. */
const kindsAt = (field: ZodType): readonly ResourceKind[] => {
  const meta = referenceMetaOf(field);
  return meta ? kindsOf(meta) : [];
};

const sgRules: TableSpec = {
  columns: [select('protocol', 'Protocol', PROTOCOLS), number('fromPort', 'From'), number('toPort', 'To'), peer, text('description', 'Description')],
  blank: { protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } },
};

const naclEntries: TableSpec = {
  columns: [number('ruleNumber', 'Rule #'), select('protocol', 'Protocol', PROTOCOLS), number('fromPort', 'From'), number('toPort', 'To'), text('cidr', 'CIDR'), select('action', 'Action', ['allow', 'deny'])],
  blank: { ruleNumber: 200, protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0', action: 'allow' },
};

export const TABLES: Readonly<Record<string, TableSpec>> = {
  routes: {
    columns: [text('destination', 'Destination'), reference('target', 'Target', kindsAt(Route.shape.target), ['local'])],
    blank: { destination: '0.0.0.0/0', target: 'local' },
  },
  ingress: sgRules,
  egress: sgRules,
  inbound: naclEntries,
  outbound: naclEntries,
  listeners: {
    columns: [select('protocol', 'Protocol', LB_PROTOCOLS), number('port', 'Port'), reference('targetGroup', 'Target group', kindsAt(Listener.shape.targetGroup), [''])],
    blank: { protocol: 'TCP', port: 80 },
  },
  targets: {
    columns: [reference('target', 'Target (id or IP)', kindsAt(Target.shape.target)), number('port', 'Port')],
    blank: { target: '10.0.1.10', port: 80 },
    // An address nothing in the design uses, in the subnet the group's balancer serves.
    fresh: (design, groupId) => {
      const port = indexDesign(design).getOf(groupId, 'target-group')?.port ?? 80;
      const target = freeTargetAddress(design, groupId);
      return target ? { target, port } : { target: '', port };
    },
  },
  rules: {
    columns: [text('path', 'Path'), reference('service', 'Kubernetes Service', kindsAt(K8sIngress.shape.rules.element.shape.service)), number('port', 'Port')],
    blank: { path: '/', service: '', port: 80 },
  },
  subnetMappings: {
    columns: [reference('subnet', 'Subnet', kindsAt(SubnetMapping.shape.subnet)), reference('elasticIp', 'Elastic IP', kindsAt(SubnetMapping.shape.elasticIp), ['']), text('privateIp', 'Private IP')],
    blank: { subnet: '' },
  },
  integrations: {
    columns: [text('path', 'Path'), text('method', 'Method', '5rem'), reference('vpcLink', 'VPC link', kindsAt(ApiGatewayIntegration.shape.vpcLink), ['']), reference('target', 'Target', kindsAt(ApiGatewayIntegration.shape.target), ['']), number('port', 'Port')],
    blank: { path: '/{proxy+}', method: 'ANY' },
  },
};
