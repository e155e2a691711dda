/**
 * AWS Network Firewall: its rule groups, policy and firewall, and, for each AZ of its subnet
 * mappings, a lookup of that AZ's endpoint id for the routes that send to it. CloudFormation
 * lists the endpoint ids in no particular order (EndpointIds), so an AZ's endpoint is read
 * from DescribeFirewall's sync states, which are keyed by AZ.
 */
import type { ResourceOf, RouteTableResource } from '../../model/resources.ts';
import { tagResource, vpcRef } from './common.ts';
import type { ExportContext, Handle, Placed } from './context.ts';
import { once, type CdkKinds } from './kind.ts';
import { acceptCustomResourceProvider } from './nag.ts';
import { code, type Code, str, type Value } from './literal.ts';
import type { StackWriter } from './writer.ts';

type Firewall = ResourceOf<'network-firewall'>;
type Policy = Firewall['firewallPolicy'];
type StatelessGroup = Policy['statelessRuleGroups'][number];
type StatefulGroup = Policy['statefulRuleGroups'][number];

/** Firewall → AZ → the lookup of that AZ's endpoint. */
const endpointLookups = new WeakMap<ExportContext, Map<string, Map<string, Placed>>>();

const awsName = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 128) || 'lzs';

function statelessRulesSource(group: StatelessGroup): Value {
  return {
    statelessRulesAndCustomActions: {
      statelessRules: group.rules.map((rule) => {
        const m = rule.matchAttributes;
        const ports = (ranges: typeof m.sourcePorts) => ranges?.map((r) => ({ fromPort: r.fromPort, toPort: r.toPort }));
        return {
          priority: rule.priority,
          ruleDefinition: {
            actions: [rule.action],
            matchAttributes: {
              sources: m.sources?.map((addressDefinition) => ({ addressDefinition })),
              destinations: m.destinations?.map((addressDefinition) => ({ addressDefinition })),
              sourcePorts: ports(m.sourcePorts),
              destinationPorts: ports(m.destinationPorts),
              protocols: m.protocols?.length ? m.protocols : undefined,
            },
          },
        };
      }),
    },
  };
}

function statefulRulesSource(group: StatefulGroup): Value {
  if (group.rulesSourceList) {
    const l = group.rulesSourceList;
    return { rulesSourceList: { generatedRulesType: l.generatedRulesType, targetTypes: l.targetTypes, targets: l.targets } };
  }
  return {
    statefulRules: (group.statefulRules ?? []).map((rule, i) => ({
      action: rule.action,
      header: { ...rule.header },
      // Every Suricata rule needs a signature id; one the design does not give is numbered in order.
      ruleOptions: [{ keyword: 'sid', settings: [String(rule.sid ?? i + 1)] }],
    })),
  };
}

