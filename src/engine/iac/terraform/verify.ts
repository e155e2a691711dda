/**
 * Checks generated Terraform the way `terraform validate` would, offline: HashiCorp's HCL
 * parser reads every file, every resource type and argument (nested blocks included) must
 * exist in the AWS provider reference data, required arguments must be present, and every
 * reference must name a resource, variable or provider alias that exists. Used by tests.
 */
import { getReferencesInExpression, parse } from '@cdktn/hcl2json';
import type { GeneratedFile } from '../types.ts';

export interface ArgumentSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  readonly blocks?: Readonly<Record<string, ArgumentSpec>>;
  readonly required_mismatch?: Readonly<Record<string, string>>;
}

export interface ProviderReference {
  readonly resources: Readonly<Record<string, ArgumentSpec>>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'tags', 'timeouts']);

/** One-of arguments from the reference notes: exactly one (or at least one) of each group. */
const ONE_OF: Readonly<Record<string, readonly { names: readonly string[]; exactly: boolean; unless?: (body: JsonObject) => boolean }[]>> = {
  aws_vpc: [{ names: ['cidr_block', 'ipv4_ipam_pool_id'], exactly: true }],
  aws_vpc_ipv4_cidr_block_association: [{ names: ['cidr_block', 'ipv4_ipam_pool_id'], exactly: true }],
  aws_route: [
    { names: ['destination_cidr_block', 'destination_ipv6_cidr_block', 'destination_prefix_list_id'], exactly: true },
    {
      names: ['carrier_gateway_id', 'core_network_arn', 'egress_only_gateway_id', 'gateway_id', 'local_gateway_id', 'nat_gateway_id', 'network_interface_id', 'transit_gateway_id', 'vpc_endpoint_id', 'vpc_peering_connection_id'],
      exactly: true,
    },
  ],
  aws_route_table_association: [{ names: ['subnet_id', 'gateway_id'], exactly: true }],
  aws_lb: [{ names: ['subnets', 'subnet_mapping'], exactly: true }],
  aws_vpc_security_group_ingress_rule: [{ names: ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id'], exactly: true }],
  aws_vpc_security_group_egress_rule: [{ names: ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id'], exactly: true }],
  aws_network_acl_rule: [{ names: ['cidr_block', 'ipv6_cidr_block'], exactly: true }],
  aws_lambda_function: [{ names: ['filename', 'image_uri', 's3_bucket'], exactly: true }],
  aws_ec2_transit_gateway_route: [{ names: ['transit_gateway_attachment_id', 'blackhole'], exactly: true }],
  aws_nat_gateway: [
    { names: ['allocation_id'], exactly: true, unless: (body) => body.connectivity_type === 'private' || body.availability_mode === 'regional' },
    { names: ['subnet_id', 'vpc_id'], exactly: true },
  ],
  aws_instance: [{ names: ['ami', 'launch_template'], exactly: true }],
  aws_autoscaling_group: [{ names: ['launch_configuration', 'launch_template', 'mixed_instances_policy'], exactly: true }],
  aws_elastic_beanstalk_environment: [{ names: ['solution_stack_name', 'platform_arn', 'template_name'], exactly: true }],
};

/** Rule resources need ports unless the protocol is all or ICMPv6. */
function portProblems(type: string, body: JsonObject): string[] {
  if (type !== 'aws_vpc_security_group_ingress_rule' && type !== 'aws_vpc_security_group_egress_rule') return [];
  if (body.ip_protocol === '-1' || body.ip_protocol === 'icmpv6') return [];
  return ['from_port', 'to_port'].filter((name) => !(name in body)).map((name) => `${name} is needed for ip_protocol ${String(body.ip_protocol)}`);
}

function checkBody(type: string, path: string, body: JsonObject, spec: ArgumentSpec, top: boolean, problems: string[]): void {
  const known = new Set([...spec.required, ...spec.optional, ...Object.keys(spec.blocks ?? {})]);
  for (const [name, value] of Object.entries(body)) {
    if (top && META.has(name)) continue;
    if (!top && name === 'timeouts') continue;
    if (!known.has(name)) {
      problems.push(`${path}: argument "${name}" is not in the ${type} reference`);
      continue;
    }
    const nested = spec.blocks?.[name];
    if (nested && Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) {
      value.forEach((item, i) => checkBody(type, `${path}.${name}[${i}]`, item as JsonObject, nested, false, problems));
    }
  }
  for (const name of spec.required) {
    if (name in body) continue;
    const mismatch = spec.required_mismatch?.[name] ?? '';
    // Docs and the current schema disagree: the schema (optional) wins when the notes name an alternative.
    if (mismatch.includes('schema_6_28=optional')) continue;
    problems.push(`${path}: required argument "${name}" is missing`);
  }
}

/**
 * The interpolations in a string as hcl2json gives it: `$${` is a literal, `${` opens an
 * expression that ends at its matching brace (braces inside quoted strings do not count).
 */
export function interpolations(value: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value.startsWith('$${', i)) {
      i += 2;
      continue;
    }
    if (!value.startsWith('${', i)) continue;
    let depth = 0;
    let j = i + 1;
    for (; j < value.length; j++) {
      const ch = value[j];
      if (ch === '"') {
        for (j++; j < value.length && value[j] !== '"'; j++) if (value[j] === '\\') j++;
      } else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) break;
    }
    found.push(value.slice(i + 2, j));
    i = j;
  }
  return found;
}

async function referencesIn(value: Json, found: Set<string>): Promise<void> {
  if (typeof value === 'string') {
    for (const expression of interpolations(value)) {
      for (const reference of await getReferencesInExpression('main.tf', `\${${expression}}`)) found.add(reference.value);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) await referencesIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) await referencesIn(item, found);
  }
}

