/** What the Terraform export knows of one kind: the type of its main block and the mapper that writes it. */
import type { Resource, ResourceKind, ResourceOf } from '../../model/index.ts';
import type { TfContext } from './context.ts';

export interface TerraformKind<R extends Resource = Resource> {
  /** The AWS provider type of its main block, e.g. `aws_mq_broker`. */
  type?(resource: R): string;
  /** Writes its blocks into the context. */
  emit?(ctx: TfContext, resource: R): void;
  /** Why Terraform creates nothing for it. */
  readonly notMapped?: string;
}

/** Some kinds' entries: each emitter file exports one, in the order its blocks are written. */
export type TerraformKinds = { readonly [K in ResourceKind]?: TerraformKind<ResourceOf<K>> };

/** Every kind's entry: a kind without one does not compile. */
export type AllTerraformKinds = { readonly [K in ResourceKind]: TerraformKind<ResourceOf<K>> };
