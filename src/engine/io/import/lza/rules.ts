/** LZA's security group and network ACL rules, and Network Firewall policies, in the design's terms. */
import type { NetworkAclEntry, Protocol, SecurityGroupRule } from '../../../model/index.ts';
import type { ResourceOf } from '../../../model/index.ts';
import { isObj, list, objects, str, type Obj } from './read.ts';

/** What a rule's peer names, resolved by the importer: CIDRs, or design ids. */
export interface PeerResolver {
  /** A subnet's CIDR (`{ account, vpc, subnet }`), or undefined with the reason noted. */
  subnetCidrs(peer: Obj, path: string): string[];
  securityGroup(name: string, path: string): string | undefined;
  prefixList(name: string, path: string): string | undefined;
  partial(path: string, message: string): void;
}

/** LZA's named rule types (network-config's security group rule `types`). */
const TYPES: Record<string, { protocol: Protocol; from: number; to: number }> = {
  ALL: { protocol: 'all', from: 0, to: 65535 },
  HTTP: { protocol: 'tcp', from: 80, to: 80 },
  HTTPS: { protocol: 'tcp', from: 443, to: 443 },
  SSH: { protocol: 'tcp', from: 22, to: 22 },
  RDP: { protocol: 'tcp', from: 3389, to: 3389 },
  MSSQL: { protocol: 'tcp', from: 1433, to: 1433 },
  MYSQL_AURORA: { protocol: 'tcp', from: 3306, to: 3306 },
  REDSHIFT: { protocol: 'tcp', from: 5439, to: 5439 },
  POSTGRESQL: { protocol: 'tcp', from: 5432, to: 5432 },
  ORACLE_RDS: { protocol: 'tcp', from: 1521, to: 1521 },
};

const port = (value: unknown, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : fallback;
};

/** One LZA rule object is several design rules: each port set against each source. */
export function securityGroupRules(rule: Obj, direction: 'inbound' | 'outbound', path: string, peers: PeerResolver): SecurityGroupRule[] {
  const ports: { protocol: Protocol; fromPort: number; toPort: number }[] = [];
  for (const type of list(rule.types)) {
    const name = str(type) ?? '';
    const known = TYPES[name];
    if (known) ports.push({ protocol: known.protocol, fromPort: known.from, toPort: known.to });
    else if (name === 'TCP' || name === 'UDP') ports.push({ protocol: name === 'TCP' ? 'tcp' : 'udp', fromPort: port(rule.fromPort, 0), toPort: port(rule.toPort, 65535) });
    else if (name === 'ICMP') ports.push({ protocol: 'icmp', fromPort: 0, toPort: 65535 });
    else peers.partial(path, `rule type ${name} is not one the design models; left out`);
  }
  for (const p of list(rule.tcpPorts)) ports.push({ protocol: 'tcp', fromPort: port(p, 0), toPort: port(p, 0) });
  for (const p of list(rule.udpPorts)) ports.push({ protocol: 'udp', fromPort: port(p, 0), toPort: port(p, 0) });
  if (list(rule.ipProtocols).length > 0) peers.partial(path, `IP protocols ${list(rule.ipProtocols).map(String).join(', ')} are not modelled (tcp, udp, icmp and all are); those parts are left out`);
  const description = str(rule.description);
  const out: SecurityGroupRule[] = [];
  const peerList: SecurityGroupRule['peer'][] = [];
  list(rule.sources).forEach((source, i) => {
    const at = `${path}.sources[${i}]`;
    if (typeof source === 'string') peerList.push({ kind: 'cidr', cidr: source });
    else if (isObj(source) && Array.isArray(source.securityGroups)) {
      for (const name of source.securityGroups) {
        const id = peers.securityGroup(String(name), at);
        if (id) peerList.push({ kind: 'security-group', securityGroup: id });
      }
    } else if (isObj(source) && Array.isArray(source.prefixLists)) {
      for (const name of source.prefixLists) {
        const id = peers.prefixList(String(name), at);
        if (id) peerList.push({ kind: 'prefix-list', prefixList: id });
      }
    } else if (isObj(source) && source.vpc !== undefined) {
      for (const cidr of peers.subnetCidrs(source, at)) peerList.push({ kind: 'cidr', cidr });
    } else peers.partial(at, 'a source the design cannot read; left out');
  });
  for (const ports1 of ports) for (const peer of peerList) out.push({ ...ports1, peer, ...(description ? { description } : {}) });
  void direction;
  return out;
}

const NACL_PROTOCOLS: Record<string, Protocol> = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp' };

