/** Instances, Auto Scaling groups, ECS, EKS, Elastic Beanstalk and Lambda: compute.tf. */
import { isBalancer, kindInfo, type Resource, type ResourceOf } from '../../model/index.ts';
import type { TfContext } from './context.ts';
import { block, call, list, obj, raw, type Expr } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';
import { targetGroupsTargeting } from './load-balancing.ts';
import { awsName } from './names.ts';

function ami(ctx: TfContext, resource: Resource, operatingSystem: string | undefined): Expr {
  const region = ctx.regionOf(resource);
  const os = operatingSystem ?? 'linux';
  return ctx.variable(`ami_${os}_${region.replace(/-/g, '_')}`, {
    description: `AMI id for ${os} instances in ${region}`,
    type: 'string',
  });
}

function assumeRolePolicy(service: string): Expr {
  return call(
    'jsonencode',
    obj({
      Version: '2012-10-17',
      Statement: list([obj({ Effect: 'Allow', Principal: obj({ Service: service }), Action: 'sts:AssumeRole' })]),
    }),
  );
}

/** An IAM role for a service, with AWS managed policies; returns its ARN. */
function serviceRole(ctx: TfContext, resource: Resource, suffix: string, service: string, policies: readonly string[]): Expr {
  const name = ctx.derived('aws_iam_role', resource.id, suffix);
  ctx.emit(
    'compute',
    'aws_iam_role',
    name,
    {
      assume_role_policy: assumeRolePolicy(service),
      managed_policy_arns: policies.map((policy) => `arn:aws:iam::aws:policy/${policy}`),
    },
    [],
    { from: resource },
  );
  return raw(`aws_iam_role.${name}.arn`);
}

export function mapInstance(ctx: TfContext, instance: ResourceOf<'instance'>): void {
  const subnet = ctx.index.subnetOf(instance.id);
  const address = ctx.emitPrimary('compute', instance, {
    ami: ami(ctx, instance, instance.operatingSystem),
    instance_type: instance.instanceType ?? 't3.micro',
    subnet_id: ctx.ref(subnet?.id),
    vpc_security_group_ids: instance.securityGroups ? ctx.securityGroupIds(instance.securityGroups) : undefined,
    associate_public_ip_address: instance.publicIp,
    private_ip: instance.privateIp,
    source_dest_check: instance.sourceDestCheck,
  });
  if (!address) return;
  const eip = ctx.ref(instance.elasticIp);
  if (eip) {
    ctx.emit('compute', 'aws_eip_association', ctx.derived('aws_eip_association', instance.id, ''), {
      allocation_id: eip,
      instance_id: raw(`${address}.id`),
    }, [], { from: instance });
  }
  ctx.output(`${ctx.nameOf(instance.id)}_private_ip`, 'Private address of an EC2 instance', raw(`${address}.private_ip`));
}

export function mapAutoScalingGroup(ctx: TfContext, group: ResourceOf<'auto-scaling-group'>): void {
  const templateName = ctx.derived('aws_launch_template', group.id, '');
  const securityGroups = ctx.securityGroupIds(group.securityGroups);
  ctx.emit(
    'compute',
    'aws_launch_template',
    templateName,
    {
      name: ctx.awsNames.unique('launch-template', awsName(group.name, group.id, 125, '_'), 125),
      image_id: ami(ctx, group, group.operatingSystem),
      instance_type: group.instanceType ?? 't3.micro',
      vpc_security_group_ids: group.publicIp ? undefined : securityGroups,
    },
    group.publicIp
      ? [block('network_interfaces', [], { associate_public_ip_address: true, security_groups: securityGroups })]
      : [],
    { from: group },
  );
  const targetGroups = ctx.refs([...(group.targetGroups ?? []), ...targetGroupsTargeting(ctx, group.id)], 'arn');
  ctx.emitPrimary(
    'compute',
    group,
    {
      name: ctx.awsNames.unique('asg', awsName(group.name, group.id, 255, '_'), 255),
      min_size: group.minSize,
      max_size: group.maxSize,
      desired_capacity: group.desiredCapacity,
      vpc_zone_identifier: ctx.subnetIds(group),
      target_group_arns: targetGroups.length > 0 ? targetGroups : undefined,
    },
    [
      block('launch_template', [], { id: raw(`aws_launch_template.${templateName}.id`), version: '$Latest' }),
      block('tag', [], { key: 'Name', value: group.name || group.id, propagate_at_launch: true }),
    ],
  );
}

