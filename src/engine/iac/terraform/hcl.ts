/**
 * A small HCL writer that prints exactly what `terraform fmt` would: two-space indents and
 * `=` aligned across consecutive single-line attributes (hclwrite's rule: a line that opens
 * a multi-line value, a block header or a closing brace ends the alignment run).
 * User text only ever reaches the output through `quote`, so it cannot leave its string.
 */

export type Expr =
  | { readonly t: 'str'; readonly v: string }
  /** A reference or expression assembled by the exporter from safe identifiers only. */
  | { readonly t: 'raw'; readonly v: string }
  /** A string template: literal parts are escaped, expression parts are interpolated. */
  | { readonly t: 'tpl'; readonly parts: readonly (string | Expr)[] }
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'list'; readonly items: readonly Expr[] }
  | { readonly t: 'obj'; readonly entries: readonly (readonly [string, Expr])[] }
  | { readonly t: 'call'; readonly fn: string; readonly args: readonly Expr[] };

export type Value = Expr | string | number | boolean | readonly Value[];

export type Attrs = Readonly<Record<string, Value | undefined>>;

export interface Block {
  readonly type: string;
  readonly labels: readonly string[];
  readonly items: readonly BodyItem[];
}

export type BodyItem =
  | { readonly kind: 'attr'; readonly name: string; readonly value: Value }
  | { readonly kind: 'block'; readonly block: Block }
  | { readonly kind: 'blank' };

export const raw = (v: string): Expr => ({ t: 'raw', v });
export const str = (v: string): Expr => ({ t: 'str', v });
export const tpl = (...parts: (string | Expr)[]): Expr => ({ t: 'tpl', parts });
export const call = (fn: string, ...args: Value[]): Expr => ({ t: 'call', fn, args: args.map(toExpr) });
export const list = (items: readonly Value[]): Expr => ({ t: 'list', items: items.map(toExpr) });
export const obj = (entries: Readonly<Record<string, Value | undefined>>): Expr => ({
  t: 'obj',
  entries: Object.entries(entries)
    .filter((entry): entry is [string, Value] => entry[1] !== undefined)
    .map(([key, value]) => [key, toExpr(value)] as const),
});

function isExpr(value: Value): value is Expr {
  return typeof value === 'object' && !Array.isArray(value) && 't' in (value as object);
}

export function toExpr(value: Value): Expr {
  if (typeof value === 'string') return { t: 'str', v: value };
  if (typeof value === 'number') return { t: 'num', v: value };
  if (typeof value === 'boolean') return { t: 'bool', v: value };
  if (isExpr(value)) return value;
  return { t: 'list', items: (value as readonly Value[]).map(toExpr) };
}

/** A block body from attributes (in order, undefined ones left out) and nested blocks. */
export function body(attrs: Attrs, blocks: readonly Block[] = [], tail: Attrs = {}, lead?: BodyItem): BodyItem[] {
  const items: BodyItem[] = lead ? [lead] : [];
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined) items.push({ kind: 'attr', name, value });
  }
  if (blocks.length > 0) {
    if (items.length > 0) items.push(BLANK);
    for (let i = 0; i < blocks.length; i++) {
      if (i > 0) items.push(BLANK);
      items.push({ kind: 'block', block: blocks[i]! });
    }
  }
  let first = true;
  for (const name in tail) {
    const value = tail[name];
    if (value === undefined) continue;
    if (first && items.length > 0) items.push(BLANK);
    first = false;
    items.push({ kind: 'attr', name, value });
  }
  return items;
}

const BLANK: BodyItem = { kind: 'blank' };

export function block(type: string, labels: readonly string[], attrs: Attrs, blocks: readonly Block[] = [], tail: Attrs = {}): Block {
  return { type, labels, items: body(attrs, blocks, tail) };
}

// ---- escaping -------------------------------------------------------------------------

/** Plain text needs no escaping: printable ASCII without `\`, `"`, `$`, `%`. */
const PLAIN = /^[ !#&-[\]-~]*$/;

/** The HCL quoted-string form of any text: escapes, no interpolation, no directives. */
export function quote(text: string): string {
  if (PLAIN.test(text)) return `"${text}"`;
  return `"${escapeLiteral(text)}"`;
}

function escapeLiteral(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch === '$' || ch === '%') && text[i + 1] === '{') out += ch + ch;
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += ch + text[i + 1]!;
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else out += ch;
  }
  return out;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'endif', 'endfor', 'else']);

function objectKey(key: string): string {
  return IDENT.test(key) && !KEYWORDS.has(key) ? key : quote(key);
}

// ---- rendering ------------------------------------------------------------------------
// Values render to text whose continuation lines are already indented for their place, so
// a value is single-line exactly when its text has no newline.

const MAX_INLINE_LIST = 100;
const INDENTS: string[] = [];

function ind(level: number): string {
  return (INDENTS[level] ??= '  '.repeat(level));
}