export function networkAclEntries(rules: unknown, peerKey: 'source' | 'destination', path: string, peers: PeerResolver): NetworkAclEntry[] {
  const out: NetworkAclEntry[] = [];
  objects(rules).forEach((rule, i) => {
    const at = `${path}[${i}]`;
    const protocol = NACL_PROTOCOLS[String(rule.protocol)];
    const ruleNumber = Number(rule.rule);
    const action = str(rule.action);
    if (!protocol || !Number.isInteger(ruleNumber) || (action !== 'allow' && action !== 'deny')) {
      peers.partial(at, `protocol ${String(rule.protocol)}, rule ${String(rule.rule)} or action ${String(action)} is not one the design models; the entry is left out`);
      return;
    }
    const peer = rule[peerKey];
    const cidrs = typeof peer === 'string' ? [peer] : isObj(peer) ? peers.subnetCidrs({ ...peer, subnets: [peer.subnet] }, `${at}.${peerKey}`) : [];
    const cidr = cidrs[0];
    if (!cidr) {
      peers.partial(at, `its ${peerKey} is not known; the entry is left out`);
      return;
    }
    const whole = protocol === 'all' || protocol === 'icmp' || Number(rule.fromPort) < 0;
    out.push({ ruleNumber, protocol, fromPort: whole ? 0 : port(rule.fromPort, 0), toPort: whole ? 65535 : port(rule.toPort, 65535), cidr, action });
  });
  return out;
}

type Policy = ResourceOf<'network-firewall'>['firewallPolicy'];
type Stateful = Policy['statefulRuleGroups'][number];
type Stateless = Policy['statelessRuleGroups'][number];

const STATELESS_ACTIONS = new Set(['aws:pass', 'aws:drop', 'aws:forward_to_sfe']);
const statelessAction = (value: unknown): 'aws:pass' | 'aws:drop' | 'aws:forward_to_sfe' => {
  const action = str(list(value)[0]) ?? str(value);
  return action && STATELESS_ACTIONS.has(action) ? (action as 'aws:pass') : 'aws:forward_to_sfe';
};

const cidrOrAny = (value: unknown): string | undefined => {
  const text = str(value);
  if (!text) return undefined;
  return text === 'ANY' || /^[0-9a-fA-F.:]+\/\d+$/.test(text) ? text : undefined;
};

/** A firewall policy of `centralNetworkServices.networkFirewall.policies`, with the rule groups it names. */
export function firewallPolicy(policy: Obj, rules: readonly Obj[], path: string, partial: (path: string, message: string) => void): Policy {
  const spec = isObj(policy.firewallPolicy) ? policy.firewallPolicy : {};
  const byName = new Map(rules.map((rule, i) => [str(rule.name), { rule, at: `centralNetworkServices.networkFirewall.rules[${i}]` }]));
  const stateful: Stateful[] = [];
  const stateless: Stateless[] = [];
  objects(spec.statefulRuleGroups).forEach((ref, i) => {
    const found = byName.get(str(ref.name));
    if (!found) return partial(`${path}.firewallPolicy.statefulRuleGroups[${i}]`, `no rule group ${String(ref.name)} in networkFirewall.rules; left out`);
    const group = statefulGroup(found.rule, found.at, partial);
    const priority = Number(ref.priority);
    if (group) stateful.push({ ...group, ...(Number.isInteger(priority) && priority > 0 ? { priority } : {}) });
  });
  objects(spec.statelessRuleGroups).forEach((ref, i) => {
    const found = byName.get(str(ref.name));
    if (!found) return partial(`${path}.firewallPolicy.statelessRuleGroups[${i}]`, `no rule group ${String(ref.name)} in networkFirewall.rules; left out`);
    const group = statelessGroup(found.rule, found.at, Number(ref.priority) || i + 1, partial);
    if (group) stateless.push(group);
  });
  const strict = str(spec.statefulEngineOptions) === 'STRICT_ORDER';
  const defaults = list(spec.statefulDefaultActions).map(String).filter((a) => /^aws:(drop|alert)_(strict|established)$/.test(a)) as NonNullable<Policy['statefulDefaultActions']>;
  return {
    statelessDefaultActions: statelessAction(spec.statelessDefaultActions),
    statelessFragmentDefaultActions: statelessAction(spec.statelessFragmentDefaultActions),
    statelessRuleGroups: stateless,
    statefulRuleGroups: stateful,
    statefulRuleOrder: strict ? 'STRICT_ORDER' : 'DEFAULT_ACTION_ORDER',
    ...(strict && defaults.length ? { statefulDefaultActions: defaults } : {}),
  };
}

function ipSets(variables: unknown): Stateful['ruleVariables'] {
  if (!isObj(variables)) return undefined;
  const sets = Array.isArray(variables.ipSets) ? objects(variables.ipSets) : isObj(variables.ipSets) ? [variables.ipSets] : [];
  const out: Record<string, { definition: string[] }> = {};
  for (const set of sets) {
    const name = str(set.name);
    const definition = list(set.definition).map(String);
    if (name && /^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(name) && definition.length) out[name] = { definition };
  }
  return Object.keys(out).length ? { ipSets: out } : undefined;
}

