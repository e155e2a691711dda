/** A participant of a shared VPC creates nothing before its subnets are shared with it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '../../model/index.ts';
import { generateTerraform } from './index.ts';

function example(name: string): Design {
  const parsed = parseDesign(readFileSync(new URL(`../../../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.design;
}

/** Every `resource "type" "name" { ... }` block of an export, with its provider and depends_on. */
function blocks(design: Design): { type: string; name: string; provider: string; dependsOn: string[] }[] {
  const text = generateTerraform(design).map((file) => file.contents).join('\n');
  return [...text.matchAll(/^resource "([^"]+)" "([^"]+)" \{\n([\s\S]*?)^\}/gm)].map(([, type, name, body]) => ({
    type: type!,
    name: name!,
    provider: /^\s+provider\s+= (\S+)/m.exec(body!)?.[1] ?? '',
    dependsOn: [.../depends_on = \[([^\]]*)\]/.exec(body!)?.[1]?.matchAll(/[\w.]+/g) ?? []].map((match) => match[0]),
  }));
}

describe('shared VPC ordering (shared-vpc-rabbitmq)', () => {
  const all = blocks(example('shared-vpc-rabbitmq'));
  const associations = all.filter((block) => block.type === 'aws_ram_resource_association').map((block) => `${block.type}.${block.name}`);
  const participant = all.filter((block) => block.provider.startsWith('aws.dept_a_') && ['aws_security_group', 'aws_instance', 'aws_mq_broker'].includes(block.type));

  it("makes the participant's groups, instances and brokers wait for the share to reach the account and to hold their subnets", () => {
    expect(associations.length).toBeGreaterThan(1);
    expect(participant.map((block) => block.type)).toEqual(expect.arrayContaining(['aws_security_group', 'aws_instance', 'aws_mq_broker']));
    for (const block of participant) {
      expect(block.dependsOn.some((dependency) => dependency.startsWith('aws_ram_principal_association.')), `${block.type}.${block.name}`).toBe(true);
      expect(block.dependsOn.some((dependency) => associations.includes(dependency)), `${block.type}.${block.name}`).toBe(true);
    }
  });

  it('makes a participant security group, which has no subnet, wait for every subnet of the VPC shared with the account', () => {
    for (const group of participant.filter((block) => block.type === 'aws_security_group')) {
      expect(group.dependsOn.filter((dependency) => associations.includes(dependency)).sort(), group.name).toEqual([...associations].sort());
    }
  });
});
