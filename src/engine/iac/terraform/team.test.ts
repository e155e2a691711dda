/** The export is a module a team commits: variables with rules, default tags, outputs, a README and an example tfvars. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '../../model/index.ts';
import type { GeneratedFile } from '../types.ts';
import { generateTerraform } from './index.ts';

function example(name: string): Design {
  const parsed = parseDesign(readFileSync(new URL(`../../../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.design;
}

const fileOf = (files: readonly GeneratedFile[], path: string) => files.find((file) => file.path === path)?.contents ?? '';

/** `variable "name" { ... }` blocks by name. */
function variables(files: readonly GeneratedFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const chunk of fileOf(files, 'variables.tf').split(/^(?=variable ")/m)) {
    const name = /^variable "([^"]+)"/.exec(chunk)?.[1];
    if (name) out.set(name, chunk);
  }
  return out;
}

describe('terraform a team would commit', () => {
  const design = example('overlapping-cidr-tgw');
  const files = generateTerraform(design);
  const declared = variables(files);
  const accounts = design.resources.filter((resource) => resource.kind === 'account');

  it('takes each account number, role and region as a typed, described, validated variable defaulting to the design', () => {
    expect(accounts.length).toBe(2);
    for (const account of accounts) {
      const id = account.id.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
      const number = declared.get(`account_id_${id}`)!;
      expect(number).toContain('type        = string');
      expect(number).toMatch(/description = ".+"/);
      expect(number).toContain(`default     = "${(account as { accountId?: string }).accountId}"`);
      expect(number).toContain(`condition     = can(regex("^[0-9]{12}$", var.account_id_${id}))`);
      const role = declared.get(`role_name_${id}`)!;
      expect(role).toContain('default     = "OrganizationAccountAccessRole"');
      expect(role).toMatch(/validation \{/);
    }
    const providers = fileOf(files, 'providers.tf');
    expect(providers).not.toMatch(/region\s+= "/);
    expect(providers).not.toMatch(/arn:aws:iam::\d{12}/);
    for (const [, alias] of providers.matchAll(/alias\s+= "([^"]+)"/g)) {
      expect(providers).toContain(`region = var.region_${alias}`);
      expect(declared.get(`region_${alias}`)).toMatch(/validation \{\n\s+condition\s+= can\(regex\(/);
    }
  });

  it('gives every provider the team default tags', () => {
    const providers = fileOf(files, 'providers.tf');
    expect(providers.match(/default_tags \{\n\s+tags = var\.default_tags\n\s+\}/g)?.length).toBe(providers.match(/^provider "aws"/gm)?.length);
    expect(declared.get('default_tags')).toContain('type        = map(string)');
    expect(declared.get('default_tags')).toContain('ManagedBy = "Terraform"');
  });

  it('keeps secrets sensitive, without defaults, with the service rule as validation', () => {
    const shared = variables(generateTerraform(example('shared-vpc-rabbitmq')));
    const password = [...shared].find(([name]) => name.endsWith('_password'))![1];
    expect(password).toContain('sensitive   = true');
    expect(password).not.toMatch(/^\s+default\s+=/m);
    expect(password).toMatch(/condition\s+= length\(var\.\w+\) >= 12 && length\(var\.\w+\) <= 250/);
  });

  it('writes a tfvars example with every variable: defaults commented, values to set uncommented, secrets never', () => {
    const tfvars = fileOf(files, 'terraform.tfvars.example');
    for (const [name, block] of declared) {
      const hasDefault = /^\s+default\s+=/m.test(block);
      expect(tfvars, name).toMatch(new RegExp(`^${hasDefault || block.includes('sensitive') ? '# ' : ''}${name}( = |: its default)`, 'm'));
    }
    const shared = generateTerraform(example('shared-vpc-rabbitmq'));
    expect(fileOf(shared, 'terraform.tfvars.example')).toMatch(/^# \w+_password = "<set through TF_VAR_/m);
  });

  it('outputs the VPC and subnet ids and the partner-facing addresses', () => {
    const outputs = fileOf(files, 'outputs.tf');
    const vpcs = design.resources.filter((resource) => resource.kind === 'vpc');
    const subnets = design.resources.filter((resource) => resource.kind === 'subnet');
    expect(outputs.match(/^output "\w+_vpc_id"/gm)?.length).toBe(vpcs.length);
    expect(outputs.match(/^output "\w+_subnet_id"/gm)?.length).toBe(subnets.length);
    const partner = fileOf(generateTerraform(example('static-ips-partner')), 'outputs.tf');
    expect(partner).toMatch(/^output "partner_nlb_static_ips"/m);
    expect(partner).toMatch(/^output "\w+_public_ip"/m);
  });

  it('writes a README with prerequisites, what to create first and the apply order', () => {
    const readme = fileOf(files, 'README.md');
    expect(readme).toContain('## Prerequisites');
    expect(readme).toContain('`~> 5.100`');
    for (const account of accounts) expect(readme).toContain(account.name || account.id);
    expect(readme).toContain('## Create first');
    expect(readme).toContain('RAM sharing');
    expect(readme).toContain('## Apply order');
    expect(readme).toContain('accepted in the gateway');
    // A design without shares says nothing about them.
    expect(fileOf(generateTerraform(example('static-ips-partner')), 'README.md')).not.toContain('RAM');
  });

  it('pins the provider to the tested major', () => {
    expect(fileOf(files, 'versions.tf')).toContain('version = "~> 5.100"');
  });
});
