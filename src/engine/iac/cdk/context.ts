/**
 * Which stack each resource lands in (its owner account and its region), the variable and
 * construct id it gets there, and how another stack reaches it.
 */
import type { Design } from '../../model/design.ts';
import { indexDesign, type DesignIndex } from '../../model/indexes.ts';
import type { Resource, ResourceKind } from '../../model/resources.ts';
import { code, type Code, kebab, NameScope, pascal } from './literal.ts';
import { StackWriter } from './writer.ts';

/** Kinds that are not CloudFormation resources of their own (see the header of each stack). */
const NO_STACK: ReadonlySet<ResourceKind> = new Set(['account', 'external', 'k8s-service', 'k8s-ingress']);

const PREFIX: Partial<Record<ResourceKind, string>> = {
  vpc: 'vpc',
  subnet: 'subnet',
  'route-table': 'routeTable',
  'security-group': 'sg',
  'network-acl': 'nacl',
  'internet-gateway': 'igw',
  'egress-only-internet-gateway': 'eigw',
  'nat-gateway': 'nat',
  'elastic-ip': 'eip',
  'vpc-peering': 'peering',
  'transit-gateway': 'tgw',
  'tgw-attachment': 'tgwAttachment',
  'vpc-endpoint': 'endpoint',
  'ram-share': 'share',
  nlb: 'nlb',
  alb: 'alb',
  'target-group': 'targetGroup',
  instance: 'instance',
  'auto-scaling-group': 'asg',
  'mq-broker': 'broker',
  'api-gateway': 'api',
  'vpc-link': 'vpcLink',
  'ecs-service': 'ecsService',
  'eks-cluster': 'eksCluster',
  'beanstalk-environment': 'beanstalkEnv',
  lambda: 'fn',
  'prefix-list': 'prefixList',
};

export interface Handle {
  readonly resource: Resource;
  /** Created by another service (Elastic Beanstalk, the Kubernetes controllers): taken as a parameter. */
  readonly managedBy?: string;
  readonly stack: StackWriter;
  readonly varName: string;
  readonly constructId: string;
}

/** How to read an attribute of a construct: a member of its variable. */
export type Attribute = string;

export class ExportContext {
  readonly index: DesignIndex;
  readonly stacks: StackWriter[] = [];
  private readonly byKey = new Map<string, StackWriter>();
  private readonly handles = new Map<string, Handle>();
  private readonly regions = new Map<string, string | undefined>();
  private readonly defaultRegion: string;

  constructor(readonly design: Design) {
    this.index = indexDesign(design);
    this.defaultRegion = this.index.ofKind('vpc')[0]?.region ?? this.index.ofKind('transit-gateway')[0]?.region ?? 'us-east-1';
    const stackNames = new NameScope();
    const classNames = new NameScope();
    const planned: [Resource, string, string][] = [];
    for (const resource of design.resources) {
      if (NO_STACK.has(resource.kind)) continue;
      const account = this.ownerOf(resource);
      planned.push([resource, account, this.regionOf(resource)]);
    }
    // Stacks in a stable order: accounts as the design lists them, then regions by name.
    const accountOrder = new Map(this.index.ofKind('account').map((account, position) => [account.id, position]));
    const keys = [...new Set(planned.map(([, account, region]) => `${account}\u0000${region}`))].sort((a, b) => {
      const [accountA = '', regionA = ''] = a.split('\u0000');
      const [accountB = '', regionB = ''] = b.split('\u0000');
      const order = (accountOrder.get(accountA) ?? -1) - (accountOrder.get(accountB) ?? -1);
      return order !== 0 ? order : regionA.localeCompare(regionB);
    });
    for (const key of keys) {
      const [account = '', region = ''] = key.split('\u0000');
      const accountResource = this.index.getOf(account, 'account');
      const label = kebab(accountResource?.name ?? '') || kebab(account) || 'unowned';
      const base = stackNames.take(`${label}-${region}`);
      const className = classNames.take(`${/^[A-Za-z]/.test(pascal(base)) ? '' : 'Account'}${pascal(base)}Stack`);
      const writer = new StackWriter(key, account, accountResource?.accountId, region, className, `${base}-stack`, base);
      this.byKey.set(key, writer);
      this.stacks.push(writer);
    }
    for (const [resource, account, region] of planned) {
      const stack = this.byKey.get(`${account}\u0000${region}`)!;
      const label = pascal(resource.name) || pascal(resource.id);
      const prefix = PREFIX[resource.kind] ?? 'resource';
      const constructId = stack.ids.take(`${prefix[0]!.toUpperCase()}${prefix.slice(1)}${label}`);
      const managedBy = this.managers.get(resource.id);
      this.handles.set(resource.id, { resource, stack, varName: stack.vars.take(`${prefix}${label}`), constructId, ...(managedBy ? { managedBy } : {}) });
    }
  }

