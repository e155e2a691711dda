/**
 * CloudFormation's intrinsic functions, evaluated as a stack created with every parameter at
 * its default would see them. What only exists at deploy time stays symbolic: a resource's
 * `Ref`/`GetAtt` is a `ResourceRef` (the importer turns it into a design reference), the n-th
 * AZ of `Fn::GetAZs` an `AzToken`, anything else an `Unknown` saying why.
 */
import { ImportError } from '../types.ts';

export class ResourceRef {
  constructor(
    readonly logicalId: string,
    readonly attribute?: string,
  ) {}
}

/** `Fn::Select [index, Fn::GetAZs]`: the index-th AZ of the deploy Region. */
export class AzToken {
  constructor(readonly index: number) {}
}

/** `Fn::GetAZs`: the deploy Region's AZs, not known until then. */
export class AzList {}

export class Unknown {
  constructor(readonly why: string) {}
}

/** `AWS::NoValue`: the property is left out. */
export const NO_VALUE = Symbol('AWS::NoValue');

export interface TemplateContext {
  readonly file: string;
  readonly region: string;
  readonly stackName: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly resources: ReadonlySet<string>;
  /** A condition's value, evaluated once. */
  condition(name: string, path: string): boolean;
  /** How the design names the index-th AZ (strings that embed an AZ use it). */
  azName(index: number): string;
  /** An attribute known before deploy (a VPC's CidrBlock), or undefined. */
  attribute(logicalId: string, attribute: string): unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ResourceRef) && !(value instanceof AzToken) && !(value instanceof AzList) && !(value instanceof Unknown);

const PSEUDO: Record<string, (ctx: TemplateContext) => unknown> = {
  'AWS::Region': (ctx) => ctx.region,
  'AWS::StackName': (ctx) => ctx.stackName,
  'AWS::Partition': () => 'aws',
  'AWS::URLSuffix': () => 'amazonaws.com',
  'AWS::AccountId': () => new Unknown('the account id is known at deploy time'),
  'AWS::StackId': () => new Unknown('the stack id is known at deploy time'),
  'AWS::NotificationARNs': () => new Unknown('notification ARNs are given at deploy time'),
  'AWS::NoValue': () => NO_VALUE,
};

function fail(ctx: TemplateContext, path: string, message: string): never {
  throw new ImportError(`${ctx.file}: ${path}: ${message}`);
}

function args(ctx: TemplateContext, path: string, name: string, value: unknown, count: number): unknown[] {
  if (!Array.isArray(value) || value.length < count) fail(ctx, path, `${name} takes a list of ${count}`);
  return value;
}

/** A value in a string's place: text, or an Unknown when part of it is. */
export function asText(ctx: TemplateContext, value: unknown): string | Unknown {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof AzToken) return ctx.azName(value.index);
  if (value instanceof Unknown) return value;
  if (value instanceof ResourceRef) return new Unknown(`${value.logicalId}${value.attribute ? `.${value.attribute}` : ''} is known at deploy time`);
  return new Unknown('not a text');
}

function join(ctx: TemplateContext, parts: readonly unknown[], delimiter: string): string | Unknown {
  const texts: string[] = [];
  for (const part of parts) {
    const text = asText(ctx, part);
    if (text instanceof Unknown) return text;
    texts.push(text);
  }
  return texts.join(delimiter);
}

function substitute(ctx: TemplateContext, template: string, variables: Record<string, unknown>, path: string): string | Unknown {
  let unknown: Unknown | undefined;
  const text = template.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    let value: unknown;
    if (name in variables) value = variables[name];
    else if (name.includes('.')) {
      const [id, ...rest] = name.split('.');
      value = evaluate(ctx, { 'Fn::GetAtt': [id, rest.join('.')] }, path);
    } else if (name in PSEUDO || Object.hasOwn(ctx.parameters, name) || ctx.resources.has(name)) value = evaluate(ctx, { Ref: name }, path);
    else fail(ctx, path, `\${${name}} names neither a parameter nor a resource`);
    const part = asText(ctx, value);
    if (part instanceof Unknown) {
      unknown ??= part;
      return whole;
    }
    return part;
  });
  return unknown ?? text;
}

