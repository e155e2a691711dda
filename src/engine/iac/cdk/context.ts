/**
 * Which stack each resource lands in, the variable and construct id it gets there, and how
 * another stack reaches it.
 *
 * An environment is an account and a region. Its resources go into one stack, or into
 * several parts: a part per deployment wave, and more when CloudFormation's per-stack
 * limits would be crossed. A construct's wave is the earliest one after everything it
 * refers to in other environments has been deployed (see `plan`): two accounts that refer
 * to each other (peering, a shared transit gateway) deploy in three steps, not in a cycle.
 *
 * Within an environment, a value from an earlier part is a stack prop (CDK exports and
 * imports it). Across environments, where CloudFormation cannot import, the producing
 * stack writes it to an SSM parameter and the consumer reads it when it deploys: shared
 * with the consumer's account through RAM when both are in one region (an
 * `AWS::SSM::Parameter::Value<String>` parameter whose default is the parameter's ARN),
 * otherwise a CfnParameter the deployer fills from it.
 */
import type { Design } from '../../model/design.ts';
import { indexDesign, type DesignIndex } from '../../model/indexes.ts';
import type { Resource, ResourceKind } from '../../model/resources.ts';
import { code, type Code, kebab, NameScope, pascal, str } from './literal.ts';
import { StackWriter } from './writer.ts';


/**
 * CloudFormation allows 500 resources, 200 parameters and a 1 MB template per stack: parts stay
 * well under. A template runs to at most about 1.3 bytes per character of its constructs' source.
 */
export const PART_RESOURCES = 400;
export const PART_PARAMETERS = 150;
export const PART_SOURCE_CHARS = 400_000;


const STACK_MEMBERS = ['account', 'region', 'node', 'tags', 'stackName', 'environment', 'templateOptions', 'artifactId', 'partition', 'urlSuffix', 'nested', 'synthesizer', 'availabilityZones', 'templateFile', 'dependencies', 'stackId', 'notificationArns', 'terminationProtection', 'nestedStackParent', 'nestedStackResource', 'bundlingRequired'];

/** An account and a region: what a CDK stack's `env` names. */
export class Environment {
  readonly parts: StackWriter[] = [];
  readonly vars: NameScope;
  readonly ids = new NameScope();
  /** Public fields of this environment's stacks; never a member Stack already has. */
  readonly fields = new NameScope(STACK_MEMBERS);

  constructor(
    readonly key: string,
    readonly account: string,
    readonly accountNumber: string | undefined,
    readonly region: string,
    readonly baseName: string,
    reservedVars: Iterable<string>,
  ) {
    this.vars = new NameScope(reservedVars);
  }
}

/** One call of `current`: the constructs written next, and the earlier slots they refer to. */
interface Slot {
  readonly deps: { readonly slot: number; readonly crossEnvironment: boolean }[];
}

export interface Handle {
  readonly resource: Resource;
  readonly env: Environment;
  /** The part its main construct was written to (set when it is emitted). */
  stack: StackWriter;
  emitted: boolean;
  readonly varName: string;
  readonly constructId: string;
  /** Created by another service (Elastic Beanstalk, the Kubernetes controllers): taken as a parameter. */
  readonly managedBy?: string;
  /** The public address of an Elastic IP the design fixes: the allocation exists and is taken as a parameter. */
  readonly existingAddress?: string;
  /** Outside a snippet's selection: never written; what the selection reads of it is a context value. */
  readonly outside?: true;
}

/** A construct variable in some part, for references from elsewhere. */
export interface Placed {
  readonly stack: StackWriter;
  readonly varName: string;
}

export class ExportContext {
  readonly index: DesignIndex;
  readonly environments: Environment[] = [];
  private readonly handles = new Map<string, Handle>();
  private readonly regions = new Map<string, string | undefined>();
  private readonly defaultRegion: string;
  private readonly stackNames = new NameScope([], true);
  private readonly classNames = new NameScope([], true);
  private readonly managers: Map<string, string>;
  private readonly slots: Slot[] = [];
  private readonly currentSlot = new Map<Environment, number>();
  /** The slot each construct variable was declared in, by environment and variable. */
  private readonly declaredIn = new Map<string, number>();

