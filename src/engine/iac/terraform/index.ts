/**
 * Terraform export: a design becomes the files a Terraform user would write by hand, for
 * AWS provider v5 and later, already in `terraform fmt` form.
 */
import { indexDesign, type Design, type Resource, type ResourceKind } from '../../model/index.ts';
import type { GeneratedFile } from '../types.ts';
import { mapApiGateway, mapVpcLink } from './api.ts';
import { mapAutoScalingGroup, mapBeanstalk, mapEcsService, mapEksCluster, mapInstance, mapLambda } from './compute.ts';
import { CONCERNS, TfContext, type Concern } from './context.ts';
import { block, joinBlocks, obj, printFile } from './hcl.ts';
import { mapLoadBalancer, mapTargetGroup } from './load-balancing.ts';
import { mapMqBroker } from './messaging.ts';
import {
  mapEgressOnlyGateway,
  mapElasticIp,
  mapInternetGateway,
  mapNatGateway,
  mapPeering,
  mapPrefixList,
  mapRouteTable,
  mapSubnet,
  mapVpc,
  mapVpcEndpoint,
} from './network.ts';
import { mapNetworkAcl, mapSecurityGroup } from './security.ts';
import { mapRamShare, mapTgwAttachment, mapTransitGateway } from './transit.ts';

type Mapper = (ctx: TfContext, resource: never) => void;

/** Kinds in the order their resources are written; kinds absent here have no AWS resource. */
const MAPPERS: readonly (readonly [ResourceKind, Mapper])[] = [
  ['vpc', mapVpc],
  ['subnet', mapSubnet],
  ['prefix-list', mapPrefixList],
  ['internet-gateway', mapInternetGateway],
  ['egress-only-internet-gateway', mapEgressOnlyGateway],
  ['elastic-ip', mapElasticIp],
  ['nat-gateway', mapNatGateway],
  ['vpc-peering', mapPeering],
  ['transit-gateway', mapTransitGateway],
  ['tgw-attachment', mapTgwAttachment],
  ['route-table', mapRouteTable],
  ['vpc-endpoint', mapVpcEndpoint],
  ['ram-share', mapRamShare],
  ['security-group', mapSecurityGroup],
  ['network-acl', mapNetworkAcl],
  ['nlb', mapLoadBalancer],
  ['alb', mapLoadBalancer],
  ['target-group', mapTargetGroup],
  ['mq-broker', mapMqBroker],
  ['vpc-link', mapVpcLink],
  ['api-gateway', mapApiGateway],
  ['instance', mapInstance],
  ['auto-scaling-group', mapAutoScalingGroup],
  ['ecs-service', mapEcsService],
  ['eks-cluster', mapEksCluster],
  ['beanstalk-environment', mapBeanstalk],
  ['lambda', mapLambda],
];

/** Kinds that are not AWS resources Terraform creates, and why. */
export const NOT_MAPPED: Readonly<Partial<Record<ResourceKind, string>>> = {
  account: 'accounts become provider aliases (assume_role), not resources',
  external: 'outside AWS: the internet, partners and on-premises networks',
  'k8s-service': 'a Kubernetes object, applied with kubectl or the kubernetes provider',
  'k8s-ingress': 'a Kubernetes object, applied with kubectl or the kubernetes provider',
};

const HEADERS: Record<Concern, string> = {
  network: '# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.',
  security: '# Security groups and network ACLs.',
  load_balancing: '# Load balancers, listeners and target groups.',
  messaging: '# Amazon MQ brokers.',
  api: '# API Gateway APIs and VPC links.',
  compute: '# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.',
};

function versionsFile(providerVersion: string): string {
  return printFile([
    block('terraform', [], { required_version: '>= 1.5.0' }, [
      block('required_providers', [], {
        aws: obj({ source: 'hashicorp/aws', version: `>= ${providerVersion}` }),
      }),
    ]),
  ]);
}

export function generateTerraform(design: Design): GeneratedFile[] {
  const ctx = new TfContext(indexDesign(design));
  for (const [kind, mapper] of MAPPERS) {
    for (const resource of ctx.index.ofKind(kind) as readonly Resource[]) (mapper as (ctx: TfContext, r: Resource) => void)(ctx, resource);
  }
  const files: GeneratedFile[] = [{ path: 'versions.tf', contents: '' }];
  const providers = ctx.providerBlocks();
  if (providers.length > 0) files.push({ path: 'providers.tf', contents: printFile(providers) });
  for (const concern of CONCERNS) {
    const printed = ctx.files.get(concern)!;
    if (printed.length > 0) files.push({ path: `${concern}.tf`, contents: joinBlocks(printed, HEADERS[concern]) });
  }
  const variables = ctx.variableBlocks();
  if (variables.length > 0) files.push({ path: 'variables.tf', contents: printFile(variables) });
  if (ctx.outputs.length > 0) files.push({ path: 'outputs.tf', contents: printFile(ctx.outputs) });
  files[0] = { path: 'versions.tf', contents: versionsFile(ctx.providerVersion) };
  return files;
}
