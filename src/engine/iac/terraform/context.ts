/**
 * What every mapper shares while one design is exported: Terraform names for design
 * resources, provider aliases per account and region, variables, outputs and the blocks
 * collected per file.
 */
import { isBalancer, type DesignIndex, type Resource, type ResourceOf } from '../../model/index.ts';
import { block, body, list, obj, printBlock, raw, tpl, type Attrs, type Block, type BodyItem, type Expr, type Value } from './hcl.ts';
import { AwsNames, NameAllocator, baseIdentifier, identifierFrom } from './names.ts';

export type Concern = 'network' | 'security' | 'load_balancing' | 'messaging' | 'api' | 'compute';

export const CONCERNS: readonly Concern[] = ['network', 'security', 'load_balancing', 'messaging', 'api', 'compute'];

/** Resource types whose provider schema takes `tags`. */
const TAGGABLE = new Set([
  'aws_vpc', 'aws_subnet', 'aws_route_table', 'aws_default_route_table', 'aws_internet_gateway',
  'aws_egress_only_internet_gateway', 'aws_nat_gateway', 'aws_eip', 'aws_vpc_peering_connection',
  'aws_vpc_peering_connection_accepter', 'aws_ec2_transit_gateway', 'aws_ec2_transit_gateway_route_table',
  'aws_networkfirewall_firewall', 'aws_networkfirewall_firewall_policy', 'aws_networkfirewall_rule_group',
  'aws_ec2_transit_gateway_vpc_attachment', 'aws_ec2_transit_gateway_vpc_attachment_accepter', 'aws_vpc_endpoint', 'aws_vpc_endpoint_service',
  'aws_security_group', 'aws_default_security_group', 'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule', 'aws_network_acl', 'aws_default_network_acl', 'aws_ram_resource_share',
  'aws_lb', 'aws_lb_listener', 'aws_lb_target_group', 'aws_instance', 'aws_launch_template', 'aws_mq_broker',
  'aws_api_gateway_rest_api', 'aws_api_gateway_vpc_link', 'aws_apigatewayv2_api', 'aws_apigatewayv2_vpc_link',
  'aws_apigatewayv2_stage', 'aws_ecs_cluster', 'aws_ecs_service', 'aws_ecs_task_definition', 'aws_eks_cluster',
  'aws_eks_node_group', 'aws_elastic_beanstalk_environment', 'aws_lambda_function', 'aws_iam_role',
  'aws_ec2_managed_prefix_list', 'aws_service_discovery_private_dns_namespace', 'aws_elastic_beanstalk_application',
  'aws_iam_instance_profile', 'aws_cloudwatch_log_group', 'aws_service_discovery_service', 'aws_api_gateway_stage',
]);

export interface VariableSpec {
  readonly description: string;
  /** The description for comments (terraform.tfvars.example): ids only, never user text. */
  readonly note?: string;
  readonly type: 'string' | 'number' | 'map(string)';
  readonly sensitive?: boolean;
  readonly default?: Value;
  /** A rule on the value: `ref` is `var.<name>`; the message names the variable. */
  readonly validation?: (ref: string) => { condition: string; message: string };
}

interface ProviderSpec {
  readonly alias: string;
  readonly region: string;
  readonly account?: Resource & { kind: 'account' };
}

export interface EmitOptions {
  /** The design resource this block comes from: its provider and its Name tag. */
  readonly from?: Resource;
  /** Overrides the provider derived from `from` (the accepter side of a peering). */
  readonly provider?: Expr;
  /** Adds the Name tag and the design's tags (types that take tags only). */
  readonly tagged?: boolean;
  readonly dependsOn?: readonly Expr[];
  /** The design resource's own block (forced-export notes go above it). */
  readonly primary?: boolean;
}

export interface EmittedResource {
  readonly type: string;
  readonly name: string;
  readonly block: Block;
}

export const DEFAULT_REGION = 'us-east-1';

export class TfContext {
  readonly names = new NameAllocator();
  readonly awsNames = new AwsNames();
  /** Printed resource blocks per file. */
  readonly files = new Map<Concern, string[]>(CONCERNS.map((concern) => [concern, []]));
  readonly outputs: Block[] = [];
  /** Load balancers that a controller or Beanstalk creates: not written as aws_lb. */
  readonly controllerOwned = new Set<string>();
  private readonly primary = new Map<string, { type: string; name: string; address: string; refs: Map<string, Expr> }>();
  private readonly derivedNames = new Map<string, string>();
  private readonly emitted = new Set<string>();
  private readonly providers = new Map<string, ProviderSpec>();
  private readonly variables = new Map<string, { name: string; block: Block; spec: VariableSpec }>();
  private readonly homeRegions = new Map<string, string>();
  private readonly fallbackRegion: string;

