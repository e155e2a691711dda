/** EC2 instances, Auto Scaling groups, Lambda, ECS, EKS and Elastic Beanstalk. */
import { isBalancer, kindInfo } from '../../model/kinds.ts';
import type { ResourceOf } from '../../model/resources.ts';
import type { Environment, ExportContext, Handle, Placed } from './context.ts';
import { securityGroupRef, securityGroupRefs, subnetRefs, tagResource, vpcRef } from './common.ts';
import { awsName, code, type Code, pascal, str, type Value } from './literal.ts';
import { waitForListeners } from './loadbalancing.ts';
import { once, type CdkKinds } from './kind.ts';
import { acceptCustomResourceProvider, acceptFindings, acceptInstanceVolumeCheck, acceptManagedPolicy } from './nag.ts';
import type { StackWriter } from './writer.ts';

/** The latest Amazon-published image, resolved at deploy time from SSM (no lookup at synth). */
function imageId(os: 'linux' | 'windows' | undefined): string {
  return os === 'windows'
    ? '{{resolve:ssm:/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base}}'
    : '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}';
}

/** The root volume, encrypted (the AMIs' own root device names). */
function encryptedRoot(os: 'linux' | 'windows' | undefined) {
  return [{ deviceName: os === 'windows' ? '/dev/sda1' : '/dev/xvda', ebs: { encrypted: true } }];
}

function managedPolicy(name: string): Code {
  return code(`Fn.join("", ["arn:", Aws.PARTITION, ":iam::aws:policy/${name}"])`);
}

/** An IAM role a service assumes, with AWS managed policies. */
export function serviceRole(stack: StackWriter, varName: string, constructId: string, service: string, policies: string[]): string {
  stack.use('Fn');
  stack.use('Aws');
  const role = stack.vars.take(`${varName}Role`);
  stack.construct(role, 'iam.CfnRole', stack.ids.take(`${constructId}Role`), {
    assumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
    },
    managedPolicyArns: policies.map(managedPolicy),
  });
  for (const policy of policies) acceptManagedPolicy(stack, role, policy, service);
  return role;
}

export function emitInstance(ctx: ExportContext, { resource, stack, varName, constructId, managedBy }: Handle): void {
  // An Elastic Beanstalk environment launches its own instances.
  if (managedBy) return;
  const instance = resource as ResourceOf<'instance'>;
  const subnet = ctx.index.subnetsOf(instance)[0];
  stack.construct(varName, 'ec2.CfnInstance', constructId, {
    imageId: imageId(instance.operatingSystem),
    instanceType: instance.instanceType ?? 't3.micro',
    sourceDestCheck: instance.sourceDestCheck,
    blockDeviceMappings: encryptedRoot(instance.operatingSystem),
    monitoring: true,
    disableApiTermination: true,
    networkInterfaces: subnet
      ? [
          {
            deviceIndex: '0',
            subnetId: ctx.ref(stack, subnet.id, 'ref', `subnet ${subnet.name}`),
            groupSet: securityGroupRefs(ctx, stack, instance.securityGroups),
            associatePublicIpAddress: instance.publicIp,
            privateIpAddress: instance.privateIp,
          },
        ]
      : undefined,
  });
  tagResource(stack, varName, instance);
  acceptInstanceVolumeCheck(stack, varName);
  if (instance.elasticIp && ctx.handle(instance.elasticIp)) {
    stack.add('ec2.CfnEIPAssociation', `${constructId}Eip`, {
      allocationId: ctx.ref(stack, instance.elasticIp, 'attrAllocationId', `allocation id of Elastic IP ${ctx.index.get(instance.elasticIp)?.name}`),
      instanceId: code(`${varName}.ref`),
    });
  }
}

/** Target groups a service registers with: its own list and the groups that name it. */
function targetGroupsOf(ctx: ExportContext, id: string, own: readonly string[] | undefined): string[] {
  const named = ctx.index.ofKind('target-group').filter((group) => group.targets.some((target) => target.target === id));
  return [...new Set([...(own ?? []), ...named.map((group) => group.id)])].filter((group) => ctx.handle(group));
}

