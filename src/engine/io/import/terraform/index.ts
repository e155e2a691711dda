/**
 * The Terraform importer: `terraform show -json` of a plan or a state → a design. Every
 * managed `aws_*` resource either maps to a kind (or into one: routes, rules, associations)
 * or is listed in the notes with why; nothing is dropped silently.
 */
import { DESIGN_FORMAT, DESIGN_VERSION, type Design, type ResourceOf } from '../../../model/index.ts';
import type { ImportInput, ImportResult } from '../types.ts';
import { DesignBuilder } from './build.ts';
import { str, type TfContext } from './context.ts';
import { mapSubnets, mapVpcs } from './network.ts';
import { readTerraform, type TfDocument, type TfResource } from './read.ts';
import { Resolver } from './resolve.ts';

/** What the model has no kind for, and why that is fine to leave out of a network design. */
const NOT_MODELLED: Record<string, string> = {};

const REGION_IN_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d):/;

function regionOf(doc: TfDocument): string {
  for (const resource of doc.resources) {
    const match = REGION_IN_ARN.exec(str(resource.values.arn) ?? '');
    if (match) return match[1]!;
  }
  for (const resource of doc.resources) {
    const az = str(resource.values.availability_zone);
    if (az && /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(az)) return az.slice(0, -1);
  }
  return 'us-east-1';
}

function accountIdOf(doc: TfDocument): string | undefined {
  for (const resource of doc.resources) {
    const owner = str(resource.values.owner_id);
    if (owner && /^\d{12}$/.test(owner)) return owner;
  }
  return undefined;
}

function importTerraform(input: ImportInput, kind: 'plan' | 'state'): ImportResult {
  const doc = readTerraform(input.file, kind);
  const out = new DesignBuilder(input.file.name);
  const resolver = new Resolver(doc);
  const accountId = accountIdOf(doc);
  const account = out.addImplied<ResourceOf<'account'>>('account', {
    kind: 'account',
    name: accountId ? `Account ${accountId}` : 'Terraform account',
    ...(accountId ? { accountId } : {}),
  });
  const inferredOnce = new Set<string>();
  const ctx: TfContext = {
    doc,
    resolver,
    out,
    account: account.id,
    region: regionOf(doc),
    one(resource, attr, types, what) {
      return ctx.many(resource, attr, types, what)[0];
    },
    many(resource, attr, types, what) {
      const resolved = resolver.resolve(resource, attr, types);
      const ids = resolved.addresses.map((address) => out.existing(address)).filter((id): id is string => id !== undefined);
      if (resolved.inferred && ids.length > 0 && !inferredOnce.has(`${resource.address}|${attr}`)) {
        inferredOnce.add(`${resource.address}|${attr}`);
        out.note({
          address: resource.address,
          type: resource.type,
          level: 'inferred',
          message: `${what} (${attr}) is unknown until apply; taken to be ${resolved.addresses.join(', ')} from the configuration's references and the addresses' indexes`,
        });
      }
      return ids;
    },
  };
  const byType = new Map<string, TfResource[]>();
  for (const resource of doc.resources) {
    const list = byType.get(resource.type);
    if (list) list.push(resource);
    else byType.set(resource.type, [resource]);
  }
  const of = (type: string) => byType.get(type) ?? [];
  const handled = new Set<string>();
  const take = (...types: string[]) => {
    for (const type of types) handled.add(type);
    return types.length === 1 ? of(types[0]!) : types.flatMap(of);
  };

  mapVpcs(ctx, take('aws_vpc'), take('aws_vpc_ipv4_cidr_block_association'));
  mapSubnets(ctx, take('aws_subnet'));

  for (const [type, resources] of byType) {
    if (handled.has(type)) continue;
    for (const resource of resources) {
      out.note({ address: resource.address, type, level: 'skipped', message: NOT_MODELLED[type] ?? 'not imported: the design has no kind for it yet' });
    }
  }

  const name = str((input.file.name.split(/[\\/]/).at(-1) ?? '').replace(/\.json$/i, '')) ?? 'Imported Terraform';
  const design: Design = { format: DESIGN_FORMAT, version: DESIGN_VERSION, name: name.slice(0, 255), resources: out.resources, layout: {} };
  return { format: kind === 'plan' ? 'tf-plan' : 'tf-state', design, notes: out.notes };
}

export const importTerraformPlan = (input: ImportInput): ImportResult => importTerraform(input, 'plan');
export const importTerraformState = (input: ImportInput): ImportResult => importTerraform(input, 'state');