function render(value: Value, level: number): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return renderList(value as readonly Value[], level);
  const expr = value as Expr;
  switch (expr.t) {
    case 'str':
      return quote(expr.v);
    case 'raw':
      return expr.v;
    case 'num':
      return String(expr.v);
    case 'bool':
      return expr.v ? 'true' : 'false';
    case 'tpl':
      return renderTemplate(expr.parts);
    case 'list':
      return renderList(expr.items, level);
    case 'obj': {
      if (expr.entries.length === 0) return '{}';
      const out = ['{\n'];
      attributes(expr.entries, level + 1, true, out);
      out.push(ind(level), '}');
      return out.join('');
    }
    case 'call':
      return renderCall(expr.fn, expr.args, level);
  }
}

function renderTemplate(parts: readonly (string | Expr)[]): string {
  let out = '"';
  parts.forEach((part, i) => {
    if (typeof part !== 'string') {
      out += `\${${inline(part)}}`;
      return;
    }
    let text = escapeLiteral(part);
    // A literal `$` or `%` right before an interpolation would read as an escape: interpolate it.
    const last = text[text.length - 1];
    if ((last === '$' || last === '%') && typeof parts[i + 1] === 'object') {
      text = `${text.slice(0, -1)}\${"${last}"}`;
    }
    out += text;
  });
  return `${out}"`;
}

function inline(expr: Expr): string {
  const text = render(expr, 0);
  if (text.includes('\n')) throw new Error('a multi-line value cannot be interpolated');
  return text;
}

function renderList(items: readonly Value[], level: number): string {
  if (items.length === 0) return '[]';
  const rendered: string[] = [];
  let multiLine = false;
  for (const item of items) {
    const text = render(item, level + 1);
    if (text.includes('\n')) multiLine = true;
    rendered.push(text);
  }
  if (!multiLine) {
    const text = `[${rendered.join(', ')}]`;
    if (text.length <= MAX_INLINE_LIST) return text;
  }
  let out = '[\n';
  for (const item of rendered) out += `${ind(level + 1)}${item},\n`;
  return `${out}${ind(level)}]`;
}

function renderCall(fn: string, args: readonly Expr[], level: number): string {
  // hclwrite indents the lines of a trailing multi-line argument once, as if it stood alone.
  let out = `${fn}(`;
  for (let i = 0; i < args.length; i++) out += (i > 0 ? ', ' : '') + render(args[i]!, level);
  return `${out})`;
}

function columns(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Attribute lines at `level`, `=` aligned across each run of single-line values. */
function attributes(entries: readonly (readonly [string, Value])[], level: number, objectKeys: boolean, out: string[]): void {
  const count = entries.length;
  const keys: string[] = new Array<string>(count);
  const widths: number[] = new Array<number>(count);
  const values: string[] = new Array<string>(count);
  const multiLine: boolean[] = new Array<boolean>(count);
  for (let i = 0; i < count; i++) {
    const entry = entries[i]!;
    const key = objectKeys ? objectKey(entry[0]) : entry[0];
    keys[i] = key;
    // Attribute names are ASCII identifiers; object keys may hold any text.
    widths[i] = objectKeys ? columns(key) : key.length;
    values[i] = render(entry[1], level);
    multiLine[i] = values[i]!.includes('\n');
  }
  const indent = ind(level);
  for (let i = 0; i < count; ) {
    if (multiLine[i]) {
      out.push(indent, keys[i]!, ' = ', values[i]!, '\n');
      i++;
      continue;
    }
    let end = i;
    let width = 0;
    while (end < count && !multiLine[end]) width = Math.max(width, widths[end++]!);
    for (; i < end; i++) out.push(indent, keys[i]!, pad(width - widths[i]! + 1), '= ', values[i]!, '\n');
  }
}

const PADS: string[] = [];
function pad(n: number): string {
  return (PADS[n] ??= ' '.repeat(n));
}

function renderBlock(node: Block, level: number, out: string[]): void {
  out.push(ind(level), node.type);
  for (const label of node.labels) out.push(' ', quote(label));
  if (node.items.length === 0) {
    out.push(' {}\n');
    return;
  }
  out.push(' {\n');
  let run: [string, Value][] = [];
  for (const item of node.items) {
    if (item.kind === 'attr') {
      run.push([item.name, item.value]);
      continue;
    }
    if (run.length > 0) {
      attributes(run, level + 1, false, out);
      run = [];
    }
    if (item.kind === 'block') renderBlock(item.block, level + 1, out);
    else out.push('\n');
  }
  if (run.length > 0) attributes(run, level + 1, false, out);
  out.push(ind(level), '}\n');
}

/** One top-level block as text; resources are printed as they are made so their trees can go. */
export function printBlock(node: Block): string {
  const out: string[] = [];
  renderBlock(node, 0, out);
  return out.join('');
}

/** Joins printed top-level blocks into a file, one blank line between them. */
export function joinBlocks(printed: readonly string[], header?: string): string {
  return (header ? `${header}\n\n` : '') + printed.join('\n');
}

/** Prints blocks as a file, one blank line between top-level blocks. */
export function printFile(blocks: readonly Block[], header?: string): string {
  const parts: string[] = header ? [`${header}\n\n`] : [];
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) parts.push('\n');
    renderBlock(blocks[i]!, 0, parts);
  }
  return parts.join('');
}

/** One value as HCL text at the top level (a `terraform.tfvars` right-hand side). */
export function printValue(value: Value): string {
  return render(toExpr(value), 0);
}