export function emitAutoScalingGroup(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const asg = resource as ResourceOf<'auto-scaling-group'>;
  const groups = securityGroupRefs(ctx, stack, asg.securityGroups);
  const template = stack.vars.take(`${varName}LaunchTemplate`);
  stack.construct(template, 'ec2.CfnLaunchTemplate', stack.ids.take(`${constructId}LaunchTemplate`), {
    launchTemplateData: {
      imageId: imageId(asg.operatingSystem),
      instanceType: asg.instanceType ?? 't3.micro',
      blockDeviceMappings: encryptedRoot(asg.operatingSystem),
      securityGroupIds: asg.publicIp ? undefined : groups,
      networkInterfaces: asg.publicIp ? [{ deviceIndex: 0, associatePublicIpAddress: true, groups }] : undefined,
      metadataOptions: { httpTokens: 'required' },
    },
  });
  const targetGroups = targetGroupsOf(ctx, asg.id, asg.targetGroups);
  stack.construct(varName, 'autoscaling.CfnAutoScalingGroup', constructId, {
    minSize: String(asg.minSize),
    maxSize: String(asg.maxSize),
    desiredCapacity: asg.desiredCapacity === undefined ? undefined : String(asg.desiredCapacity),
    vpcZoneIdentifier: subnetRefs(ctx, stack, asg),
    launchTemplate: { launchTemplateId: code(`${template}.ref`), version: code(`${template}.attrLatestVersionNumber`) },
    targetGroupArns: targetGroups.length > 0 ? targetGroups.map((id) => ctx.ref(stack, id, 'ref', `target group ${ctx.index.get(id)?.name}`)) : undefined,
  });
  tagResource(stack, varName, asg);
  acceptFindings(stack, varName, 'AwsSolutions-AS3');
}

const INLINE_RUNTIME = /^(nodejs|python)/;

export function emitLambda(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const fn = resource as ResourceOf<'lambda'>;
  const subnets = subnetRefs(ctx, stack, fn);
  const inVpc = subnets.length > 0;
  const role = serviceRole(stack, varName, constructId, 'lambda.amazonaws.com', [
    inVpc ? 'service-role/AWSLambdaVPCAccessExecutionRole' : 'service-role/AWSLambdaBasicExecutionRole',
  ]);
  const runtime = fn.runtime ?? 'nodejs22.x';
  const vpc = ctx.index.vpcOf(fn.id);
  const groups = securityGroupRefs(ctx, stack, fn.securityGroups) ?? (vpc && inVpc ? defaultGroup(ctx, stack, vpc.id) : undefined);
  const inline = INLINE_RUNTIME.test(runtime);
  stack.construct(varName, 'lambda.CfnFunction', constructId, {
    role: code(`${role}.attrArn`),
    runtime,
    handler: 'index.handler',
    // The function's own code is not part of the design: a placeholder, or the package's location.
    code: inline
      ? {
          zipFile: runtime.startsWith('python')
            ? 'def handler(event, context):\n    return {"statusCode": 200}\n'
            : 'exports.handler = async () => ({ statusCode: 200 });\n',
        }
      : {
          s3Bucket: stack.parameter(`code-bucket\u0000${fn.id}`, `${constructId}CodeBucket`, { type: 'String', description: `S3 bucket of the package of ${fn.name || fn.id}` }),
          s3Key: stack.parameter(`code-key\u0000${fn.id}`, `${constructId}CodeKey`, { type: 'String', description: `S3 key of the package of ${fn.name || fn.id}` }),
        },
    vpcConfig: inVpc ? { subnetIds: subnets, securityGroupIds: groups } : undefined,
  });
  tagResource(stack, varName, fn);
  acceptFindings(stack, varName, 'AwsSolutions-L1');
}

function defaultGroup(ctx: ExportContext, stack: StackWriter, vpcId: string): Code[] {
  const group = ctx.index.defaultSecurityGroup(vpcId);
  return group ? [securityGroupRef(ctx, stack, group.id)] : [ctx.ref(stack, vpcId, 'attrDefaultSecurityGroup', 'default security group')];
}

/** One ECS cluster per account and region holds its services. */
const clusters = new WeakMap<Environment, Placed>();

