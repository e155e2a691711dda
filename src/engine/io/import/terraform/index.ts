/**
 * The Terraform importer: `terraform show -json` of a plan or a state → a design. Every
 * managed `aws_*` resource either maps to a kind (or into one: routes, rules, associations)
 * or is listed in the notes with why; nothing is dropped silently.
 */
import { DESIGN_FORMAT, DESIGN_VERSION, type Design, type ResourceOf } from '../../../model/index.ts';
import type { ImportInput, ImportResult } from '../types.ts';
import { DesignBuilder } from './build.ts';
import { str, type TfContext } from './context.ts';
import { mapInstances, mapLoadBalancers } from './compute.ts';
import { mapEndpoints } from './endpoints.ts';
import { mapCustomerGateways, mapNatGateways, mapPeerings, mapVgwPropagation, mapVpcGateways, mapVpns } from './gateways.ts';
import { mapSubnets, mapVpcs } from './network.ts';
import { mapRouteTables } from './routing.ts';
import { mapNetworkAcls, mapSecurityGroups } from './security.ts';
import { mapTransitGateways } from './transit.ts';
import { readTerraform, type TfDocument, type TfResource } from './read.ts';
import { Resolver } from './resolve.ts';

/** Why a type the model has no kind for is left out, by type or by the start of its name. */
const NOT_MODELLED: readonly (readonly [RegExp, string])[] = [
  [/^aws_(iam|kms|secretsmanager|ssm)_/, 'identity, keys and secrets are not part of the network design'],
  [/^aws_(cloudwatch|flow_log$)/, 'logging and monitoring are not part of the network design'],
  [/^aws_flow_log$/, 'flow logs record traffic; they do not change where it goes'],
  [/^aws_(db|elasticache|redshift|neptune|docdb)_subnet_group$/, 'a subnet group only names subnets for a database service; no database is modelled from it'],
  [/^aws_vpc_dhcp_options/, 'DHCP options set DNS and NTP servers; they do not change routing'],
  [/^aws_(ec2_tag|default_vpc)$/, 'not a network resource of its own'],
  [/^aws_ram_/, 'RAM sharing of these resources is not imported'],
  [/^aws_vpc_block_public_access/, 'account-level Block Public Access options are not imported'],
  [/^aws_vpc_peering_connection_accepter$/, 'the peering it accepts is imported from its aws_vpc_peering_connection'],
];

const REGION_IN_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d):/;

function regionOf(doc: TfDocument): string {
  for (const resource of doc.resources) {
    const match = REGION_IN_ARN.exec(str(resource.values.arn) ?? '');
    if (match) return match[1]!;
  }
  for (const resource of doc.resources) {
    const az = str(resource.values.availability_zone);
    if (az && /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(az)) return az.slice(0, -1);
  }
  return 'us-east-1';
}

function accountIdOf(doc: TfDocument): string | undefined {
  for (const resource of doc.resources) {
    const owner = str(resource.values.owner_id);
    if (owner && /^\d{12}$/.test(owner)) return owner;
  }
  return undefined;
}