  /**
   * `typeOf`: the Terraform type that stands for a design resource, where one does.
   * `inside`: for a snippet, the resources written; the others are passed in as variables.
   * `notes`: per resource, what AWS will refuse (an export forced past errors), written above its block.
   */
  constructor(
    readonly index: DesignIndex,
    typeOf: (resource: Resource) => string | undefined,
    private readonly inside?: ReadonlySet<string>,
    private readonly notes?: ReadonlyMap<string, readonly string[]>,
  ) {
    for (const resource of index.design.resources) {
      // Instances an Elastic Beanstalk environment launches are its own, not Terraform's.
      if (resource.tags?.['elasticbeanstalk:environment-name'] !== undefined) this.controllerOwned.add(resource.id);
      if ((resource.kind === 'k8s-service' || resource.kind === 'k8s-ingress' || resource.kind === 'beanstalk-environment') && resource.loadBalancer) {
        this.controllerOwned.add(resource.loadBalancer);
      }
    }
    // So are the target groups behind the load balancers they create.
    for (const id of [...this.controllerOwned]) {
      const lb = index.get(id);
      if (!isBalancer(lb)) continue;
      for (const listener of lb.listeners) if (listener.targetGroup) this.controllerOwned.add(listener.targetGroup);
    }
    for (const resource of index.design.resources) {
      if (this.controllerOwned.has(resource.id) || this.cannotWrite(resource)) continue;
      const type = typeOf(resource);
      if (!type) continue;
      // From the id, which never changes: renaming or adding a resource never renames another's address.
      const name = this.names.allocate(type, baseIdentifier(resource.id, resource.id));
      this.primary.set(resource.id, { type, name, address: `${type}.${name}`, refs: new Map() });
    }
    const vpcs = index.ofKind('vpc');
    for (const vpc of vpcs) {
      const owner = index.ownerOf(vpc.id);
      if (owner && !this.homeRegions.has(owner)) this.homeRegions.set(owner, vpc.region);
    }
    this.fallbackRegion = vpcs[0]?.region ?? index.ofKind('transit-gateway')[0]?.region ?? DEFAULT_REGION;
  }

  /** Resources whose essentials are missing from the design (rules report them): left out. */
  private cannotWrite(resource: Resource): boolean {
    const index = this.index;
    const exists = (id: string | undefined, kind: Resource['kind']) => index.getOf(id, kind) !== undefined;
    switch (resource.kind) {
      case 'vpc-link':
        if (resource.version === 'v1') {
          return !resource.targets.some((id) => {
            const target = index.get(id);
            return isBalancer(target) && !this.controllerOwned.has(id);
          });
        }
        return !(resource.subnets ?? []).some((id) => exists(id, 'subnet'));
      case 'egress-only-internet-gateway':
      case 'vpc-endpoint':
      case 'network-acl':
        return index.vpcOf(resource.id) === undefined;
      case 'nat-gateway':
        return index.vpcOf(resource.id) === undefined;
      case 'vpc-peering':
        return !exists(resource.requesterVpc, 'vpc') || !exists(resource.accepterVpc, 'vpc');
      case 'tgw-attachment':
        return !exists(resource.transitGateway, 'transit-gateway') || !exists(resource.vpc, 'vpc');
      default:
        return false;
    }
  }

  // ---- names and references -----------------------------------------------------------

  /** True for a resource a snippet leaves out (it exists already and is passed in). */
  isOutside(id: string): boolean {
    return this.inside !== undefined && !this.inside.has(id);
  }

  /** True when the resource's blocks are written by this export. */
  writes(resource: Resource): boolean {
    return !this.isOutside(resource.id);
  }

  /** `aws_vpc.main` for a design resource that is written, else undefined. */
  address(id: string | undefined): string | undefined {
    return id === undefined || this.isOutside(id) ? undefined : this.primary.get(id)?.address;
  }

