/**
 * What a Terraform resource refers to. A state holds the ids, so an id names its resource.
 * A plan knows no id before apply: the configuration's references say which resource block
 * is meant, and structure says which instance (the same count index or for_each key, or
 * Terraform's `element()` wrap-around; the one VPC of a module instance). A link found by
 * structure rather than read is `inferred`, and the importer says so in its notes.
 */
import { configModule, callPathOf, type TfConfigExpression, type TfConfigModule, type TfDocument, type TfResource } from './read.ts';

export interface Resolved {
  readonly addresses: readonly string[];
  readonly inferred: boolean;
}

const NONE: Resolved = { addresses: [], inferred: false };

/** `aws_subnet.private[2]` or `aws_subnet.private["a"]` or `aws_subnet.private`. */
const RESOURCE_REF = /^(aws_[a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\[(\d+|"[^"]*")\])?/;
const MODULE_REF = /^module\.([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_-]+))?/;

/** The instance key a reference made in a module instance carries: the instance's own (`module.x["a"]` → `["a"]`). */
function callerKeyOf(module: string): string {
  return /(\[[^\]]*\])$/.exec(module)?.[1] ?? '';
}

export class Resolver {
  private readonly byId = new Map<string, string>();
  private readonly byBlock = new Map<string, TfResource[]>();
  private readonly byAddress = new Map<string, TfResource>();
  private readonly modules = new Set<string>();
  private readonly onlyCache = new Map<string, string | undefined>();
  private readonly typeCache = new Map<string, TfResource[]>();
  private readonly instanceCache = new Map<string, string[]>();

  constructor(private readonly doc: TfDocument) {
    for (const resource of doc.resources) {
      this.byAddress.set(resource.address, resource);
      const id = resource.values.id;
      if (typeof id === 'string' && id) this.byId.set(id, resource.address);
      const block = `${resource.module}|${resource.type}.${resource.name}`;
      const list = this.byBlock.get(block);
      if (list) list.push(resource);
      else this.byBlock.set(block, [resource]);
      this.modules.add(resource.module);
    }
  }

  get(address: string): TfResource | undefined {
    return this.byAddress.get(address);
  }

  /** The address a known id belongs to. */
  addressOfId(id: unknown): string | undefined {
    return typeof id === 'string' ? this.byId.get(id) : undefined;
  }

  /** What `attr` of `resource` refers to, among resources of the given types. */
  resolve(resource: TfResource, attr: string, types: readonly string[]): Resolved {
    const value = resource.values[attr];
    const known = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
    if (known.length > 0) {
      const addresses = known.map((id) => this.byId.get(id)).filter((a): a is string => a !== undefined && types.includes(this.byAddress.get(a)!.type));
      // An id of something outside the input (a data source, another stack) resolves to nothing.
      if (addresses.length > 0) return { addresses, inferred: false };
      if (this.doc.kind === 'state') return NONE;
    }
    // Known and empty (or known ids of nothing in the input): it refers to nothing.
    if (!resource.unknown.has(attr) && (value === null || Array.isArray(value) || typeof value === 'string')) return NONE;
    const expression = resource.config?.expressions?.[attr] as TfConfigExpression | undefined;
    let refs = expression?.references ?? [];
    // `each.value.x` reads the for_each collection: follow what that expression refers to.
    if (refs.some((ref) => ref.startsWith('each.value'))) refs = [...refs, ...(resource.config?.for_each_expression?.references ?? [])];
    return this.fromReferences(refs, resource.module, resource.index, types, 0);
  }

  /** The one resource of a type in a module instance (or the whole input), found by structure. */
  only(module: string, type: string): string | undefined {
    const key = `${module}|${type}`;
    if (!this.onlyCache.has(key)) {
      const here = this.doc.resources.filter((r) => r.type === type && r.module === module);
      const everywhere = here.length === 1 ? here : this.ofType(type);
      this.onlyCache.set(key, everywhere.length === 1 ? everywhere[0]!.address : undefined);
    }
    return this.onlyCache.get(key);
  }

  private ofType(type: string): TfResource[] {
    let found = this.typeCache.get(type);
    if (!found) {
      found = this.doc.resources.filter((r) => r.type === type);
      this.typeCache.set(type, found);
    }
    return found;
  }

  private fromReferences(refs: readonly string[], module: string, index: number | string | undefined, types: readonly string[], depth: number, key = ''): Resolved {
    if (depth > 8) return NONE;
    const byIndex = refs.includes('count.index') || refs.includes('each.key');
    for (const ref of refs) {
      const match = RESOURCE_REF.exec(ref);
      if (!match || !types.includes(match[1]!)) continue;
      const candidates = this.byBlock.get(`${module}|${match[1]}.${match[2]}`) ?? [];
      if (candidates.length === 0) continue;
      if (match[3] !== undefined) {
        const key = match[3].startsWith('"') ? match[3].slice(1, -1) : Number(match[3]);
        const found = candidates.find((c) => c.index === key);
        if (found) return { addresses: [found.address], inferred: false };
        continue;
      }
      if (byIndex && index !== undefined) {
        const same = candidates.find((c) => c.index === index);
        if (same) return { addresses: [same.address], inferred: true };
        // element(list, i) wraps around: a single NAT gateway serves every private route table.
        if (typeof index === 'number' && candidates.every((c) => typeof c.index === 'number')) {
          const wrapped = [...candidates].sort((a, b) => Number(a.index) - Number(b.index))[index % candidates.length];
          if (wrapped) return { addresses: [wrapped.address], inferred: true };
        }
      }
      if (candidates.length === 1) return { addresses: [candidates[0]!.address], inferred: candidates[0]!.index !== undefined && match[3] === undefined && byIndex };
      return { addresses: candidates.map((c) => c.address), inferred: false };
    }
    // Through module outputs and input variables.
    const found: string[] = [];
    let inferred = false;
    for (const ref of refs) {
      const sub = this.throughModules(ref, module, index, types, depth, key);
      if (sub.addresses.length > 0) {
        for (const address of sub.addresses) if (!found.includes(address)) found.push(address);
        inferred ||= sub.inferred;
      }
    }
    if (found.length > 0) return this.narrowByKey(found, index, inferred);
    // Locals are not exported; one named for a block (`local.private_route_table_ids`) is taken to list it.
    for (const ref of refs) {
      const local = /^local\.([A-Za-z0-9_]+)$/.exec(ref)?.[1];
      for (const type of local ? types : []) {
        const named = new RegExp(`^(.+)_${type.replace(/^aws_/, '')}_ids?$`).exec(local!)?.[1];
        const candidates = named ? (this.byBlock.get(`${module}|${type}.${named}`) ?? []) : [];
        if (candidates.length > 0) return { addresses: candidates.map((c) => c.address), inferred: true };
      }
    }
    // A module's locals come from its inputs: what the caller passed it.
    if (module && depth === 0 && refs.some((ref) => ref.startsWith('local.'))) {
      const fromInputs = this.fromCallerInputs(module, types, depth);
      if (fromInputs.addresses.length > 0) return { addresses: fromInputs.addresses, inferred: true };
    }
    // Then structure: one VPC per module instance.
    if (refs.some((ref) => ref.startsWith('local.') || ref.startsWith('var.'))) {
      for (const type of types) {
        const only = this.only(module, type);
        if (only) return { addresses: [only], inferred: true };
      }
    }
    return NONE;
  }

  private throughModules(ref: string, module: string, index: number | string | undefined, types: readonly string[], depth: number, key = ''): Resolved {
    const moduleMatch = MODULE_REF.exec(ref);
    if (moduleMatch) {
      const [, call, output] = moduleMatch;
      const prefix = module ? `${module}.module.${call}` : `module.${call}`;
      let instances = this.instancesOf(prefix);
      // Sibling modules over one for_each map: the instance with the caller's own key.
      const own = callerKeyOf(module) || key;
      const same = own ? instances.filter((m) => m.endsWith(own)) : [];
      if (same.length > 0) instances = same;
      const config = configModule(this.doc.config, callPathOf(prefix));
      const refs = output ? (config?.outputs?.[output]?.expression?.references ?? []) : [];
      const found: string[] = [];
      let inferred = false;
      for (const instance of instances) {
        const sub = output ? this.fromReferences(refs, instance, undefined, types, depth + 1) : NONE;
        found.push(...sub.addresses);
        inferred ||= sub.inferred;
      }
      return { addresses: found, inferred };
    }
    const variable = /^var\.([A-Za-z0-9_-]+)/.exec(ref);
    if (variable && module) {
      // A module's input: the expression its caller passed, read in the caller's module instance.
      const path = callPathOf(module);
      const parent = module.replace(/\.?module\.[A-Za-z0-9_-]+(\[[^\]]*\])?$/, '');
      const callerConfig: TfConfigModule | undefined = configModule(this.doc.config, path.slice(0, -1));
      const call = callerConfig?.module_calls?.[path.at(-1)!];
      const expression = call?.expressions?.[variable[1]!] as TfConfigExpression | undefined;
      if (expression?.references) {
        return this.fromReferences(expression.references, parent, index, types, depth + 1, callerKeyOf(module));
      }
    }
    return NONE;
  }

  /** The instances of a module call (`module.vpc`, `module.vpc["a"]`...), found once. */
  private instancesOf(prefix: string): string[] {
    let found = this.instanceCache.get(prefix);
    if (!found) {
      found = [...this.modules].filter((m) => m === prefix || (m.startsWith(prefix) && /^\[[^\]]*\]$/.test(m.slice(prefix.length))));
      this.instanceCache.set(prefix, found);
    }
    return found;
  }

  /** Everything of the wanted types the caller passes a module instance, through any of its inputs. */
  private fromCallerInputs(module: string, types: readonly string[], depth: number): Resolved {
    const path = callPathOf(module);
    const parent = module.replace(/\.?module\.[A-Za-z0-9_-]+(\[[^\]]*\])?$/, '');
    const call = configModule(this.doc.config, path.slice(0, -1))?.module_calls?.[path.at(-1)!];
    const refs = Object.values(call?.expressions ?? {}).flatMap((e) => ((e as TfConfigExpression | undefined)?.references ?? []).filter((ref) => ref.startsWith('module.') || /^aws_/.test(ref)));
    const found: string[] = [];
    for (const ref of refs) {
      for (const address of this.throughModules(ref, parent, undefined, types, depth + 1, callerKeyOf(module)).addresses) if (!found.includes(address)) found.push(address);
      const direct = RESOURCE_REF.exec(ref);
      if (direct && types.includes(direct[1]!)) for (const c of this.byBlock.get(`${parent}|${direct[1]}.${direct[2]}`) ?? []) if (!found.includes(c.address)) found.push(c.address);
    }
    return { addresses: found, inferred: true };
  }

  /** Several candidates for one for_each instance: the ones whose module or key is named by it. */
  private narrowByKey(found: readonly string[], index: number | string | undefined, inferred: boolean): Resolved {
    if (typeof index !== 'string' || found.length < 2) return { addresses: found, inferred };
    const named = found.filter((address) => address.includes(`module.${index}.`) || address.includes(`module.${index}[`) || address.includes(`["${index}"]`));
    return named.length > 0 ? { addresses: named, inferred: true } : { addresses: found, inferred };
  }
}