export function mapEcsService(ctx: TfContext, service: ResourceOf<'ecs-service'>): void {
  const vpc = ctx.index.vpcOf(service.id);
  const owner = ctx.index.ownerOf(service.id) ?? '';
  const provider = ctx.providerOf(service);
  // The design has no cluster of its own: one per VPC and owning account.
  const clusterAnchor = vpc ?? service;
  const clusterName = ctx.derived('aws_ecs_cluster', clusterAnchor.id, `ecs:${owner}`, 'ecs');
  // Every service of the VPC shares the cluster: its AWS name is taken once, not per service.
  if (!ctx.hasEmitted('aws_ecs_cluster', clusterName)) {
    ctx.emit(
      'compute',
      'aws_ecs_cluster',
      clusterName,
      { name: ctx.awsNames.unique(`ecs:${owner}`, awsName(`${clusterAnchor.name}-ecs`, `${clusterAnchor.id}-ecs`, 255, '_'), 255) },
      [],
      { from: clusterAnchor, provider },
    );
  }
  const account = ctx.index.getOf(owner, 'account');
  const port = service.containerPort;
  const taskName = ctx.derived('aws_ecs_task_definition', service.id, '');
  ctx.emit(
    'compute',
    'aws_ecs_task_definition',
    taskName,
    {
      family: awsName(service.name, service.id, 255, '_'),
      network_mode: service.networkMode,
      requires_compatibilities: [service.launchType],
      cpu: '256',
      memory: '512',
      task_role_arn: service.taskRole && account ? ctx.roleArn(account, service.taskRole) : undefined,
      container_definitions: call(
        'jsonencode',
        list([
          obj({
            name: 'app',
            image: service.image ?? ctx.variable(`${ctx.nameOf(service.id)}_image`, { description: 'Container image of an ECS service', type: 'string' }),
            essential: true,
            portMappings: port === undefined ? undefined : list([obj({ containerPort: port, protocol: 'tcp' })]),
          }),
        ]),
      ),
    },
    [],
    { from: service },
  );
  if (service.serviceDiscoveryNamespace && vpc) {
    ctx.emit(
      'compute',
      'aws_service_discovery_private_dns_namespace',
      ctx.derived('aws_service_discovery_private_dns_namespace', vpc.id, `ns:${service.serviceDiscoveryNamespace}`, 'namespace'),
      { name: awsName(service.serviceDiscoveryNamespace, `${service.id}.local`, 253, '._'), vpc: ctx.ref(vpc.id) },
      [],
      { from: vpc, provider },
    );
  }
  const groups = [...new Set([...(service.targetGroups ?? []), ...targetGroupsTargeting(ctx, service.id)])]
    .map((id) => ctx.index.getOf(id, 'target-group'))
    .filter((group): group is ResourceOf<'target-group'> => group !== undefined && ctx.address(group.id) !== undefined);
  const awsvpc = service.networkMode === 'awsvpc';
  ctx.emitPrimary(
    'compute',
    service,
    {
      name: awsName(service.name, service.id, 255, '_'),
      cluster: raw(`aws_ecs_cluster.${clusterName}.id`),
      task_definition: raw(`aws_ecs_task_definition.${taskName}.arn`),
      desired_count: service.desiredCount,
      launch_type: service.launchType,
    },
    [
      ...(awsvpc
        ? [
            block('network_configuration', [], {
              subnets: ctx.subnetIds(service),
              security_groups: ctx.securityGroupIds(service.securityGroups),
              assign_public_ip: service.launchType === 'FARGATE' ? (service.assignPublicIp ?? false) : undefined,
            }),
          ]
        : []),
      ...groups.map((group) =>
        block('load_balancer', [], { target_group_arn: ctx.ref(group.id, 'arn'), container_name: 'app', container_port: port ?? group.port }),
      ),
    ],
  );
}

export function mapEksCluster(ctx: TfContext, cluster: ResourceOf<'eks-cluster'>): void {
  const roleArn = serviceRole(ctx, cluster, 'cluster', 'eks.amazonaws.com', ['AmazonEKSClusterPolicy']);
  const subnets = ctx.subnetIds(cluster);
  const address = ctx.emitPrimary(
    'compute',
    cluster,
    { name: ctx.awsNames.unique('eks', awsName(cluster.name, cluster.id, 100, '_'), 100), role_arn: roleArn, version: cluster.version },
    [block('vpc_config', [], { subnet_ids: subnets })],
  );
  if (!address || cluster.compute !== 'managed-nodes') return;
  const nodeRole = serviceRole(ctx, cluster, 'nodes', 'ec2.amazonaws.com', [
    'AmazonEKSWorkerNodePolicy',
    'AmazonEKS_CNI_Policy',
    'AmazonEC2ContainerRegistryReadOnly',
  ]);
  ctx.emit(
    'compute',
    'aws_eks_node_group',
    ctx.derived('aws_eks_node_group', cluster.id, 'nodes'),
    {
      cluster_name: raw(`${address}.name`),
      node_group_name: 'default',
      node_role_arn: nodeRole,
      subnet_ids: subnets,
      instance_types: [cluster.nodeInstanceType ?? 't3.medium'],
    },
    [block('scaling_config', [], { desired_size: 2, max_size: 3, min_size: 1 })],
    { from: cluster },
  );
}