export function emitNetworkFirewall(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const firewall = resource as Firewall;
  const vpc = ctx.index.vpcOf(firewall.id);
  if (!vpc) return;
  const policy = firewall.firewallPolicy;
  const strict = policy.statefulRuleOrder === 'STRICT_ORDER';
  const base = awsName(firewall.name || firewall.id);
  const group = (kind: 'STATELESS' | 'STATEFUL', name: string, capacity: number, ruleGroup: Record<string, Value>): Code => {
    const groupVar = stack.vars.take(`${varName}${kind === 'STATELESS' ? 'Stateless' : 'Stateful'}Group`);
    stack.construct(groupVar, 'networkfirewall.CfnRuleGroup', stack.ids.take(`${constructId}${kind === 'STATELESS' ? 'Stateless' : 'Stateful'}${awsName(name).replace(/-/g, '')}`), {
      ruleGroupName: awsName(`${base}-${name}`),
      capacity,
      type: kind,
      ruleGroup,
    });
    return code(`${groupVar}.attrRuleGroupArn`);
  };
  const stateless = policy.statelessRuleGroups.map((g) => ({ priority: g.priority, resourceArn: group('STATELESS', g.name, g.capacity, { rulesSource: statelessRulesSource(g) }) }));
  const stateful = policy.statefulRuleGroups.map((g) => ({
    priority: strict ? (g.priority ?? 1) : undefined,
    resourceArn: group('STATEFUL', g.name, g.capacity, {
      ruleVariables: g.ruleVariables ? { ipSets: Object.fromEntries(Object.entries(g.ruleVariables.ipSets).map(([key, set]) => [key, { definition: set.definition }])) } : undefined,
      rulesSource: statefulRulesSource(g),
      statefulRuleOptions: strict ? { ruleOrder: 'STRICT_ORDER' } : undefined,
    }),
  }));
  const policyVar = stack.vars.take(`${varName}Policy`);
  stack.construct(policyVar, 'networkfirewall.CfnFirewallPolicy', stack.ids.take(`${constructId}Policy`), {
    firewallPolicyName: awsName(`${base}-policy`),
    firewallPolicy: {
      statelessDefaultActions: [policy.statelessDefaultActions],
      statelessFragmentDefaultActions: [policy.statelessFragmentDefaultActions],
      statelessRuleGroupReferences: stateless.length ? stateless : undefined,
      statefulRuleGroupReferences: stateful.length ? stateful : undefined,
      statefulEngineOptions: strict ? { ruleOrder: 'STRICT_ORDER' } : undefined,
      statefulDefaultActions: strict && policy.statefulDefaultActions?.length ? policy.statefulDefaultActions : undefined,
    },
  });
  stack.construct(varName, 'networkfirewall.CfnFirewall', constructId, {
    firewallName: base,
    firewallPolicyArn: code(`${policyVar}.attrFirewallPolicyArn`),
    vpcId: vpcRef(ctx, stack, vpc.id),
    subnetMappings: firewall.subnetMappings
      .filter((m) => ctx.handle(m.subnet))
      .map((m) => ({ subnetId: ctx.ref(stack, m.subnet, 'ref', `subnet ${ctx.index.get(m.subnet)?.name ?? m.subnet}`), ipAddressType: m.ipAddressType })),
    deleteProtection: firewall.deleteProtection,
    subnetChangeProtection: firewall.subnetChangeProtection,
  });
  tagResource(stack, varName, firewall);

  const lookups = new Map<string, Placed>();
  for (const az of new Set(ctx.index.subnetsOf(firewall).map((s) => s.availabilityZone))) {
    const lookupVar = stack.vars.take(`${varName}Endpoint`);
    const call = { service: 'NetworkFirewall', action: 'describeFirewall', parameters: { FirewallArn: code(`${varName}.attrFirewallArn`) }, physicalResourceId: code(`cr.PhysicalResourceId.of(${str(`${base}-${az}`)})`) };
    stack.use('cr.AwsCustomResource');
    stack.construct(lookupVar, 'cr.AwsCustomResource', stack.ids.take(`${constructId}Endpoint${az.replace(/[^A-Za-z0-9]/g, '')}`), {
      onCreate: call,
      onUpdate: call,
      // The Lambda's bundled SDK: deploying needs no download.
      installLatestAwsSdk: false,
      policy: code(`cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [${varName}.attrFirewallArn] })`),
    });
    lookups.set(az, { stack, varName: lookupVar });
    acceptCustomResourceProvider(stack);
  }
  let map = endpointLookups.get(ctx);
  if (!map) endpointLookups.set(ctx, (map = new Map()));
  map.set(firewall.id, lookups);
}

/**
 * A route's `vpcEndpointId` for a firewall: its endpoint in the AZ the route names, else in the
 * AZ of the subnets the table serves (in a gateway route table, of the subnet it routes).
 */
export function firewallEndpointId(ctx: ExportContext, from: StackWriter, firewall: Firewall, table: RouteTableResource, route: RouteTableResource['routes'][number]): Code | undefined {
  const served = table.edgeAssociation ? ctx.index.ofKind('subnet').find((s) => s.cidr === route.destination) : ctx.index.subnetsUsingRouteTable(table.id)[0];
  const az = route.endpointAz ?? served?.availabilityZone;
  const lookup = az ? endpointLookups.get(ctx)?.get(firewall.id)?.get(az) : undefined;
  if (!az || !lookup) return undefined;
  const field = `FirewallStatus.SyncStates.${az}.Attachment.EndpointId`;
  return ctx.refVar(from, lookup, `getResponseField(${str(field)})`, `nfw-endpoint\u0000${firewall.id}\u0000${az}`, `${pascalId(firewall.id)}Endpoint${az.replace(/[^A-Za-z0-9]/g, '')}`, `endpoint of Network Firewall ${firewall.name || firewall.id} in ${az}`);
}

const pascalId = (id: string) => id.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase());

export const FIREWALL_CDK = {
  'network-firewall': { prefix: 'firewall', emits: once('endpoints', emitNetworkFirewall), constructs: (fw) => 3 + fw.firewallPolicy.statelessRuleGroups.length + fw.firewallPolicy.statefulRuleGroups.length + fw.subnetMappings.length },
} satisfies CdkKinds;