function clusterOf(ctx: ExportContext, stack: StackWriter): Code {
  let cluster = clusters.get(stack.env);
  if (!cluster) {
    cluster = { stack, varName: stack.vars.take('ecsCluster') };
    stack.construct(cluster.varName, 'ecs.CfnCluster', stack.ids.take('EcsCluster'), {
      clusterSettings: [{ name: 'containerInsights', value: 'enabled' }],
    });
    clusters.set(stack.env, cluster);
  }
  return ctx.refVar(stack, cluster, 'ref', 'ecs-cluster', 'EcsClusterRef', 'ECS cluster');
}

/** One Cloud Map private DNS namespace per VPC and name. */
const namespaces = new WeakMap<ExportContext, Map<string, Placed>>();

/** The Cloud Map service an ECS service registers its tasks in, in its namespace: its ARN. */
function discoveryOf(ctx: ExportContext, stack: StackWriter, service: ResourceOf<'ecs-service'>, varName: string, constructId: string): Code | undefined {
  const vpc = ctx.index.vpcOf(service.id);
  const name = service.serviceDiscoveryNamespace;
  if (!vpc || !name) return undefined;
  let byName = namespaces.get(ctx);
  if (!byName) namespaces.set(ctx, (byName = new Map()));
  const key = `namespace\u0000${vpc.id}\u0000${name}`;
  let namespace = byName.get(key);
  if (!namespace) {
    namespace = { stack, varName: stack.vars.take('cloudMapNamespace') };
    stack.construct(namespace.varName, 'servicediscovery.CfnPrivateDnsNamespace', stack.ids.take(`CloudMapNamespace${pascal(name)}`), {
      name,
      vpc: vpcRef(ctx, stack, vpc.id),
    });
    byName.set(key, namespace);
  }
  const namespaceId = ctx.refVar(stack, namespace, 'attrId', key, `CloudMapNamespace${pascal(name)}Id`, `Cloud Map namespace ${name}`);
  const discovery = stack.vars.take(`${varName}Discovery`);
  stack.construct(discovery, 'servicediscovery.CfnService', stack.ids.take(`${constructId}Discovery`), {
    name: awsName(service.name, service.id, 127),
    namespaceId,
    dnsConfig: { routingPolicy: 'MULTIVALUE', dnsRecords: [{ type: service.networkMode === 'awsvpc' ? 'A' : 'SRV', ttl: 10 }] },
    healthCheckCustomConfig: { failureThreshold: 1 },
  });
  return code(`${discovery}.attrArn`);
}

export function emitEcsService(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const service = resource as ResourceOf<'ecs-service'>;
  const cluster = clusterOf(ctx, stack);
  const task = stack.vars.take(`${varName}Task`);
  const awsvpc = service.networkMode === 'awsvpc';
  stack.use('Stack');
  // The agent pulls private ECR images and writes the container's logs with this role.
  const execution = serviceRole(stack, `${varName}Execution`, `${constructId}Execution`, 'ecs-tasks.amazonaws.com', ['service-role/AmazonECSTaskExecutionRolePolicy']);
  const logGroup = stack.vars.take(`${varName}Logs`);
  stack.construct(logGroup, 'logs.CfnLogGroup', stack.ids.take(`${constructId}Logs`), { retentionInDays: 30 });
  stack.use('Aws');
  stack.construct(task, 'ecs.CfnTaskDefinition', stack.ids.take(`${constructId}Task`), {
    networkMode: service.networkMode,
    requiresCompatibilities: [service.launchType],
    cpu: '256',
    memory: '512',
    executionRoleArn: code(`${execution}.attrArn`),
    taskRoleArn: service.taskRole ? code(`this.formatArn({ service: "iam", region: "", resource: "role", resourceName: ${str(awsName(service.taskRole, "task", 64))} })`) : undefined,
    containerDefinitions: [
      {
        name: 'app',
        image: service.image ?? 'public.ecr.aws/nginx/nginx:stable',
        essential: true,
        portMappings: service.containerPort === undefined ? undefined : [{ containerPort: service.containerPort }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': code(`${logGroup}.ref`), 'awslogs-region': code('Aws.REGION'), 'awslogs-stream-prefix': 'app' },
        },
      },
    ],
  });
  const targetGroups = service.containerPort === undefined ? [] : targetGroupsOf(ctx, service.id, service.targetGroups);
  const registry = discoveryOf(ctx, stack, service, varName, constructId);
  stack.construct(varName, 'ecs.CfnService', constructId, {
    cluster,
    launchType: service.launchType,
    desiredCount: service.desiredCount,
    taskDefinition: code(`${task}.ref`),
    networkConfiguration: awsvpc
      ? {
          awsvpcConfiguration: {
            subnets: subnetRefs(ctx, stack, service),
            securityGroups: securityGroupRefs(ctx, stack, service.securityGroups),
            assignPublicIp: service.assignPublicIp ? 'ENABLED' : 'DISABLED',
          },
        }
      : undefined,
    loadBalancers:
      targetGroups.length > 0
        ? targetGroups.map((id) => ({
            targetGroupArn: ctx.ref(stack, id, 'ref', `target group ${ctx.index.get(id)?.name}`),
            containerName: 'app',
            containerPort: service.containerPort,
          }))
        : undefined,
    // awsvpc tasks register A records; the others SRV records naming the container's port.
    serviceRegistries: registry
      ? [awsvpc ? { registryArn: registry } : { registryArn: registry, containerName: 'app', containerPort: service.containerPort }]
      : undefined,
  });
  tagResource(stack, varName, service);
  // ECS refuses a target group that no load balancer forwards to yet.
  waitForListeners(ctx, stack, varName, targetGroups);
}