/** Fn::Cidr for IPv4: `count` blocks of `32 - bits` prefix, in order, from the start of `block`. */
function cidrBlocks(ctx: TemplateContext, path: string, block: string, count: number, bits: number): string[] | Unknown {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(block);
  if (!match) return new Unknown(`Fn::Cidr of ${block} (only IPv4 blocks are computed)`);
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  const newPrefix = 32 - bits;
  if (octets.some((octet) => octet > 255) || prefix > 32 || bits < 0 || newPrefix < prefix || count < 1 || count > 256) {
    fail(ctx, path, `Fn::Cidr cannot cut ${count} blocks of ${bits} host bits from ${block}`);
  }
  const start = octets.reduce((sum, octet) => sum * 256 + octet, 0);
  const size = 2 ** bits;
  if (count * size > 2 ** (32 - prefix)) fail(ctx, path, `Fn::Cidr: ${block} holds fewer than ${count} blocks of /${newPrefix}`);
  const blocks: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = start + i * size;
    blocks.push(`${[24, 16, 8, 0].map((shift) => Math.floor(base / 2 ** shift) % 256).join('.')}/${newPrefix}`);
  }
  return blocks;
}

function equalValues(ctx: TemplateContext, a: unknown, b: unknown): boolean {
  const left = asText(ctx, a);
  const right = asText(ctx, b);
  if (left instanceof Unknown || right instanceof Unknown) return false;
  return left === right;
}

function truth(ctx: TemplateContext, value: unknown, path: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return fail(ctx, path, 'a condition evaluates to true or false');
}

