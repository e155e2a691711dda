/**
 * AWS Network Firewall: a rule group per policy group, the firewall policy, the firewall with
 * its subnet mappings (network.tf); routes reach an AZ's endpoint through the firewall's sync states.
 */
import type { ResourceOf, RouteTableResource } from '../../model/index.ts';
import type { TfContext } from './context.ts';
import { block, raw, type Attrs, type Block, type Expr } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';
import { awsName } from './names.ts';

type Firewall = ResourceOf<'network-firewall'>;
type Policy = Firewall['firewallPolicy'];
type StatelessGroup = Policy['statelessRuleGroups'][number];
type StatefulGroup = Policy['statefulRuleGroups'][number];

const portBlocks = (type: string, ranges: readonly { fromPort: number; toPort: number }[] | undefined) =>
  (ranges ?? []).map((r) => block(type, [], { from_port: r.fromPort, to_port: r.toPort }));

function statelessRules(group: StatelessGroup): Block {
  return block('stateless_rules_and_custom_actions', [], {}, group.rules.map((rule) => {
    const m = rule.matchAttributes;
    const match = block('match_attributes', [], { protocols: m.protocols?.length ? m.protocols : undefined }, [
      ...(m.sources ?? []).map((cidr) => block('source', [], { address_definition: cidr })),
      ...(m.destinations ?? []).map((cidr) => block('destination', [], { address_definition: cidr })),
      ...portBlocks('source_port', m.sourcePorts),
      ...portBlocks('destination_port', m.destinationPorts),
    ]);
    return block('stateless_rule', [], { priority: rule.priority }, [block('rule_definition', [], { actions: [rule.action] }, [match])]);
  }));
}

function statefulSource(group: StatefulGroup): Block[] {
  if (group.rulesSourceList) {
    const l = group.rulesSourceList;
    return [block('rules_source_list', [], { generated_rules_type: l.generatedRulesType, target_types: l.targetTypes, targets: l.targets })];
  }
  return (group.statefulRules ?? []).map((rule, i) =>
    block('stateful_rule', [], { action: rule.action }, [
      block('header', [], {
        protocol: rule.header.protocol,
        source: rule.header.source,
        source_port: rule.header.sourcePort,
        direction: rule.header.direction,
        destination: rule.header.destination,
        destination_port: rule.header.destinationPort,
      }),
      // Every Suricata rule needs a signature id; one the design does not give is numbered in order.
      block('rule_option', [], { keyword: 'sid', settings: [String(rule.sid ?? i + 1)] }),
    ]),
  );
}

/**
 * What a route to a firewall sends to: the endpoint id in the AZ the route names, else in the
 * AZ of the subnets the table serves (or, in a gateway route table, of the subnet it routes).
 */
export function firewallEndpoint(ctx: TfContext, firewall: Firewall, table: RouteTableResource, route: RouteTableResource['routes'][number]): Expr | undefined {
  const address = ctx.address(firewall.id);
  const served = table.edgeAssociation
    ? ctx.index.ofKind('subnet').find((s) => s.cidr === route.destination)
    : ctx.index.subnetsUsingRouteTable(table.id)[0];
  const az = route.endpointAz ?? served?.availabilityZone;
  if (!address || !az) return undefined;
  return raw(`one([for state in ${address}.firewall_status[0].sync_states : state.attachment[0].endpoint_id if state.availability_zone == "${az.replace(/[^a-z0-9-]/g, '')}"])`);
}

export function mapNetworkFirewall(ctx: TfContext, firewall: Firewall): void {
  const vpc = ctx.index.vpcOf(firewall.id);
  if (!vpc) return;
  const policy = firewall.firewallPolicy;
  const strict = policy.statefulRuleOrder === 'STRICT_ORDER';
  const base = awsName(firewall.name, firewall.id, 100);
  const group = (kind: 'stateless' | 'stateful', name: string, capacity: number, ruleGroup: Block[]): Expr => {
    const awsGroupName = ctx.awsNames.unique('networkfirewall-rule-group', awsName(`${base}-${name}`, `${firewall.id}-${kind}`, 128), 128);
    const address = ctx.emit(
      'network',
      'aws_networkfirewall_rule_group',
      ctx.derived('aws_networkfirewall_rule_group', firewall.id, `${kind}_${name}`),
      { name: awsGroupName, capacity, type: kind.toUpperCase() },
      [block('rule_group', [], {}, ruleGroup)],
      { from: firewall },
    );
    return raw(`${address}.arn`);
  };
  const stateless = policy.statelessRuleGroups.map((g) => ({
    priority: g.priority,
    arn: group('stateless', g.name, g.capacity, [block('rules_source', [], {}, [statelessRules(g)])]),
  }));
  const stateful = policy.statefulRuleGroups.map((g) => ({
    priority: g.priority,
    arn: group('stateful', g.name, g.capacity, [
      ...(g.ruleVariables
        ? [block('rule_variables', [], {}, Object.entries(g.ruleVariables.ipSets).map(([key, set]) => block('ip_sets', [], { key }, [block('ip_set', [], { definition: set.definition })])))]
        : []),
      block('rules_source', [], {}, statefulSource(g)),
      ...(strict ? [block('stateful_rule_options', [], { rule_order: 'STRICT_ORDER' })] : []),
    ]),
  }));
  const policyAttrs: Attrs = {
    stateless_default_actions: [policy.statelessDefaultActions],
    stateless_fragment_default_actions: [policy.statelessFragmentDefaultActions],
    stateful_default_actions: strict && policy.statefulDefaultActions?.length ? policy.statefulDefaultActions : undefined,
  };
  const policyAddress = ctx.emit(
    'network',
    'aws_networkfirewall_firewall_policy',
    ctx.derived('aws_networkfirewall_firewall_policy', firewall.id, 'policy'),
    { name: ctx.awsNames.unique('networkfirewall-policy', awsName(`${base}-policy`, firewall.id, 128), 128) },
    [
      block('firewall_policy', [], policyAttrs, [
        ...stateless.map((g) => block('stateless_rule_group_reference', [], { priority: g.priority, resource_arn: g.arn })),
        ...stateful.map((g) => block('stateful_rule_group_reference', [], { priority: strict ? (g.priority ?? 1) : undefined, resource_arn: g.arn })),
        ...(strict ? [block('stateful_engine_options', [], { rule_order: 'STRICT_ORDER' })] : []),
      ]),
    ],
    { from: firewall },
  );
  ctx.emitPrimary(
    'network',
    firewall,
    {
      name: ctx.awsNames.unique('networkfirewall', base, 128),
      firewall_policy_arn: raw(`${policyAddress}.arn`),
      vpc_id: ctx.ref(vpc.id),
      delete_protection: firewall.deleteProtection,
      subnet_change_protection: firewall.subnetChangeProtection,
    },
    firewall.subnetMappings
      .filter((m) => ctx.address(m.subnet))
      .map((m) => block('subnet_mapping', [], { subnet_id: ctx.ref(m.subnet)!, ip_address_type: m.ipAddressType })),
  );
}

/** network.tf, after the subnets it maps. */
export const FIREWALL_TERRAFORM = {
  'network-firewall': { type: () => 'aws_networkfirewall_firewall', emit: mapNetworkFirewall },
} satisfies TerraformKinds;