  /** Load balancers that Elastic Beanstalk or a Kubernetes controller creates, not CloudFormation. */
  private get managers(): Map<string, string> {
    if (this.managerCache) return this.managerCache;
    const managers = new Map<string, string>();
    for (const resource of this.design.resources) {
      if ((resource.kind === 'beanstalk-environment' || resource.kind === 'k8s-service' || resource.kind === 'k8s-ingress') && resource.loadBalancer) {
        const label = resource.kind === 'beanstalk-environment' ? 'Elastic Beanstalk environment' : resource.kind === 'k8s-service' ? 'Kubernetes Service' : 'Kubernetes Ingress';
        managers.set(resource.loadBalancer, `${label} ${resource.name || resource.id}`);
      }
    }
    this.managerCache = managers;
    return managers;
  }
  private managerCache: Map<string, string> | undefined;

  handle(id: string | undefined): Handle | undefined {
    return id === undefined ? undefined : this.handles.get(id);
  }

  /** Resources of a stack in design order. */
  /** Every exported resource, in design order. */
  allHandles(): IterableIterator<Handle> {
    return this.handles.values();
  }

  ownerOf(resource: Resource): string {
    if (resource.kind === 'ram-share') return this.index.ownerOf(resource.id) ?? '';
    return this.index.ownerOf(resource.id) ?? '';
  }

  accountDefaultRegion(account: string | undefined): string {
    const vpc = this.index.ofKind('vpc').find((candidate) => this.index.ownerOf(candidate.id) === account);
    return vpc?.region ?? this.defaultRegion;
  }

  /** The region a resource is deployed in: its VPC's, its own, or that of what it serves. */
  regionOf(resource: Resource): string {
    if (this.regions.has(resource.id)) return this.regions.get(resource.id) ?? this.defaultRegion;
    this.regions.set(resource.id, undefined); // guards against reference cycles
    const region = this.findRegion(resource) ?? this.accountDefaultRegion(this.index.ownerOf(resource.id));
    this.regions.set(resource.id, region);
    return region;
  }

  private regionOfId(id: string | undefined): string | undefined {
    const resource = this.index.get(id);
    if (!resource || this.regions.has(resource.id) && this.regions.get(resource.id) === undefined) return undefined;
    return this.regionOf(resource);
  }

  private findRegion(resource: Resource): string | undefined {
    const first = (ids: readonly (string | undefined)[]) => ids.map((id) => this.regionOfId(id)).find(Boolean);
    switch (resource.kind) {
      case 'vpc':
      case 'transit-gateway':
        return resource.region;
      case 'elastic-ip':
        return resource.region ?? first(this.index.referrers(resource.id).map((referrer) => referrer.id));
      case 'prefix-list':
        return first(this.index.referrers(resource.id).map((referrer) => referrer.id));
      case 'api-gateway':
        return resource.region ?? first(resource.integrations.flatMap((integration) => [integration.target, integration.vpcLink]));
      case 'vpc-link':
        return first([...(resource.subnets ?? []), ...resource.targets]);
      case 'ram-share':
        return first(resource.resources);
      case 'vpc-peering':
        return first([resource.requesterVpc]);
      case 'tgw-attachment':
        return first([resource.vpc]);
      default:
        return this.index.vpcOf(resource.id)?.region;
    }
  }

  /**
   * The expression for `attribute` of resource `id` as seen from `from`: the construct's
   * member when it is in the same stack, else a parameter fed by the owner's output.
   */
  ref(from: StackWriter, id: string, attribute: Attribute, what: string): Code {
    const target = this.handles.get(id);
    if (!target) throw new Error(`export: ${id} is not exported`);
    const local = code(`${target.varName}.${attribute}`);
    const suffix = pascal(attribute.replace(/^attr/, '')) || 'Ref';
    if (target.managedBy) {
      return from.parameter(`${id}\u0000${attribute}`, `${target.constructId}${suffix}`, {
        type: 'String',
        description: `${what} (${attribute === 'ref' ? 'ARN' : attribute}), created by ${target.managedBy}`,
      });
    }
    if (target.stack === from) return local;
    const outputId = target.stack.output(`${id}\u0000${attribute}`, `${target.constructId}${suffix}`, local, `${what} (used by another stack)`);
    return from.parameter(`${id}\u0000${attribute}`, `${target.constructId}${suffix}`, {
      type: 'String',
      description: `${what}: output ${outputId} of stack ${target.stack.stackId}`,
    });
  }

  /** A 12-digit account number: the design's, else a parameter. */
  accountNumber(from: StackWriter, account: string): Code | string {
    const resource = this.index.getOf(account, 'account');
    if (resource?.accountId) return resource.accountId;
    if (from.account === account && account !== '') return code('this.account');
    const label = pascal(resource?.name ?? '') || pascal(account) || 'Unknown';
    return from.parameter(`account\u0000${account}`, `Account${label}Number`, {
      type: 'String',
      allowedPattern: '^\\d{12}$',
      description: `The 12-digit number of account ${resource?.name ?? account}`,
    });
  }
}
