/** The one line under a node's name: the facts an architect looks for first. */
import type { Resource } from '../../engine/model/index.ts';

export function summary(resource: Resource): string {
  switch (resource.kind) {
    case 'account':
      return resource.accountId ?? 'AWS account';
    case 'vpc':
      return `${resource.cidrs.join(', ')} · ${resource.region}`;
    case 'subnet':
      return `${resource.cidr} · ${resource.availabilityZone}`;
    case 'nat-gateway':
      return `${resource.connectivity} NAT`;
    case 'nlb':
    case 'alb':
      return `${resource.scheme} · ${resource.listeners.map((l) => `${l.protocol}:${l.port}`).join(', ') || 'no listeners'}`;
    case 'instance':
      return `${resource.role} · ${resource.instanceType ?? 'instance'}`;
    case 'auto-scaling-group':
      return `${resource.role} · ${resource.minSize}–${resource.maxSize}`;
    case 'mq-broker':
      return `${resource.engine} · ${resource.deploymentMode.toLowerCase().replaceAll('_', ' ')}`;
    case 'api-gateway':
      return `${resource.apiType.toUpperCase()} · ${resource.endpointType}`;
    case 'ecs-service':
      return `${resource.launchType} · ${resource.desiredCount} tasks`;
    case 'eks-cluster':
      return `${resource.compute}${resource.version ? ` · ${resource.version}` : ''}`;
    case 'k8s-service':
      return `${resource.serviceType} :${resource.port}`;
    case 'vpc-endpoint':
      return `${resource.endpointType} · ${resource.service.split('.').at(-1)}`;
    case 'transit-gateway':
      return `${resource.routeTables.length} route tables`;
    case 'external':
      return resource.cidr ? `${resource.endpointType} · ${resource.cidr}` : resource.endpointType;
    case 'lambda':
      return resource.runtime ?? 'function';
    default:
      return '';
  }
}
