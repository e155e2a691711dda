/**
 * A small tokenizer for the code preview: comments, strings, numbers and keywords of HCL,
 * TypeScript and JSON. It only splits the text; the preview renders each token as a text
 * node in a span, so nothing in a file (a resource name) is ever parsed as HTML.
 */

export type TokenType = 'comment' | 'string' | 'number' | 'keyword' | 'text';

export interface Token {
  readonly type: TokenType;
  readonly text: string;
}

export type CodeLanguage = 'hcl' | 'typescript' | 'json' | 'plain';

export function languageOf(path: string): CodeLanguage {
  if (/\.(tf|hcl|tfvars)$/.test(path)) return 'hcl';
  if (/\.(ts|tsx|js|mjs)$/.test(path)) return 'typescript';
  if (/\.json$/.test(path)) return 'json';
  return 'plain';
}

const KEYWORDS: Readonly<Record<CodeLanguage, ReadonlySet<string>>> = {
  hcl: new Set(['resource', 'data', 'variable', 'output', 'provider', 'terraform', 'locals', 'module', 'true', 'false', 'null', 'for', 'in', 'if', 'dynamic', 'content']),
  typescript: new Set([
    'import', 'from', 'export', 'const', 'let', 'var', 'new', 'class', 'extends', 'return', 'function', 'if', 'else', 'for', 'of',
    'in', 'true', 'false', 'null', 'undefined', 'this', 'super', 'constructor', 'public', 'private', 'readonly', 'interface',
    'type', 'as', 'async', 'await', 'void', 'string', 'number', 'boolean',
  ]),
  json: new Set(['true', 'false', 'null']),
  plain: new Set(),
};

/** One alternative per token kind, tried in order at each position. */
const PATTERNS: Readonly<Record<CodeLanguage, readonly (readonly [TokenType, RegExp])[]>> = {
  hcl: [
    ['comment', /#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/y],
    ['string', /<<-?([A-Za-z_]\w*)\n[\s\S]*?\n\s*\1(?=\n|$)|"(?:[^"\\\n]|\\.)*"?/y],
    ['number', /\b\d+(?:\.\d+)?\b/y],
  ],
  typescript: [
    ['comment', /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/y],
    ['string', /'(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?|`(?:[^`\\]|\\.)*`?/y],
    ['number', /\b\d+(?:\.\d+)?\b/y],
  ],
  json: [
    ['string', /"(?:[^"\\\n]|\\.)*"?/y],
    ['number', /-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/y],
  ],
  plain: [],
};

const WORD = /[A-Za-z_$][\w$]*/y;
const OTHER = /[^A-Za-z_$#/'"`<\d]+|[\s\S]/y;

export function tokenize(text: string, language: CodeLanguage): Token[] {
  if (language === 'plain') return [{ type: 'text', text }];
  const tokens: Token[] = [];
  const push = (type: TokenType, value: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.type === type) tokens[tokens.length - 1] = { type, text: last.text + value };
    else tokens.push({ type, text: value });
  };
  const match = (pattern: RegExp, at: number) => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    return found && found[0].length > 0 ? found[0] : undefined;
  };
  let at = 0;
  outer: while (at < text.length) {
    for (const [type, pattern] of PATTERNS[language]) {
      const found = match(pattern, at);
      if (found) {
        push(type, found);
        at += found.length;
        continue outer;
      }
    }
    const word = match(WORD, at);
    if (word) {
      push(KEYWORDS[language].has(word) ? 'keyword' : 'text', word);
      at += word.length;
      continue;
    }
    const other = match(OTHER, at)!;
    push('text', other);
    at += other.length;
  }
  return tokens;
}