export function mapBeanstalk(ctx: TfContext, environment: ResourceOf<'beanstalk-environment'>): void {
  const vpc = ctx.index.vpcOf(environment.id);
  const lb = ctx.index.get(environment.loadBalancer);
  const setting = (namespace: string, name: string, value: Expr | string | undefined) =>
    value === undefined ? [] : [block('setting', [], { namespace, name, value })];
  const joined = (ids: Expr[]) => (ids.length > 0 ? call('join', ',', ids) : undefined);
  const lbKind = isBalancer(lb) ? kindInfo(lb.kind).balancer : undefined;
  const platform = environment.platform;
  ctx.emitPrimary(
    'compute',
    environment,
    {
      name: ctx.awsNames.unique('beanstalk', beanstalkName(environment), 40),
      application: ctx.variable('beanstalk_application', { description: 'Name of the Elastic Beanstalk application the environments belong to', type: 'string' }),
      solution_stack_name:
        platform && !platform.startsWith('arn:')
          ? platform
          : platform
            ? undefined
            : ctx.variable('beanstalk_solution_stack', { description: 'Elastic Beanstalk solution stack name', type: 'string' }),
      platform_arn: platform?.startsWith('arn:') ? platform : undefined,
    },
    [
      ...setting('aws:ec2:vpc', 'VPCId', vpc ? ctx.ref(vpc.id) : undefined),
      ...setting('aws:ec2:vpc', 'Subnets', joined(ctx.subnetIds(environment))),
      ...setting('aws:ec2:vpc', 'ELBSubnets', lb ? joined(ctx.subnetIds(lb)) : undefined),
      ...setting('aws:ec2:vpc', 'ELBScheme', lb && 'scheme' in lb && lb.scheme === 'internal' ? 'internal' : undefined),
      ...setting('aws:elasticbeanstalk:environment', 'EnvironmentType', lbKind ? 'LoadBalanced' : 'SingleInstance'),
      ...setting('aws:elasticbeanstalk:environment', 'LoadBalancerType', lbKind),
      ...setting('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', 'aws-elasticbeanstalk-ec2-role'),
      ...setting('aws:autoscaling:launchconfiguration', 'InstanceType', environment.instanceType),
      ...setting('aws:autoscaling:launchconfiguration', 'SecurityGroups', joined(ctx.securityGroupIds(environment.securityGroups))),
      ...setting('aws:elasticbeanstalk:application:environment', 'PORT', environment.port === undefined ? undefined : String(environment.port)),
    ],
  );
}

/** Environment names are 4 to 40 letters, digits and hyphens. */
function beanstalkName(environment: ResourceOf<'beanstalk-environment'>): string {
  const name = awsName(environment.name, environment.id, 40);
  return name.length >= 4 ? name : `${name}-env`;
}

export function mapLambda(ctx: TfContext, fn: ResourceOf<'lambda'>): void {
  const subnets = ctx.subnetIds(fn);
  const role = serviceRole(ctx, fn, 'role', 'lambda.amazonaws.com', [
    subnets.length > 0 ? 'service-role/AWSLambdaVPCAccessExecutionRole' : 'service-role/AWSLambdaBasicExecutionRole',
  ]);
  ctx.emitPrimary(
    'compute',
    fn,
    {
      function_name: ctx.awsNames.unique('lambda', awsName(fn.name, fn.id, 64, '_'), 64),
      role,
      runtime: fn.runtime ?? 'python3.12',
      handler: 'index.handler',
      filename: ctx.variable(`${ctx.nameOf(fn.id)}_package`, { description: 'Path to the deployment package (zip) of a Lambda function', type: 'string' }),
    },
    subnets.length > 0
      ? [block('vpc_config', [], { subnet_ids: subnets, security_group_ids: ctx.securityGroupIds(fn.securityGroups) })]
      : [],
  );
}

const KUBERNETES_OBJECT = 'a Kubernetes object, applied with kubectl or the kubernetes provider';

export const COMPUTE_TERRAFORM = {
  instance: { type: () => 'aws_instance', emit: mapInstance },
  'auto-scaling-group': { type: () => 'aws_autoscaling_group', emit: mapAutoScalingGroup },
  'ecs-service': { type: () => 'aws_ecs_service', emit: mapEcsService },
  'eks-cluster': { type: () => 'aws_eks_cluster', emit: mapEksCluster },
  'beanstalk-environment': { type: () => 'aws_elastic_beanstalk_environment', emit: mapBeanstalk },
  lambda: { type: () => 'aws_lambda_function', emit: mapLambda },
  'k8s-service': { notMapped: KUBERNETES_OBJECT },
  'k8s-ingress': { notMapped: KUBERNETES_OBJECT },
} satisfies TerraformKinds;