export function emitEksCluster(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const cluster = resource as ResourceOf<'eks-cluster'>;
  const role = serviceRole(stack, varName, constructId, 'eks.amazonaws.com', ['AmazonEKSClusterPolicy']);
  const subnets = subnetRefs(ctx, stack, cluster);
  stack.construct(varName, 'eks.CfnCluster', constructId, {
    roleArn: code(`${role}.attrArn`),
    version: cluster.version,
    resourcesVpcConfig: {
      subnetIds: subnets,
      // Nodes reach the API server inside the VPC.
      endpointPrivateAccess: true,
    },
    logging: { clusterLogging: { enabledTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'].map((type) => ({ type })) } },
  });
  tagResource(stack, varName, cluster);
  acceptFindings(stack, varName, 'AwsSolutions-EKS1');
  if (cluster.compute === 'managed-nodes') {
    const nodeRole = serviceRole(stack, `${varName}Node`, `${constructId}Node`, 'ec2.amazonaws.com', [
      'AmazonEKSWorkerNodePolicy',
      'AmazonEKS_CNI_Policy',
      'AmazonEC2ContainerRegistryReadOnly',
    ]);
    // The design's node security groups (NodePorts, say) go on the nodes through a launch
    // template, not on the control plane; with one, EKS no longer adds the cluster security
    // group to the nodes itself, so it is listed too.
    const nodeGroups = securityGroupRefs(ctx, stack, cluster.nodeSecurityGroups);
    const template = nodeGroups ? stack.vars.take(`${varName}NodesLaunchTemplate`) : undefined;
    if (template && nodeGroups) {
      stack.construct(template, 'ec2.CfnLaunchTemplate', stack.ids.take(`${constructId}NodesLaunchTemplate`), {
        launchTemplateData: {
          securityGroupIds: [code(`${varName}.attrClusterSecurityGroupId`), ...nodeGroups],
          metadataOptions: { httpTokens: 'required' },
        },
      });
    }
    const nodes = stack.vars.take(`${varName}Nodes`);
    stack.construct(nodes, 'eks.CfnNodegroup', stack.ids.take(`${constructId}Nodes`), {
      clusterName: code(`${varName}.ref`),
      nodeRole: code(`${nodeRole}.attrArn`),
      subnets,
      instanceTypes: [cluster.nodeInstanceType ?? 't3.medium'],
      scalingConfig: { minSize: 1, maxSize: 3, desiredSize: 2 },
      launchTemplate: template ? { id: code(`${template}.ref`), version: code(`${template}.attrLatestVersionNumber`) } : undefined,
    });
    const targetGroups = targetGroupsOf(ctx, cluster.id, undefined).filter((id) => !ctx.handle(id)?.managedBy);
    if (targetGroups.length > 0) registerNodes(ctx, stack, { cluster: varName, nodes, constructId }, targetGroups);
  } else if (cluster.compute === 'fargate') {
    const podRole = serviceRole(stack, `${varName}Pod`, `${constructId}Pod`, 'eks-fargate-pods.amazonaws.com', [
      'AmazonEKSFargatePodExecutionRolePolicy',
    ]);
    stack.add('eks.CfnFargateProfile', `${constructId}Fargate`, {
      clusterName: code(`${varName}.ref`),
      podExecutionRoleArn: code(`${podRole}.attrArn`),
      subnets,
      selectors: [{ namespace: 'default' }, { namespace: 'kube-system' }],
    });
  }
}

/**
 * Registers a managed node group's nodes in target groups (NodePort Services behind an NLB).
 * CloudFormation names no node group's Auto Scaling group, so two SDK calls do it when the
 * stack deploys: EKS names the group, and Auto Scaling attaches the target groups to it (and
 * detaches them when the stack is deleted).
 */
function registerNodes(ctx: ExportContext, stack: StackWriter, eks: { cluster: string; nodes: string; constructId: string }, targetGroups: readonly string[]): void {
  const policy = code('cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE })');
  const autoScalingGroup = stack.vars.take(`${eks.nodes}AutoScalingGroup`);
  stack.construct(autoScalingGroup, 'cr.AwsCustomResource', stack.ids.take(`${eks.constructId}NodesAutoScalingGroup`), {
    onCreate: {
      service: 'EKS',
      action: 'describeNodegroup',
      parameters: { clusterName: code(`${eks.cluster}.ref`), nodegroupName: code(`${eks.nodes}.attrNodegroupName`) },
      physicalResourceId: code(`cr.PhysicalResourceId.of(${eks.nodes}.ref)`),
      outputPaths: [NODE_GROUP_ASG],
    },
    policy,
    installLatestAwsSdk: false,
  });
  acceptFindings(stack, autoScalingGroup, 'AwsSolutions-IAM5[Resource::*]');
  const call = (action: string): Value => ({
    service: 'AutoScaling',
    action,
    parameters: {
      AutoScalingGroupName: code(`${autoScalingGroup}.getResponseField(${str(NODE_GROUP_ASG)})`),
      TargetGroupARNs: targetGroups.map((id) => ctx.ref(stack, id, 'ref', `target group ${ctx.index.get(id)?.name}`)),
    },
    physicalResourceId: code(`cr.PhysicalResourceId.of(${autoScalingGroup}.getResponseField(${str(NODE_GROUP_ASG)}))`),
  });
  const attachment = stack.vars.take(`${eks.nodes}TargetGroups`);
  stack.construct(attachment, 'cr.AwsCustomResource', stack.ids.take(`${eks.constructId}NodesTargetGroups`), {
    onCreate: call('attachLoadBalancerTargetGroups'),
    onDelete: call('detachLoadBalancerTargetGroups'),
    policy,
    installLatestAwsSdk: false,
  });
  acceptFindings(stack, attachment, 'AwsSolutions-IAM5[Resource::*]');
  acceptCustomResourceProvider(stack);
}

/** Where DescribeNodegroup names the node group's Auto Scaling group. */
const NODE_GROUP_ASG = 'nodegroup.resources.autoScalingGroups.0.name';

export function emitBeanstalk(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const env = resource as ResourceOf<'beanstalk-environment'>;
  const vpc = ctx.index.vpcOf(env.id);
  const subnets = subnetRefs(ctx, stack, env);
  const lb = ctx.index.get(env.loadBalancer);
  const application = stack.vars.take(`${varName}Application`);
  stack.use('Fn');
  stack.construct(application, 'elasticbeanstalk.CfnApplication', stack.ids.take(`${constructId}Application`), {});
  const join = (values: Code[]) => code(`Fn.join(",", [${values.map((value) => value.text).join(', ')}])`);
  const option = (namespace: string, optionName: string, value: Value) => ({ namespace, optionName, value });
  const settings: Value[] = [];
  if (vpc) settings.push(option('aws:ec2:vpc', 'VPCId', vpcRef(ctx, stack, vpc.id)));
  if (subnets.length > 0) settings.push(option('aws:ec2:vpc', 'Subnets', join(subnets)));
  const groups = securityGroupRefs(ctx, stack, env.securityGroups);
  if (groups) settings.push(option('aws:autoscaling:launchconfiguration', 'SecurityGroups', join(groups)));
  settings.push(option('aws:autoscaling:launchconfiguration', 'InstanceType', env.instanceType ?? 't3.micro'));
  // The instances' profile and the service's role are declared here, not assumed to exist.
  const instanceRole = serviceRole(stack, `${varName}Instance`, `${constructId}Instance`, 'ec2.amazonaws.com', [
    'AWSElasticBeanstalkWebTier',
    'AWSElasticBeanstalkMulticontainerDocker',
  ]);
  const profile = stack.vars.take(`${varName}InstanceProfile`);
  stack.construct(profile, 'iam.CfnInstanceProfile', stack.ids.take(`${constructId}InstanceProfile`), { roles: [code(`${instanceRole}.ref`)] });
  const serviceRoleVar = serviceRole(stack, `${varName}Service`, `${constructId}Service`, 'elasticbeanstalk.amazonaws.com', [
    'service-role/AWSElasticBeanstalkEnhancedHealth',
    'AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy',
  ]);
  settings.push(option('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', code(`${profile}.ref`)));
  settings.push(option('aws:elasticbeanstalk:environment', 'ServiceRole', code(`${serviceRoleVar}.attrArn`)));
  // Managed platform updates (they need enhanced health) and instance logs streamed to CloudWatch.
  settings.push(option('aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'enhanced'));
  settings.push(option('aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled', 'true'));
  settings.push(option('aws:elasticbeanstalk:managedactions', 'PreferredStartTime', 'Sun:02:00'));
  settings.push(option('aws:elasticbeanstalk:managedactions:platformupdate', 'UpdateLevel', 'minor'));
  settings.push(option('aws:elasticbeanstalk:cloudwatch:logs', 'StreamLogs', 'true'));
  settings.push(option('aws:elasticbeanstalk:hostmanager', 'LogPublicationControl', 'true'));
  if (isBalancer(lb)) {
    const type = kindInfo(lb.kind).balancer;
    settings.push(option('aws:elasticbeanstalk:environment', 'EnvironmentType', 'LoadBalanced'));
    settings.push(option('aws:elasticbeanstalk:environment', 'LoadBalancerType', type === 'application' ? 'application' : 'network'));
    const lbSubnets = subnetRefs(ctx, stack, lb);
    if (lbSubnets.length > 0) settings.push(option('aws:ec2:vpc', 'ELBSubnets', join(lbSubnets)));
    const lbGroups = type === 'application' ? securityGroupRefs(ctx, stack, lb.securityGroups) : undefined;
    if (lbGroups) {
      // The design's groups replace the one Elastic Beanstalk would make for its ALB.
      settings.push(option('aws:elbv2:loadbalancer', 'SecurityGroups', join(lbGroups)));
      settings.push(option('aws:elbv2:loadbalancer', 'ManagedSecurityGroup', lbGroups[0]!));
    }
    settings.push(option('aws:ec2:vpc', 'ELBScheme', lb.scheme === 'internal' ? 'internal' : 'public'));
  } else {
    settings.push(option('aws:elasticbeanstalk:environment', 'EnvironmentType', 'SingleInstance'));
  }
  if (env.port !== undefined) settings.push(option('aws:elasticbeanstalk:application:environment', 'PORT', String(env.port)));
  stack.construct(varName, 'elasticbeanstalk.CfnEnvironment', constructId, {
    applicationName: code(`${application}.ref`),
    // Solution stack names carry a version that changes often; the design names only the platform.
    solutionStackName: stack.parameter(`eb-stack\u0000${env.id}`, `${constructId}SolutionStack`, {
      type: 'String',
      description: `Exact solution stack name for platform: ${env.platform ?? 'unspecified'}`,
    }),
    optionSettings: settings,
  });
  tagResource(stack, varName, env);
}

export const COMPUTE_CDK = {
  instance: { prefix: 'instance', emits: once('instances and functions', emitInstance) },
  lambda: { prefix: 'fn', emits: once('instances and functions', emitLambda) },
  'auto-scaling-group': { prefix: 'asg', emits: once('services', emitAutoScalingGroup) },
  'ecs-service': { prefix: 'ecsService', emits: once('services', emitEcsService), constructs: () => 7 },
  'eks-cluster': { prefix: 'eksCluster', emits: once('services', emitEksCluster), constructs: () => 11 },
  'beanstalk-environment': { prefix: 'beanstalkEnv', emits: once('services', emitBeanstalk), constructs: () => 6 },
} satisfies CdkKinds;
