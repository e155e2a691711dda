/**
 * EC2 accepts only some characters in a security-group rule's description:
 * `a-zA-Z0-9`, space and `._-:/()#,@[]+=;{}!$*`, at most 255 of them. The validator reports a
 * description outside that set; the exporters write the nearest one inside it.
 */

export const RULE_DESCRIPTION_MAX = 255;

const ALLOWED = /^[a-zA-Z0-9 ._\-:/()#,@[\]+=;{}!$*]*$/;
const DISALLOWED = /[^a-zA-Z0-9 ._\-:/()#,@[\]+=;{}!$*]/g;

/** Typographic characters people paste, written as the ASCII EC2 takes. */
const NEAREST: Readonly<Record<string, string>> = {
  '\u2018': '', '\u2019': '', '\u201A': '', '\u201B': '', "'": '', '`': '',
  '\u201C': '', '\u201D': '', '"': '',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2026': '...', '\u00A0': ' ', '&': '+', '>': '-', '<': '-',
  '\t': ' ', '\n': ' ', '\r': ' ', '|': '/', '\\': '/', '?': '', '%': ' pct', '~': '-', '^': '',
};

/** True when EC2 accepts the text as a rule description. */
export function isValidRuleDescription(text: string): boolean {
  return ALLOWED.test(text) && text.length <= RULE_DESCRIPTION_MAX;
}

/** The characters of `text` EC2 refuses, each once, in order. */
export function refusedDescriptionCharacters(text: string): string[] {
  return [...new Set(text.match(DISALLOWED) ?? [])];
}

/**
 * The description EC2 accepts that is nearest to `text`: accents dropped (é → e), quotes and
 * apostrophes removed, dashes and odd spaces made plain, anything else left out; at most 255.
 */
export function sanitizeRuleDescription(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9 ._\-:/()#,@[\]+=;{}!$*]/g, (char) => NEAREST[char] ?? '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return plain.slice(0, RULE_DESCRIPTION_MAX).trimEnd();
}
