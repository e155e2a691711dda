/**
 * Reading `terraform show -json` output: every managed resource of every module instance,
 * with its values, which of them stay unknown until apply, and its configuration block (where
 * a plan keeps the references that say what connects to what).
 */
import { ImportError, type ImportFile } from '../types.ts';

export interface TfConfigExpression {
  readonly references?: readonly string[];
  readonly constant_value?: unknown;
}

export interface TfConfigResource {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly expressions?: Readonly<Record<string, unknown>>;
  readonly for_each_expression?: TfConfigExpression;
  readonly count_expression?: TfConfigExpression;
}

export interface TfConfigModule {
  readonly resources?: readonly TfConfigResource[];
  readonly module_calls?: Readonly<Record<string, { readonly expressions?: Readonly<Record<string, unknown>>; readonly module?: TfConfigModule }>>;
  readonly outputs?: Readonly<Record<string, { readonly expression?: TfConfigExpression }>>;
}

export interface TfResource {
  /** `module.vpc["prod"].aws_subnet.private[2]` */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** The count or for_each key, when there is one. */
  readonly index: number | string | undefined;
  /** The module instance's address (`module.vpc["prod"]`), empty at the root. */
  readonly module: string;
  readonly values: Readonly<Record<string, unknown>>;
  /** Attributes known only after apply (a plan's after_unknown, top level). */
  readonly unknown: ReadonlySet<string>;
  /** Its block in the configuration, when the input has one. */
  readonly config: TfConfigResource | undefined;
}

export interface TfDocument {
  readonly kind: 'plan' | 'state';
  readonly resources: readonly TfResource[];
  /** Data sources: read at plan time, they may hold what managed resources refer to. */
  readonly data: readonly TfResource[];
  readonly config: TfConfigModule | undefined;
}

interface RawModule {
  readonly address?: string;
  readonly resources?: readonly RawResource[];
  readonly child_modules?: readonly RawModule[];
}

interface RawResource {
  readonly address?: unknown;
  readonly mode?: unknown;
  readonly type?: unknown;
  readonly name?: unknown;
  readonly index?: unknown;
  readonly values?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The module instance part of an address: everything before the resource's `type.name`. */
export function moduleOf(address: string, type: string, name: string): string {
  const at = address.lastIndexOf(`${type}.${name}`);
  return at > 0 ? address.slice(0, at - 1) : '';
}

/** The module call path of an instance address: `module.a["x"].module.b[0]` → `['a', 'b']`. */
export function callPathOf(module: string): string[] {
  const calls: string[] = [];
  for (const match of module.matchAll(/module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/g)) calls.push(match[1]!);
  return calls;
}

function configModule(root: TfConfigModule | undefined, path: readonly string[]): TfConfigModule | undefined {
  let module = root;
  for (const call of path) module = module?.module_calls?.[call]?.module;
  return module;
}

/** after_unknown marks a value `true`, or the unknown elements of a list. */
const anyUnknown = (flag: unknown): boolean => flag === true || (Array.isArray(flag) && flag.some(anyUnknown));

function unknownKeys(value: unknown): Set<string> {
  const keys = new Set<string>();
  if (isObject(value)) for (const [key, flag] of Object.entries(value)) if (anyUnknown(flag)) keys.add(key);
  return keys;
}

function collect(
  module: RawModule | undefined,
  where: string,
  out: { resources: TfResource[]; data: TfResource[] },
  config: TfConfigModule | undefined,
  unknown: ReadonlyMap<string, Set<string>>,
): void {
  if (!module) return;
  if (module.resources !== undefined && !Array.isArray(module.resources)) throw new ImportError(`${where}.resources: not a list`);
  for (const [i, raw] of (module.resources ?? []).entries()) {
    if (!isObject(raw) || typeof raw.address !== 'string' || typeof raw.type !== 'string' || typeof raw.name !== 'string') {
      throw new ImportError(`${where}.resources[${i}]: a resource needs address, type and name`);
    }
    const values = isObject(raw.values) ? raw.values : {};
    const index = typeof raw.index === 'number' || typeof raw.index === 'string' ? raw.index : undefined;
    const moduleAddress = moduleOf(raw.address, raw.type, raw.name);
    const cfg = configModule(config, callPathOf(moduleAddress))?.resources?.find((r) => r.type === raw.type && r.name === raw.name);
    const resource: TfResource = {
      address: raw.address,
      type: raw.type,
      name: raw.name,
      index,
      module: moduleAddress,
      values,
      unknown: unknown.get(raw.address) ?? new Set(),
      config: cfg,
    };
    (raw.mode === 'data' ? out.data : out.resources).push(resource);
  }
  if (module.child_modules !== undefined && !Array.isArray(module.child_modules)) throw new ImportError(`${where}.child_modules: not a list`);
  for (const [i, child] of (module.child_modules ?? []).entries()) collect(child, `${where}.child_modules[${i}]`, out, config, unknown);
}

/** Reads a plan or a state; throws ImportError naming the file and the field when it cannot. */
export function readTerraform(file: ImportFile, kind: 'plan' | 'state'): TfDocument {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    throw new ImportError(`${file.name}: not JSON (${(error as Error).message.slice(0, 200)})`);
  }
  if (!isObject(json)) throw new ImportError(`${file.name}: expected a JSON object from terraform show -json`);
  if (typeof json.format_version !== 'string') throw new ImportError(`${file.name}: format_version: missing; is this terraform show -json output?`);
  const config = isObject(json.configuration) && isObject(json.configuration.root_module) ? (json.configuration.root_module as TfConfigModule) : undefined;
  const out = { resources: [] as TfResource[], data: [] as TfResource[] };
  if (kind === 'plan') {
    if (!isObject(json.planned_values)) throw new ImportError(`${file.name}: planned_values: missing; is this a plan (terraform show -json PLANFILE)?`);
    const unknown = new Map<string, Set<string>>();
    if (json.resource_changes !== undefined && !Array.isArray(json.resource_changes)) throw new ImportError(`${file.name}: resource_changes: not a list`);
    for (const change of (json.resource_changes as unknown[] | undefined) ?? []) {
      if (isObject(change) && typeof change.address === 'string' && isObject(change.change)) unknown.set(change.address, unknownKeys(change.change.after_unknown));
    }
    collect(json.planned_values.root_module as RawModule | undefined, `${file.name}: planned_values.root_module`, out, config, unknown);
    // Data sources read during the plan live in prior_state.
    const prior = isObject(json.prior_state) && isObject(json.prior_state.values) ? json.prior_state.values : undefined;
    const priorOut = { resources: [] as TfResource[], data: out.data };
    collect(prior?.root_module as RawModule | undefined, `${file.name}: prior_state.values.root_module`, priorOut, config, new Map());
  } else {
    if (!isObject(json.values)) throw new ImportError(`${file.name}: values: missing; is this a state (terraform show -json)?`);
    collect(json.values.root_module as RawModule | undefined, `${file.name}: values.root_module`, out, config, new Map());
  }
  return { kind, resources: out.resources, data: out.data, config };
}

export { configModule };
