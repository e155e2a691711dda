/**
 * A small YAML writer for plain data (maps, lists, strings, numbers, booleans): block style,
 * two-space indents, strings quoted whenever YAML could read them as something else. It keeps
 * the export free of a YAML library, which only the import (loaded on demand) needs.
 */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_ ./:()@-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
const NUMBERISH = /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x[0-9a-f]+$|^0o[0-7]+$|^[-+]?\.(inf|nan)$/i;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  // A colon followed by a space, or a trailing colon, would start a mapping; ' #' a comment.
  if (PLAIN.test(value) && !RESERVED.test(value) && !NUMBERISH.test(value) && !/:( |$)/.test(value) && !value.endsWith(' ')) return value;
  return JSON.stringify(value);
}

const isMap = (value: YamlValue): value is { readonly [key: string]: YamlValue | undefined } => typeof value === 'object' && value !== null && !Array.isArray(value);

function lines(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    return value.flatMap((item: YamlValue) => {
      if (isMap(item) || Array.isArray(item)) {
        const inner = lines(item, `${indent}  `);
        if (inner.length === 0) return [`${indent}- ${Array.isArray(item) ? '[]' : '{}'}`];
        return [`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1)];
      }
      return [`${indent}- ${scalar(item as string)}`];
    });
  }
  if (isMap(value)) {
    return Object.entries(value).flatMap(([key, item]) => {
      if (item === undefined) return [];
      const name = scalar(key);
      if (Array.isArray(item)) return item.length === 0 ? [`${indent}${name}: []`] : [`${indent}${name}:`, ...lines(item, `${indent}  `)];
      if (isMap(item)) {
        const inner = lines(item, `${indent}  `);
        return inner.length === 0 ? [`${indent}${name}: {}`] : [`${indent}${name}:`, ...inner];
      }
      return [`${indent}${name}: ${scalar(item as string)}`];
    });
  }
  return [`${indent}${scalar(value as string)}`];
}

export function toYaml(value: YamlValue): string {
  return `${lines(value, '').join('\n')}\n`;
}

/** A comment block: each line prefixed with `# `, no line breaks smuggled in from user text. */
export function yamlComment(text: readonly string[]): string {
  return text.map((line) => `# ${line.replace(/[\r\n\u2028\u2029]+/g, ' ')}`.trimEnd()).join('\n');
}
