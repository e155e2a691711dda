/**
 * What each kind is to an architect: its label, its palette group, where it may live.
 * Containment here is the single source for the parser, the operations and the canvas.
 */
import type { ResourceKind } from './resources.ts';

export type PaletteGroup =
  | 'Organization'
  | 'Network'
  | 'Connectivity'
  | 'Load balancing'
  | 'Compute and containers'
  | 'Integration'
  | 'External';

export interface KindInfo {
  readonly label: string;
  readonly group: PaletteGroup;
  /** Kinds this kind may be placed in; an empty list means top level only. */
  readonly parents: readonly ResourceKind[];
  /** May also stand at the top level, outside any container. */
  readonly topLevel: boolean;
  /** Drawn as a container node that holds children. */
  readonly container: boolean;
  /** Shown as an edge or a badge rather than a box on the canvas. */
  readonly drawnAs: 'node' | 'edge' | 'badge';
}

const node = (
  label: string,
  group: PaletteGroup,
  parents: readonly ResourceKind[],
  extra: Partial<KindInfo> = {},
): KindInfo => ({ label, group, parents, topLevel: parents.length === 0, container: false, drawnAs: 'node', ...extra });

const inSubnet: readonly ResourceKind[] = ['subnet'];
const inVpc: readonly ResourceKind[] = ['vpc'];

export const KINDS: Readonly<Record<ResourceKind, KindInfo>> = {
  account: node('Account', 'Organization', [], { container: true }),
  'ram-share': node('RAM share', 'Organization', [], { drawnAs: 'edge' }),
  'prefix-list': node('Prefix list', 'Organization', ['account'], { drawnAs: 'badge' }),
  vpc: node('VPC', 'Network', ['account'], { container: true }),
  subnet: node('Subnet', 'Network', inVpc, { container: true }),
  'route-table': node('Route table', 'Network', inVpc, { drawnAs: 'badge' }),
  'security-group': node('Security group', 'Network', inVpc, { drawnAs: 'badge' }),
  'network-acl': node('Network ACL', 'Network', inVpc, { drawnAs: 'badge' }),
  'elastic-ip': node('Elastic IP', 'Network', ['account'], { drawnAs: 'badge' }),
  'internet-gateway': node('Internet gateway', 'Connectivity', inVpc),
  'egress-only-internet-gateway': node('Egress-only internet gateway', 'Connectivity', inVpc),
  'nat-gateway': node('NAT gateway', 'Connectivity', ['subnet', 'vpc']),
  'vpc-peering': node('Peering connection', 'Connectivity', [], { drawnAs: 'edge' }),
  'transit-gateway': node('Transit gateway', 'Connectivity', ['account']),
  'tgw-attachment': node('Transit gateway attachment', 'Connectivity', [], { drawnAs: 'edge' }),
  'vpc-endpoint': node('VPC endpoint', 'Connectivity', ['vpc', 'subnet']),
  nlb: node('Network Load Balancer', 'Load balancing', inSubnet),
  alb: node('Application Load Balancer', 'Load balancing', inSubnet),
  'target-group': node('Target group', 'Load balancing', inVpc, { drawnAs: 'badge' }),
  instance: node('EC2 instance', 'Compute and containers', inSubnet),
  'auto-scaling-group': node('Auto Scaling group', 'Compute and containers', inSubnet),
  'ecs-service': node('ECS service', 'Compute and containers', inSubnet),
  'eks-cluster': node('EKS cluster', 'Compute and containers', inSubnet, { container: true }),
  'k8s-service': node('Kubernetes Service', 'Compute and containers', ['eks-cluster']),
  'k8s-ingress': node('Kubernetes Ingress', 'Compute and containers', ['eks-cluster']),
  'beanstalk-environment': node('Elastic Beanstalk environment', 'Compute and containers', inSubnet),
  lambda: node('Lambda function', 'Compute and containers', ['subnet', 'account']),
  'mq-broker': node('Amazon MQ broker', 'Integration', inSubnet),
  'api-gateway': node('API Gateway', 'Integration', ['account']),
  'vpc-link': node('VPC link', 'Integration', ['account']),
  external: node('External network', 'External', []),
};

export function kindInfo(kind: ResourceKind): KindInfo {
  return KINDS[kind];
}

/** `a` or `an` before a word, for messages ("an account", "a subnet"). */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Where a kind may go, in words, for refusal messages. */
export function whereItMayGo(kind: ResourceKind): string {
  const info = KINDS[kind];
  const places = info.parents.map((parent) => {
    const noun = KINDS[parent].label.toLowerCase();
    return `${article(noun)} ${noun}`;
  });
  if (info.topLevel) places.unshift('the canvas itself');
  if (places.length === 0) return 'nowhere';
  if (places.length === 1) return `inside ${places[0]}`;
  return `inside ${places.slice(0, -1).join(', ')} or ${places.at(-1)}`.replace(
    'inside the canvas itself',
    'on the canvas itself',
  );
}

export function canBePlacedIn(kind: ResourceKind, parentKind: ResourceKind | undefined): boolean {
  const info = KINDS[kind];
  if (parentKind === undefined) return info.topLevel;
  return info.parents.includes(parentKind);
}