  /**
   * `prefixOf`: a kind's variable prefix, or undefined for kinds that get no construct (NOT_MAPPED).
   * `waves`: each slot's wave, from an earlier run's `plan()`; without it everything is wave 1.
   */
  constructor(
    readonly design: Design,
    prefixOf: (kind: ResourceKind) => string | undefined,
    private readonly waves?: readonly number[],
    /** For a snippet, the resources written (selectionBoundary); the others are passed in. */
    inside?: ReadonlySet<string>,
  ) {
    this.index = indexDesign(design);
    this.defaultRegion = this.index.ofKind('vpc')[0]?.region ?? this.index.ofKind('transit-gateway')[0]?.region ?? 'us-east-1';
    this.managers = managedResources(design);
    const planned: [Resource, string][] = [];
    for (const resource of design.resources) {
      if (prefixOf(resource.kind) === undefined) continue;
      planned.push([resource, `${this.index.ownerOf(resource.id) ?? ''}\u0000${this.regionOf(resource)}`]);
    }
    // Environments in a stable order: accounts as the design lists them, then regions by name.
    const accountOrder = new Map(this.index.ofKind('account').map((account, position) => [account.id, position]));
    const keys = [...new Set(planned.map(([, key]) => key))].sort((a, b) => {
      const [accountA = '', regionA = ''] = a.split('\u0000');
      const [accountB = '', regionB = ''] = b.split('\u0000');
      const order = (accountOrder.get(accountA) ?? -1) - (accountOrder.get(accountB) ?? -1);
      return order !== 0 ? order : regionA.localeCompare(regionB);
    });
    const byKey = new Map<string, Environment>();
    for (const key of keys) {
      const [account = '', region = ''] = key.split('\u0000');
      const accountResource = this.index.getOf(account, 'account');
      const label = kebab(accountResource?.name ?? '') || kebab(account) || 'unowned';
      const env = new Environment(key, account, accountResource?.accountId, region, this.stackNames.take(`${label}-${region}`), StackWriter.RESERVED);
      byKey.set(key, env);
      this.environments.push(env);
    }
    for (const [resource, key] of planned) {
      const env = byKey.get(key)!;
      const label = pascal(resource.name) || pascal(resource.id);
      const prefix = prefixOf(resource.kind)!;
      const managedBy = this.managers.get(resource.id);
      const existingAddress = resource.kind === 'elastic-ip' ? resource.address : undefined;
      const outside = inside !== undefined && !inside.has(resource.id);
      this.handles.set(resource.id, {
        resource,
        env,
        stack: undefined as unknown as StackWriter, // set when it is emitted
        emitted: Boolean(managedBy) || existingAddress !== undefined || outside,
        varName: env.vars.take(`${prefix}${label}`),
        constructId: env.ids.take(`${prefix[0]!.toUpperCase()}${prefix.slice(1)}${label}`),
        ...(managedBy ? { managedBy } : {}),
        ...(existingAddress !== undefined ? { existingAddress } : {}),
        ...(outside ? { outside } : {}),
      });
    }
  }

  /** Every part of every environment, in deployment order: wave by wave, environments in order. */
  get stacks(): StackWriter[] {
    const position = new Map(this.environments.map((env, n) => [env, n]));
    return this.environments
      .flatMap((env) => env.parts)
      .sort((a, b) => a.wave - b.wave || position.get(a.env)! - position.get(b.env)! || a.env.parts.indexOf(a) - b.env.parts.indexOf(b));
  }

  private newPart(env: Environment, wave: number): StackWriter {
    const n = env.parts.length + 1;
    const name = n === 1 ? env.baseName : this.stackNames.take(`${env.baseName}-part-${n}`);
    const className = this.classNames.take(`${/^[A-Za-z]/.test(pascal(name)) ? '' : 'Account'}${pascal(name)}Stack`);
    const part = new StackWriter(env, className, `${name}-stack`, name, wave, (varName) => {
      const slot = this.currentSlot.get(env);
      if (slot !== undefined) this.declaredIn.set(`${env.key}\u0000${varName}`, slot);
    });
    env.parts.push(part);
    return part;
  }