function statefulGroup(rule: Obj, at: string, partial: (path: string, message: string) => void): Stateful | undefined {
  const name = str(rule.name) ?? 'rule group';
  const capacity = Math.min(30000, Math.max(1, Number(rule.capacity) || 100));
  const source = isObj(rule.ruleGroup) && isObj(rule.ruleGroup.rulesSource) ? rule.ruleGroup.rulesSource : {};
  const variables = ipSets(isObj(rule.ruleGroup) ? rule.ruleGroup.ruleVariables : undefined);
  if (isObj(source.rulesSourceList)) {
    const sourceList = source.rulesSourceList;
    const targetTypes = list(sourceList.targetTypes).map(String).filter((t): t is 'HTTP_HOST' | 'TLS_SNI' => t === 'HTTP_HOST' || t === 'TLS_SNI');
    const type = str(sourceList.generatedRulesType);
    if (!targetTypes.length || (type !== 'ALLOWLIST' && type !== 'DENYLIST')) {
      partial(at, 'its domain list has no target types or rules type the design models; left out');
      return undefined;
    }
    return { name, capacity, rulesSourceList: { targets: list(sourceList.targets).map(String), targetTypes, generatedRulesType: type }, ...(variables ? { ruleVariables: variables } : {}) };
  }
  const statefulRules: NonNullable<Stateful['statefulRules']> = [];
  objects(source.statefulRules).forEach((r, i) => {
    const header = isObj(r.header) ? r.header : {};
    const action = str(r.action);
    const protocol = str(header.protocol);
    const src = cidrOrAny(header.source);
    const dst = cidrOrAny(header.destination);
    if (!action || !['PASS', 'DROP', 'REJECT', 'ALERT'].includes(action) || !protocol || !['IP', 'TCP', 'UDP', 'ICMP'].includes(protocol) || !src || !dst) {
      partial(`${at}.ruleGroup.rulesSource.statefulRules[${i}]`, 'its action, protocol or addresses (rule variables) are not ones the design models; left out');
      return;
    }
    const sid = objects(r.ruleOptions).find((option) => option.keyword === 'sid');
    const sidNumber = Number(list(sid?.settings)[0]);
    statefulRules.push({
      action: action as 'PASS',
      header: {
        protocol: protocol as 'IP',
        source: src,
        sourcePort: str(header.sourcePort) ?? 'ANY',
        direction: str(header.direction) === 'ANY' ? 'ANY' : 'FORWARD',
        destination: dst,
        destinationPort: str(header.destinationPort) ?? 'ANY',
      },
      ...(Number.isInteger(sidNumber) && sidNumber > 0 ? { sid: sidNumber } : {}),
    });
  });
  if (source.rulesString !== undefined || source.rulesFile !== undefined) partial(at, 'Suricata rule strings and files are not read; only 5-tuple rules and domain lists are');
  if (!statefulRules.length) {
    partial(at, 'no 5-tuple rule or domain list the design can hold; the group is left out');
    return undefined;
  }
  return { name, capacity, statefulRules, ...(variables ? { ruleVariables: variables } : {}) };
}

function statelessGroup(rule: Obj, at: string, priority: number, partial: (path: string, message: string) => void): Stateless | undefined {
  const name = str(rule.name) ?? 'rule group';
  const capacity = Math.min(30000, Math.max(1, Number(rule.capacity) || 100));
  const source = isObj(rule.ruleGroup) && isObj(rule.ruleGroup.rulesSource) ? rule.ruleGroup.rulesSource : {};
  const custom = isObj(source.statelessRulesAndCustomActions) ? source.statelessRulesAndCustomActions : {};
  const rules = objects(custom.statelessRules).map((r) => {
    const definition = isObj(r.ruleDefinition) ? r.ruleDefinition : {};
    const match = isObj(definition.matchAttributes) ? definition.matchAttributes : {};
    const addresses = (value: unknown) => objects(value).map((a) => str(a.addressDefinition)).filter((a): a is string => a !== undefined);
    const ports = (value: unknown) => objects(value).map((p) => ({ fromPort: port(p.fromPort, 0), toPort: port(p.toPort, 65535) }));
    return {
      priority: Math.max(1, Number(r.priority) || 1),
      action: statelessAction(definition.actions),
      matchAttributes: {
        sources: addresses(match.sources),
        destinations: addresses(match.destinations),
        sourcePorts: ports(match.sourcePorts),
        destinationPorts: ports(match.destinationPorts),
        protocols: list(match.protocols).map(Number).filter((p) => Number.isInteger(p) && p >= 0 && p <= 255),
      },
    };
  });
  if (!rules.length) {
    partial(at, 'no stateless rule the design can hold; the group is left out');
    return undefined;
  }
  return { name, capacity, priority: Math.min(65535, priority), rules };
}