  ref(id: string | undefined, attribute = 'id'): Expr | undefined {
    const entry = id === undefined ? undefined : this.primary.get(id);
    if (!entry) return undefined;
    let expr = entry.refs.get(attribute);
    if (!expr) {
      expr = this.isOutside(id!) ? this.outsideValue(id!, entry, attribute) : raw(`${entry.address}.${attribute}`);
      entry.refs.set(attribute, expr);
    }
    return expr;
  }

  /** A value of a resource outside the snippet: a variable the codebase it is pasted into sets. */
  private outsideValue(id: string, entry: { type: string; name: string }, attribute: string): Expr {
    const resource = this.index.get(id)!;
    const type = entry.type.replace(/^data\./, '');
    return this.variable(`${entry.name}_${attribute.replace(/[^a-z0-9_]/g, '_')}`, {
      description: `${attribute} of ${type} "${resource.name || resource.id}" (design id ${resource.id}), which this snippet does not create`,
      note: `${attribute} of ${type} ${resource.id}, which this snippet does not create`,
      type: 'string',
    });
  }

  /** References for ids that resolve, in order, others left out. */
  refs(ids: readonly (string | undefined)[] | undefined, attribute = 'id'): Expr[] {
    const out: Expr[] = [];
    const seen = new Set<string>();
    for (const id of ids ?? []) {
      const expr = this.ref(id, attribute);
      if (expr && expr.t === 'raw' && !seen.has(expr.v)) {
        seen.add(expr.v);
        out.push(expr);
      }
    }
    return out;
  }

  nameOf(id: string): string | undefined {
    return this.primary.get(id)?.name;
  }

  /** A name for a further resource derived from a design resource (`<base>_<suffix>`). */
  derived(type: string, id: string, suffix: string, label = suffix): string {
    const key = `${type}\u0000${id}\u0000${suffix}`;
    const hit = this.derivedNames.get(key);
    if (hit) return hit;
    const base = this.primary.get(id)?.name ?? baseIdentifier(id, id);
    const wanted = label ? `${base}_${identifierFrom(label) || 'x'}` : base;
    const name = this.names.allocate(type, wanted);
    this.derivedNames.set(key, name);
    return name;
  }

  principalAssociationName(shareId: string, account: Resource): string {
    return this.derived('aws_ram_principal_association', shareId, `principal:${account.id}`, account.id);
  }

  resourceAssociationName(shareId: string, resourceId: string): string {
    return this.derived('aws_ram_resource_association', shareId, resourceId, this.nameOf(resourceId) ?? resourceId);
  }

  /**
   * A resource shared with `accountId` is usable there once the share reaches the account and
   * holds the resource: both the principal and the resource association.
   */
  shareDependencies(sharedId: string, accountId: string | undefined): Expr[] {
    const account = this.index.getOf(accountId, 'account');
    if (!account) return [];
    return (this.reverse().sharesByResource.get(sharedId) ?? [])
      .filter((share) => this.address(share.id) && share.principals.includes(account.id))
      .flatMap((share) => [
        raw(`aws_ram_principal_association.${this.principalAssociationName(share.id, account)}`),
        ...(this.address(sharedId) ? [raw(`aws_ram_resource_association.${this.resourceAssociationName(share.id, sharedId)}`)] : []),
      ]);
  }

  /**
   * A participant's resources in a shared VPC wait until their subnets are shared with the
   * account; a security group, which has no subnet, until the VPC is visible there at all.
   */
  private participantDependencies(resource: Resource): Expr[] {
    const owner = this.index.ownerOf(resource.id);
    const vpc = this.index.vpcOf(resource.id);
    if (!owner || !vpc || resource.kind === 'vpc' || owner === this.index.ownerOf(vpc.id)) return [];
    const subnets =
      resource.kind === 'security-group'
        ? this.index.ofKind('subnet').filter((subnet) => this.index.vpcOf(subnet.id)?.id === vpc.id)
        : this.index.subnetsOf(resource);
    const seen = new Set<string>();
    const out: Expr[] = [];
    for (const subnet of subnets) {
      for (const dependency of this.shareDependencies(subnet.id, owner)) {
        if (dependency.t === 'raw' && !seen.has(dependency.v)) {
          seen.add(dependency.v);
          out.push(dependency);
        }
      }
    }
    return out;
  }

  // ---- reverse lookups, built once per export ---------------------------------------------

