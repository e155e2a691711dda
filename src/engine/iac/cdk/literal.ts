/**
 * TypeScript source fragments built from design data. Every user string goes through
 * `str`, so a name can never leave its string literal; identifiers are built only from
 * [A-Za-z0-9] and made unique, so they never collide or become keywords.
 */

// Control characters are exactly what must be escaped.
/* eslint-disable no-control-regex */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f"\\<>`$\u2028\u2029]/g;
const UNSAFE_ONE = /[\u0000-\u001f\u007f-\u009f"\\<>`$\u2028\u2029]/;
/* eslint-enable no-control-regex */

/**
 * A double-quoted literal: JSON escaping, plus `<`, `>` (no `</script>` or `<!--` when the code is
 * shown in a page), backtick and `$` (no template), and U+2028/9 as \u escapes.
 */
export function str(value: string): string {
  if (!UNSAFE_ONE.test(value)) return `"${value}"`;
  return `"${value.replace(UNSAFE, (char) => {
    if (char === '"') return '\\"';
    if (char === '\\') return '\\\\';
    if (char === '\n') return '\\n';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}"`;
}

/** Raw code, already valid TypeScript; never built from user text except through `str`. */
export class Code {
  constructor(readonly text: string) {}
}

export const code = (text: string): Code => new Code(text);

export type Value = string | number | boolean | Code | undefined | readonly Value[] | { readonly [key: string]: Value };

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const keys = new Map<string, string>();

/** A property name as written: bare when it is an identifier (our names are few; cached). */
function keyText(key: string): string {
  let text = keys.get(key);
  if (text === undefined) {
    text = KEY.test(key) ? key : str(key);
    if (keys.size < 1000) keys.set(key, text);
  }
  return text;
}

/** Renders a value as a TypeScript expression; object keys are our own property names. */
export function render(value: Value, indent = '', onCode?: (text: string) => void): string {
  if (value instanceof Code) {
    onCode?.(value.text);
    return value.text;
  }
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'undefined';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const flat: string[] = [];
    let width = indent.length + 2;
    let multiline = false;
    for (const item of value as readonly Value[]) {
      if (item === undefined) continue;
      const text = render(item, inner, onCode);
      flat.push(text);
      width += text.length + 2;
      if (!multiline && text.includes('\n')) multiline = true;
    }
    if (flat.length === 0) return '[]';
    if (width <= 100 && !multiline) return `[${flat.join(', ')}]`;
    return `[\n${inner}${flat.join(`,\n${inner}`)},\n${indent}]`;
  }
  let out = '';
  for (const key in value as Record<string, Value>) {
    const item = (value as Record<string, Value>)[key];
    if (item === undefined) continue;
    out += `${inner}${keyText(key)}: ${render(item, inner, onCode)},\n`;
  }
  return out === '' ? '{}' : `{\n${out}${indent}}`;
}

/** Words of a name as [A-Za-z0-9] runs. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

const pascalCache = new Map<string, string>();

export function pascal(text: string): string {
  let result = pascalCache.get(text);
  if (result === undefined) {
    result = words(text)
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join('');
    // Names repeat across a large design; the cache stays bounded.
    if (pascalCache.size > 10_000) pascalCache.clear();
    pascalCache.set(text, result);
  }
  return result;
}

export function kebab(text: string): string {
  return words(text).join('-').toLowerCase();
}

/**
 * Hands out names unique within one scope: `Name`, `Name2`, `Name3`... Case-insensitive
 * scopes serve file names, which must not differ only in case.
 */
export class NameScope {
  private readonly taken = new Set<string>();
  /** The next suffix to try per wanted name, so many equal names stay linear. */
  private readonly next = new Map<string, number>();

  constructor(
    reserved: Iterable<string> = [],
    private readonly caseInsensitive = false,
  ) {
    for (const name of reserved) this.taken.add(this.key(name));
  }

  private key(name: string): string {
    return this.caseInsensitive ? name.toLowerCase() : name;
  }

  take(wanted: string): string {
    const key = this.key(wanted);
    if (!this.taken.has(key)) {
      this.taken.add(key);
      return wanted;
    }
    let n = this.next.get(key) ?? 2;
    while (this.taken.has(`${key}${n}`)) n++;
    this.next.set(key, n + 1);
    this.taken.add(`${key}${n}`);
    return `${wanted}${n}`;
  }
}

/**
 * Free text for a template's descriptions: control characters become spaces, since template
 * readers refuse them (cfn-lint, and any YAML rendering of the template, stop at the first).
 */
export function descriptionText(text: string, max = 1024): string {
  return text.replace(/\p{Cc}+/gu, ' ').slice(0, max);
}

/** A name AWS accepts where it restricts characters: letters, digits and dashes, bounded. */
export function awsName(text: string, fallback: string, max: number): string {
  const cleaned = kebab(text) || kebab(fallback) || 'resource';
  const bounded = cleaned.slice(0, max).replace(/-+$/, '');
  return /^[a-z]/.test(bounded) ? bounded : `x${bounded}`.slice(0, max);
}