export interface Verified {
  /** The whole configuration as hcl2json gives it (Terraform JSON syntax). */
  readonly json: JsonObject;
  readonly problems: string[];
  readonly resourceTypes: Set<string>;
}

export async function verifyTerraform(files: readonly GeneratedFile[], reference: ProviderReference): Promise<Verified> {
  const problems: string[] = [];
  const json: JsonObject = {};
  for (const file of files) {
    if (!file.path.endsWith('.tf')) continue;
    const parsed = (await parse(file.path, file.contents)) as JsonObject;
    for (const [section, content] of Object.entries(parsed)) {
      if (Array.isArray(content)) {
        json[section] = [...((json[section] as Json[] | undefined) ?? []), ...content];
        continue;
      }
      const into = (json[section] ??= {}) as JsonObject;
      for (const [key, value] of Object.entries(content as JsonObject)) {
        if (section === 'resource' || section === 'data') {
          const byName = (into[key] ??= {}) as JsonObject;
          for (const [name, body] of Object.entries(value as JsonObject)) {
            if (name in byName) problems.push(`${key}.${name} is declared twice`);
            byName[name] = body;
          }
        } else if (section === 'provider') {
          into[key] = [...((into[key] as Json[] | undefined) ?? []), ...(value as Json[])];
        } else {
          if (key in into) problems.push(`${section} ${key} is declared twice`);
          into[key] = value;
        }
      }
    }
  }
  const resources = (json.resource ?? {}) as JsonObject;
  const declared = new Set<string>();
  const resourceTypes = new Set<string>();
  for (const [type, byName] of Object.entries(resources)) {
    resourceTypes.add(type);
    const spec = reference.resources[type];
    for (const [name, bodies] of Object.entries(byName as JsonObject)) {
      declared.add(`${type}.${name}`);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) problems.push(`${type}.${name}: not a valid name`);
      if (!spec) {
        problems.push(`${type}.${name}: resource type not in the reference`);
        continue;
      }
      for (const body of bodies as JsonObject[]) {
        checkBody(type, `${type}.${name}`, body, spec, true, problems);
        for (const group of ONE_OF[type] ?? []) {
          if (group.unless?.(body)) continue;
          const present = group.names.filter((argument) => argument in body);
          if (present.length === 0 || (group.exactly && present.length > 1)) {
            problems.push(`${type}.${name}: needs exactly one of ${group.names.join(' | ')} (has ${present.join(', ') || 'none'})`);
          }
        }
        problems.push(...portProblems(type, body).map((problem) => `${type}.${name}: ${problem}`));
      }
    }
  }
  // Data sources are lookups the provider answers; their arguments are not checked here.
  for (const [type, byName] of Object.entries((json.data ?? {}) as JsonObject)) {
    for (const name of Object.keys(byName as JsonObject)) declared.add(`data.${type}.${name}`);
  }
  for (const name of Object.keys((json.variable ?? {}) as JsonObject)) declared.add(`var.${name}`);
  for (const providers of Object.values((json.provider ?? {}) as JsonObject)) {
    for (const provider of providers as JsonObject[]) if (typeof provider.alias === 'string') declared.add(`aws.${provider.alias}`);
  }
  const found = new Set<string>();
  await referencesIn(json.resource ?? null, found);
  await referencesIn(json.output ?? null, found);
  await referencesIn(json.provider ?? null, found);
  await referencesIn(json.data ?? null, found);
  for (const reference of found) {
    const parts = reference.split('.');
    // `ignore_changes = [subnet_ids]` names an argument of the block itself, not another block.
    if (parts.length === 1) continue;
    const target = parts[0] === 'data' ? parts.slice(0, 3).join('.') : parts.slice(0, 2).join('.');
    if (!declared.has(target)) problems.push(`reference ${reference} points at nothing declared`);
  }
  return { json, problems, resourceTypes };
}