  /**
   * The part the next `upcoming` constructs of this environment go to: the latest part of
   * their wave, or a new one when it is full. Each call opens a slot that records what those
   * constructs refer to, for `plan`.
   */
  current(env: Environment, upcoming = 1): StackWriter {
    const slot = this.slots.length;
    this.slots.push({ deps: [] });
    this.currentSlot.set(env, slot);
    const wave = this.waves?.[slot] ?? 1;
    const part = env.parts.findLast((candidate) => candidate.wave === wave);
    const full = part && part.resourceCount > 0 && (part.resourceCount + upcoming > PART_RESOURCES || part.parameterCount >= PART_PARAMETERS || part.sourceSize >= PART_SOURCE_CHARS);
    return part && !full ? part : this.newPart(env, wave);
  }

  /**
   * Each slot's wave: 1, or one more than the latest wave it takes a value from in another
   * environment (the same wave for values from its own environment, which CDK imports).
   */
  plan(): number[] {
    const waves: number[] = [];
    const visiting = new Set<number>();
    const waveOf = (slot: number): number => {
      const known = waves[slot];
      if (known !== undefined) return known;
      if (visiting.has(slot)) throw new Error('export: constructs refer to each other in a cycle');
      visiting.add(slot);
      let wave = 1;
      for (const dep of this.slots[slot]!.deps) wave = Math.max(wave, waveOf(dep.slot) + (dep.crossEnvironment ? 1 : 0));
      visiting.delete(slot);
      waves[slot] = wave;
      return wave;
    };
    this.slots.forEach((_, slot) => waveOf(slot));
    return waves;
  }

  get slotCount(): number {
    return this.slots.length;
  }

  /** Exported resources only: what exists to be referred to. */
  handle(id: string | undefined): Handle | undefined {
    const handle = id === undefined ? undefined : this.handles.get(id);
    return handle?.emitted ? handle : undefined;
  }

