/** Instances, Auto Scaling groups, ECS, EKS, Elastic Beanstalk and Lambda: compute.tf. */
import { isBalancer, kindInfo, type Resource, type ResourceOf } from '../../model/index.ts';
import type { TfContext } from './context.ts';
import { block, call, list, obj, raw, type Expr } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';
import { listenersForwardingTo, targetGroupsTargeting } from './load-balancing.ts';
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

/** An IAM role for a service with AWS managed policies attached, one attachment each; returns the role's address. */
export function serviceRole(ctx: TfContext, resource: Resource, suffix: string, service: string, policies: readonly string[]): string {
  const name = ctx.derived('aws_iam_role', resource.id, suffix);
  const address = ctx.emit('compute', 'aws_iam_role', name, { assume_role_policy: assumeRolePolicy(service) }, [], { from: resource });
  for (const policy of policies) {
    const short = policy.slice(policy.lastIndexOf('/') + 1);
    ctx.emit(
      'compute',
      'aws_iam_role_policy_attachment',
      ctx.derived('aws_iam_role_policy_attachment', resource.id, `${suffix}:${policy}`, `${suffix}_${short}`),
      { role: raw(`${address}.name`), policy_arn: `arn:aws:iam::aws:policy/${policy}` },
      [],
      { from: resource },
    );
  }
  return address;
}

/** Attachments of a role, for what may only start once its policies are in place. */
function roleAttachments(ctx: TfContext, resource: Resource, suffix: string, policies: readonly string[]): Expr[] {
  return policies.map((policy) =>
    raw(`aws_iam_role_policy_attachment.${ctx.derived('aws_iam_role_policy_attachment', resource.id, `${suffix}:${policy}`)}`),
  );
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

const ECS_EXECUTION_POLICIES = ['service-role/AmazonECSTaskExecutionRolePolicy'];

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
  const family = awsName(service.name, service.id, 255, '_');
  // Tasks pull their image and write their logs as the execution role; without it a private image never starts.
  const executionRole = serviceRole(ctx, service, 'execution', 'ecs-tasks.amazonaws.com', ECS_EXECUTION_POLICIES);
  const logGroup = ctx.emit(
    'compute',
    'aws_cloudwatch_log_group',
    ctx.derived('aws_cloudwatch_log_group', service.id, 'logs'),
    { name: `/ecs/${family}`, retention_in_days: 30 },
    [],
    { from: service },
  );
  const taskName = ctx.derived('aws_ecs_task_definition', service.id, '');
  ctx.emit(
    'compute',
    'aws_ecs_task_definition',
    taskName,
    {
      family,
      network_mode: service.networkMode,
      requires_compatibilities: [service.launchType],
      cpu: '256',
      memory: '512',
      execution_role_arn: raw(`${executionRole}.arn`),
      task_role_arn: service.taskRole && account ? ctx.roleArn(account, service.taskRole) : undefined,
      container_definitions: call(
        'jsonencode',
        list([
          obj({
            name: 'app',
            image: service.image ?? ctx.variable(`${ctx.nameOf(service.id)}_image`, { description: 'Container image of an ECS service', type: 'string' }),
            essential: true,
            portMappings: port === undefined ? undefined : list([obj({ containerPort: port, hostPort: service.networkMode === 'awsvpc' ? port : undefined, protocol: 'tcp' })]),
            logConfiguration: obj({
              logDriver: 'awslogs',
              options: obj({ 'awslogs-group': raw(`${logGroup}.name`), 'awslogs-region': ctx.regionOf(service), 'awslogs-stream-prefix': 'app' }),
            }),
          }),
        ]),
      ),
    },
    [],
    { from: service },
  );
  const awsvpc = service.networkMode === 'awsvpc';
  let registry: Expr | undefined;
  if (service.serviceDiscoveryNamespace && vpc) {
    const namespace = ctx.emit(
      'compute',
      'aws_service_discovery_private_dns_namespace',
      ctx.derived('aws_service_discovery_private_dns_namespace', vpc.id, `ns:${service.serviceDiscoveryNamespace}`, 'namespace'),
      { name: awsName(service.serviceDiscoveryNamespace, `${service.id}.local`, 253, '._'), vpc: ctx.ref(vpc.id) },
      [],
      { from: vpc, provider },
    );
    // The service registers its tasks in the namespace: A records for awsvpc tasks, SRV otherwise.
    const discovery = ctx.emit(
      'compute',
      'aws_service_discovery_service',
      ctx.derived('aws_service_discovery_service', service.id, 'discovery', ''),
      { name: awsName(service.name, service.id, 127).toLowerCase() },
      [
        block('dns_config', [], { namespace_id: raw(`${namespace}.id`), routing_policy: 'MULTIVALUE' }, [
          block('dns_records', [], { ttl: 10, type: awsvpc ? 'A' : 'SRV' }),
        ]),
        block('health_check_custom_config', [], { failure_threshold: 1 }),
      ],
      { from: service },
    );
    registry = raw(`${discovery}.arn`);
  }
  const groups = [...new Set([...(service.targetGroups ?? []), ...targetGroupsTargeting(ctx, service.id)])]
    .map((id) => ctx.index.getOf(id, 'target-group'))
    .filter((group): group is ResourceOf<'target-group'> => group !== undefined && ctx.address(group.id) !== undefined);
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
      ...(registry ? [block('service_registries', [], awsvpc ? { registry_arn: registry } : { registry_arn: registry, container_name: 'app', container_port: port })] : []),
    ],
    // ECS refuses a target group that no listener forwards to yet.
    { dependsOn: groups.flatMap((group) => listenersForwardingTo(ctx, group.id)) },
  );
}

