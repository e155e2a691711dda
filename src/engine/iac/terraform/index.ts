/**
 * Terraform export: a design becomes the files a Terraform user would write by hand, for
 * AWS provider v5 and later, already in `terraform fmt` form.
 */
import { indexDesign, type Design, type Resource, type ResourceKind } from '../../model/index.ts';
import type { GeneratedFile } from '../types.ts';
import { API_TERRAFORM } from './api.ts';
import { COMPUTE_TERRAFORM } from './compute.ts';
import { FIREWALL_TERRAFORM } from './firewall.ts';
import { GATEWAY_LOAD_BALANCER_TERRAFORM } from './gateway-load-balancer.ts';
import { CONCERNS, TfContext, type Concern } from './context.ts';
import { block, joinBlocks, obj, printFile } from './hcl.ts';
import type { AllTerraformKinds, TerraformKind } from './kind.ts';
import { LOAD_BALANCING_TERRAFORM } from './load-balancing.ts';
import { MESSAGING_TERRAFORM } from './messaging.ts';
import { HYBRID_TERRAFORM } from './hybrid.ts';
import { NETWORK_TERRAFORM } from './network.ts';
import { readme, TESTED_PROVIDER, tfvarsExample } from './readme.ts';
import { SECURITY_TERRAFORM } from './security.ts';

/** Every kind, in the order its blocks are written. */
const TERRAFORM = {
  ...NETWORK_TERRAFORM,
  ...FIREWALL_TERRAFORM,
  ...HYBRID_TERRAFORM,
  ...SECURITY_TERRAFORM,
  ...LOAD_BALANCING_TERRAFORM,
  ...GATEWAY_LOAD_BALANCER_TERRAFORM,
  ...MESSAGING_TERRAFORM,
  ...API_TERRAFORM,
  ...COMPUTE_TERRAFORM,
  account: { notMapped: 'accounts become provider aliases (assume_role), not resources' },
  external: { notMapped: 'outside AWS: the internet, partners and on-premises networks' },
} satisfies AllTerraformKinds;

/** Kinds a test-only extension adds (engine/testing/extension.ts); empty in the product. */
const EXTENDED = new Map<string, TerraformKind>();

export function registerTerraformKind(kind: string, entry: TerraformKind | undefined): void {
  if (entry) EXTENDED.set(kind, entry);
  else EXTENDED.delete(kind);
}

function entries(): (readonly [ResourceKind, TerraformKind])[] {
  const fixed = Object.entries(TERRAFORM) as [ResourceKind, TerraformKind][];
  return EXTENDED.size === 0 ? fixed : [...fixed, ...([...EXTENDED] as [ResourceKind, TerraformKind][])];
}

const typeOf = (resource: Resource): string | undefined =>
  ((TERRAFORM as AllTerraformKinds)[resource.kind] as TerraformKind | undefined ?? EXTENDED.get(resource.kind))?.type?.(resource);

/** Kinds that are not AWS resources Terraform creates, and why. */
export const NOT_MAPPED: Readonly<Partial<Record<ResourceKind, string>>> = Object.fromEntries(
  entries().flatMap(([kind, entry]) => (entry.notMapped ? [[kind, entry.notMapped]] : [])),
);

const HEADERS: Record<Concern, string> = {
  network: '# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.',
  security: '# Security groups and network ACLs.',
  load_balancing: '# Load balancers, listeners and target groups.',
  messaging: '# Amazon MQ brokers.',
  api: '# API Gateway APIs and VPC links.',
  compute: '# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.',
};

/**
 * Pinned to the tested major: `~> 5.100` has every 5.x argument the files use and rules out an
 * untested 6.x. A design that needs a 6.x argument pins that minor within 6.
 */
function versionsFile(providerVersion: string): string {
  const major = Number(providerVersion.split('.')[0]);
  const constraint = major <= Number(TESTED_PROVIDER.split('.')[0]) ? `~> ${TESTED_PROVIDER}` : `~> ${providerVersion}`;
  return printFile([
    block('terraform', [], { required_version: '>= 1.5.0' }, [
      block('required_providers', [], {
        aws: obj({ source: 'hashicorp/aws', version: constraint }),
      }),
    ]),
  ]);
}

export interface TerraformOptions {
  /** A snippet: only these resources are written; what they name outside comes in as variables. */
  readonly inside?: ReadonlySet<string>;
  /** Per resource, what AWS will refuse (an export forced past errors): a comment above its block. */
  readonly notes?: ReadonlyMap<string, readonly string[]>;
}

export function generateTerraform(design: Design, options: TerraformOptions = {}): GeneratedFile[] {
  const ctx = new TfContext(indexDesign(design), typeOf, options.inside, options.notes);
  for (const [kind, entry] of entries()) {
    if (!entry.emit) continue;
    for (const resource of ctx.index.ofKind(kind) as readonly Resource[]) if (ctx.writes(resource)) entry.emit(ctx, resource);
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
  // A whole export is a module a team commits; a snippet is pasted into one that has its own.
  if (!options.inside && providers.length > 0) {
    files.push({ path: 'terraform.tfvars.example', contents: tfvarsExample(ctx) });
    files.push({ path: 'README.md', contents: readme(ctx, files) });
  }
  return files;
}