  /** Every resource to export, emitted or not, in design order. */
  allHandles(): IterableIterator<Handle> {
    return this.handles.values();
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
    if (!resource || (this.regions.has(resource.id) && this.regions.get(resource.id) === undefined)) return undefined;
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
      case 'vpn-connection':
        return first([resource.gateway]);
      case 'tgw-peering':
        return first([resource.requester]);
      default:
        return this.index.vpcOf(resource.id)?.region;
    }
  }

  /** `attribute` of resource `id` as seen from `from` (see the header). */
  ref(from: StackWriter, id: string, attribute: string, what: string): Code {
    const target = this.handles.get(id);
    if (!target?.emitted) throw new Error(`export: ${id} is not exported`);
    const suffix = pascal(attribute.replace(/^attr/, '')) || 'Ref';
    if (target.existingAddress !== undefined) return this.existingElasticIp(from, target, attribute, target.existingAddress);
    // A resource outside a snippet exists in the codebase it is pasted into: the value is given.
    if (target.outside) return from.given(`landing-zone:outside:${id}:${suffix}`, `${what} (${attribute === 'ref' ? 'its Ref' : attribute}), design id ${id}, which this snippet does not create`);
    if (target.managedBy) {
      return from.parameter(`${id}\u0000${attribute}`, `${target.constructId}${suffix}`, {
        type: 'String',
        description: `${what} (${attribute === 'ref' ? 'ARN' : attribute}), created by ${target.managedBy}`,
      });
    }
    return this.refVar(from, target, attribute, `${id}\u0000${attribute}`, `${target.constructId}${suffix}`, what);
  }

  /**
   * A fixed Elastic IP (the address partners allow-list) is the allocation that holds it
   * today: the deployer passes its id, so a NAT gateway or NLB takes that address, never a new one.
   */
  private existingElasticIp(from: StackWriter, target: Handle, attribute: string, address: string): Code {
    if (attribute === 'attrPublicIp') return code(str(address));
    if (attribute !== 'attrAllocationId') throw new Error(`export: the existing Elastic IP ${target.resource.id} has no ${attribute}`);
    return from.parameter(`${target.resource.id}\u0000${attribute}`, `${target.constructId}AllocationId`, {
      type: 'String',
      allowedPattern: '^eipalloc-[0-9a-f]+$',
      description: `Allocation id (eipalloc-...) of the existing Elastic IP ${address} (${target.resource.name || target.resource.id}): the address is kept, never allocated anew`,
    });
  }

  /** A member of any construct variable, from any part. */
  refVar(from: StackWriter, placed: Placed, attribute: string, key: string, wantedId: string, what: string): Code {
    const crossEnvironment = placed.stack.env !== from.env;
    const consumer = this.currentSlot.get(from.env);
    const producer = this.declaredIn.get(`${placed.stack.env.key}\u0000${placed.varName}`);
    if (consumer !== undefined && producer !== undefined && producer !== consumer) this.slots[consumer]!.deps.push({ slot: producer, crossEnvironment });
    const local = code(`${placed.varName}.${attribute}`);
    if (placed.stack === from) return local;
    if (!crossEnvironment) {
      const { field, index } = placed.stack.expose(key, local);
      return from.importProp(field, index, placed.stack);
    }
    from.dependsOn.add(placed.stack);
    const shared = from.env.region === placed.stack.env.region && Boolean(from.env.accountNumber && placed.stack.env.accountNumber);
    const published = placed.stack.publish(key, wantedId, local, what, shared ? from : undefined);
    if (published.arn) {
      return from.parameter(key, wantedId, {
        type: 'AWS::SSM::Parameter::Value<String>',
        default: published.arn,
        description: `${what}: SSM parameter ${published.name} of stack ${placed.stack.stackId}, shared with this account`,
      });
    }
    return from.parameter(key, wantedId, {
      type: 'String',
      description: `${what}: the value of SSM parameter ${published.name} (account ${placed.stack.env.account}, ${placed.stack.env.region}), written by stack ${placed.stack.stackId}`,
    });
  }

  /** The environment a resource's stacks are in. */
  environmentOf(id: string): Environment | undefined {
    return this.handles.get(id)?.env;
  }

  /** A 12-digit account number: the app's context value (the design's number by default), else a parameter. */
  accountNumber(from: StackWriter, account: string): Code {
    const resource = this.index.getOf(account, 'account');
    if (resource?.accountId) return from.accountOf(account);
    if (from.env.account === account && account !== '') return code('this.account');
    const label = pascal(resource?.name ?? '') || pascal(account) || 'Unknown';
    return from.parameter(`account\u0000${account}`, `Account${label}Number`, {
      type: 'String',
      allowedPattern: '^\\d{12}$',
      description: `The 12-digit number of account ${resource?.name ?? account}`,
    });
  }
}

/**
 * What Elastic Beanstalk or a Kubernetes controller creates, not CloudFormation: their load
 * balancers with the target groups behind them, and the instances a Beanstalk environment
 * launches (tagged with its name), by resource id with who creates them.
 */
function managedResources(design: Design): Map<string, string> {
  const managers = new Map<string, string>();
  const environments = new Map<string, string>();
  for (const resource of design.resources) {
    if (resource.kind === 'beanstalk-environment') environments.set(resource.name || resource.id, `Elastic Beanstalk environment ${resource.name || resource.id}`);
    if ((resource.kind === 'beanstalk-environment' || resource.kind === 'k8s-service' || resource.kind === 'k8s-ingress') && resource.loadBalancer) {
      const label =
        resource.kind === 'beanstalk-environment' ? 'Elastic Beanstalk environment' : resource.kind === 'k8s-service' ? 'Kubernetes Service' : 'Kubernetes Ingress';
      managers.set(resource.loadBalancer, `${label} ${resource.name || resource.id}`);
    }
  }
  for (const resource of design.resources) {
    const environment = resource.tags?.['elasticbeanstalk:environment-name'];
    if (resource.kind === 'instance' && environment !== undefined) managers.set(resource.id, environments.get(environment) ?? `Elastic Beanstalk environment ${environment}`);
  }
  for (const resource of design.resources) {
    const manager = managers.get(resource.id);
    if (!manager || !('listeners' in resource)) continue;
    for (const listener of resource.listeners) if (listener.targetGroup && !managers.has(listener.targetGroup)) managers.set(listener.targetGroup, manager);
  }
  return managers;
}