const EKS_CLUSTER_POLICIES = ['AmazonEKSClusterPolicy'];
const EKS_NODE_POLICIES = ['AmazonEKSWorkerNodePolicy', 'AmazonEKS_CNI_Policy', 'AmazonEC2ContainerRegistryReadOnly'];

/** The managed node group of a cluster, for what registers its nodes (target groups). */
export function eksNodeGroupAddress(ctx: TfContext, clusterId: string): string | undefined {
  const cluster = ctx.index.getOf(clusterId, 'eks-cluster');
  if (!cluster || cluster.compute !== 'managed-nodes' || !ctx.address(cluster.id)) return undefined;
  return `aws_eks_node_group.${ctx.derived('aws_eks_node_group', cluster.id, 'nodes')}`;
}

export function mapEksCluster(ctx: TfContext, cluster: ResourceOf<'eks-cluster'>): void {
  const role = serviceRole(ctx, cluster, 'cluster', 'eks.amazonaws.com', EKS_CLUSTER_POLICIES);
  const subnets = ctx.subnetIds(cluster);
  const address = ctx.emitPrimary(
    'compute',
    cluster,
    { name: ctx.awsNames.unique('eks', awsName(cluster.name, cluster.id, 100, '_'), 100), role_arn: raw(`${role}.arn`), version: cluster.version },
    [block('vpc_config', [], { subnet_ids: subnets })],
    { dependsOn: roleAttachments(ctx, cluster, 'cluster', EKS_CLUSTER_POLICIES) },
  );
  if (!address || cluster.compute !== 'managed-nodes') return;
  const nodeRole = serviceRole(ctx, cluster, 'nodes', 'ec2.amazonaws.com', EKS_NODE_POLICIES);
  // The design's node security groups go on the nodes through a launch template; with one, EKS
  // no longer adds the cluster security group itself, so it is listed too.
  const nodeGroups = ctx.securityGroupIds(cluster.nodeSecurityGroups);
  const template = ctx.derived('aws_launch_template', cluster.id, 'nodes');
  if (nodeGroups.length > 0) {
    ctx.emit(
      'compute',
      'aws_launch_template',
      template,
      {
        name_prefix: `${awsName(cluster.name, cluster.id, 100, '_')}-nodes-`,
        vpc_security_group_ids: [raw(`${address}.vpc_config[0].cluster_security_group_id`), ...nodeGroups],
      },
      [],
      { from: cluster },
    );
  }
  ctx.emit(
    'compute',
    'aws_eks_node_group',
    ctx.derived('aws_eks_node_group', cluster.id, 'nodes'),
    {
      cluster_name: raw(`${address}.name`),
      node_group_name: 'default',
      node_role_arn: raw(`${nodeRole}.arn`),
      subnet_ids: subnets,
      instance_types: [cluster.nodeInstanceType ?? 't3.medium'],
    },
    [
      block('scaling_config', [], { desired_size: 2, max_size: 3, min_size: 1 }),
      ...(nodeGroups.length > 0
        ? [block('launch_template', [], { id: raw(`aws_launch_template.${template}.id`), version: raw(`aws_launch_template.${template}.latest_version`) })]
        : []),
    ],
    { from: cluster, dependsOn: roleAttachments(ctx, cluster, 'nodes', EKS_NODE_POLICIES) },
  );
}

