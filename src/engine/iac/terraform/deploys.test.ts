/**
 * What the gallery's Terraform needs to work once applied, read from the generated blocks:
 * what AWS needs declared, nodes that receive their NodePorts, an API with an invoke URL,
 * tasks that start and log, groups that are attached, fixed addresses kept, no permanent
 * diff, and a shared VPC's participant creating nothing before its subnets are shared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '../../model/index.ts';
import { generateTerraform } from './index.ts';

function example(name: string): Design {
  const parsed = parseDesign(readFileSync(new URL(`../../../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.design;
}

interface Written {
  readonly kind: 'resource' | 'data';
  readonly type: string;
  readonly name: string;
  readonly body: string;
  readonly provider: string;
  readonly dependsOn: string[];
}

/** Every `resource` and `data` block of an export, with its body, provider and depends_on. */
function blocks(design: Design): Written[] {
  const text = generateTerraform(design).map((file) => file.contents).join('\n');
  return [...text.matchAll(/^(resource|data) "([^"]+)" "([^"]+)" \{\n([\s\S]*?)^\}/gm)].map(([, kind, type, name, body]) => ({
    kind: kind as Written['kind'],
    type: type!,
    name: name!,
    body: body!,
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

const ofType = (all: readonly Written[], type: string) => all.filter((block) => block.kind === 'resource' && block.type === type);

describe('Elastic Beanstalk (static-ips-partner)', () => {
  const all = blocks(example('static-ips-partner'));

  it('declares the application and instance profile and takes a real solution stack, looked up from the platform', () => {
    const [environment] = ofType(all, 'aws_elastic_beanstalk_environment');
    const [application] = ofType(all, 'aws_elastic_beanstalk_application');
    const [profile] = ofType(all, 'aws_iam_instance_profile');
    expect(environment!.body).toContain(`application         = aws_elastic_beanstalk_application.${application!.name}.name`);
    expect(environment!.body).toMatch(new RegExp(`name      = "IamInstanceProfile"\\n\\s+value     = aws_iam_instance_profile\\.${profile!.name}\\.name`));
    const stack = all.find((block) => block.kind === 'data' && block.type === 'aws_elastic_beanstalk_solution_stack')!;
    expect(stack.body).toContain('name_regex  = "^64bit Amazon Linux 2023 v[0-9.]+ running Docker$"');
    expect(environment!.body).toContain(`solution_stack_name = data.aws_elastic_beanstalk_solution_stack.${stack.name}.name`);
  });

  it("puts the ALB's security group on the load balancer Beanstalk makes", () => {
    const [environment] = ofType(all, 'aws_elastic_beanstalk_environment');
    expect(environment!.body).toMatch(/namespace = "aws:elbv2:loadbalancer"\n\s+name\s+= "SecurityGroups"\n\s+value\s+= join\(",", \[aws_security_group\.\w+\.id\]\)/);
  });

  it("looks up the partner's fixed Elastic IPs instead of allocating new ones, and maps the NLB to them", () => {
    const fixed = all.filter((block) => block.kind === 'data' && block.type === 'aws_eip');
    expect(fixed.map((block) => /public_ip = "([^"]+)"/.exec(block.body)?.[1]).sort()).toEqual(['198.51.100.10', '198.51.100.20']);
    const [nlb] = ofType(all, 'aws_lb').filter((block) => block.body.includes('load_balancer_type = "network"'));
    for (const eip of fixed) expect(nlb!.body).toContain(`allocation_id = data.aws_eip.${eip.name}.id`);
  });

  it('keeps the default network ACL from fighting AWS over its subnets', () => {
    for (const acl of ofType(all, 'aws_default_network_acl')) expect(acl.body).toMatch(/lifecycle \{\n\s+ignore_changes = \[subnet_ids\]/);
  });
});

describe('API Gateway to EKS through an NLB (api-gateway-eks)', () => {
  const all = blocks(example('api-gateway-eks'));

  it('puts the NodePort security group on the nodes through a launch template, beside the cluster group', () => {
    const [template] = ofType(all, 'aws_launch_template');
    expect(template!.body).toMatch(/vpc_security_group_ids = \[aws_eks_cluster\.\w+\.vpc_config\[0\]\.cluster_security_group_id, aws_security_group\.\w+\.id\]/);
    const [nodes] = ofType(all, 'aws_eks_node_group');
    expect(nodes!.body).toContain(`id      = aws_launch_template.${template!.name}.id`);
  });

  it("registers the nodes in each NodePort target group through the node group's Auto Scaling group", () => {
    const [nodes] = ofType(all, 'aws_eks_node_group');
    const groups = ofType(all, 'aws_lb_target_group').map((block) => block.name);
    const attachments = ofType(all, 'aws_autoscaling_attachment');
    expect(attachments.map((block) => /lb_target_group_arn\s+= aws_lb_target_group\.(\w+)\.arn/.exec(block.body)?.[1]).sort()).toEqual([...groups].sort());
    for (const attachment of attachments) expect(attachment.body).toContain(`autoscaling_group_name = aws_eks_node_group.${nodes!.name}.resources[0].autoscaling_groups[0].name`);
  });

  it('deploys the REST API to a stage with an invoke URL and passes a greedy path on as {proxy}', () => {
    const [stage] = ofType(all, 'aws_api_gateway_stage');
    const [deployment] = ofType(all, 'aws_api_gateway_deployment');
    expect(stage!.body).toContain(`deployment_id = aws_api_gateway_deployment.${deployment!.name}.id`);
    const text = generateTerraform(example('api-gateway-eks')).map((file) => file.contents).join('\n');
    expect(text).toMatch(new RegExp(`value\\s+= aws_api_gateway_stage\\.${stage!.name}\\.invoke_url`));
    const uris = [...text.matchAll(/uri\s+= "([^"]+)"/g)].map((match) => match[1]!);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toMatch(/\/\{proxy\}$/);
  });
});

describe('ECS on Fargate (ecs-fargate)', () => {
  const all = blocks(example('ecs-fargate'));

  it('runs tasks with an execution role and container logs', () => {
    const tasks = ofType(all, 'aws_ecs_task_definition');
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(task.body).toMatch(/execution_role_arn\s+= aws_iam_role\.\w+\.arn/);
      expect(task.body).toContain('logDriver = "awslogs"');
    }
  });

  it('registers every service in Cloud Map and creates it after the listener it joins', () => {
    const listeners = new Set(ofType(all, 'aws_lb_listener').map((block) => `aws_lb_listener.${block.name}`));
    const services = ofType(all, 'aws_ecs_service');
    expect(services.filter((service) => service.body.includes('load_balancer {')).length).toBeGreaterThan(0);
    for (const service of services) {
      expect(service.body).toMatch(/service_registries \{\n\s+registry_arn = aws_service_discovery_service\.\w+\.arn/);
      if (service.body.includes('load_balancer {')) expect(service.dependsOn.some((dependency) => listeners.has(dependency)), service.name).toBe(true);
    }
  });
});
