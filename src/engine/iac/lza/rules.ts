/** Security groups and network ACLs in LZA's rule shapes: one rule object per design rule, peers by name. */
import type { DesignIndex, ResourceOf, SecurityGroupRule } from '../../model/index.ts';
import type { YamlValue } from './yaml.ts';
import type { Names } from './index.ts';

type Obj = { [key: string]: YamlValue | undefined };

function ports(rule: SecurityGroupRule): Obj {
  if (rule.protocol === 'all') return { types: ['ALL'] };
  if (rule.protocol === 'icmp') return { types: ['ICMP'], fromPort: rule.fromPort, toPort: rule.toPort };
  if (rule.fromPort === rule.toPort) return rule.protocol === 'tcp' ? { tcpPorts: [rule.fromPort] } : { udpPorts: [rule.fromPort] };
  return { types: [rule.protocol === 'tcp' ? 'TCP' : 'UDP'], fromPort: rule.fromPort, toPort: rule.toPort };
}

export function securityGroupConfig(index: DesignIndex, sg: ResourceOf<'security-group'>, names: Names, scope: string, left: string[]): Obj {
  const rules = (list: readonly SecurityGroupRule[], direction: string): Obj[] =>
    list.flatMap((rule) => {
      let source: YamlValue | undefined;
      if (rule.peer.kind === 'cidr') source = rule.peer.cidr;
      else if (rule.peer.kind === 'security-group') {
        const peer = index.getOf(rule.peer.securityGroup, 'security-group');
        if (peer && index.vpcOf(peer.id)?.id === index.vpcOf(sg.id)?.id) source = { securityGroups: [names.of(peer, scope)] };
      } else {
        const pl = index.get(rule.peer.prefixList);
        if (pl) source = { prefixLists: [names.of(pl, 'prefix lists')] };
      }
      if (source === undefined) {
        left.push(`${scope}: ${sg.name} ${direction} rule ${rule.protocol} ${rule.fromPort}-${rule.toPort}: its peer is a group of another VPC, which LZA rules cannot name`);
        return [];
      }
      return [{ ...(rule.description ? { description: rule.description } : {}), ...ports(rule), sources: [source] }];
    });
  return {
    name: names.of(sg, scope),
    ...(sg.description ? { description: sg.description } : {}),
    inboundRules: rules(sg.ingress, 'inbound'),
    outboundRules: rules(sg.egress, 'outbound'),
  };
}

const NACL_PROTOCOL = { all: -1, tcp: 6, udp: 17, icmp: 1 } as const;

export function naclConfig(index: DesignIndex, acl: ResourceOf<'network-acl'>, names: Names, vpcScope: string, scope: string): Obj {
  const subnets = index.ofKind('subnet').filter((s) => s.networkAcl === acl.id);
  const entries = (list: typeof acl.inbound, peerKey: 'source' | 'destination'): Obj[] =>
    list.map((entry) => {
      const whole = entry.protocol === 'all' || entry.protocol === 'icmp';
      return { rule: entry.ruleNumber, protocol: NACL_PROTOCOL[entry.protocol], fromPort: whole ? -1 : entry.fromPort, toPort: whole ? -1 : entry.toPort, action: entry.action, [peerKey]: entry.cidr };
    });
  return {
    name: names.of(acl, scope),
    subnetAssociations: subnets.map((s) => names.of(s, vpcScope)),
    inboundRules: entries(acl.inbound, 'source'),
    outboundRules: entries(acl.outbound, 'destination'),
  };
}
