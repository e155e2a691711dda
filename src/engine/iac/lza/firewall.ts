/** AWS Network Firewall in LZA's centralNetworkServices.networkFirewall: firewalls, their policies and rule groups. */
import type { DesignIndex, ResourceOf } from '../../model/index.ts';
import type { YamlValue } from './yaml.ts';
import type { Names } from './index.ts';

type Obj = { [key: string]: YamlValue | undefined };
type Firewall = ResourceOf<'network-firewall'>;

export function firewallConfig(index: DesignIndex, firewalls: readonly Firewall[], names: Names, left: string[]): Obj {
  const policies: Obj[] = [];
  const rules: Obj[] = [];
  const out = firewalls.map((firewall) => {
    const name = names.of(firewall, 'firewalls');
    const vpc = index.vpcOf(firewall.id);
    const scope = `VPC ${vpc ? names.of(vpc, 'vpcs') : ''}`;
    const policy = firewall.firewallPolicy;
    // Rule groups are shared by name across LZA's firewalls: each firewall's own get its name in front.
    const groupName = (group: { name: string }) => names.of({ id: `${firewall.id}/${group.name}`, name: group.name }, 'rule groups');
    for (const group of policy.statefulRuleGroups) {
      const ipSets = Object.entries(group.ruleVariables?.ipSets ?? {}).map(([setName, set]) => ({ name: setName, definition: set.definition }));
      rules.push({
        name: groupName(group),
        regions: [vpc?.region ?? 'us-east-1'],
        capacity: group.capacity,
        type: 'STATEFUL',
        ruleGroup: {
          rulesSource: group.rulesSourceList
            ? { rulesSourceList: { generatedRulesType: group.rulesSourceList.generatedRulesType, targets: group.rulesSourceList.targets, targetTypes: group.rulesSourceList.targetTypes } }
            : {
                statefulRules: (group.statefulRules ?? []).map((rule) => ({
                  action: rule.action,
                  header: { ...rule.header },
                  ruleOptions: rule.sid ? [{ keyword: 'sid', settings: [String(rule.sid)] }] : [],
                })),
              },
          ...(ipSets.length ? { ruleVariables: { ipSets: ipSets.length === 1 ? ipSets[0]! : ipSets, portSets: [] } } : {}),
        },
      });
    }
    for (const group of policy.statelessRuleGroups) {
      rules.push({
        name: groupName(group),
        regions: [vpc?.region ?? 'us-east-1'],
        capacity: group.capacity,
        type: 'STATELESS',
        ruleGroup: {
          rulesSource: {
            statelessRulesAndCustomActions: {
              statelessRules: group.rules.map((rule) => ({
                priority: rule.priority,
                ruleDefinition: {
                  actions: [rule.action],
                  matchAttributes: {
                    sources: (rule.matchAttributes.sources ?? []).map((addressDefinition) => ({ addressDefinition })),
                    destinations: (rule.matchAttributes.destinations ?? []).map((addressDefinition) => ({ addressDefinition })),
                    sourcePorts: (rule.matchAttributes.sourcePorts ?? []).map((p) => ({ ...p })),
                    destinationPorts: (rule.matchAttributes.destinationPorts ?? []).map((p) => ({ ...p })),
                    protocols: rule.matchAttributes.protocols ?? [],
                  },
                },
              })),
            },
          },
        },
      });
    }
    const policyName = names.of({ id: `${firewall.id}/policy`, name: `${name}-policy` }, 'policies');
    policies.push({
      name: policyName,
      regions: [vpc?.region ?? 'us-east-1'],
      firewallPolicy: {
        statelessDefaultActions: [policy.statelessDefaultActions],
        statelessFragmentDefaultActions: [policy.statelessFragmentDefaultActions],
        ...(policy.statefulRuleOrder === 'STRICT_ORDER' ? { statefulEngineOptions: 'STRICT_ORDER', ...(policy.statefulDefaultActions?.length ? { statefulDefaultActions: [...policy.statefulDefaultActions] } : {}) } : {}),
        statefulRuleGroups: policy.statefulRuleGroups.map((group) => ({ name: groupName(group), ...(group.priority ? { priority: group.priority } : {}) })),
        statelessRuleGroups: policy.statelessRuleGroups.map((group) => ({ name: groupName(group), priority: group.priority })),
      },
    });
    const subnets = firewall.subnetMappings.map((m) => index.getOf(m.subnet, 'subnet')).filter((s) => s !== undefined);
    if (firewall.subnetMappings.some((m) => m.ipAddressType && m.ipAddressType !== 'IPV4')) left.push(`firewall ${name}: dual-stack and IPv6 subnet mappings are written as IPv4`);
    return { name, firewallPolicy: policyName, subnets: subnets.map((s) => names.of(s, scope)), vpc: vpc ? names.of(vpc, 'vpcs') : '', ...(firewall.deleteProtection ? { deleteProtection: true } : {}) };
  });
  return { firewalls: out, policies, rules };
}
