/** What the CDK export knows of one kind: its variable prefix, its emissions and where each stands in the order. */
import type { Resource, ResourceKind, ResourceOf } from '../../model/resources.ts';
import type { Emit } from './common.ts';
import type { ExportContext, Handle } from './context.ts';

/**
 * The emission order: everything a construct refers to is declared before it. Routes, rules
 * and associations come last so that route targets, peers and gateways all exist. Kinds
 * that share a stage are emitted in the order of the kind table (cdk/index.ts).
 */
export const STAGES = [
  'prefix lists',
  'vpcs',
  'gateways',
  'subnets',
  'route tables',
  'network acls',
  'security groups',
  'elastic ips',
  'nat gateways',
  'peerings',
  'transit gateways',
  'attachments',
  'endpoints',
  'instances and functions',
  'load balancers',
  'target groups',
  'alb listeners',
  'nlb listeners',
  'alb target groups',
  'listeners to alb target groups',
  'services',
  'security group rules',
  'routes',
  'transit gateway routing',
  'shares',
] as const;

export type Stage = (typeof STAGES)[number];

export interface Emission {
  readonly stage: Stage;
  readonly emit: Emit;
  /** Which resources of the kind this emission handles (all when absent). */
  only?(ctx: ExportContext, handle: Handle): boolean;
  /** Writes rules or routes of a construct already declared, not the construct itself. */
  readonly rules?: true;
}

export interface CdkKind<R extends Resource = Resource> {
  /** Prefix of its construct variables and ids (`broker`, `BrokerOrders`). */
  readonly prefix?: string;
  readonly emits: readonly Emission[];
  /** About how many constructs one emission writes (2 when absent), so that it fits in the part it starts in. */
  constructs?(resource: R, rules: boolean): number;
}

export type CdkKinds = { readonly [K in ResourceKind]?: CdkKind<ResourceOf<K>> };
export type AllCdkKinds = { readonly [K in ResourceKind]: CdkKind<ResourceOf<K>> };

/** One emission in the main construct's stage. */
export const once = (stage: Stage, emit: Emit): readonly Emission[] => [{ stage, emit }];
