/**
 * Test-only: adds a kind at run time through the registries alone, the way a new kind is
 * added to the product (ADDING-A-KIND.md) without touching the files that derive from them.
 * The product never calls this; its tables are static and fully typed.
 */
import type { z } from 'zod';
import { registerCdkKind } from '../iac/cdk/index.ts';
import type { CdkKind } from '../iac/cdk/kind.ts';
import { registerTerraformKind } from '../iac/terraform/index.ts';
import type { TerraformKind } from '../iac/terraform/kind.ts';
import { registerKindInfo, registerResourceSchema, type KindInfo } from '../model/index.ts';

export interface KindExtension {
  readonly kind: string;
  readonly info: KindInfo;
  readonly schema: z.ZodType;
  readonly terraform: TerraformKind;
  readonly cdk: CdkKind;
}

/** Registers the kind everywhere a kind is looked up; returns the function that removes it again. */
export function extendKinds(extension: KindExtension): () => void {
  const { kind } = extension;
  registerKindInfo(kind, extension.info);
  registerResourceSchema(kind, extension.schema);
  registerTerraformKind(kind, extension.terraform);
  registerCdkKind(kind, extension.cdk);
  return () => {
    registerKindInfo(kind, undefined);
    registerResourceSchema(kind, undefined);
    registerTerraformKind(kind, undefined);
    registerCdkKind(kind, undefined);
  };
}
