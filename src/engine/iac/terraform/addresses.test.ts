/** Terraform addresses follow the design's ids: a re-export against existing state replaces nothing it should not. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addResource, newResource, parseDesign, type Design } from '../../model/index.ts';
import { selectionBoundary } from '../selection.ts';
import { generateTerraform } from './index.ts';

function example(name: string): Design {
  const parsed = parseDesign(readFileSync(new URL(`../../../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.design;
}

/** Every `resource "type" "name"` and `data "type" "name"` address of an export. */
function addresses(design: Design, options?: Parameters<typeof generateTerraform>[1]): Set<string> {
  const out = new Set<string>();
  for (const file of generateTerraform(design, options)) {
    for (const match of file.contents.matchAll(/^(resource|data) "([^"]+)" "([^"]+)"/gm)) {
      out.add(`${match[1] === 'data' ? 'data.' : ''}${match[2]}.${match[3]}`);
    }
  }
  return out;
}

describe('terraform addresses', () => {
  it('keeps every existing address when a VPC is added, first in the design', () => {
    const before = example('eks-ecs-peering');
    const account = before.resources.find((resource) => resource.kind === 'account')!;
    const existing = before.resources.find((resource) => resource.kind === 'vpc')!;
    // Named like an existing VPC: names collide, ids do not.
    const vpc = newResource(before, 'vpc', { parent: account.id, name: existing.name, cidrs: ['10.99.0.0/16'], region: 'ap-northeast-2' });
    const added = addResource(before, vpc);
    if (!added.ok) throw new Error(added.reason);
    // The new VPC (and its default route table, ACL and group) goes first, where positions would shift most.
    const ids = new Set(before.resources.map((resource) => resource.id));
    const fresh = added.design.resources.filter((resource) => !ids.has(resource.id));
    const after = { ...added.design, resources: [...fresh, ...before.resources] };
    const old = addresses(before);
    const now = addresses(after);
    expect([...old].filter((address) => !now.has(address))).toEqual([]);
    expect(now.size).toBeGreaterThan(old.size);
  });

  it('keeps every address when a resource is renamed', () => {
    const before = example('static-ips-partner');
    const renamed = { ...before, resources: before.resources.map((resource) => ({ ...resource, name: `${resource.name} renamed` })) };
    expect([...addresses(renamed)].sort()).toEqual([...addresses(before)].sort());
  });
});

describe('terraform snippets', () => {
  it('writes only the selection and takes what it names outside as variables', () => {
    const design = example('static-ips-partner');
    const result = selectionBoundary(design, ['partner-nlb', 'proxy-tg', 'proxy-1', 'proxy-2']);
    if (!result.ok) throw new Error(result.message);
    const files = generateTerraform(design, { inside: result.boundary.inside });
    const text = files.map((file) => file.contents).join('\n');
    expect(text).toContain('resource "aws_lb" "partner_nlb"');
    expect(text).toContain('resource "aws_lb_target_group" "proxy_tg"');
    expect(text).not.toContain('resource "aws_vpc"');
    expect(text).not.toContain('resource "aws_subnet"');
    const variables = files.find((file) => file.path === 'variables.tf')!.contents;
    expect(variables).toMatch(/variable "public_a_id"/);
    expect(variables).toMatch(/variable "prod_vpc_id"/);
    expect(text).toMatch(/subnet_id\s+= var\.public_a_id/);
  });
});

describe('terraform export forced past errors', () => {
  it('writes what AWS will refuse above the refused resource', () => {
    const design = example('static-ips-partner');
    const notes = new Map([['partner-nlb', ['the listener names a target group of another VPC']]]);
    const text = generateTerraform(design, { notes }).map((file) => file.contents).join('\n');
    expect(text).toContain('# AWS will refuse this: the listener names a target group of another VPC\nresource "aws_lb" "partner_nlb"');
  });
});