  private lookups?: {
    subnetsByAcl: Map<string, string[]>;
    targetGroupsByTarget: Map<string, string[]>;
    tablesByRouteTarget: Map<string, string[]>;
    sharesByResource: Map<string, ResourceOf<'ram-share'>[]>;
    attachmentsByVpc: Map<string, ResourceOf<'tgw-attachment'>[]>;
  };

  private reverse() {
    if (this.lookups) return this.lookups;
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) {
        if (list[list.length - 1] !== value) list.push(value);
      } else map.set(key, [value]);
    };
    const lookups = {
      subnetsByAcl: new Map<string, string[]>(),
      targetGroupsByTarget: new Map<string, string[]>(),
      tablesByRouteTarget: new Map<string, string[]>(),
      sharesByResource: new Map<string, ResourceOf<'ram-share'>[]>(),
      attachmentsByVpc: new Map<string, ResourceOf<'tgw-attachment'>[]>(),
    };
    for (const resource of this.index.design.resources) {
      if (resource.kind === 'subnet' && resource.networkAcl) push(lookups.subnetsByAcl, resource.networkAcl, resource.id);
      else if (resource.kind === 'target-group') for (const target of resource.targets) push(lookups.targetGroupsByTarget, target.target, resource.id);
      else if (resource.kind === 'route-table') for (const route of resource.routes) push(lookups.tablesByRouteTarget, route.target, resource.id);
      else if (resource.kind === 'ram-share') for (const id of resource.resources) push(lookups.sharesByResource, id, resource);
      else if (resource.kind === 'tgw-attachment') push(lookups.attachmentsByVpc, resource.vpc, resource);
    }
    this.lookups = lookups;
    return lookups;
  }

  subnetsUsingAcl(aclId: string): readonly string[] {
    return this.reverse().subnetsByAcl.get(aclId) ?? [];
  }

  targetGroupsTargeting(id: string): readonly string[] {
    return this.reverse().targetGroupsByTarget.get(id) ?? [];
  }

  tablesRoutingTo(id: string): readonly string[] {
    return this.reverse().tablesByRouteTarget.get(id) ?? [];
  }

  attachmentsOfVpc(vpcId: string): readonly ResourceOf<'tgw-attachment'>[] {
    return this.reverse().attachmentsByVpc.get(vpcId) ?? [];
  }

  // ---- providers ------------------------------------------------------------------------

  regionOf(resource: Resource): string {
    const vpc = this.index.vpcOf(resource.id);
    if (vpc) return vpc.region;
    switch (resource.kind) {
      case 'transit-gateway':
        return resource.region;
      case 'elastic-ip':
      case 'api-gateway':
        if (resource.region) return resource.region;
        break;
      case 'ram-share': {
        const first = this.index.get(resource.resources[0]);
        if (first && first.kind !== 'ram-share') return this.regionOf(first);
        break;
      }
      case 'vpc-link':
        for (const id of [...(resource.subnets ?? []), ...resource.targets]) {
          const vpcOfTarget = this.index.vpcOf(id);
          if (vpcOfTarget) return vpcOfTarget.region;
        }
        break;
      default:
        break;
    }
    const owner = this.index.ownerOf(resource.id);
    return (owner && this.homeRegions.get(owner)) ?? this.fallbackRegion;
  }

  providerFor(accountId: string | undefined, region: string): Expr {
    const account = this.index.getOf(accountId, 'account');
    const key = `${account?.id ?? ''}\u0000${region}`;
    let spec = this.providers.get(key);
    if (!spec) {
      const accountPart = account ? baseIdentifier(account.id, account.id) : 'default';
      const alias = this.names.allocate('provider', `${accountPart}_${region.replace(/-/g, '_')}`);
      spec = { alias, region, ...(account ? { account } : {}) };
      this.providers.set(key, spec);
    }
    return raw(`aws.${spec.alias}`);
  }

  private readonly providerCache = new Map<string, Expr>();

  providerOf(resource: Resource): Expr {
    let provider = this.providerCache.get(resource.id);
    if (!provider) {
      provider = this.providerFor(this.index.ownerOf(resource.id), this.regionOf(resource));
      this.providerCache.set(resource.id, provider);
    }
    return provider;
  }

  providerBlocks(): Block[] {
    const specs = [...this.providers.values()].sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
    if (specs.length === 0) return [];
    const tags = this.defaultTags();
    return specs.map((spec) => {
      const assume = spec.account ? [block('assume_role', [], { role_arn: this.providerRoleArn(spec.account) })] : [];
      // Every resource the provider makes carries the team's tags, on top of each one's own.
      const defaults = block('default_tags', [], { tags });
      return block('provider', ['aws'], { alias: spec.alias, region: this.regionVariable(spec) }, [...assume, defaults]);
    });
  }

  private regionVariable(spec: ProviderSpec): Expr {
    return this.variable(`region_${spec.alias}`, {
      description: `AWS region of the ${spec.account ? `"${spec.account.name || spec.account.id}" account's ` : ''}resources the design places in ${spec.region} (availability zones in the files name it)`,
      note: `AWS region of ${spec.account ? `account ${spec.account.id}'s ` : ''}resources in ${spec.region}`,
      type: 'string',
      default: spec.region,
      validation: (ref) => ({
        condition: `can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", ${ref}))`,
        message: `The value of ${ref.slice(4)} must be an AWS region name such as ${spec.region}.`,
      }),
    });
  }

  private defaultTags(): Expr {
    return this.variable('default_tags', {
      description: 'Tags every resource gets from the providers (default_tags), on top of its own',
      type: 'map(string)',
      default: obj({ ManagedBy: 'Terraform', Design: this.index.design.name || undefined }),
    });
  }

  /** The role Terraform assumes in the account: its name is a variable, the design's the default. */
  private providerRoleArn(account: Resource & { kind: 'account' }): Expr {
    const id = baseIdentifier(account.id, account.id);
    const name = this.variable(`role_name_${id}`, {
      description: `IAM role Terraform assumes in the "${account.name || account.id}" account (it must exist and trust your credentials)`,
      note: `IAM role Terraform assumes in account ${account.id}`,
      type: 'string',
      default: account.roleName || 'OrganizationAccountAccessRole',
      validation: (ref) => ({
        condition: `can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", ${ref}))`,
        message: `The value of ${ref.slice(4)} must be an IAM role name: 1 to 64 letters, digits or +=,.@_-.`,
      }),
    });
    return tpl('arn:aws:iam::', this.accountNumber(account), ':role/', name);
  }

  /** The account's 12-digit number: a variable, defaulting to the number the design knows. */
  accountNumber(account: Resource & { kind: 'account' }): Expr {
    return this.variable(`account_id_${baseIdentifier(account.id, account.id)}`, {
      description: `AWS account number (12 digits) of the "${account.name || account.id}" account`,
      note: `AWS account number (12 digits) of account ${account.id}`,
      type: 'string',
      default: account.accountId,
      validation: (ref) => ({
        condition: `can(regex("^[0-9]{12}$", ${ref}))`,
        message: `The value of ${ref.slice(4)} must be a 12-digit AWS account number.`,
      }),
    });
  }

  roleArn(account: Resource & { kind: 'account' }, roleName: string): Expr {
    return tpl('arn:aws:iam::', this.accountNumber(account), `:role/${roleName}`);
  }

  // ---- provider version ----------------------------------------------------------------

  /** The oldest AWS provider that has every argument written so far. */
  providerVersion = '5.0';

  /** Notes that an argument needs provider `version` or later (`5.69`, `6.24`). */
  requireProvider(version: string): void {
    const parts = (text: string) => text.split('.').map(Number);
    const [major, minor] = parts(version);
    const [currentMajor, currentMinor] = parts(this.providerVersion);
    if (major! > currentMajor! || (major === currentMajor && minor! > currentMinor!)) this.providerVersion = version;
  }

  // ---- variables and outputs ------------------------------------------------------------

  variable(
    wanted: string,
    spec: VariableSpec,
  ): Expr {
    const hit = this.variables.get(wanted);
    if (hit) return raw(`var.${hit.name}`);
    const name = this.names.allocate('var', wanted);
    const attrs: Attrs = {
      description: spec.description,
      type: raw(spec.type),
      default: spec.default,
      sensitive: spec.sensitive ? true : undefined,
    };
    const rule = spec.validation?.(`var.${name}`);
    const validation = rule ? [block('validation', [], { condition: raw(rule.condition), error_message: rule.message })] : [];
    this.variables.set(wanted, { name, spec, block: block('variable', [name], attrs, validation) });
    return raw(`var.${name}`);
  }

  /** Every variable by its name in the files, with what it was declared with. */
  variableList(): { name: string; spec: VariableSpec }[] {
    return [...this.variables.values()].map(({ name, spec }) => ({ name, spec }));
  }

  variableBlocks(): Block[] {
    return [...this.variables.values()].map((entry) => entry.block);
  }

  output(wanted: string, description: string, value: Expr, sensitive = false): void {
    const name = this.names.allocate('output', wanted);
    this.outputs.push(block('output', [name], { description, value, sensitive: sensitive ? true : undefined }));
  }

  // ---- emitting ---------------------------------------------------------------------------

  /** True once a block of that type and name is written: shared blocks are built once. */
  hasEmitted(type: string, name: string): boolean {
    return this.emitted.has(`${type}.${name}`);
  }

  emit(concern: Concern, type: string, name: string, attrs: Attrs, blocks: readonly Block[] = [], options: EmitOptions = {}): string {
    const address = `${type}.${name}`;
    // A design that lists the same thing twice (a subnet twice in a share) yields it once.
    if (this.emitted.has(address)) return address;
    this.emitted.add(address);
    const provider = options.provider ?? (options.from ? this.providerOf(options.from) : undefined);
    const tags = options.tagged !== false && options.from && TAGGABLE.has(type) ? this.tagsOf(options.from) : undefined;
    const tail: Attrs = {
      tags,
      depends_on: options.dependsOn && options.dependsOn.length > 0 ? list(options.dependsOn) : undefined,
    };
    const lead: BodyItem | undefined = provider ? { kind: 'attr', name: 'provider', value: provider } : undefined;
    const printed = printBlock({ type: 'resource', labels: [type, name], items: body(attrs, blocks, tail, lead) });
    this.files.get(concern)!.push(options.primary && options.from ? this.noted(options.from, printed) : printed);
    return address;
  }

  private readonly tagCache = new Map<string, Expr>();

  /** The Name tag and the design's own tags, shared by every block a resource yields. */
  private tagsOf(resource: Resource): Expr {
    let tags = this.tagCache.get(resource.id);
    if (!tags) {
      tags = obj({ Name: resource.name || resource.id, ...resource.tags });
      this.tagCache.set(resource.id, tags);
    }
    return tags;
  }

  /** A data source (something that already exists and is looked up, not created); returns its address. */
  emitData(concern: Concern, type: string, name: string, attrs: Attrs, blocks: readonly Block[] = [], options: EmitOptions = {}): string {
    const address = `data.${type}.${name}`;
    if (this.emitted.has(address)) return address;
    this.emitted.add(address);
    const provider = options.provider ?? (options.from ? this.providerOf(options.from) : undefined);
    const lead: BodyItem | undefined = provider ? { kind: 'attr', name: 'provider', value: provider } : undefined;
    this.files.get(concern)!.push(printBlock({ type: 'data', labels: [type, name], items: body(attrs, blocks, {}, lead) }));
    return address;
  }

  /** A block with what AWS will refuse about its resource above it, when the export was forced. */
  private noted(resource: Resource, printed: string): string {
    const notes = this.notes?.get(resource.id);
    if (!notes || notes.length === 0) return printed;
    const lines = notes.map((note) => `# AWS will refuse this: ${note.replace(/\s+/g, ' ').trim()}`);
    return `${lines.join('\n')}\n${printed}`;
  }

  /** Emits the primary resource of a design resource under its allocated name. */
  emitPrimary(concern: Concern, resource: Resource, attrs: Attrs, blocks: readonly Block[] = [], options: EmitOptions = {}): string | undefined {
    const entry = this.primary.get(resource.id);
    if (!entry) return undefined;
    if (entry.type.startsWith('data.')) return this.emitData(concern, entry.type.slice('data.'.length), entry.name, attrs, blocks, { from: resource, ...options });
    const dependsOn = [...(options.dependsOn ?? []), ...this.participantDependencies(resource)];
    return this.emit(concern, entry.type, entry.name, attrs, blocks, { from: resource, ...options, dependsOn, primary: true });
  }

  // ---- common lookups -------------------------------------------------------------------

  subnetIds(resource: Resource): Expr[] {
    return this.refs(this.index.subnetsOf(resource).map((subnet) => subnet.id));
  }

  /** Security group ids, `default` groups through their aws_default_security_group. */
  securityGroupIds(ids: readonly string[] | undefined): Expr[] {
    return this.refs(ids);
  }
}