/** Evaluates one value: intrinsic functions resolved, AWS::NoValue dropped from lists and objects. */
export function evaluate(ctx: TemplateContext, value: unknown, path: string): unknown {
  if (Array.isArray(value)) {
    return value.map((item, i) => evaluate(ctx, item, `${path}[${i}]`)).filter((item) => item !== NO_VALUE);
  }
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0]!;
    const raw = value[key];
    const at = `${path}.${key}`;
    switch (key) {
      case 'Ref': {
        const name = evaluate(ctx, raw, at);
        if (typeof name !== 'string') return fail(ctx, at, 'Ref names a parameter or a resource');
        if (name in PSEUDO) return PSEUDO[name]!(ctx);
        if (Object.hasOwn(ctx.parameters, name)) return ctx.parameters[name];
        if (ctx.resources.has(name)) return new ResourceRef(name);
        return fail(ctx, at, `Ref to ${name}, which is neither a parameter nor a resource`);
      }
      case 'Fn::GetAtt': {
        const parts = typeof raw === 'string' ? raw.split('.') : (evaluate(ctx, raw, at) as unknown[]);
        if (!Array.isArray(parts) || typeof parts[0] !== 'string') return fail(ctx, at, 'Fn::GetAtt takes [logical id, attribute]');
        if (!ctx.resources.has(parts[0])) return fail(ctx, at, `Fn::GetAtt of ${parts[0]}, which is not a resource`);
        const attribute = parts.slice(1).map(String).join('.');
        return ctx.attribute(parts[0], attribute) ?? new ResourceRef(parts[0], attribute);
      }
      case 'Fn::Sub': {
        if (typeof raw === 'string') return substitute(ctx, raw, {}, at);
        const [template, variables] = args(ctx, at, 'Fn::Sub', raw, 1);
        const vars = evaluate(ctx, variables ?? {}, `${at}[1]`);
        if (typeof template !== 'string' || !isRecord(vars)) return fail(ctx, at, 'Fn::Sub takes a string and a map of variables');
        return substitute(ctx, template, vars, at);
      }
      case 'Fn::Join': {
        const [delimiter, list] = args(ctx, at, 'Fn::Join', raw, 2).map((item, i) => evaluate(ctx, item, `${at}[${i}]`));
        if (typeof delimiter !== 'string') return fail(ctx, at, 'Fn::Join takes a delimiter string first');
        if (list instanceof Unknown) return list;
        if (!Array.isArray(list)) return fail(ctx, at, 'Fn::Join joins a list');
        return join(ctx, list, delimiter);
      }
      case 'Fn::Select': {
        const [index, list] = args(ctx, at, 'Fn::Select', raw, 2).map((item, i) => evaluate(ctx, item, `${at}[${i}]`));
        const n = Number(index);
        if (!Number.isInteger(n) || n < 0) return fail(ctx, at, `Fn::Select index ${String(index)} is not a whole number`);
        if (list instanceof AzList) return new AzToken(n);
        if (list instanceof Unknown) return list;
        if (!Array.isArray(list)) return fail(ctx, at, 'Fn::Select picks from a list');
        if (n >= list.length) return fail(ctx, at, `Fn::Select index ${n} is past the list's ${list.length} items`);
        return list[n];
      }
      case 'Fn::GetAZs':
        return new AzList();
      case 'Fn::Split': {
        const [delimiter, text] = args(ctx, at, 'Fn::Split', raw, 2).map((item, i) => evaluate(ctx, item, `${at}[${i}]`));
        if (text instanceof Unknown) return text;
        if (typeof delimiter !== 'string' || typeof text !== 'string') return fail(ctx, at, 'Fn::Split takes a delimiter and a string');
        return text.split(delimiter);
      }
      case 'Fn::FindInMap': {
        const [map, top, second, fallback] = args(ctx, at, 'Fn::FindInMap', raw, 3).map((item, i) => evaluate(ctx, item, `${at}[${i}]`));
        const keys3 = [map, top, second].map((key) => asText(ctx, key));
        const unknown = keys3.find((key) => key instanceof Unknown);
        if (unknown) return unknown;
        let found: unknown = ctx.mappings;
        for (const key of keys3 as string[]) found = isRecord(found) && Object.hasOwn(found, key) ? found[key] : undefined;
        if (found !== undefined) return found;
        const defaultValue = isRecord(fallback) ? fallback.DefaultValue : undefined;
        if (defaultValue !== undefined) return defaultValue;
        return fail(ctx, at, `the mapping has no ${(keys3 as string[]).join(' > ')}`);
      }
      case 'Fn::If': {
        const [name, whenTrue, whenFalse] = args(ctx, at, 'Fn::If', raw, 3);
        if (typeof name !== 'string') return fail(ctx, at, 'Fn::If names a condition first');
        return ctx.condition(name, at) ? evaluate(ctx, whenTrue, `${at}[1]`) : evaluate(ctx, whenFalse, `${at}[2]`);
      }
      case 'Fn::Equals': {
        const [a, b] = args(ctx, at, 'Fn::Equals', raw, 2).map((item, i) => evaluate(ctx, item, `${at}[${i}]`));
        return equalValues(ctx, a, b);
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const items = args(ctx, at, key, raw, 1).map((item, i) => truth(ctx, evaluate(ctx, item, `${at}[${i}]`), `${at}[${i}]`));
        return key === 'Fn::And' ? items.every(Boolean) : items.some(Boolean);
      }
      case 'Fn::Not': {
        const [item] = args(ctx, at, 'Fn::Not', raw, 1);
        return !truth(ctx, evaluate(ctx, item, `${at}[0]`), `${at}[0]`);
      }
      case 'Condition':
        if (typeof raw !== 'string') return fail(ctx, at, 'Condition names a condition');
        return ctx.condition(raw, at);
      case 'Fn::Cidr': {
        const [block, count, bits] = args(ctx, at, 'Fn::Cidr', raw, 3).map((item, i) => evaluate(ctx, item, `${at}[${i}]`));
        if (typeof block !== 'string') return block instanceof Unknown ? block : new Unknown('Fn::Cidr of a block known at deploy time');
        return cidrBlocks(ctx, at, block, Number(count), Number(bits));
      }
      case 'Fn::Base64':
        return evaluate(ctx, raw, at);
      case 'Fn::Length': {
        const list = evaluate(ctx, raw, at);
        return Array.isArray(list) ? list.length : new Unknown('Fn::Length of a list known at deploy time');
      }
      case 'Fn::ImportValue':
        return new Unknown('an exported value of another stack');
      case 'Fn::Transform':
      case 'Fn::ToJsonString':
        return new Unknown(`${key} is applied at deploy time`);
      default:
        break;
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const item = evaluate(ctx, value[key], `${path}.${key}`);
    if (item !== NO_VALUE) out[key] = item;
  }
  return out;
}
