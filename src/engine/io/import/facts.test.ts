/**
 * Every fact of every import fixture (test/fixtures/import/, inputs nobody on the team wrote,
 * each with the facts a script derived from it) is checked against what the importer makes.
 * Objects are found by their `source.address`; implicit AWS objects by `<vpc address>#...`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../model/index.ts';
import { importDesign, importers, type ImportFormat, type ImportResult } from './index.ts';

const ROOT = new URL('../../../../test/fixtures/import/', import.meta.url).pathname;

const FORMAT_OF: Record<string, ImportFormat> = {
  'terraform-plan': 'tf-plan',
  'terraform-state': 'tf-state',
  'cloudformation-template': 'cfn',
  'lza-network-config': 'lza',
};

/** Input types whose resources live inside another (routes in their table, rules in their group): their facts are those of what holds them. */
const HELD_IN_ANOTHER = new Set([
  'aws_route',
  'aws_route_table_association',
  'aws_network_acl_rule',
  'aws_network_acl_association',
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
  'aws_vpc_ipv4_cidr_block_association',
  'aws_ec2_transit_gateway_route',
  'aws_ec2_transit_gateway_route_table',
  'aws_ec2_transit_gateway_route_table_association',
  'aws_ec2_transit_gateway_route_table_propagation',
  'aws_vpc_endpoint_route_table_association',
  'aws_vpc_endpoint_subnet_association',
  'aws_main_route_table_association',
]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Facts = Record<string, any>;

interface Fixture {
  readonly dir: string;
  readonly facts: Facts;
  readonly format: ImportFormat;
  readonly input: string;
  readonly accounts?: string | undefined;
}

function fixtures(): Fixture[] {
  const found: Fixture[] = [];
  for (const dir of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.facts.json')).sort()) {
      const facts = JSON.parse(readFileSync(join(ROOT, dir, name), 'utf8')) as Facts;
      const input = join(ROOT, dir, facts.fixture as string);
      const accounts = input.replace(/network-config\.yaml$/, 'accounts-config.yaml');
      found.push({ dir, facts, format: FORMAT_OF[facts.input_kind as string]!, input, accounts: accounts !== input ? accounts : undefined });
    }
  }
  return found;
}

/** The design's resources by the input address they came from. */
function bySource(result: ImportResult): Map<string, Resource> {
  const map = new Map<string, Resource>();
  for (const resource of result.design.resources) if (resource.source) map.set(resource.source.address, resource);
  return map;
}

const FIXTURES = fixtures();
const imported = new Map<string, ImportResult>();
function importOf(fixture: Fixture): ImportResult {
  let result = imported.get(fixture.input);
  if (!result) {
    const read = (path: string) => ({ name: path.split('/').at(-1)!, text: readFileSync(path, 'utf8') });
    result = importDesign({ file: read(fixture.input), accounts: fixture.accounts ? read(fixture.accounts) : undefined }, fixture.format);
    imported.set(fixture.input, result);
  }
  return result;
}

/** Every managed resource address of a Terraform input, with its type. */
function terraformAddresses(fixture: Fixture): Map<string, string> {
  const json = JSON.parse(readFileSync(fixture.input, 'utf8')) as Facts;
  const root = fixture.format === 'tf-plan' ? json.planned_values.root_module : json.values.root_module;
  const out = new Map<string, string>();
  const walk = (module: Facts) => {
    for (const r of module.resources ?? []) if (r.mode === 'managed') out.set(r.address, r.type);
    for (const child of module.child_modules ?? []) walk(child);
  };
  walk(root);
  return out;
}

describe('import fixtures', () => {
  it('finds every fixture and detects its format', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(15);
    for (const fixture of FIXTURES) expect(FORMAT_OF[fixture.facts.input_kind], fixture.input).toBeDefined();
  });
});

for (const fixture of FIXTURES) {
  const name = `${fixture.dir}/${fixture.facts.fixture}`;
  describe.runIf(importers[fixture.format] !== undefined)(name, () => {
    it('accounts for every resource of the input: imported, held in another, or in the notes with its address', () => {
      const result = importOf(fixture);
      const sources = bySource(result);
      const noted = new Set(result.notes.map((note) => `${note.type}|${note.address}`));
      const counts: Record<string, number> = {};
      if (fixture.format === 'tf-plan' || fixture.format === 'tf-state') {
        for (const [address, type] of terraformAddresses(fixture)) {
          const accounted = sources.has(address) || noted.has(`${type}|${address}`) || HELD_IN_ANOTHER.has(type);
          expect(accounted, `${address} (${type}) is neither imported nor in the notes`).toBe(true);
          counts[type] = (counts[type] ?? 0) + 1;
        }
        expect(counts).toEqual(fixture.facts.resource_type_counts);
      }
    });

    it('has every VPC with its CIDRs', () => {
      const sources = bySource(importOf(fixture));
      for (const fact of fixture.facts.vpcs as Facts[]) {
        const vpc = sources.get(fact.key);
        expect(vpc?.kind, fact.key).toBe('vpc');
        if (vpc?.kind !== 'vpc') continue;
        expect([...vpc.cidrs].sort(), fact.key).toEqual([...(fact.cidrs as string[])].sort());
      }
      expect(importOf(fixture).design.resources.filter((r) => r.kind === 'vpc')).toHaveLength(fixture.facts.network_counts.vpcs);
    });

    it('has every subnet in its VPC with its CIDR and Availability Zone', () => {
      const sources = bySource(importOf(fixture));
      for (const fact of fixture.facts.subnets as Facts[]) {
        const subnet = sources.get(fact.key);
        expect(subnet?.kind, fact.key).toBe('subnet');
        if (subnet?.kind !== 'subnet') continue;
        if (typeof fact.cidr === 'string' && !fact.cidr.includes('known after apply')) expect(subnet.cidr, fact.key).toBe(fact.cidr);
        if (typeof fact.az === 'string' && /^[a-z]{2}-/.test(fact.az)) expect(subnet.availabilityZone, fact.key).toBe(fact.az);
        expect(subnet.parent, fact.key).toBe(sources.get(fact.vpc)?.id);
      }
      expect(importOf(fixture).design.resources.filter((r) => r.kind === 'subnet')).toHaveLength(fixture.facts.network_counts.subnets);
    });
  });
}