function importTerraform(input: ImportInput, kind: 'plan' | 'state'): ImportResult {
  const doc = readTerraform(input.file, kind);
  const out = new DesignBuilder(input.file.name);
  const resolver = new Resolver(doc);
  const accountId = accountIdOf(doc);
  const account = out.addImplied<ResourceOf<'account'>>('account', {
    kind: 'account',
    name: accountId ? `Account ${accountId}` : 'Terraform account',
    ...(accountId ? { accountId } : {}),
  });
  const inferredOnce = new Set<string>();
  const ctx: TfContext = {
    doc,
    resolver,
    out,
    account: account.id,
    region: regionOf(doc),
    one(resource, attr, types, what) {
      return ctx.many(resource, attr, types, what)[0];
    },
    many(resource, attr, types, what) {
      const resolved = resolver.resolve(resource, attr, types);
      const ids = resolved.addresses.map((address) => out.existing(address)).filter((id): id is string => id !== undefined);
      if (resolved.inferred && ids.length > 0 && !inferredOnce.has(`${resource.address}|${attr}`)) {
        inferredOnce.add(`${resource.address}|${attr}`);
        out.note({
          address: resource.address,
          type: resource.type,
          level: 'inferred',
          message: `${what} (${attr}) is unknown until apply; taken to be ${resolved.addresses.join(', ')} from the configuration's references and the addresses' indexes`,
        });
      }
      return ids;
    },
  };
  const byType = new Map<string, TfResource[]>();
  for (const resource of doc.resources) {
    const list = byType.get(resource.type);
    if (list) list.push(resource);
    else byType.set(resource.type, [resource]);
  }
  const of = (type: string) => byType.get(type) ?? [];
  const handled = new Set<string>();
  const take = (...types: string[]) => {
    for (const type of types) handled.add(type);
    return types.length === 1 ? of(types[0]!) : types.flatMap(of);
  };

  mapVpcs(ctx, take('aws_vpc'), take('aws_vpc_ipv4_cidr_block_association'));
  mapSubnets(ctx, take('aws_subnet'));
  mapVpcGateways(ctx, take('aws_internet_gateway'), take('aws_egress_only_internet_gateway'), take('aws_vpn_gateway'), take('aws_vpn_gateway_attachment'));
  mapNatGateways(ctx, take('aws_nat_gateway'), take('aws_eip'));
  mapSecurityGroups(ctx, take('aws_security_group'), take('aws_default_security_group'), take('aws_security_group_rule'), take('aws_vpc_security_group_ingress_rule'), take('aws_vpc_security_group_egress_rule'));
  mapNetworkAcls(ctx, take('aws_network_acl'), take('aws_default_network_acl'), take('aws_network_acl_rule'), take('aws_network_acl_association'));
  mapPeerings(ctx, take('aws_vpc_peering_connection'));
  mapTransitGateways(
    ctx,
    take('aws_ec2_transit_gateway'),
    take('aws_ec2_transit_gateway_route_table'),
    take('aws_ec2_transit_gateway_vpc_attachment'),
    take('aws_ec2_transit_gateway_route_table_association'),
    take('aws_ec2_transit_gateway_route_table_propagation'),
    take('aws_ec2_transit_gateway_route'),
  );
  mapInstances(ctx, take('aws_instance'));
  const routesAndAssociations = mapRouteTables(ctx, take('aws_route_table'), take('aws_default_route_table'), take('aws_main_route_table_association'));
  mapEndpoints(ctx, take('aws_vpc_endpoint'), take('aws_vpc_endpoint_route_table_association'), take('aws_vpc_endpoint_subnet_association'));
  routesAndAssociations(take('aws_route'), take('aws_route_table_association'));
  mapVgwPropagation(ctx, take('aws_vpn_gateway_route_propagation'), [...of('aws_route_table'), ...of('aws_default_route_table')]);
  mapCustomerGateways(ctx, take('aws_customer_gateway'));
  mapVpns(ctx, take('aws_vpn_connection'), take('aws_vpn_connection_route'));
  mapLoadBalancers(ctx, take('aws_lb', 'aws_alb'));

  for (const [type, resources] of byType) {
    if (handled.has(type)) continue;
    for (const resource of resources) {
      const reason = NOT_MODELLED.find(([pattern]) => pattern.test(type))?.[1];
      out.note({ address: resource.address, type, level: 'skipped', message: reason ?? 'the design has no kind for it' });
    }
  }

  const name = str((input.file.name.split(/[\\/]/).at(-1) ?? '').replace(/\.json$/i, '')) ?? 'Imported Terraform';
  const design: Design = { format: DESIGN_FORMAT, version: DESIGN_VERSION, name: name.slice(0, 255), resources: out.resources, layout: {} };
  return { format: kind === 'plan' ? 'tf-plan' : 'tf-state', design, notes: out.notes };
}

export const importTerraformPlan = (input: ImportInput): ImportResult => importTerraform(input, 'plan');
export const importTerraformState = (input: ImportInput): ImportResult => importTerraform(input, 'state');