const BEANSTALK_INSTANCE_POLICIES = ['AWSElasticBeanstalkWebTier', 'AWSElasticBeanstalkMulticontainerDocker', 'AWSElasticBeanstalkWorkerTier'];
const BEANSTALK_SERVICE_POLICIES = ['service-role/AWSElasticBeanstalkEnhancedHealth', 'AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy'];

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The solution stack for a design's platform. A solution stack name (`64bit Amazon Linux 2023
 * v4.6.0 running Docker`) is used as it is; a platform branch (`Docker running on 64bit Amazon
 * Linux 2023`), which CreateEnvironment refuses, becomes the branch's most recent stack.
 */
export function solutionStack(platform: string): { name: string } | { regex: string } {
  if (/^64bit .+ v[0-9][0-9.]* running .+$/.test(platform)) return { name: platform };
  const branch = /^(.+?) running on (64bit .+)$/.exec(platform);
  if (branch) return { regex: `^${escapeRegex(branch[2]!)} v[0-9.]+ running ${escapeRegex(branch[1]!)}$` };
  return { name: platform };
}

export function mapBeanstalk(ctx: TfContext, environment: ResourceOf<'beanstalk-environment'>): void {
  const vpc = ctx.index.vpcOf(environment.id);
  const lb = ctx.index.get(environment.loadBalancer);
  const setting = (namespace: string, name: string, value: Expr | string | undefined) =>
    value === undefined ? [] : [block('setting', [], { namespace, name, value })];
  const joined = (ids: Expr[]) => (ids.length > 0 ? call('join', ',', ids) : undefined);
  const lbKind = isBalancer(lb) ? kindInfo(lb.kind).balancer : undefined;
  const envName = ctx.awsNames.unique('beanstalk', beanstalkName(environment), 40);
  // The application, the instances' profile and the service role belong to the environment.
  const application = ctx.emit(
    'compute',
    'aws_elastic_beanstalk_application',
    ctx.derived('aws_elastic_beanstalk_application', environment.id, 'app', ''),
    { name: envName, description: `Application of the ${envName} environment` },
    [],
    { from: environment },
  );
  const instanceRole = serviceRole(ctx, environment, 'instances', 'ec2.amazonaws.com', BEANSTALK_INSTANCE_POLICIES);
  const profile = ctx.emit(
    'compute',
    'aws_iam_instance_profile',
    ctx.derived('aws_iam_instance_profile', environment.id, 'instances'),
    { name: `${envName}-instances`, role: raw(`${instanceRole}.name`) },
    [],
    { from: environment },
  );
  const serviceRoleAddress = serviceRole(ctx, environment, 'service', 'elasticbeanstalk.amazonaws.com', BEANSTALK_SERVICE_POLICIES);
  const platform = environment.platform;
  const stack = platform && !platform.startsWith('arn:') ? solutionStack(platform) : undefined;
  const stackData =
    stack && 'regex' in stack
      ? ctx.emitData('compute', 'aws_elastic_beanstalk_solution_stack', ctx.derived('data.aws_elastic_beanstalk_solution_stack', environment.id, 'stack'), { most_recent: true, name_regex: stack.regex }, [], { from: environment })
      : undefined;
  const lbGroups = isBalancer(lb) && lb.kind === 'alb' ? ctx.securityGroupIds(lb.securityGroups) : [];
  ctx.emitPrimary(
    'compute',
    environment,
    {
      name: envName,
      application: raw(`${application}.name`),
      solution_stack_name: stackData
        ? raw(`${stackData}.name`)
        : stack && 'name' in stack
          ? stack.name
          : platform
            ? undefined
            : ctx.variable('beanstalk_solution_stack', { description: 'Elastic Beanstalk solution stack name, e.g. "64bit Amazon Linux 2023 v4.6.0 running Docker"', type: 'string' }),
      platform_arn: platform?.startsWith('arn:') ? platform : undefined,
    },
    [
      ...setting('aws:ec2:vpc', 'VPCId', vpc ? ctx.ref(vpc.id) : undefined),
      ...setting('aws:ec2:vpc', 'Subnets', joined(ctx.subnetIds(environment))),
      ...setting('aws:ec2:vpc', 'ELBSubnets', lb ? joined(ctx.subnetIds(lb)) : undefined),
      ...setting('aws:ec2:vpc', 'ELBScheme', lb && 'scheme' in lb && lb.scheme === 'internal' ? 'internal' : undefined),
      ...setting('aws:elasticbeanstalk:environment', 'EnvironmentType', lbKind ? 'LoadBalanced' : 'SingleInstance'),
      ...setting('aws:elasticbeanstalk:environment', 'LoadBalancerType', lbKind),
      ...setting('aws:elasticbeanstalk:environment', 'ServiceRole', raw(`${serviceRoleAddress}.arn`)),
      ...setting('aws:elbv2:loadbalancer', 'SecurityGroups', joined(lbGroups)),
      ...setting('aws:elbv2:loadbalancer', 'ManagedSecurityGroup', lbGroups[0]),
      ...setting('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', raw(`${profile}.name`)),
      ...setting('aws:autoscaling:launchconfiguration', 'InstanceType', environment.instanceType),
      ...setting('aws:autoscaling:launchconfiguration', 'SecurityGroups', joined(ctx.securityGroupIds(environment.securityGroups))),
      ...setting('aws:elasticbeanstalk:application:environment', 'PORT', environment.port === undefined ? undefined : String(environment.port)),
    ],
    {
      dependsOn: [
        ...roleAttachments(ctx, environment, 'instances', BEANSTALK_INSTANCE_POLICIES),
        ...roleAttachments(ctx, environment, 'service', BEANSTALK_SERVICE_POLICIES),
      ],
    },
  );
}

/** Environment names are 4 to 40 letters, digits and hyphens. */
function beanstalkName(environment: ResourceOf<'beanstalk-environment'>): string {
  const name = awsName(environment.name, environment.id, 40);
  return name.length >= 4 ? name : `${name}-env`;
}

export function mapLambda(ctx: TfContext, fn: ResourceOf<'lambda'>): void {
  const subnets = ctx.subnetIds(fn);
  const policies = [subnets.length > 0 ? 'service-role/AWSLambdaVPCAccessExecutionRole' : 'service-role/AWSLambdaBasicExecutionRole'];
  const role = raw(`${serviceRole(ctx, fn, 'role', 'lambda.amazonaws.com', policies)}.arn`);
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
    { dependsOn: roleAttachments(ctx, fn, 'role', policies) },
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
